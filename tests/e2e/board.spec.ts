/**
 * The public board (issue 7, item 6): "What you told us" and "What we did" per priority, filters
 * that work with and without JavaScript, charts with tables, board.json (checked against its
 * schema and against the page), and the embeddable board that partner websites may frame.
 * Expectations come from seeds/areas/llr.json.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { boardJsonSchema } from '../../src/lib/schemas/board-json';
import {
	STATUS_LABEL,
	URGENT_HELP_TEXT,
	actions,
	expectNoSeriousAxeViolations,
	expectPageChrome,
	openPriorities,
	priorities,
	seed
} from './support';

const llr = seed('llr');
const actionByKey = new Map(actions(llr).map((a) => [a.key, a]));
const byKey = new Map(priorities(llr).map((p) => [p.key, p]));
/** The LLR priority linked to the most statements. */
const busiest = [...byKey.values()].sort(
	(a, b) =>
		llr.you_said.filter((y) => y.priorities.includes(b.key)).length -
		llr.you_said.filter((y) => y.priorities.includes(a.key)).length
)[0]!;
const doneStatements = llr.you_said.filter((y) => y.actions.some((k) => actionByKey.get(k)?.status === 'done'));

const statementHeadings = (page: Page) => page.locator('article.app-you-said h4').allTextContents();

test.describe('The board', () => {
	test('shows each priority with what you told us and what we did, and the charts are drawn on the server', async ({
		page
	}) => {
		await page.goto('/llr/board');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you told us, what we did');
		// The content's own latest date (LLR's is a 2023/24 period), not the day the seeds were loaded.
		await expect(page.getByText(/^Last changed (\d{1,2} )?(in )?\w+ \d{4}$/)).toBeVisible();
		await expect(page.locator('article.app-you-said')).toHaveCount(llr.you_said.length);
		await openPriorities(page);

		// A priority: its statements, then the actions answering them, each told in full once.
		const section = page.locator('section.app-priority').filter({
			has: page.getByRole('heading', { level: 2, name: `Priority ${busiest.number}: ${busiest.title}`, exact: true })
		});
		// "What you told us" when only young people and families spoke; "What we heard" when others did too.
		await expect(section.getByRole('heading', { level: 3, name: /^(What you told us|What we heard)$/ })).toBeVisible();
		await expect(section.getByRole('heading', { level: 3, name: 'What we did' })).toBeVisible();
		// LLR has one plan, so a statement sits under the lowest-numbered priority it is linked to.
		const home = (y: (typeof llr.you_said)[number]) =>
			y.priorities.map((k) => byKey.get(k)!).sort((a, b) => a.number - b.number)[0];
		const answered = new Set(llr.you_said.filter((y) => home(y)?.key === busiest.key).flatMap((y) => y.actions));
		const items = section.locator('li.app-board-action');
		await expect(items).toHaveCount(answered.size);
		for (const key of answered) {
			const action = actionByKey.get(key)!;
			const item = items.filter({ has: page.getByRole('heading', { level: 4, name: action.title, exact: true }) });
			await expect(item).toHaveCount(1);
			await expect(item.locator('.nhsuk-tag').first()).toHaveText(STATUS_LABEL[action.status]);
		}

		// A statement's actions link to where they are told in full.
		const link = section.locator('article.app-you-said ul.app-we-did a').first();
		const target = (await link.getAttribute('href'))!;
		expect(target).toMatch(/^#did-/);
		await expect(page.locator(target)).toHaveCount(1);

		// Charts are drawn on the server beside their tables: no canvas, no script.
		await expect(page.locator('#charts .app-bars')).toBeVisible();
		await expect(page.locator('#charts .app-month-bars')).toBeVisible();
		await expect(page.locator('#charts canvas')).toHaveCount(0);
		await expect(page.locator('script')).toHaveCount(0);
		await expect(page.locator('#charts table')).toHaveCount(2);
		await expect(page.getByRole('heading', { level: 2, name: 'Things you are still telling us about' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'How we sorted what you told us' })).toBeVisible();
		await expectPageChrome(page);
	});

	test('filters by priority and by status with the form, and clears them', async ({ page }) => {
		await page.goto('/llr/board');
		await page.waitForLoadState('networkidle');
		await page
			.getByLabel('Priority', { exact: true })
			.selectOption({ label: `Priority ${busiest.number}: ${busiest.title}` });
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await expect(page).toHaveURL(/\?priority=[0-9a-f-]{36}/);
		const linked = llr.you_said.filter((y) => y.priorities.includes(busiest.key)).map((y) => y.text);
		await expect(page.locator('article.app-you-said')).toHaveCount(linked.length);
		expect((await statementHeadings(page)).sort()).toEqual([...linked].sort());
		await expect(page.locator('section.app-priority h2')).toHaveText([`Priority ${busiest.number}: ${busiest.title}`]);

		await page.getByLabel('Priority', { exact: true }).selectOption({ label: 'All priorities' });
		await page.getByLabel('Action status').selectOption({ label: 'Done' });
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await expect(page).toHaveURL(/[?&]status=done$/);
		await expect(page.locator('article.app-you-said')).toHaveCount(doneStatements.length);
		// Only done actions are listed.
		const tags = await page.locator('#told-and-did .nhsuk-tag').allTextContents();
		expect(tags.length).toBeGreaterThan(0);
		expect(new Set(tags)).toEqual(new Set(['Done']));

		await page.getByRole('link', { name: 'Show everything' }).click();
		await expect(page.locator('article.app-you-said')).toHaveCount(llr.you_said.length);
	});

	test('says plainly when a filter in the address cannot be used, and shows everything instead', async ({ page }) => {
		const response = await page.goto(
			'/llr/board?priority=not-a-priority&theme=No%20Such%20Theme&status=finished&page=0'
		);
		expect(response?.status()).toBe(200);
		const summary = page.locator('.nhsuk-error-summary');
		await expect(summary).toContainText('We could not find that priority on this board');
		await expect(summary).toContainText('We could not find that theme');
		await expect(summary).toContainText('Choose a status from the list');
		await expect(page.locator('article.app-you-said')).toHaveCount(llr.you_said.length);
		// Valid-looking but not on this board: a priority id nobody has.
		await page.goto('/llr/board?priority=00000000-0000-4000-8000-000000000000');
		await expect(page.locator('.nhsuk-error-summary')).toContainText('We could not find that priority on this board');
	});

	test('the embed section gives the iframe code for this board', async ({ page }) => {
		await page.goto('/llr/board');
		const code = page.locator('#embed pre code');
		await expect(code).toContainText('<iframe src="http://127.0.0.1');
		await expect(code).toContainText('/llr/board/embed"');
		await expect(code).toContainText('title="What young people told LLR, and what was done"');
	});
});

test.describe('The board without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('reads in full with its tables, and the filter form works with its button', async ({ page }) => {
		await page.goto('/llr/board');
		await expect(page.locator('article.app-you-said')).toHaveCount(llr.you_said.length);
		await expect(page.locator('#charts table')).toHaveCount(2);
		await expect(page.locator('#charts .app-bars')).toBeVisible();
		await page.getByLabel('Action status').selectOption('done');
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await expect(page).toHaveURL(/\/llr\/board\?priority=&theme=&status=done$/);
		await expect(page.locator('article.app-you-said')).toHaveCount(doneStatements.length);
		expect((await statementHeadings(page)).sort()).toEqual(doneStatements.map((y) => y.text).sort());
		await expect(page.getByLabel('Action status')).toHaveValue('done');
	});

	test('the embeddable board needs no JavaScript', async ({ page }) => {
		await page.goto('/llr/board/embed');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('What young people told LLR, and what was done');
		await expect(page.locator('.app-embed__said li').first()).toBeVisible();
	});
});

test.describe('board.json', () => {
	test('matches its schema, is public and cacheable, and says what the page shows', async ({ page, request }) => {
		const response = await request.get('/llr/board.json');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^application\/json/);
		expect(response.headers()['access-control-allow-origin']).toBe('*');
		expect(response.headers()['cache-control']).toBe('public, max-age=60');
		const parsed = boardJsonSchema.safeParse(await response.json());
		expect(parsed.error?.issues ?? []).toEqual([]);
		const json = parsed.data!;
		expect(json.schema_version).toBe(2);

		await page.goto('/llr/board');
		const statements = json.priorities.flatMap((p) => p.statements);
		expect(statements.map((s) => s.statement)).toEqual(await statementHeadings(page));
		expect(json.priorities.map((p) => `Priority ${p.number}: ${p.title}`)).toEqual(
			// Priorities only: "What the numbers say" for the area as a whole has its own section.
			await page.locator('section.app-priority h2[id^="group-"]').allTextContents()
		);
		expect(statements.flatMap((s) => s.quotes.map((q) => `“${q.text}”`))).toEqual(
			await page.locator('blockquote.app-quote > p').allTextContents()
		);
		for (const [i, p] of json.priorities.entries()) {
			const titles = await page
				.locator('section.app-priority')
				.nth(i)
				.locator('li.app-board-action h4')
				.allTextContents();
			expect(p.actions.map((a) => a.title)).toEqual(titles.map((t) => t.trim()));
		}
		const figures = await page.locator('ul.app-figures strong').allTextContents();
		expect(figures).toEqual([
			String(json.totals.statements),
			String(json.totals.quotes),
			String(json.totals.by_status.done)
		]);
		expect(json.totals.statements).toBe(llr.you_said.length);

		// The themes table shows the last 12 months of the same counts.
		const periods = json.themes_over_time.periods.slice(-12);
		for (const s of json.themes_over_time.series) {
			const row = page
				.getByRole('region', { name: /^Feedback on each theme by month/ })
				.locator('table')
				.locator('tr')
				.filter({ has: page.getByRole('rowheader', { name: s.theme.name, exact: true }) });
			expect(await row.locator('td').allTextContents()).toEqual(s.counts.slice(-periods.length).map((c) => c.label));
			// Never a small number.
			for (const c of s.counts) expect(c.count === null || c.count === 0 || c.count >= 10).toBe(true);
		}
	});

	test('takes the same filters, and answers a filter it cannot use with 400', async ({ request }) => {
		const done = await request.get('/llr/board.json?status=done');
		const json = boardJsonSchema.parse(await done.json());
		expect(json.filters.status).toBe('done');
		expect(json.priorities.flatMap((p) => p.statements.map((s) => s.statement)).sort()).toEqual(
			doneStatements.map((y) => y.text).sort()
		);
		expect(new Set(json.priorities.flatMap((p) => p.actions.map((a) => a.status)))).toEqual(new Set(['done']));

		const bad = await request.get('/llr/board.json?status=finished');
		expect(bad.status()).toBe(400);
		expect(await bad.json()).toMatchObject({
			error: { code: 'invalid_filter', fields: { status: expect.any(String) } }
		});
		expect((await request.get('/nowhere/board.json')).status()).toBe(404);
	});
});

test.describe('The embeddable board', () => {
	test('has no site header, keeps the urgent-help numbers, opens links in a new tab and may be framed', async ({
		page
	}) => {
		const response = await page.goto('/llr/board/embed');
		expect(response?.status()).toBe(200);
		const csp = response!.headers()['content-security-policy'] ?? '';
		expect(csp).toContain('frame-ancestors *');
		expect(csp).not.toContain("frame-ancestors 'none'");
		expect(response!.headers()['x-frame-options']).toBeUndefined();

		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveCount(0);
		const help = page.locator('.app-embed__help');
		for (const text of URGENT_HELP_TEXT) await expect(help).toContainText(text);
		const links = page.locator('main a');
		expect(await links.count()).toBeGreaterThan(0);
		for (const link of await links.all()) {
			// Phone and text links open the dialler, not a page.
			if (/^(tel|sms):/.test((await link.getAttribute('href')) ?? '')) continue;
			await expect(link).toHaveAttribute('target', '_blank');
			await expect(link).toHaveAttribute('rel', /noopener/);
		}
		await expect(
			page.getByRole('link', { name: 'See everything on the full board (opens in a new tab)' })
		).toHaveAttribute('href', '/llr/board');
	});

	test('the full board still refuses to be framed', async ({ request }) => {
		const response = await request.get('/llr/board');
		expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	});

	test('shows inside an iframe on a partner website, where the full board would not', async ({ page, baseURL }) => {
		// A page on another origin (a port of its own) stands in for the partner's website. It must
		// be a real local server: Chrome keeps pages from unknown addresses from framing local ones.
		const partner = createServer((_req, res) => {
			res.setHeader('content-type', 'text/html');
			res.end(
				`<!doctype html><title>Partner</title><iframe id="embed" title="Board" src="${baseURL}/llr/board/embed"></iframe><iframe id="full" title="Full" src="${baseURL}/llr/board"></iframe>`
			);
		});
		await new Promise<void>((done) => partner.listen(0, '127.0.0.1', done));
		try {
			await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`);
			await expect(page.frameLocator('#embed').getByRole('heading', { level: 1 })).toHaveText(
				'What young people told LLR, and what was done'
			);
			// The browser blocks the full board in a frame, so it never shows its heading.
			await page.waitForTimeout(500);
			await expect(page.frameLocator('#full').getByRole('heading', { level: 1 })).toHaveCount(0);
		} finally {
			await new Promise((done) => partner.close(done));
		}
	});

	test('takes a priority filter, so a partner can show one priority', async ({ page }) => {
		const first = await page.request.get('/llr/board.json');
		const id = boardJsonSchema.parse(await first.json()).priorities[0]!.id!;
		await page.goto(`/llr/board/embed?priority=${id}`);
		await expect(page.locator('.app-embed__group')).toHaveCount(1);
		await expect(page.getByRole('link', { name: /full board/ })).toHaveAttribute('href', `/llr/board?priority=${id}`);
	});
});

test.describe('Accessibility', () => {
	for (const path of ['/llr/board', `/llr/board?status=done`, '/llr/board/embed', '/blmk/board/embed']) {
		test(`${path} has no serious or critical axe violations`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			await expectNoSeriousAxeViolations(page, path);
		});
	}

	test('the embeddable board fits a 320 px frame without scrolling sideways', { tag: '@phone' }, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/llr/board/embed');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoSeriousAxeViolations(page, 'the embed at 320 px');
	});
});
