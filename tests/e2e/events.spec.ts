/**
 * Engagement events end to end, with several browsers at once: an officer sets up and opens an
 * event, phones join and contribute (with and without JavaScript), a projector wall sees
 * consented quotes appear live, a hidden item leaves the wall, and a worrying contribution never
 * reaches it but shows the participant urgent help and raises an alert in the console.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, hydrated, openNewEvent, signIn, unique } from './support';

const SLUG = 'kent-medway';
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };

async function createOpenEvent(page: Page, name: string): Promise<{ code: string; url: string }> {
	const event = await openNewEvent(page, SLUG, name, {
		venue: 'Riverside Youth Centre',
		onForm: () => expectNoSeriousAxeViolations(page, 'new event form')
	});
	expect(event.code).toMatch(/^[a-z2-9]{8}$/);
	return event;
}

async function joinOnPhone(browser: Browser, code: string, javaScript = true): Promise<Page> {
	const context = await browser.newContext({ ...PHONE, javaScriptEnabled: javaScript });
	const phone = await context.newPage();
	await phone.goto(`/e/${code}`);
	if (javaScript) await hydrated(phone);
	await phone.getByLabel('A young person').check();
	await phone.getByLabel('14 to 15').check();
	await phone.getByRole('button', { name: 'Start' }).click();
	await expect(phone.getByRole('heading', { name: /What would make it easier to get help/ })).toBeVisible();
	return phone;
}

async function say(phone: Page, text: string, consent: 'quote' | 'staff_only') {
	const form = phone.locator('form[action="?/say"]').first();
	await form.locator('textarea').fill(text);
	await form.locator(`input[name="consent"][value="${consent}"]`).check();
	await form.getByRole('button', { name: /Send/ }).click();
}

test('phones contribute, the wall updates live, hiding and safeguarding work', async ({ page, browser }) => {
	test.setTimeout(120_000);
	const name = unique('Listening session');
	const { code, url: eventUrl } = await createOpenEvent(page, name);

	// The projector wall, in its own browser, listening.
	const wallContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const wall = await wallContext.newPage();
	await wall.goto(`/e/${code}/wall`);
	await hydrated(wall);
	await expect(wall.getByTestId('wall-contributions')).toHaveText('0');
	await expectNoSeriousAxeViolations(wall, 'event wall');

	// A phone (the page ships no JavaScript): the plain form posts and comes back to the same page,
	// saying at the top and beside the question that it was sent.
	const phone = await joinOnPhone(browser, code);
	expect(await phone.locator('script').count()).toBe(0);
	await expectNoSeriousAxeViolations(phone, 'event page after joining');
	const quote = `The youth club is a good place to talk ${unique('q')}`;
	await say(phone, quote, 'quote');
	await expect(phone.getByText('Thank you, we have got that.')).toBeVisible();
	await expect(phone.getByText('Thank you, we have got your answer to question 1.')).toBeVisible();
	await expect(phone).toHaveURL(new RegExp(`/e/${code}(\\?/say)?$`));
	await expect(phone.locator('form[action="?/say"] textarea').first()).toHaveValue('');
	await expect(wall.getByTestId('wall-quotes')).toContainText(quote, { timeout: 5000 });
	await expect(wall.getByTestId('wall-people')).toHaveText('1');
	await expect(wall.getByTestId('wall-contributions')).toHaveText('1');

	// A validation error keeps the choice and says what to fix, next to the field.
	const form = phone.locator('form[action="?/say"]').first();
	await form.locator('input[name="consent"][value="staff_only"]').check();
	await form.getByRole('button', { name: /Send/ }).click();
	await expect(form.locator('.nhsuk-error-message')).toContainText('Write something first');

	// A phone without JavaScript: plain form posts; staff-only words never reach the wall.
	const plain = await joinOnPhone(browser, code, false);
	const private_ = `Only staff should read this ${unique('p')}`;
	await say(plain, private_, 'staff_only');
	await expect(plain.getByText('Thank you, we have got that.')).toBeVisible();
	await expect(wall.getByTestId('wall-contributions')).toHaveText('2', { timeout: 5000 });
	await expect(wall.getByTestId('wall-people')).toHaveText('2');
	await expect(wall.locator('body')).not.toContainText(private_);

	// A rating with faces.
	const rating = plain.locator('form[action="?/rate"]').first();
	await rating.locator('input[name="rating"][value="4"]').check();
	await rating.getByRole('button', { name: /Send rating/ }).click();
	await expect(plain.getByText('Thank you, we have got that.')).toBeVisible();
	await expect(wall.getByText('4.0 out of 5')).toBeVisible({ timeout: 5000 });

	// A worrying contribution: urgent help for the participant, an alert for staff, never the wall.
	const worried = `I want to kill myself ${unique('w')}`;
	await say(phone, worried, 'quote');
	await expect(phone).toHaveURL(new RegExp(`/e/${code}/help$`));
	await expect(phone.locator('main').getByText('Text SHOUT to 85258')).toBeVisible();
	await expectNoSeriousAxeViolations(phone, 'event urgent-help page');
	// Nothing of a flagged contribution reaches the wall, not even the count.
	await wall.waitForTimeout(1000);
	await expect(wall.getByTestId('wall-contributions')).toHaveText('3');
	await expect(wall.locator('body')).not.toContainText('kill myself');

	await page.goto(eventUrl);
	await expect(page.getByRole('alert')).toContainText('One contribution at this event suggests someone may be at risk');
	await expect(page.locator('.app-feed__item--flagged')).toContainText('I want to kill myself');
	await expectNoSeriousAxeViolations(page, 'event console page');

	// The facilitator hides the quote: it leaves the wall at once.
	const item = page.locator('.app-feed__item', { hasText: quote });
	await item.getByRole('button', { name: /Hide from the wall/ }).click();
	await expect(item.getByText('Hidden from the wall')).toBeVisible();
	await expect(wall.getByTestId('wall-quotes')).toHaveCount(0, { timeout: 5000 });

	await wallContext.close();
	await phone.context().close();
	await plain.context().close();
});

test('a double tap on Send stores one contribution', async ({ page, browser }) => {
	const { code } = await createOpenEvent(page, unique('Double tap'));
	const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
	const phone = await context.newPage();
	await phone.goto(`/e/${code}`);
	await phone.getByLabel('A parent or carer').check();
	await phone.getByLabel('22 to 25').check();
	await phone.getByRole('button', { name: 'Start' }).click();
	// The same form, with the same key, sent twice (as a double tap or a resend after a dropped
	// connection would).
	const form = phone.locator('form[action="?/say"]').first();
	const fields = {
		prompt: await form.locator('input[name="prompt"]').inputValue(),
		key: await form.locator('input[name="key"]').inputValue(),
		text: 'More youth workers in schools please',
		consent: 'quote',
		website: ''
	};
	for (let i = 0; i < 2; i++) {
		const r = await phone.request.post(`/e/${code}?/say`, {
			form: fields,
			headers: { origin: new URL(phone.url()).origin }
		});
		expect(r.status()).toBeLessThan(400);
	}
	const wall = await context.newPage();
	await wall.goto(`/e/${code}/wall`);
	await expect(wall.getByTestId('wall-contributions')).toHaveText('1');
	await expect(wall.getByTestId('wall-quotes').locator('li')).toHaveCount(1);
	await context.close();
});

test('a draft event cannot be joined and its wall is not found', async ({ page, request }) => {
	await signIn(page, `officer@${SLUG}.example`);
	await page.goto(`/app/${SLUG}/events/new`);
	await hydrated(page);
	await page.locator('#name').fill(unique('Draft event'));
	await page.locator('#starts_at').fill('2027-01-10T10:00');
	await page.getByRole('button', { name: 'Save event' }).click();
	const code = (await page.locator('.app-code').textContent())!.trim();
	expect((await request.get(`/e/${code}`)).status()).toBe(404);
	expect((await request.get(`/e/${code}/wall`)).status()).toBe(404);
});

test('the event form keeps what was typed and shows errors next to the fields', async ({ page }) => {
	await signIn(page, `officer@${SLUG}.example`);
	await page.goto(`/app/${SLUG}/events/new`);
	await hydrated(page);
	await page.locator('#venue').fill('Town hall');
	await page.locator('#name').fill('');
	await page.getByRole('button', { name: 'Save event' }).click();
	await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
	await expect(page.locator('#name-error')).toContainText('Give the event a name');
	await expect(page.locator('#starts_at-error')).toBeVisible();
	await expect(page.locator('#venue')).toHaveValue('Town hall');
	await expect(page.locator('#prompt-0-text')).toHaveValue(/What would make it easier/);
	await expectNoSeriousAxeViolations(page, 'event form with errors');
});
