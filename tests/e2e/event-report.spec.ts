/**
 * The event report, the area engagement summary and upcoming events on the public area page, on
 * the demo data (src/lib/server/demo.ts: seedDemoEvents): an engagement officer opens the past
 * event's report, whose figures agree with its tables and with its CSV, and small groups are not
 * shown exactly unless asked for (staff only).
 */
import { expect, test, type Page } from '@playwright/test';
import { downloadCsv, expectNoSeriousAxeViolations, hydrated, londonDay, signIn } from './support';

const SLUG = 'llr';
const PAST = 'Youth club listening session';
const UPCOMING = 'Parents and carers drop-in';

const number = (text: string | null) => Number((text ?? '').replace(/[^0-9]/g, ''));

async function openPastReport(page: Page): Promise<string> {
	// The summary for the last two months links to each event's report.
	await page.goto(`/app/${SLUG}/engagement?from=${londonDay(-60)}&to=${londonDay(0)}`);
	await page.getByRole('link', { name: PAST, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/app/${SLUG}/events/[0-9a-f-]{36}/report$`));
	return new URL(page.url()).pathname;
}

test('an officer reads the demo event report: figures match the tables and the CSV', async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page, `officer@${SLUG}.example`);
	const path = await openPastReport(page);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAST);
	const people = number(await page.getByTestId('people-engaged').textContent());
	const contributions = number(await page.getByTestId('contributions').textContent());
	expect(people).toBeGreaterThanOrEqual(20);
	expect(contributions).toBeGreaterThan(40);
	// The facilitator's head count is shown, and "people engaged" is the larger number.
	await expect(page.getByText('in the room (facilitator’s head count)')).toBeVisible();
	await expect(page.getByText('“People engaged” is the larger of the two numbers')).toBeVisible();

	// Contributions by kind add up to the figure.
	const kinds = page.getByTestId('by-kind');
	const cells = await kinds.locator('tbody tr:not(.app-report__total) td').allTextContents();
	expect(cells).toHaveLength(5);
	expect(cells.map(number).reduce((a, b) => a + b, 0)).toBe(contributions);
	expect(number(await page.getByTestId('by-kind-total').textContent())).toBe(contributions);
	for (const kind of ['Words from phones', 'Sticky notes', 'Said aloud', 'Words on paper forms', 'Ratings'])
		await expect(kinds.getByRole('rowheader', { name: kind, exact: true })).toBeVisible();

	// Small groups by role and age band are not shown exactly in the version that can be shared.
	for (const id of ['by-role', 'by-age']) {
		const values = await page.getByTestId(id).locator('td').allTextContents();
		for (const v of values)
			expect(v.trim(), `${id} cell`).toMatch(/^(0|fewer than 10|not shown|[1-9]\d+|\d{1,3}(,\d{3})+)$/);
	}
	await expect(page.getByText('fewer than 10').first()).toBeVisible();

	// The rating prompt shows faces and words; the priority it informed is named.
	await expect(
		page.getByRole('heading', { level: 3, name: 'How easy is it to get mental health support round here?' })
	).toBeVisible();
	await expect(page.locator('#ratings ~ section table').first()).toContainText('Very good');
	await expect(page.getByRole('heading', { name: 'Plan priorities this event informed' })).toBeVisible();
	await expect(page.locator('main')).toContainText(/Priority \d+: /);
	await expect(page.locator('.app-quote').first()).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'the event report');

	// The CSV has one row per contribution, and none of the originals' tell-tales.
	const records = await downloadCsv(page, 'Download every contribution (CSV)');
	expect(records[0]).toEqual([
		'time (UK)',
		'kind',
		'prompt',
		'role',
		'age band',
		'can quote',
		'themes (suggested)',
		'words (names and details removed)',
		'flagged for safeguarding',
		'rating'
	]);
	expect(records.length - 1).toBe(contributions);
	expect(records.slice(1).filter((r) => r[1] === 'Rating')).toHaveLength(
		number(
			await kinds
				.getByRole('row', { name: /^Ratings/ })
				.locator('td')
				.textContent()
		)
	);

	// Exact counts are there for staff, marked as not for publication.
	await hydrated(page);
	await page.getByRole('link', { name: 'Show exact counts for small groups' }).click();
	await expect(page).toHaveURL(new RegExp(`${path}\\?exact=1$`));
	await expect(page.getByText('Staff only — not for publication.').first()).toBeVisible();
	const exactRoles = await page
		.getByTestId('by-role')
		.locator('tbody tr:not(.app-report__total) td:nth-of-type(1)')
		.allTextContents();
	expect(exactRoles.map(number).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(people);
	await expectNoSeriousAxeViolations(page, 'the event report with exact counts');
});

test('the engagement summary says how many people were engaged this financial year, and checks its dates', async ({
	page
}) => {
	test.setTimeout(60_000);
	await signIn(page, `officer@${SLUG}.example`);
	await page.goto(`/app/${SLUG}/engagement`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engagement summary');
	const sentence = page.getByTestId('engagement-sentence');
	await expect(sentence).toHaveText(
		/^Between 1 April \d{4} and 31 March \d{4} we engaged [\d,]+ people, who made [\d,]+ contributions\.$/
	);
	const [, people, contributions] = /engaged ([\d,]+) people, who made ([\d,]+)/.exec(
		(await sentence.textContent())!.replace(/\s+/g, ' ')
	)!;
	expect(number(await page.getByTestId('total-people').textContent())).toBe(number(people!));
	expect(number(await page.getByTestId('total-contributions').locator('strong').textContent())).toBe(
		number(contributions!)
	);
	// The demo survey and the demo event are both in the table (unless the event fell in last year).
	await expect(
		page.getByTestId('engagements').getByRole('cell', { name: 'Survey', exact: true }).first()
	).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'the engagement summary');

	// The end before the start: the error is next to the field, and what was typed stays.
	await hydrated(page);
	await page.locator('#from').fill('2026-05-01');
	await page.locator('#to').fill('2026-04-01');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.locator('#to-error')).toContainText('The end date must be the same as or after the start date');
	await expect(page.locator('.nhsuk-error-summary')).toContainText(
		'The end date must be the same as or after the start date'
	);
	await expect(page.locator('#from')).toHaveValue('2026-05-01');
	await expect(page.locator('#to')).toHaveValue('2026-04-01');
	await expect(page).toHaveTitle(/^Error: /);
	await expect(sentence).toHaveCount(0);
});

test('the public area page lists the upcoming event under "Have your say"', async ({ page }) => {
	await page.goto(`/${SLUG}`);
	const section = page.getByRole('region', { name: 'Have your say' });
	const upcoming = section.getByTestId('upcoming-events').getByRole('listitem').filter({ hasText: UPCOMING });
	await expect(upcoming).toHaveCount(1);
	// Listed with its UK date and time and its venue; not open yet, so no link to join.
	await expect(upcoming).toContainText(/\w+day \d{1,2} \w+ \d{4} at \d{1,2}(:\d{2})?(am|pm)/);
	await expect(upcoming).toContainText('family hub');
	await expect(upcoming.getByRole('link')).toHaveCount(0);
	await expect(section).not.toContainText(PAST);
	await expectNoSeriousAxeViolations(page, 'the public area page');
});
