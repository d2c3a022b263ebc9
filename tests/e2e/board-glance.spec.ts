/**
 * Issue 15, items 3 and 4: the board at a glance and an area page that leads with "Have your say".
 * The summary comes first (what we heard most, what is done, what is late), each priority is
 * folded, late actions say "Due 31 March 2024, overdue, …", documents are named by title, the
 * short forms have a glossary; headings never skip a level; at 360 px the page does not scroll
 * sideways and axe passes. The LLR area page puts its open survey in the first phone screen and
 * its HTML is 35 KB or less compressed. Expectations come from seeds/areas/llr.json.
 */
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, openPriorities, seed } from './support';

const SHOTS = '/tmp/shots/board15';
mkdirSync(SHOTS, { recursive: true });
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const llr = seed('llr');

/** Heading levels in page order never jump down by more than one (h2 then h4 is a skip). */
async function expectHeadingOrder(page: Page) {
	const levels = await page
		.locator('main h1, main h2, main h3, main h4, main h5, main h6')
		.evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
	expect(levels[0]).toBe(1);
	for (let i = 1; i < levels.length; i++)
		expect(levels[i]! - levels[i - 1]!, `heading ${i} (h${levels[i]}) after h${levels[i - 1]}`).toBeLessThanOrEqual(1);
}

const fitsWidth = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test.describe('The board at a glance', () => {
	test('LLR: the summary first, priorities folded, late actions said plainly, titles not file names, a glossary', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.goto('/llr/board');
		const h2s = page.locator('main h2');
		await expect(h2s.first()).toHaveText('At a glance');
		const glance = page.getByRole('region', { name: 'At a glance' });
		await expect(glance.getByRole('heading', { name: 'What we heard most' })).toBeVisible();
		await expect(glance.getByRole('heading', { name: 'What is done' })).toBeVisible();
		await expect(glance.getByRole('heading', { name: 'What is late' })).toBeVisible();
		await expect(glance.locator('ol li')).toHaveCount(3);
		await expect(glance).toContainText(/actions? (is|are) past the date the plan gave/);
		await expect(glance.getByText(/^Due 31 March 2024, overdue, no update (since .+|yet)$/).first()).toBeVisible();

		// Charts and the numbers come before the priorities.
		const order = await page.locator('main h2').evaluateAll((hs) => hs.map((h) => h.textContent?.trim() ?? ''));
		const at = (t: string | RegExp) => order.findIndex((h) => (typeof t === 'string' ? h === t : t.test(h)));
		expect(at('Charts')).toBeLessThan(at(/^Priority 1:/));
		expect(at('What the numbers say')).toBeLessThan(at(/^Priority 1:/));

		// Every priority folded; opening one shows its statements and actions.
		const folded = page.locator('details.app-priority__details');
		expect(await folded.count()).toBeGreaterThan(1);
		await expect(page.locator('details.app-priority__details[open]')).toHaveCount(0);
		await expect(page.locator('article.app-you-said').first()).toBeHidden();
		await openPriorities(page);
		await expect(page.locator('article.app-you-said').first()).toBeVisible();
		// Late actions under their priority: due date, overdue, and the last news.
		await expect(page.locator('.app-late').first()).toHaveText(
			/^Due \d{1,2} \w+ \d{4}, overdue, no update (since .+|yet)$/
		);

		// Documents by their titles, never their file names.
		await expect(page.locator('main')).not.toContainText(/\d{3}_[0-9a-f]{16}\.txt/);
		await expect(page.locator('main')).toContainText(
			'Source: Children & Young People (C&YP) Mental Health Local Transformation Plan Refresh 2023'
		);

		// Short forms: marked up and explained in the glossary.
		const glossary = page.getByRole('region', { name: 'Short forms we use' });
		await expect(glossary.locator('dt')).toContainText(['CAMHS']);
		await expect(glossary).toContainText("Children and young people's mental health services");
		expect(await page.locator('main abbr[title]').count()).toBeGreaterThan(1);

		await expectHeadingOrder(page);
		await expectNoSeriousAxeViolations(page, 'the LLR board with every priority open');
	});

	test('LLR at 360 px: no sideways scrolling, the summary on the first screens, axe passes', async ({ browser }) => {
		test.setTimeout(90_000);
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await page.goto('/llr/board');
		expect(await fitsWidth(page)).toBe(true);
		const glance = page.getByRole('heading', { level: 2, name: 'At a glance' });
		expect((await glance.boundingBox())!.y).toBeLessThan(740);
		await page.screenshot({ path: `${SHOTS}/e2e-board-360.png` });
		await expectNoSeriousAxeViolations(page, 'the LLR board at 360 px');
		await openPriorities(page);
		expect(await fitsWidth(page)).toBe(true);
		await context.close();
	});
});

test.describe('The area page', () => {
	test('LLR at 360 px: "Have your say" with its open survey fills the first screen; the plan is one tap away', async ({
		browser
	}) => {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await page.goto('/llr');
		const say = page.getByRole('region', { name: 'Have your say' });
		const survey = say.locator('a[href^="/s/"]').first();
		await expect(survey).toBeVisible();
		const box = (await survey.boundingBox())!;
		expect(box.y + box.height, 'the survey link is on the first screen').toBeLessThanOrEqual(740);
		expect(await fitsWidth(page)).toBe(true);
		await page.screenshot({ path: `${SHOTS}/e2e-llr-360.png` });
		await expectHeadingOrder(page);
		await expectNoSeriousAxeViolations(page, 'the LLR area page at 360 px');

		await page.getByRole('link', { name: /^Read the plan in full/ }).click();
		await expect(page).toHaveURL(/\/llr\/plan$/);
		await expect(page.locator('li.app-action').first()).toBeVisible();
		await expectHeadingOrder(page);
		await context.close();
	});

	test('the LLR page is 35 KB or less of compressed HTML, and carries no hydration data', async ({ request }) => {
		const html = await (await request.get('/llr')).text();
		const size = gzipSync(Buffer.from(html)).length;
		expect(size, `compressed HTML ${size} bytes`).toBeLessThanOrEqual(35 * 1024);
		expect(html).not.toContain('<script');
		// No plan in it: the actions are on /llr/plan.
		const action = llr.plans[0]!.priorities[0]!.actions[0]!;
		expect(html).not.toContain(action.title.replace(/&/g, '&amp;'));
	});
});
