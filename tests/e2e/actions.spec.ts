/**
 * Actions ("We did") in the staff console: a partner reports an action their organisation owns as
 * done, and it shows on the public board; done without "what changed" is refused with the error
 * next to the field and what was typed kept; the pages pass axe. Uses BLMK, whose demo partner
 * belongs to the organisation that owns most of its actions (src/lib/server/demo.ts).
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, hydrated, seed, signIn } from './support';
import { parseCsv } from '../../src/lib/server/csv-parse';
import { toCsv } from '../../src/lib/server/csv';

const SLUG = 'blmk';
interface OwnedAction {
	key: string;
	title: string;
	owner: string | null;
	status: string;
}
const blmk = seed(SLUG) as unknown as {
	plans: { priorities: { actions: OwnedAction[] }[] }[];
	you_said: { actions: string[] }[];
};
const all = blmk.plans.flatMap((p) => p.priorities.flatMap((pr) => pr.actions));
/** The demo partner's organisation: the owner named on most of the area's actions. */
const counts = new Map<string, number>();
for (const a of all) if (a.owner) counts.set(a.owner, (counts.get(a.owner) ?? 0) + 1);
const ORG = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]![0];
const onBoard = new Set(blmk.you_said.flatMap((y) => y.actions));
// An action the partner's organisation owns, not done yet, that answers a statement on the board.
const target = all.find((a) => a.owner === ORG && a.status !== 'done' && onBoard.has(a.key))!;
const WHAT_CHANGED = 'Young people now sit on the clinical network and choose what it works on first.';

test.describe('Actions console', () => {
	test('a partner marks an owned action done: refused without what changed (keeping what was typed), then shown on the public board', async ({
		page
	}) => {
		expect(target, 'the BLMK seed has an action the demo partner owns on the board').toBeTruthy();
		await signIn(page, `partner@${SLUG}.example`);

		await page.goto(`/app/${SLUG}/actions`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actions (We did)');
		// Partners see only their organisation's actions, each one they can update.
		const rows = page.locator('main tbody tr');
		await expect(rows).toHaveCount(counts.get(ORG)!);
		await expect(rows.filter({ hasText: 'You can update this' })).toHaveCount(counts.get(ORG)!);
		await expect(page.getByRole('link', { name: 'Add an action' })).toHaveCount(0);
		await expectNoSeriousAxeViolations(page, 'the partner’s actions list');

		await page.getByRole('link', { name: target.title, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
		// The plan itself is for commissioners: no details form for a partner.
		await expect(page.getByRole('button', { name: 'Save details' })).toHaveCount(0);
		await expectNoSeriousAxeViolations(page, 'the action page');

		await hydrated(page);
		await page.getByLabel('Done', { exact: true }).check();
		await page.locator('#progress').fill('100');
		await page.locator('#outcome').fill('');
		await page.locator('#evidence_url').fill('https://example.org/network-minutes');
		await page.getByRole('button', { name: 'Save progress' }).click();

		await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
		await expect(page.locator('#outcome-error')).toContainText('Say what changed for young people');
		await expect(page.locator('#outcome')).toHaveAttribute('aria-invalid', 'true');
		// What was typed is still there.
		await expect(page.getByLabel('Done', { exact: true })).toBeChecked();
		await expect(page.locator('#progress')).toHaveValue('100');
		await expect(page.locator('#evidence_url')).toHaveValue('https://example.org/network-minutes');
		await expectNoSeriousAxeViolations(page, 'the action page with an error');

		await hydrated(page);
		await page.locator('#outcome').fill(WHAT_CHANGED);
		await page.getByRole('button', { name: 'Save progress' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Progress saved' })).toBeVisible();
		await expect(page.locator('#outcome')).toHaveValue(WHAT_CHANGED);

		await page.goto(`/${SLUG}/board?status=done`);
		const item = page
			.locator('li.app-board-action')
			.filter({ has: page.getByRole('heading', { name: target.title, exact: true }) })
			.first();
		await expect(item.locator('.nhsuk-tag')).toHaveText('Done');
		await expect(item).toContainText(`What changed: ${WHAT_CHANGED}`);
		await expect(item).toContainText(`Who is doing it: ${ORG}`);
		await expect(item.getByRole('link', { name: /^Evidence/ })).toHaveAttribute(
			'href',
			'https://example.org/network-minutes'
		);
	});

	test('a commissioner sees every action with filters, adds a milestone, and downloads the CSV', async ({
		page,
		request
	}) => {
		await signIn(page, `commissioner@${SLUG}.example`);
		await page.goto(`/app/${SLUG}/actions`);
		await expect(page.locator('main tbody tr')).toHaveCount(all.length);
		await expect(page.getByRole('link', { name: 'Add an action' })).toBeVisible();

		await hydrated(page);
		await page.getByLabel('Status').selectOption('planned');
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await expect(page).toHaveURL(/status=planned/);
		await expect(page.locator('main tbody tr')).toHaveCount(
			all.filter((a) => a.status === 'planned' && a.key !== target.key).length
		);

		const other = all.find((a) => a.owner && a.owner !== ORG && a.status === 'planned')!;
		await page.getByRole('link', { name: other.title, exact: true }).click();
		await hydrated(page);
		await page.getByText('Add a milestone').click();
		await page.locator('#m-title').fill('Steering group agrees the plan');
		await page.locator('#m-due_on').fill('2026-06-30');
		await page.getByRole('button', { name: 'Add milestone' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Milestone added' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Milestones of this action' })).toContainText(
			'Steering group agrees the plan'
		);
		await expect(page.getByRole('button', { name: 'Save details' })).toBeVisible();
		await expectNoSeriousAxeViolations(page, 'the action page as a commissioner');

		const csv = await page.request.get(`/app/${SLUG}/actions.csv`);
		expect(csv.status()).toBe(200);
		expect(csv.headers()['content-type']).toContain('text/csv');
		expect(csv.headers()['content-disposition']).toContain(`filename="${SLUG}-actions.csv"`);
		expect((await csv.text()).split('\r\n')[0]).toBe(
			'\uFEFFid,priority number,title,owner organisation,owner role,status,progress,what changed / reason,latest update,evidence url'
		);

		// Not for people who are not signed in.
		const anonymous = await request.get(`/app/${SLUG}/actions.csv`, { maxRedirects: 0 });
		expect(anonymous.status()).toBe(303);
	});

	test('a commissioner updates progress from the CSV: a bad row is named and nothing is saved until the whole file is right', async ({
		page
	}) => {
		await signIn(page, `commissioner@${SLUG}.example`);
		const [header, ...rows] = parseCsv(await (await page.request.get(`/app/${SLUG}/actions.csv`)).text());
		const col = (name: string) => header!.indexOf(name);
		const planned = rows.filter((r) => r[col('status')] === 'planned');
		const [first, second] = [planned[0]!, planned[1]!];
		const secondRow = rows.indexOf(second) + 2; // the header is row 1
		first[col('progress')] = '35';
		second[col('status')] = 'done';
		second[col('what changed / reason')] = '';
		const upload = async () => {
			await page.goto(`/app/${SLUG}/actions/import`);
			await hydrated(page);
			await page
				.locator('#file')
				.setInputFiles({ name: 'actions.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(header!, rows)) });
			await page.getByRole('button', { name: 'Check the file' }).click();
			await expect(page.getByRole('heading', { name: 'What this file changes' })).toBeVisible();
		};

		await upload();
		await expect(page.locator('.nhsuk-error-summary')).toContainText(
			`Row ${secondRow}, what changed / reason: Say what changed for young people`
		);
		await expect(page.locator(`#row-${secondRow}`)).toContainText('Say what changed for young people');
		await expect(page.getByText('Nothing has been saved.')).toBeVisible();
		await expect(page.getByRole('button', { name: /^Save / })).toHaveCount(0);
		await expectNoSeriousAxeViolations(page, 'the import preview with a problem');

		second[col('what changed / reason')] = 'Families can now see every service on one page.';
		await upload();
		await expect(page.locator('.nhsuk-error-summary')).toHaveCount(0);
		await page.getByRole('button', { name: 'Save 3 changes to 2 actions' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Saved: 2 actions changed' })).toBeVisible();

		await page.goto(`/app/${SLUG}/actions/${first[col('id')]}`);
		await expect(page.locator('#progress')).toHaveValue('35');
		await page.goto(`/app/${SLUG}/actions/${second[col('id')]}`);
		await expect(page.locator('#outcome')).toHaveValue('Families can now see every service on one page.');
		await expect(page.getByLabel('Done', { exact: true })).toBeChecked();
	});
});
