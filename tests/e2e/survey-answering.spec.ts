/**
 * Answering a survey as a young person would: on a small phone, with and without JavaScript,
 * through a validation error, a double tap, a worrying answer, and the receipt afterwards.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectNoSeriousAxeViolations, signIn } from './support';

/** The open demo survey on an area's public page ("Have your say"). */
async function surveyPath(page: Page, slug: string): Promise<string> {
	await page.goto(`/${slug}`);
	// The demo survey was opened first, so it is listed last; other tests open newer ones in parallel.
	const link = page.getByRole('region', { name: 'Have your say' }).locator('a[href^="/s/"]').last();
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^\/s\/[a-z2-9]{8}$/);
	return href!;
}

test.describe('answering on a phone without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

	test('a validation error keeps every answer, and sending gives a receipt code that can take the answers back', async ({
		page
	}) => {
		const path = await surveyPath(page, 'blmk');
		await page.goto(path);
		await expect(page.getByText('Text SHOUT to 85258', { exact: false }).first()).toBeVisible();
		// Skip the required rating, but write something and choose things.
		await page.getByLabel('A friend').check();
		await page.locator('#answer-q4').fill('the waiting list was so long i gave up');
		await page.getByLabel('Yes, you can quote me without my name').check();
		await page.getByLabel('16 to 17').check();
		await page.getByRole('button', { name: 'Send my answers' }).click();

		await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
		await expect(page.locator('.nhsuk-error-summary a[href="#answer-q1"]')).toBeVisible();
		await expect(page.locator('#answer-q4')).toHaveValue('the waiting list was so long i gave up');
		await expect(page.getByLabel('A friend')).toBeChecked();
		await expect(page.getByLabel('16 to 17')).toBeChecked();
		await expect(page.getByLabel('Yes, you can quote me without my name')).toBeChecked();

		await page.locator('input[name="answer-q1"][value="2"]').check();
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await expect(page.getByRole('heading', { name: 'Thank you, we have your answers' })).toBeVisible();
		const code = (await page.locator('.app-receipt-code').first().innerText()).trim();
		expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
		await expect(page.getByText('we may quote 1 without your name')).toBeVisible();

		// Everything held about the receipt, as a spreadsheet (a real download) and as JSON.
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download as a spreadsheet (CSV)' }).click()
		]);
		expect(file.suggestedFilename()).toMatch(/^said-and-done-[a-z2-9]{10}\.csv$/);
		const csv = readFileSync((await file.path())!, 'utf8');
		expect(csv).toContain('the waiting list was so long i gave up');
		expect(csv).toContain('safeguarding records');
		const json = await page.request.get(`/r/${code}/your-data.json`);
		expect(json.headers()['cache-control']).toBe('no-store');
		expect(((await json.json()) as { answers: Record<string, unknown> }).answers).toMatchObject({ q1: 2 });

		await page.getByRole('button', { name: 'Do not quote me' }).click();
		await expect(page.getByText('We will not quote anything you wrote')).toBeVisible();
		await page.getByRole('button', { name: 'Take back all my answers' }).click();
		await expect(page.getByText('Tick the box to confirm')).toBeVisible();
		await page.getByLabel(/I want to take back all my answers/).check();
		await page.getByRole('button', { name: 'Take back all my answers' }).click();
		await expect(page.getByText('We have taken back all your answers')).toBeVisible();
		await expect(page.locator('.nhsuk-summary-list')).toContainText('Taken back');
	});

	test('sending the same form twice makes one response with one receipt', async ({ page, request }) => {
		const path = await surveyPath(page, 'kent-medway');
		await page.goto(path);
		const form = {
			idempotency_key: await page.locator('input[name="idempotency_key"]').inputValue(),
			easy_read: 'no',
			'answer-q1': '4',
			'answer-q4': 'the school counsellor was brilliant',
			'consent-q4': 'staff_only'
		};
		const send = () =>
			request.post(path, {
				form,
				maxRedirects: 0,
				headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
			});
		const [a, b] = await Promise.all([send(), send()]);
		const c = await send();
		const receipts = [a, b, c].map((r) => r.headers()['location']);
		expect([a, b, c].map((r) => r.status())).toEqual([303, 303, 303]);
		expect(
			receipts.every((l) => l?.startsWith('/r/')),
			receipts.join(', ')
		).toBe(true);
		expect(new Set(receipts.map((l) => l!.split('?')[0])).size).toBe(1);
	});
});

test("a worrying answer shows calm urgent help at once and alerts the area's staff", async ({ page, browser }) => {
	const path = await surveyPath(page, 'ssot');
	await page.goto(path);
	await page.locator('input[name="answer-q1"][value="3"]').check();
	await page.locator('#answer-q4').fill('honestly everyone would be better off without me');
	await page.getByRole('button', { name: 'Send my answers' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
	await expect(page.getByText('Text SHOUT to 85258').first()).toBeVisible();
	await expect(page.getByText('0800 1111').first()).toBeVisible();
	await expect(page.getByText('call 999 or go to A&E').first()).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'urgent help after a worrying answer');

	const staff = await browser.newContext();
	const console = await staff.newPage();
	await signIn(console, 'officer@ssot.example', DEMO_PASSWORD);
	await console.goto('/app/ssot/alerts');
	const card = console.locator('section.nhsuk-card').filter({ hasText: 'everyone would be better off without me' });
	await expect(card).toHaveCount(1);
	await expect(card).toContainText('waiting');
	await expectNoSeriousAxeViolations(console, 'safeguarding alerts');
	await card.getByLabel('What did you do?').fill('Told the school safeguarding lead where the survey ran');
	await card.getByRole('button', { name: /Record and close/ }).click();
	await expect(console.getByRole('table', { name: 'Closed alerts' })).toContainText(
		'Told the school safeguarding lead'
	);
	await staff.close();
});

test('the survey page, its error state and the receipt have no serious or critical axe violations at 320 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	const path = await surveyPath(page, 'llr');
	await page.goto(path);
	await expectNoSeriousAxeViolations(page, 'survey page at 320 px');
	await page.getByRole('button', { name: 'Send my answers' }).click();
	await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'survey page with an error');
	await page.locator('input[name="answer-q1"][value="5"]').check();
	await page.getByRole('button', { name: 'Send my answers' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you, we have your answers' })).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'receipt page');
	const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(wide).toBeLessThanOrEqual(0);
});

test('a closed or unknown survey link says so kindly', async ({ page }) => {
	const unknown = await page.goto('/s/zzzzzzzz');
	expect(unknown?.status()).toBe(404);
	await expect(page.getByText('We could not find that survey')).toBeVisible();
});

test('an officer sees the results with tables beside the charts, and downloads spreadsheet-safe CSV', async ({
	page
}) => {
	await signIn(page, 'officer@blmk.example', DEMO_PASSWORD);
	await page.goto('/app/blmk/surveys');
	const href = await page.locator('main a[href*="/app/blmk/surveys/"]').first().getAttribute('href');
	await page.goto(`${href}/results`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Results');
	await expect(page.getByText(/\d+ responses/).first()).toBeVisible();
	const table = page.getByRole('table', { name: /Answers to: How easy is it to find out where to get help/ });
	await expect(table).toBeVisible();
	await expect(table).toContainText('Very bad');
	await expect(page.getByRole('table', { name: 'Age' })).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'survey results');

	// Filters never show a count from 1 to 9 (issue 13, item 8): a group that small shows nothing.
	let tooFewSeen = false;
	for (const query of ['age_band=11_13&role=parent_carer', 'age_band=18_21&role=professional', 'age_band=11_13']) {
		await page.goto(`${href}/results?${query}`);
		const lede = (await page.locator('.nhsuk-lede-text').textContent())!.trim();
		expect(lede, query).not.toMatch(/^[1-9] response/);
		if (await page.getByTestId('too-few').isVisible()) {
			tooFewSeen = true;
			await expect(page.locator('main')).not.toContainText('What people wrote');
			await expectNoSeriousAxeViolations(page, 'survey results, too few for the filters');
		}
	}
	expect(tooFewSeen).toBe(true);

	const csv = await page.request.get(`${href}/results/responses.csv`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const header = text.slice(1).split('\r\n')[0]!;
	expect(header).toContain('age band');
	expect(header).not.toMatch(/address|website|idempotency|receipt/i);
	expect(text.split('\r\n').filter((l) => l && !l.startsWith('\ufeff')).length).toBeGreaterThan(50);
});

test('a survey can be completed with the keyboard alone', async ({ page }) => {
	const path = await surveyPath(page, 'llr');
	await page.goto(path);
	const tabTo = async (selector: string) => {
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		}
		throw new Error(`Tab never reached ${selector}`);
	};
	await tabTo('input[name="answer-q1"]');
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('input[name="answer-q1"][value="3"]')).toBeChecked();
	await tabTo('textarea[name="answer-q4"]');
	await page.keyboard.type('more drop-in sessions after school please');
	await tabTo('button[type="submit"]');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Thank you, we have your answers' })).toBeVisible();
});
