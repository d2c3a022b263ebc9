/**
 * Events open to the internet (issue 13, item 6), end to end: a closed event's phone page, its
 * posts and its wall answer 410 with a kind "This event has ended" page (urgent help included)
 * while staff keep the report; and a facilitator can require a room code that only the wall
 * opened from the console shows, which a phone without JavaScript must type to join.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, hydrated, openNewEvent, unique, URGENT_HELP_TEXT } from './support';

const SLUG = 'kent-medway';
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };

async function createOpenEvent(page: Page, name: string): Promise<{ code: string; console: string }> {
	const { code, url } = await openNewEvent(page, SLUG, name);
	return { code, console: new URL(url).pathname };
}

test('a closed event’s page, posts and wall answer 410 kindly; staff keep the report', async ({
	page,
	browser,
	request
}) => {
	test.setTimeout(90_000);
	const name = unique('Ended event');
	const { code, console } = await createOpenEvent(page, name);
	const context = await browser.newContext(PHONE);
	const phone = await context.newPage();
	await phone.goto(`/e/${code}`);
	const key = await phone.locator('form[action="?/join"] input[name="key"]').inputValue();

	await page.getByRole('button', { name: 'Close the event' }).click();
	await expect(page.getByText('The event is closed.')).toBeVisible();

	const gone = await phone.goto(`/e/${code}`);
	expect(gone?.status()).toBe(410);
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText('This event has ended');
	await expect(phone.getByText(`Thank you to everyone who took part in ${name}.`)).toBeVisible();
	await expect(phone.getByRole('link', { name: /Kent and Medway's board|board/ })).toHaveAttribute(
		'href',
		`/${SLUG}/board`
	);
	// The urgent-help footer every public page has.
	for (const number of URGENT_HELP_TEXT) await expect(phone.locator('footer')).toContainText(number);
	await expectNoSeriousAxeViolations(phone, 'event ended (phone)');

	// Joining by posting the old form is gone too.
	const post = await request.post(`/e/${code}?/join`, {
		form: { key, role: 'young_person', age_band: '14_15' },
		headers: { origin: new URL(phone.url()).origin }
	});
	expect(post.status()).toBe(410);

	const wall = await phone.goto(`/e/${code}/wall`);
	expect(wall?.status()).toBe(410);
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText('This event has ended');
	for (const number of URGENT_HELP_TEXT) await expect(phone.locator('footer')).toContainText(number);
	await expectNoSeriousAxeViolations(phone, 'event ended (wall)');
	expect((await request.get(`/e/${code}/wall/stream`)).status()).toBe(410);

	// Staff keep the event and its report.
	const report = await page.goto(`${console}/report`);
	expect(report?.status()).toBe(200);
	await context.close();
});

test('a room code, shown only on the console’s wall, lets a phone without JavaScript join', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const { code } = await createOpenEvent(page, unique('Room code event'));
	await page.getByRole('button', { name: 'Ask for a room code' }).click();
	const roomCode = (await page.getByTestId('room-code').textContent())!.trim();
	expect(roomCode).toMatch(/^[A-HJKMNP-Z2-9]{4}$/);
	await expectNoSeriousAxeViolations(page, 'event console with a room code');

	// The wall opened from the console shows the code; the public wall address does not.
	const wallHref = await page.getByRole('link', { name: /Show the wall on the projector/ }).getAttribute('href');
	expect(wallHref).toMatch(new RegExp(`^/e/${code}/wall\\?key=`));
	const projector = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const wall = await projector.newPage();
	await wall.goto(wallHref!);
	await expect(wall.getByTestId('wall-room-code')).toHaveText(roomCode);
	await expectNoSeriousAxeViolations(wall, 'event wall with a room code');
	await wall.goto(`/e/${code}/wall`);
	await expect(wall.getByTestId('wall-room-code')).toHaveCount(0);
	await expect(wall.locator('body')).not.toContainText(roomCode);
	await expect(wall.getByText('Ask the person running this event for the room code.')).toBeVisible();
	await projector.close();

	const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
	const phone = await context.newPage();
	await phone.goto(`/e/${code}`);
	await phone.getByLabel('A young person').check();
	await phone.getByLabel('14 to 15').check();
	const wrong = roomCode === 'ABCD' ? 'ABCE' : 'ABCD';
	await phone.getByLabel('Room code').fill(wrong);
	await phone.getByRole('button', { name: 'Start' }).click();
	// A clear error next to the field, with what was typed kept.
	await expect(phone.locator('#room_code-error')).toContainText('That is not the room code on the screen');
	await expect(phone.getByLabel('Room code')).toHaveValue(wrong);
	await expect(phone.getByLabel('A young person')).toBeChecked();
	await expect(phone.getByLabel('14 to 15')).toBeChecked();
	await expect(phone.locator('.nhsuk-error-summary')).toContainText('That is not the room code on the screen');

	await phone.getByLabel('Room code').fill(roomCode.toLowerCase());
	await phone.getByRole('button', { name: 'Start' }).click();
	await expect(phone.getByRole('heading', { name: /What would make it easier to get help/ })).toBeVisible();

	// Scanning the wall's QR code (it carries ?room=) fills the code in. With JavaScript, a
	// wrong code shows the same error next to the field (axe checks it on a hydrated page).
	const scanned = await (await browser.newContext(PHONE)).newPage();
	await scanned.goto(`/e/${code}?room=${roomCode}`);
	await hydrated(scanned);
	await expect(scanned.getByLabel('Room code')).toHaveValue(roomCode);
	await scanned.getByLabel('Room code').fill(wrong);
	await scanned.getByRole('button', { name: 'Start' }).click();
	await expect(scanned.locator('#room_code-error')).toContainText('That is not the room code on the screen');
	await expect(scanned.getByLabel('Room code')).toHaveValue(wrong);
	await expectNoSeriousAxeViolations(scanned, 'event join with a wrong room code');
	await scanned.context().close();
	await context.close();
});
