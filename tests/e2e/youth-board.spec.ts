/**
 * The youth board's own pages (issue 16, items 1, 3 and 6): a home with what needs them now and
 * what their work changed, nothing shaped for officers; dot-voting by tapping dots on and off
 * with "dots left" always in view (with and without JavaScript); and a record of contribution to
 * print or download. Reading age is measured with text-readability (Flesch-Kincaid grade) on the
 * words we write; words others wrote (statements, action titles) are marked and left out.
 */
import { expect, test, type Page } from '@playwright/test';
import readability from 'text-readability';
import { expectNoSeriousAxeViolations, fillNewVote, hydrated, signIn } from './support';

const SLUG = 'blmk';
const HOME = `/app/${SLUG}`;

/** The page's own words: main, without what others wrote (`data-others-words`) or the footer. */
async function ownWords(page: Page): Promise<string> {
	return page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		for (const el of copy.querySelectorAll('[data-others-words], script, style, .nhsuk-u-visually-hidden')) el.remove();
		// Each block is its own sentence for the formula.
		for (const el of copy.querySelectorAll('h1, h2, h3, li, p, dt, dd, a.nhsuk-button, button, th, td'))
			el.append('. ');
		return (copy.textContent ?? '').replace(/\s+/g, ' ').replace(/(\.\s*){2,}/g, '. ');
	});
}

async function gradeOf(page: Page, label: string, ceiling: number): Promise<number> {
	const text = await ownWords(page);
	const grade = readability.fleschKincaidGrade(text);
	console.log(`Reading grade of ${label}: ${grade.toFixed(1)} (${text.split(' ').length} words)`);
	expect(grade, `Flesch-Kincaid grade of ${label}: ${text.slice(0, 300)}`).toBeLessThanOrEqual(ceiling);
	return grade;
}

/** A new open vote of 3 dots on the first three themes; its title and theme names. */
async function startVote(page: Page): Promise<{ title: string; themes: string[] }> {
	await page.goto(`${HOME}/review/votes`);
	return fillNewVote(page, 'Youth vote');
}

test('the youth board home shows what needs them now, in plain words, and nothing for officers', async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page, `youth@${SLUG}.example`);
	await page.goto(HOME);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your youth board home');
	await expect(page.getByRole('heading', { name: 'What needs you now' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^What your work changed/ })).toBeVisible();
	// Nothing officer-shaped: no plan counts, priorities or management links.
	for (const officer of ['Plan', 'Priorities', 'Manage this area', 'Engage'])
		await expect(page.getByRole('heading', { name: officer, exact: true })).toHaveCount(0);
	await expect(page.getByText('Actions planned')).toHaveCount(0);
	await expectNoSeriousAxeViolations(page, 'the youth board home');
	await gradeOf(page, 'the youth board home', 7);

	// The review card offers a batch, never the size of the whole queue.
	const card = page.locator('#todo-review');
	await expect(card).toContainText(/We have \d+ comments? for you/);
	await card.getByRole('link', { name: 'Start checking' }).click();
	await expect(page.locator('#batch-progress')).toContainText(/0 of \d+ done/);

	// An open vote appears with the dots left.
	await hydrated(page);
	const { title } = await startVote(page);
	await page.goto(HOME);
	await expect(page.locator('#todo-vote')).toContainText(title);
	await expect(page.locator('#todo-vote')).toContainText('You have 3 dots left.');
});

test('dot-voting: tap to place and take off dots, dots left always shown, chart beside the table', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	await signIn(page, `youth@${SLUG}.example`);
	await hydrated(page);
	const { themes } = await startVote(page);
	await hydrated(page);
	const left = page.locator('#dots-left');
	await expect(left).toContainText('3 dots left');
	await page.getByRole('button', { name: `Put a dot on ${themes[0]} (it has 0 dots)` }).click();
	await expect(left).toContainText('2 dots left');
	await page.getByRole('button', { name: `Put a dot on ${themes[0]} (it has 1 dot)` }).click();
	await page.getByRole('button', { name: `Put a dot on ${themes[1]} (it has 0 dots)` }).click();
	await expect(left).toContainText('0 dots left');
	// No dots left: no more + buttons; tapping a placed dot takes it off.
	await expect(page.getByRole('button', { name: /^Put a dot on/ })).toHaveCount(0);
	await page
		.getByRole('button', { name: `Take a dot off ${themes[0]} (it has 2 dots)` })
		.first()
		.click();
	await expect(left).toContainText('1 dot left');
	await expectNoSeriousAxeViolations(page, 'dot-voting');
	await gradeOf(page, 'the vote page', 7);

	// Dots left stays in view when the list is scrolled.
	await page.mouse.wheel(0, 600);
	await expect(left).toBeInViewport();

	// Results: a chart beside a table.
	const chart = page.locator('.app-chart').first();
	const table = page.locator('table', { hasText: 'Dots per theme' });
	await expect(chart).toBeVisible();
	const c = (await chart.boundingBox())!;
	const t = (await table.boundingBox())!;
	expect(Math.abs(c.y - t.y)).toBeLessThan(120);
	expect(t.x).toBeGreaterThan(c.x + c.width - 5);
});

test('the record of contribution prints as a certificate and downloads', async ({ page }) => {
	await signIn(page, `youth@${SLUG}.example`);
	await page.goto(HOME);
	await page.getByRole('link', { name: 'See your record' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your record');
	const cert = page.locator('.app-certificate');
	await expect(cert).toContainText('Record of contribution');
	for (const id of ['#rec-reviews', '#rec-agreed', '#rec-votes', '#rec-events'])
		await expect(cert.locator(id)).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'the record');
	await gradeOf(page, 'the record', 8);

	// Printed: only the certificate, without the site's menus.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.nhsuk-header')).toBeHidden();
	await expect(page.getByText('Download your record as a text file')).toBeHidden();
	await expect(cert).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	const res = await page.request.get(`${HOME}/record/record.txt`);
	expect(res.headers()['content-disposition']).toContain('attachment');
	const text = await res.text();
	expect(text).toContain('Record of contribution');
	expect(text).toMatch(/Checked \d+ comments?/);
});

test('an officer ticks who helped at an event, and it counts on the youth member record', async ({ page }) => {
	await signIn(page, `officer@${SLUG}.example`);
	await page.goto(`${HOME}/events`);
	await page.getByRole('link', { name: 'Youth club listening session' }).first().click();
	const form = page.locator('form[action="?/helpers"]');
	await expect(form.getByRole('group', { name: 'Youth board members who helped' })).toBeVisible();
	await form.getByLabel(/Youth board member, .* \(demo\)/).check();
	await form.getByRole('button', { name: 'Save who helped' }).click();
	await expect(page.getByText(/Saved: \d+ youth board members? helped/)).toBeVisible();
	await expect(page.locator('form[action="?/helpers"]').getByLabel(/Youth board member, .* \(demo\)/)).toBeChecked();
	await expectNoSeriousAxeViolations(page, 'the event page with who helped');

	await page.context().clearCookies();
	await signIn(page, `youth@${SLUG}.example`);
	await page.goto(`${HOME}/record`);
	const events = page.locator('#rec-events');
	await expect(events).toContainText('listening events set up or helped at');
	await expect(events).toContainText('Youth club listening session');
	const text = await (await page.request.get(`${HOME}/record/record.txt`)).text();
	expect(text).toMatch(/Set up or helped at \d+ listening events?\./);
	expect(text).toContain('Youth club listening session');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('dots are placed and taken off with plain form posts', async ({ page }) => {
		await signIn(page, `youth@${SLUG}.example`);
		const { themes } = await startVote(page);
		await page.getByRole('button', { name: `Put a dot on ${themes[2]} (it has 0 dots)` }).click();
		await expect(page.locator('#dots-left')).toContainText('2 dots left');
		await page.getByRole('button', { name: `Take a dot off ${themes[2]} (it has 1 dot)` }).click();
		await expect(page.locator('#dots-left')).toContainText('3 dots left');
		await page.goto(HOME);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your youth board home');
	});
});
