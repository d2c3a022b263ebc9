/**
 * Help first, and nothing takes an alert away (issue 12, items 3 and 4): on a 360 px phone without
 * JavaScript, worrying words reach urgent help and a person even when another answer is missing;
 * a NUL byte or text that redaction makes too long never gives a 500; taking answers back leaves
 * the alert and its words; every help number is a link big enough to tap.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, hydrated, openSurveyPath, signIn, unique } from './support';

const SLUG = 'llr';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, javaScriptEnabled: false };
// axe runs scripts in the page, which a context without JavaScript cannot; these pages ship none
// (csr = false), so the same page in a context with JavaScript is the same page.
const PHONE_AXE = { ...PHONE, javaScriptEnabled: true };

test.describe.configure({ timeout: 120_000 });

/** The alert cards an officer (who can act) sees with these words. */
async function alertCard(browser: Browser, words: string) {
	const staff = await browser.newContext();
	const page = await staff.newPage();
	await signIn(page, `officer@${SLUG}.example`);
	await page.goto(`/app/${SLUG}/alerts`);
	return { page, card: page.locator('section.nhsuk-card').filter({ hasText: words }), close: () => staff.close() };
}

/** Every call or text link on the page goes to an exact number and is at least 44 x 44 px. */
async function expectTappableHelp(page: Page, scope = page.locator('main')) {
	for (const href of ['sms:85258?&body=SHOUT', 'tel:111', 'tel:08001111', 'tel:999']) {
		const link = scope.locator(`a[href="${href}"]`).first();
		await expect(link, href).toBeVisible();
		const box = (await link.boundingBox())!;
		expect(box.width, `${href} width`).toBeGreaterThanOrEqual(44);
		expect(box.height, `${href} height`).toBeGreaterThanOrEqual(44);
	}
}

test.describe('on a 360 px phone without JavaScript', () => {
	test.use(PHONE);

	test('worrying words with a required answer missing show help first, keep what was typed and raise an alert', async ({
		page,
		browser
	}) => {
		const path = await openSurveyPath(page, SLUG);
		await page.goto(path);
		const words = `i dont want to be here anymore ${unique('hf')}`;
		// The required rating (q1) is left blank.
		await page.locator('#answer-q4').fill(words);
		await page.getByRole('button', { name: 'Send my answers' }).click();

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for telling us');
		await expectTappableHelp(page);
		await expect(page.getByRole('heading', { name: 'Your answers are not sent yet' })).toBeVisible();
		await expect(page.locator('#answer-q4')).toHaveValue(words);
		await expect(page.locator('.nhsuk-error-summary a[href="#answer-q1"]')).toBeVisible();

		const staff = await alertCard(browser, words);
		await expect(staff.card).toHaveCount(1);

		// Finishing later stores the answers and raises no second alert for the same words.
		await page.locator('input[name="answer-q1"][value="2"]').check();
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await expect(page.getByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
		await expect(page.locator('.app-receipt-code')).toBeVisible();
		await staff.page.reload();
		await expect(staff.card).toHaveCount(1);
		await staff.close();

		const axe = await browser.newContext(PHONE_AXE);
		const same = await axe.newPage();
		await same.goto(path);
		await same.locator('#answer-q4').fill(`i dont want to be here anymore ${unique('hf')}`);
		await same.getByRole('button', { name: 'Send my answers' }).click();
		await expect(same.getByRole('heading', { level: 1 })).toHaveText('Thank you for telling us');
		await expectNoSeriousAxeViolations(same, 'help first on an incomplete survey');
		const wide = await same.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(wide).toBeLessThanOrEqual(0);
		await axe.close();
	});

	test('taking answers back leaves the alert and its words for staff', async ({ page, browser }) => {
		const path = await openSurveyPath(page, SLUG);
		await page.goto(path);
		const words = `my dad hits me when he is drunk ${unique('wd')}`;
		await page.locator('input[name="answer-q1"][value="1"]').check();
		await page.locator('#answer-q4').fill(words);
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await expect(page.getByRole('heading', { name: 'Thank you for telling us' })).toBeVisible();
		await page.getByRole('link', { name: /take your answers back/ }).click();
		await page.getByLabel(/I want to take back all my answers/).check();
		await page.getByRole('button', { name: 'Take back all my answers' }).click();
		await expect(page.getByText('We have taken back all your answers')).toBeVisible();

		const staff = await alertCard(browser, words);
		await expect(staff.card).toHaveCount(1);
		await expect(staff.card.locator('blockquote')).toHaveText(words);
		await staff.close();
	});

	test('the privacy notice says safeguarding comes before taking answers back', async ({ page }) => {
		await page.goto('/privacy');
		await expect(page.locator('#safeguarding-overrides-withdrawal')).toContainText(
			'even if you take your answers back'
		);
		await expectTappableHelp(page, page.locator('footer'));
	});
});

test('answers with a NUL byte or that redaction makes too long reach help and raise alerts, never a 500', async ({
	page,
	request,
	browser
}) => {
	const path = await openSurveyPath(page, SLUG);
	const nul = unique('nul');
	const long = unique('long');
	const cases = [
		{ text: `I want to kill myself\u0000 tonight ${nul}`, marker: nul },
		{ text: `${'@ab '.repeat(480)}I want to kill myself ${long}`, marker: long }
	];
	for (const c of cases) {
		await page.goto(path);
		const response = await request.post(path, {
			form: {
				idempotency_key: await page.locator('input[name="idempotency_key"]').inputValue(),
				easy_read: 'no',
				'answer-q1': '2',
				'answer-q4': c.text,
				'consent-q4': 'staff_only'
			},
			maxRedirects: 0,
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
		});
		expect(response.status(), c.marker).toBe(303);
		expect(response.headers()['location']).toMatch(new RegExp(`^${path}/help\\?r=`));
	}
	for (const c of cases) {
		const staff = await alertCard(browser, c.marker);
		await expect(staff.card, c.marker).toHaveCount(1);
		await staff.close();
	}
});

test('at an event, worrying words need no answer to "Can we quote you?" to reach help', async ({ page, browser }) => {
	await signIn(page, `officer@${SLUG}.example`);
	await page.goto(`/app/${SLUG}/events/new`);
	await hydrated(page);
	await page.locator('#name').fill(unique('Drop-in'));
	await page.locator('#starts_at').fill('2026-12-03T18:30');
	await page.getByRole('button', { name: 'Save event' }).click();
	await page.getByRole('button', { name: 'Open for contributions' }).click();
	await expect(page.getByText('The event is open.')).toBeVisible();
	const code = (await page.locator('.app-code').textContent())!.trim();

	const context = await browser.newContext(PHONE);
	const phone = await context.newPage();
	await phone.goto(`/e/${code}`);
	await expectTappableHelp(phone);
	await phone.getByLabel('A young person').check();
	await phone.getByLabel('14 to 15').check();
	await phone.getByRole('button', { name: 'Start' }).click();
	const form = phone.locator('form[action="?/say"]').first();
	await expect(form.locator('input[name="consent"][value="staff_only"]')).toBeChecked();
	// Even with the choice taken away (an old page, a stripped form), the words reach help.
	await form.locator('input[name="consent"]').evaluateAll((inputs) => inputs.forEach((i) => i.remove()));
	const words = `i dont want to be here anymore ${unique('ev')}`;
	await form.locator('textarea').fill(words);
	await form.getByRole('button', { name: /Send/ }).click();
	await expect(phone).toHaveURL(new RegExp(`/e/${code}/help$`));
	await expectTappableHelp(phone);
	await context.close();
	const axe = await browser.newContext(PHONE_AXE);
	const help = await axe.newPage();
	await help.goto(`/e/${code}/help`);
	await expectNoSeriousAxeViolations(help, 'event help page');
	await axe.close();

	await page.goto(`/app/${SLUG}/alerts`);
	await expect(page.locator('section.nhsuk-card').filter({ hasText: words })).toHaveCount(1);
});
