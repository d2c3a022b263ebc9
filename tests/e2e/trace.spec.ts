/**
 * Trace for commissioners, "Who we heard from" and the steering group report (issue 7, items 7
 * and 8), on the demo data: a commissioner follows a priority to its actions, the seeded
 * statements linked to it and their themes; an engagement officer writes a statement from a
 * possible quote and links it to a priority, and the commissioner follows it both ways (priority
 * -> statement -> feedback, and feedback -> statement -> priority and actions); "Who we heard from"
 * suppresses small numbers and explains its population figures; the steering report is print-ready
 * and its "You said, we did" table downloads as CSV. axe passes on every page.
 */
import { expect, test } from '@playwright/test';
import { CONSENT_LABEL } from '../../src/lib/vocabulary';
import {
	downloadCsv,
	expectNoSeriousAxeViolations,
	hydrated,
	londonDay,
	markPossibleQuote,
	seed,
	signIn,
	signInAndFollow,
	unique
} from './support';

const SLUG = 'llr';
const AREA = seed(SLUG);
const PLAN = AREA.plans.find((p) => p.published)!;
const FIRST = PLAN.priorities[0]!;
/** Seeded statements linked to the first priority. */
const FIRST_STATEMENTS = AREA.you_said.filter((y) => y.priorities.includes(FIRST.key));

test('a commissioner traces a priority to its actions, seeded statements and themes', async ({ page }) => {
	test.setTimeout(90_000);
	await signInAndFollow(page, `commissioner@${SLUG}.example`, `/app/${SLUG}`, 'Trace a priority');
	await expectNoSeriousAxeViolations(page, 'the trace start page');

	await page.getByRole('link', { name: `Trace priority ${FIRST.number}: ${FIRST.title}`, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Priority ${FIRST.number}: ${FIRST.title}`);
	// Its actions, each a link to the action.
	const actions = page.getByTestId('trace-actions');
	await expect(actions.locator('tbody tr')).toHaveCount(FIRST.actions.length);
	await expect(actions.getByRole('link', { name: FIRST.actions[0]!.title, exact: true })).toHaveAttribute(
		'href',
		/\/app\/llr\/actions\/[0-9a-f-]{36}$/
	);
	// The seeded statements linked to it (plus any other test's), each a link to the statement.
	const statements = page.getByTestId('trace-statements');
	for (const y of FIRST_STATEMENTS)
		await expect(statements.getByRole('link', { name: y.text, exact: true })).toHaveAttribute(
			'href',
			/\/app\/llr\/statements\/[0-9a-f-]{36}$/
		);
	await expect(page.getByTestId('trace-themes')).toBeVisible();
	await expect(page.getByText('Staff only — not for publication.')).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'the trace of a priority');

	// A date that is not a date (typed where the browser has no date picker) is refused next to its field, the priority kept.
	const priorityId = new URL(page.url()).searchParams.get('priority')!;
	await page.goto(`/app/${SLUG}/trace?priority=${priorityId}&from=2026-02-30&to=`);
	await expect(page.locator('#from-error')).toContainText('The start date must be a real date');
	await expect(page.locator('.nhsuk-error-summary')).toContainText('The start date must be a real date');
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.locator('#priority')).toHaveValue(priorityId);
	await expectNoSeriousAxeViolations(page, 'the trace with an error');

	// Each hop is a link: on to a statement.
	await page.goto(`/app/${SLUG}/trace?priority=${priorityId}`);
	await page
		.getByTestId('trace-statements')
		.getByRole('link', { name: FIRST_STATEMENTS[0]!.text, exact: true })
		.click();
	await expect(page).toHaveURL(/\/app\/llr\/statements\/[0-9a-f-]{36}$/);
});

test('the trace fits a 1,280 px window, however long the priority titles', async ({ page }) => {
	// SSOT's long priority titles in the picker once made the page 2,774 px wide.
	await page.setViewportSize({ width: 1280, height: 800 });
	await signIn(page, 'commissioner@ssot.example');
	await page.goto('/app/ssot/trace');
	await expect(page.locator('#priority')).toBeVisible();
	const { scroll, window } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		window: document.documentElement.clientWidth
	}));
	expect(scroll).toBeLessThanOrEqual(window);
});

test('feedback behind a new statement can be traced both ways', async ({ browser }) => {
	test.setTimeout(180_000);
	// An engagement officer marks a possible quote, writes a statement from it and links priority 2.
	const officer = await (await browser.newContext()).newPage();
	await signIn(officer, `officer@${SLUG}.example`);
	const quote = await markPossibleQuote(officer, SLUG);
	await officer.goto(`/app/${SLUG}/statements/new`);
	await officer
		.locator('li', { hasText: quote })
		.first()
		.getByRole('link', { name: /Start from this quote/ })
		.click();
	await hydrated(officer);
	const words = `Young people told us: ${unique('trace me')}`;
	await officer.locator('#statement').fill(words);
	await officer.getByRole('button', { name: 'Save as a draft' }).click();
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText(`“${words}”`);
	const second = PLAN.priorities[1]!;
	const option = officer.locator('#priority_id option', { hasText: `priority ${second.number}, ` });
	await officer.locator('#priority_id').selectOption((await option.getAttribute('value'))!);
	await officer.getByRole('button', { name: 'Link priority' }).click();
	await expect(officer.getByText(`priority ${second.number}, ${second.title}`).first()).toBeVisible();

	// The commissioner: priority -> statement -> the feedback behind it.
	const page = await (await browser.newContext()).newPage();
	await signIn(page, `commissioner@${SLUG}.example`);
	await page.goto(`/app/${SLUG}/trace`);
	await page.getByRole('link', { name: `Trace priority ${second.number}: ${second.title}`, exact: true }).click();
	await expect(page.getByTestId('trace-statements').getByRole('link', { name: words, exact: true })).toBeVisible();
	const row = page.getByTestId('trace-feedback').locator('tr', { hasText: quote });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('Yes'); // may be quoted
	await expect(page.getByTestId('by-role')).toBeVisible();
	await expect(page.getByTestId('by-engagement')).toBeVisible();
	expect(
		Number(
			await page
				.getByTestId('feedback-items')
				.textContent()
				.then((t) => t?.replace(/[^0-9]/g, ''))
		)
	).toBeGreaterThan(0);
	await expectNoSeriousAxeViolations(page, 'the trace with feedback');

	// Feedback -> statement -> priority and actions.
	await row.getByRole('link', { name: 'Trace this feedback' }).click();
	await expect(page).toHaveURL(/\/app\/llr\/trace\/feedback\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What this feedback led to');
	await expect(page.getByTestId('feedback-words')).toContainText(quote);
	await expect(page.getByTestId('feedback-consent')).toHaveText(CONSENT_LABEL.quote);
	const behind = page.getByTestId('feedback-statements');
	await expect(behind.getByRole('link', { name: words, exact: true })).toBeVisible();
	await expect(behind).toContainText('quoted in it');
	await expectNoSeriousAxeViolations(page, 'the trace of a piece of feedback');
	await behind
		.getByRole('link', { name: `Priority ${second.number}: ${second.title}` })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Priority ${second.number}: ${second.title}`);

	// An unknown or withdrawn item is simply not found.
	const missing = await page.goto(`/app/${SLUG}/trace/feedback/00000000-0000-4000-8000-000000000000`);
	expect(missing?.status()).toBe(404);
});

test('who we heard from: population comparison, suppression and the sources of the figures', async ({ page }) => {
	test.setTimeout(90_000);
	await signInAndFollow(page, `commissioner@${SLUG}.example`, `/app/${SLUG}/trace`, 'Who we heard from');
	await expect(page.getByTestId('who-total')).toContainText('We heard from');
	// Place is compared with the residents of each place the plan gives; age has no figures.
	const place = page.getByTestId('who-locality');
	await expect(place).toContainText('Compared with residents of all ages');
	await expect(place.locator('tbody tr').first()).toBeVisible();
	await expect(page.getByTestId('who-age_band')).toContainText('This area has no population figures for this');
	// Nothing from 1 to 9 is shown as a number.
	for (const cell of await page.locator('.app-who tbody td.nhsuk-table__cell--numeric:first-of-type').allTextContents())
		expect(cell.trim(), 'a count of people').not.toMatch(/^[1-9]$/);
	// Where the figures come from: the sentence and the file.
	const figures = page.getByTestId('population-figures');
	await expect(figures).toContainText('Leicester City is 345,036');
	await expect(figures).toContainText('001_187b9cb2b0e92c1a.txt');
	await expect(page.locator('.app-chart canvas').first()).toBeAttached();
	await expectNoSeriousAxeViolations(page, 'who we heard from');

	// A period with nobody in it, and a period the wrong way round.
	await page.goto(`/app/${SLUG}/trace/who?from=2001-01-01&to=2001-12-31`);
	await expect(page.getByTestId('who-total')).toContainText('We heard from 0 people');
	await page.goto(`/app/${SLUG}/trace/who?from=2026-05-01&to=2026-04-01`);
	await expect(page.locator('#to-error')).toContainText('The end date must be the same as or after the start date');
	await expectNoSeriousAxeViolations(page, 'who we heard from with an error');
});

test('the steering group report for a plan period, print-ready, with its CSV', async ({ page }) => {
	test.setTimeout(90_000);
	// The report opens straight on the newest published plan (LLR has one), never on an empty page.
	await signInAndFollow(page, `commissioner@${SLUG}.example`, `/app/${SLUG}`, 'Steering group report', PLAN.title);
	await expect(page).toHaveURL(new RegExp(`/app/${SLUG}/reports/steering$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PLAN.title);
	// The plan period 2023/24 has no feedback recorded here (the demo's is recent), so the report
	// opens on the latest year that has some, and says so.
	await expect(page.getByTestId('report-period')).toContainText('the latest year with feedback');
	await expect(page.getByTestId('moved-period')).toContainText('in the plan period, 2023/24');
	expect(Number((await page.getByTestId('report-people').textContent())?.replace(/[^0-9]/g, ''))).toBeGreaterThan(0);
	// The plan's own period is still one choice away: 1 April 2023 to 31 March 2024.
	await hydrated(page);
	await page.locator('#from').fill('2023-04-01');
	await page.locator('#to').fill('2024-03-31');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByTestId('report-period')).toContainText('1 April 2023 to 31 March 2024');
	await expect(page.getByTestId('report-period')).toContainText('the plan period, 2023/24');
	await expect(page.getByTestId('moved-period')).toHaveCount(0);
	const table = page.getByTestId('you-said-we-did');
	const linked = AREA.you_said.filter((y) => y.priorities.length || y.actions.length);
	for (const y of linked.slice(0, 3)) await expect(table.getByText(y.text, { exact: true })).toBeVisible();
	await expect(page.getByTestId('report-gaps')).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'the steering report');

	// Printing leaves out the menus and the date form, keeps the report.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('form.app-filters')).toBeHidden();
	await expect(page.locator('header.nhsuk-header')).toBeHidden();
	await expect(table).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// The CSV: one row per statement and linked action, with the header the spreadsheet needs.
	const rows = await downloadCsv(page, 'Download the “You said, we did” table (CSV)');
	expect(rows[0]).toEqual([
		'you said',
		'statement status',
		'priorities',
		'we did (action)',
		'action priority',
		'owner',
		'action status',
		'progress (%)',
		'what changed (or why not)',
		'evidence',
		'latest update'
	]);
	const seededRows = linked.reduce((n, y) => n + Math.max(1, y.actions.length), 0);
	expect(rows.length - 1).toBeGreaterThanOrEqual(seededRows);
	expect(rows.map((r) => r[0])).toContain(linked[0]!.text);

	// Other dates: the last two months, when the demo events and surveys happened.
	await hydrated(page);
	await page.locator('#from').fill(londonDay(-60));
	await page.locator('#to').fill(londonDay(0));
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByTestId('report-period')).toContainText('dates chosen');
	expect(Number((await page.getByTestId('report-people').textContent())?.replace(/[^0-9]/g, ''))).toBeGreaterThan(0);
	await expect(page.getByTestId('report-themes')).toBeVisible();
	await expect(page.getByTestId('themes-basis')).toContainText('pieces of feedback heard in these dates');
	await expectNoSeriousAxeViolations(page, 'the steering report for chosen dates');
});
