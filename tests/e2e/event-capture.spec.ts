/**
 * A facilitator typing up an event: notes added with Enter, tags that stay set, a queue on the
 * device that survives going offline and a reload and is stored exactly once, the safeguarding
 * message, the sync endpoint's JSON errors and the same forms without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, hydrated, signIn, unique } from './support';

const SLUG = 'blmk';
const WORRYING = "there's no point being here anymore tbh";

/** Creates an event through the console with a text and a rating prompt, opens it, returns its path. */
async function createOpenEvent(page: Page): Promise<string> {
	await page.goto(`/app/${SLUG}/events/new`);
	await hydrated(page);
	await page.locator('#name').fill(unique('Capture evening'));
	await page.locator('#starts_at').fill('2026-12-03T18:30');
	await page.locator('#venue').fill('Community hall');
	await page.locator('#audience').check();
	await page.locator('#prompt-0-text').fill('What would make it easier to get help?');
	await page.locator('#prompt-0-kind').check();
	await page.locator('#prompt-1-text').fill('How easy is it to find support?');
	await page.locator('#prompt-1-kind-2').check();
	await page.getByRole('button', { name: 'Save event' }).click();
	await expect(page).toHaveURL(new RegExp(`/app/${SLUG}/events/[0-9a-f-]{36}(\\?saved=1)?$`));
	const path = new URL(page.url()).pathname;
	await page.getByRole('button', { name: 'Open for contributions' }).click();
	await expect(page.getByRole('button', { name: 'Close the event' })).toBeVisible();
	return path;
}

const waitingStatus = (page: Page) => page.locator('#capture-waiting');
const sentList = (page: Page) => page.locator('.app-capture-list--sent');
const queueKey = (eventId: string) => `said-and-done:capture-queue:${eventId}`;

async function addNote(page: Page, text: string) {
	const box = page.locator('#text');
	await box.fill(text);
	await box.press('Enter');
	await expect(box).toHaveValue('');
}

test('a facilitator types up notes offline; they wait on the device, survive a reload and are stored once', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await signIn(page, `officer@${SLUG}.example`);
	const eventPath = await createOpenEvent(page);
	const eventId = eventPath.split('/').at(-1)!;

	await page.getByRole('link', { name: 'Type in sticky notes and paper forms' }).click();
	await expect(page).toHaveURL(new RegExp(`${eventPath}/capture$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Type up notes');
	await hydrated(page);
	await expect(waitingStatus(page)).toHaveText(/^Nothing waiting to send/);
	await expectNoSeriousAxeViolations(page, 'the capture page');

	// Online: Enter adds a note; Shift+Enter is a new line; role and age band stay set; consent resets.
	await page.locator('#role').selectOption('young_person');
	await page.locator('#age_band').selectOption('14_15');
	await page.locator('#prompt').selectOption({ label: '1. What would make it easier to get help?' });
	await page.locator('#consent-2').check();
	const box = page.locator('#text');
	await box.fill('More drop-in sessions');
	await box.press('Shift+Enter');
	await box.pressSequentially('at weekends');
	await expect(box).toHaveValue('More drop-in sessions\nat weekends');
	await box.press('Enter');
	await expect(box).toHaveValue('');
	await expect(box).toBeFocused();
	await expect(sentList(page)).toContainText('More drop-in sessions');
	await expect(waitingStatus(page)).toHaveText(/^Nothing waiting to send/);
	await expect(page.locator('#role')).toHaveValue('young_person');
	await expect(page.locator('#age_band')).toHaveValue('14_15');
	await expect(page.locator('#consent')).toBeChecked();

	// Offline: three notes wait on the device, and the screen says so.
	await context.setOffline(true);
	const notes = [unique('Buses to appointments'), unique('A quiet room at school'), unique('Someone to text at night')];
	for (const n of notes) await addNote(page, n);
	await expect(waitingStatus(page)).toHaveText('3 notes waiting to send — they will send when the connection is back.');
	await expect(page.getByRole('list', { name: 'Waiting to send' }).getByRole('listitem')).toHaveCount(3);
	const queued = await page.evaluate(
		(k) => JSON.parse(localStorage.getItem(k) ?? '[]') as { entry: { key: string; text: string } }[],
		queueKey(eventId)
	);
	expect(queued.map((q) => q.entry.text)).toEqual(notes);
	for (const q of queued) expect(q.entry.key).toMatch(/^[A-Za-z0-9_-]{16,60}$/);

	// A reload (with the server still out of reach) finds them again.
	await page.route('**/capture/sync', (route) => route.abort('internetdisconnected'));
	await context.setOffline(false);
	await page.reload();
	await hydrated(page);
	await expect(waitingStatus(page)).toHaveText(/^3 notes waiting to send — /);

	// The connection is back: they send, and leave the queue.
	await page.unroute('**/capture/sync');
	await page.getByRole('button', { name: 'Try sending now' }).click();
	await expect(waitingStatus(page)).toHaveText(/^Nothing waiting to send/);
	for (const n of notes) await expect(sentList(page)).toContainText(n);
	expect(await page.evaluate((k) => localStorage.getItem(k), queueKey(eventId))).toBeNull();

	// Sending the same queue again stores nothing new.
	const resent = await page.evaluate(
		async ({ url, entries }) => {
			const r = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ entries })
			});
			return { status: r.status, body: (await r.json()) as { results: { key: string; status: string }[] } };
		},
		{ url: `${eventPath}/capture/sync`, entries: queued.map((q) => q.entry) }
	);
	expect(resent.status).toBe(200);
	expect(resent.body.results).toEqual(
		queued.map((q) => ({ key: q.entry.key, status: 'duplicate', safeguarding: false }))
	);

	// The event's feed has each note exactly once.
	await page.goto(eventPath);
	for (const n of notes) await expect(page.locator('ul.app-feed > li').filter({ hasText: n })).toHaveCount(1);
	await expect(page.locator('ul.app-feed > li').filter({ hasText: 'More drop-in sessions' })).toContainText(
		'Young person'
	);
});

test('a worrying note alerts the facilitator; refused entries stay visible; the endpoint answers in JSON', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await signIn(page, `officer@${SLUG}.example`);
	const eventPath = await createOpenEvent(page);
	const eventId = eventPath.split('/').at(-1)!;
	await page.goto(`${eventPath}/capture`);
	await hydrated(page);

	await addNote(page, WORRYING);
	const alert = page.getByRole('alert').filter({ hasText: 'Someone may be at risk' });
	await expect(alert).toContainText(
		'This note suggests someone may be at risk. The area’s safeguarding contacts have been alerted. If the person is in the room, talk to them now.'
	);
	await expect(alert).toContainText('Text SHOUT to 85258');
	await expect(alert).toContainText('0800 1111');
	await expectNoSeriousAxeViolations(page, 'the capture page with a safeguarding message');
	await alert.getByRole('button', { name: 'I have read this' }).click();
	await expect(alert).toHaveCount(0);

	// A paper form: one person's words and a rating.
	await page.getByText('Type up a paper form').click();
	await page.getByRole('textbox', { name: '1. What would make it easier to get help?' }).fill('Shorter waiting lists');
	await page.getByRole('group', { name: '2. How easy is it to find support?' }).locator('input[value="4"]').check();
	await page.locator('#paper-role').selectOption('parent_carer');
	await page.getByRole('button', { name: 'Add paper form' }).click();
	await expect(sentList(page)).toContainText(
		'Paper form · Shorter waiting lists · How easy is it to find support?: 4 out of 5'
	);
	await expect(page.locator('#paper-role')).toHaveValue('parent_carer');

	// An entry the server refuses stays on screen with its reason, and is not lost.
	await page.evaluate(
		({ k }) => {
			const bad = {
				kind: 'note',
				key: 'refused-entry-0000000001',
				source: 'sticky_note',
				prompt: null,
				text: 'x'.repeat(2001),
				role: null,
				age_band: null,
				consent: 'staff_only'
			};
			localStorage.setItem(k, JSON.stringify([{ entry: bad, added_at: Date.now() }]));
		},
		{ k: queueKey(eventId) }
	);
	await page.reload();
	await hydrated(page);
	const refused = page.getByRole('region', { name: /Not sent: needs you/ });
	await expect(refused).toContainText('Keep it under 2000 characters');
	await page.getByRole('button', { name: 'Put back in the form to fix' }).click();
	await expect(page.locator('#text')).toHaveValue('x'.repeat(2001));
	await expect(refused).toHaveCount(0);

	// The endpoint: JSON errors, never HTML.
	const url = `${eventPath}/capture/sync`;
	const origin = new URL(page.url()).origin;
	const post = (headers: Record<string, string>, data: string) => page.request.post(url, { headers, data });
	const foreign = await post(
		{ 'content-type': 'application/json', origin: 'https://elsewhere.example' },
		JSON.stringify({ entries: [{}] })
	);
	expect(foreign.status()).toBe(403);
	expect(await foreign.json()).toMatchObject({ error: expect.any(String) });
	const form = await post({ 'content-type': 'text/plain', origin }, JSON.stringify({ entries: [{}] }));
	expect(form.status()).toBe(415);
	const bad = await post({ 'content-type': 'application/json', origin }, '{"entries": 5');
	expect(bad.status()).toBe(400);
	expect(bad.headers()['content-type']).toContain('application/json');
	const empty = await post({ 'content-type': 'application/json', origin }, JSON.stringify({ entries: [] }));
	expect(empty.status()).toBe(400);
	const mixed = await post(
		{ 'content-type': 'application/json', origin },
		JSON.stringify({
			entries: [
				{ kind: 'note', key: 'too-short' },
				{
					kind: 'note',
					key: `mixed-${Date.now()}-000000000`,
					source: 'said_aloud',
					text: 'Said at the back of the room'
				}
			]
		})
	);
	expect(mixed.status()).toBe(200);
	const results = ((await mixed.json()) as { results: { status: string; errors?: Record<string, string> }[] }).results;
	expect(results.map((r) => r.status)).toEqual(['invalid', 'stored']);
	expect(results[0]!.errors).toMatchObject({ form: expect.any(String) });

	// Signed out: turned away before the endpoint (by the console's guard in hooks.server.ts).
	const anonymous = await browser.newContext();
	const signedOut = await anonymous.request.post(`${origin}${url}`, {
		headers: { 'content-type': 'application/json', origin },
		data: JSON.stringify({ entries: [{}] })
	});
	expect(signedOut.status()).toBe(401);
	await anonymous.close();

	// A youth board member can neither open the page nor sync.
	const other = await browser.newContext();
	const youth = await other.newPage();
	await signIn(youth, `youth@${SLUG}.example`);
	const page403 = await youth.goto(`${eventPath}/capture`);
	expect(page403?.status()).toBe(403);
	const denied = await youth.request.post(url, {
		headers: { 'content-type': 'application/json', origin },
		data: JSON.stringify({ entries: [{}] })
	});
	expect(denied.status()).toBe(403);
	expect(await denied.json()).toMatchObject({ error: expect.stringMatching(/role/) });
	await other.close();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the note, many-notes and paper forms post, keep what was typed on an error and store once', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await signIn(page, `officer@${SLUG}.example`);
		const eventPath = await createOpenEvent(page);
		await page.goto(`${eventPath}/capture`);

		// Nothing typed: the error is by the field and what was chosen is kept.
		await page.locator('#role').selectOption('vcse_partner');
		await page.getByRole('button', { name: 'Add note' }).click();
		await expect(page.locator('.nhsuk-error-summary')).toContainText('Write something first');
		await expect(page.locator('#text-error')).toContainText('Write something first');
		await expect(page.locator('#role')).toHaveValue('vcse_partner');
		await expect(page).toHaveTitle(/^Error: /);

		const text = unique('Peer support worked for us');
		await page.locator('#text').fill(text);
		await page.getByRole('button', { name: 'Add note' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();
		await expect(page.locator('#role')).toHaveValue('vcse_partner');
		await expect(page.locator('#text')).toHaveValue('');

		// Many notes, one a line (the form is folded away in a <details>).
		await page.getByText('Paste many notes').click();
		await page.locator('#lines').fill(`${text} one\n\n${text} two\n`);
		await page.getByRole('button', { name: 'Add these notes' }).click();
		await expect(page.getByRole('status').filter({ hasText: '2 notes saved.' })).toBeVisible();

		// A paper form with nothing on it is refused; with a rating it is saved.
		await page.getByText('Type up a paper form').click();
		await page.getByRole('button', { name: 'Add paper form' }).click();
		await expect(page.locator('.nhsuk-error-summary')).toContainText('Type at least one answer from the paper form');
		await page.locator('input[name="paper-rating-p2"][value="5"]').check();
		await page.getByRole('button', { name: 'Add paper form' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Paper form saved.' })).toBeVisible();

		await page.goto(eventPath);
		await expect(page.locator('ul.app-feed > li').filter({ hasText: `${text} one` })).toHaveCount(1);
		await expect(page.locator('ul.app-feed > li').filter({ hasText: 'Rated 5' })).toHaveCount(1);
	});
});
