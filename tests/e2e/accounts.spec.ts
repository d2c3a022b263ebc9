/**
 * Staff accounts end to end (issue 3): invitations, sign-in and sign-out, what each person can reach,
 * the rate limit, revocation mid-session, the audit log, security headers and cookies, and axe on the
 * console pages.
 *
 * Every test runs against the one embedded database of the run, shared by both workers, so each
 * creates its own people with unique emails and usernames. Failed sign-ins from 127.0.0.1 are
 * limited to 20 per 15 minutes for the whole suite: only the lock-out test makes any (7).
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
	DEMO_PASSWORD,
	STRONG_PASSWORD,
	acceptInvitation,
	createInvitation,
	expectNoSeriousAxeViolations,
	hydrated,
	seed,
	signIn,
	signOut,
	submitSignIn,
	unique
} from './support';

const LLR = seed('llr').area;
const SSOT = seed('ssot').area;
const LLR_ADMIN = 'admin@llr.example';
const LLR_ADMIN_NAME = `Area admin, ${LLR.short_name} (demo)`;
const SESSION_COOKIE = 'sd_session'; // __Host-sd_session on https; the tests run on http
const WRONG_PASSWORD = 'not-the-right-password-at-all';

const email = (label: string) => `${unique(label)}@e2e.example`;

/** A second, separate browser (own cookies), as a different person on a different device. */
async function otherBrowser(
	browser: Browser,
	baseURL: string | undefined
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL });
	return { context, page: await context.newPage() };
}

/** The 403 page: the right status and a plain explanation, never data. */
async function expectForbidden(page: Page, path: string, message: string) {
	const response = await page.goto(path);
	expect(response?.status(), `${path} is forbidden`).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You cannot see this page');
	await expect(page.getByRole('main')).toContainText(message);
}

const NO_AREA_ACCESS = 'You do not have access to this area. Ask its area admin to invite you.';
const ROLE_NOT_ALLOWED = 'Your role in this area does not allow this. Ask your area admin if you need it.';
const WRONG_DETAILS = 'The email address or username, or the password, is not right. Check them and try again.';

test.describe('Invitations and signing in', () => {
	test('a demo area admin signs in with the password form and sees their area', async ({ page }) => {
		await page.goto('/app/llr/members');
		await expect(page).toHaveURL(/\/app\/sign-in\?next=%2Fapp%2Fllr%2Fmembers$/);
		await submitSignIn(page, LLR_ADMIN, DEMO_PASSWORD);
		// Back where they were going.
		await expect(page).toHaveURL(/\/app\/llr\/members$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Members and invitations');
		await expect(page.getByRole('navigation', { name: 'Staff' })).toContainText(`Signed in as ${LLR_ADMIN_NAME}`);
	});

	test('an invited commissioner accepts, signs in again, sees only their area and signs out', async ({
		page,
		browser,
		baseURL
	}) => {
		const inviteeEmail = email('commissioner');
		const name = unique('Casey Commissioner');

		await signIn(page, LLR_ADMIN);
		const link = await createInvitation(page, 'llr', { role: 'commissioner', email: inviteeEmail });
		await expect(page.getByRole('status')).toContainText(`Invitation ready for ${inviteeEmail}`);

		const invitee = await otherBrowser(browser, baseURL);
		try {
			const p = invitee.page;
			// The invitee opens the link, chooses a name and password, and lands on the area's home page.
			await p.goto(link);
			await expect(p.getByRole('heading', { level: 1 })).toHaveText(`Join ${LLR.name}`);
			await expect(p.getByRole('main')).toContainText('Commissioner');
			await expect(p.getByRole('main')).toContainText(`You will sign in with ${inviteeEmail}`);
			await acceptInvitation(p, link, { displayName: name }, 'llr');
			await expect(p.getByRole('heading', { level: 1 })).toHaveText(LLR.name);
			await expect(p.getByRole('navigation', { name: 'Staff' })).toContainText(`Signed in as ${name}`);

			await signOut(p);

			// Signs in again with email and password.
			await signIn(p, inviteeEmail, STRONG_PASSWORD);
			await expect(p).toHaveURL(/\/app$/);
			await expect(p.getByRole('heading', { level: 1 })).toHaveText('Your areas');
			const areas = p.locator('main ul.nhsuk-list > li');
			await expect(areas).toHaveCount(1);
			await expect(areas.getByRole('link')).toHaveText(LLR.name);
			await expect(areas.getByRole('link')).toHaveAttribute('href', '/app/llr');
			await expect(areas).toContainText('Commissioner');

			// Their own area opens; another area's console and the admin pages do not.
			expect((await p.goto('/app/llr'))?.status()).toBe(200);
			await expect(p.getByRole('link', { name: 'Members and invitations' })).toHaveCount(0);
			await expectForbidden(p, '/app/ssot', NO_AREA_ACCESS);
			await expect(p.getByRole('main')).not.toContainText(SSOT.name);
			await expectForbidden(p, '/app/llr/members', ROLE_NOT_ALLOWED);
			await expectForbidden(p, '/app/llr/audit', ROLE_NOT_ALLOWED);

			// Signed out, the console sends them to the sign-in page.
			await p.goto('/app');
			await signOut(p);
			await p.goto('/app');
			await expect(p).toHaveURL(/\/app\/sign-in\?next=%2Fapp$/);
			await expect(p.getByRole('heading', { level: 1 })).toHaveText('Sign in');
			const afterSignOut = await p.goto('/app/llr');
			expect(afterSignOut?.url()).toMatch(/\/app\/sign-in\?next=%2Fapp%2Fllr$/);
		} finally {
			await invitee.context.close();
		}
	});

	test('a youth board member joins without an email address and later signs in with a username', async ({
		page,
		browser,
		baseURL
	}) => {
		const username = unique('yb').toLowerCase();
		const name = unique('Sam');

		await signIn(page, LLR_ADMIN);
		const link = await createInvitation(page, 'llr', { role: 'youth_board' });
		await expect(page.getByRole('status')).toContainText('Invitation ready. Send them this link.');
		// The waiting invitation has no email: anyone with the link can use it.
		await expect(page.getByRole('row').filter({ hasText: 'Anyone with the link' }).first()).toBeVisible();

		const youth = await otherBrowser(browser, baseURL);
		try {
			const p = youth.page;
			expect((await p.goto(link))?.status()).toBe(200);
			await expect(p.getByRole('main')).toContainText('Youth advisory board member');
			await expect(p.getByLabel('Your first name or a nickname')).toBeVisible();
			await expect(p.getByLabel('Choose a username')).toBeVisible();

			// A weak password is refused next to the field; the name and username are kept, the password is not.
			await hydrated(p);
			await p.locator('#displayName').fill(name);
			await p.locator('#username').fill(username);
			await p.locator('#password').fill('password1234');
			await p.getByRole('button', { name: `Join ${LLR.name}` }).click();
			await expect(p).toHaveTitle(/^Error: /);
			const passwordError = p.locator('#password-error');
			await expect(passwordError).toContainText('This password is too common or too easy to guess');
			await expect(p.locator('#password')).toHaveAttribute('aria-invalid', 'true');
			await expect(p.locator('#password')).toHaveAttribute('aria-describedby', /password-error/);
			await expect(p.locator('.nhsuk-error-summary')).toContainText('This password is too common or too easy to guess');
			await expect(p.locator('#username')).toHaveValue(username);
			await expect(p.locator('#displayName')).toHaveValue(name);
			await expect(p.locator('#password')).toHaveValue('');

			// A strong one is accepted.
			await hydrated(p);
			await p.locator('#password').fill(STRONG_PASSWORD);
			await p.getByRole('button', { name: `Join ${LLR.name}` }).click();
			await expect(p).toHaveURL(/\/app\/llr$/);
			await expect(p.getByRole('navigation', { name: 'Staff' })).toContainText(`Signed in as ${name}`);

			await signOut(p);
			// Later, signs in with the username (any case).
			await signIn(p, username.toUpperCase(), STRONG_PASSWORD);
			await expect(p).toHaveURL(/\/app$/);
			await expect(p.locator('main ul.nhsuk-list > li')).toHaveCount(1);
			await expect(p.locator('main ul.nhsuk-list > li')).toContainText('Youth advisory board member');
			await p.goto('/app/account');
			await expect(p.getByRole('main')).toContainText(username);
		} finally {
			await youth.context.close();
		}
	});

	test('a used invitation link and a cancelled one each give a clear 410 page', async ({ page, browser, baseURL }) => {
		// APP BUG, found by this test: src/routes/+error.svelte shows the error's message only for 403 and
		// 404. A 410 (used, cancelled or expired invitation) gets "Sorry, there is a problem. Something
		// went wrong on our side. Please try again in a few minutes." instead of the reason, which
		// the join page's load and action do give ("This invitation has already been used...").
		await signIn(page, LLR_ADMIN);
		const usedEmail = email('used');
		const used = await createInvitation(page, 'llr', { role: 'engagement_officer', email: usedEmail });
		const cancelledEmail = email('cancelled');
		const cancelled = await createInvitation(page, 'llr', {
			role: 'partner',
			email: cancelledEmail,
			organisation: 'Kooth'
		});

		// The admin cancels the second invitation from the list of invitations waiting.
		const row = page.getByRole('row').filter({ hasText: cancelledEmail });
		await expect(row).toHaveCount(1);
		await row.getByRole('button', { name: /^Cancel/ }).click();
		await expect(page.getByRole('row').filter({ hasText: cancelledEmail })).toHaveCount(0);
		await expect(page.getByRole('row').filter({ hasText: usedEmail })).toHaveCount(1);

		const other = await otherBrowser(browser, baseURL);
		try {
			const p = other.page;
			await acceptInvitation(p, used, { displayName: unique('Uma Used') }, 'llr');
			await signOut(p);

			// Used: a second visit (signed out, as anyone holding the link would be) gives 410 and no form.
			const again = await p.goto(used);
			expect(again?.status()).toBe(410);
			await expect(p.locator('#password')).toHaveCount(0);
			const usedPage = (await p.getByRole('main').textContent()) ?? '';

			const gone = await p.goto(cancelled);
			expect(gone?.status()).toBe(410);
			await expect(p.locator('#password')).toHaveCount(0);
			const cancelledPage = (await p.getByRole('main').textContent()) ?? '';

			// Nor can the used link be sent again as a form.
			const replay = await p.request.post(used, {
				form: { displayName: 'Someone else', password: STRONG_PASSWORD },
				headers: { origin: new URL(used).origin },
				maxRedirects: 0
			});
			expect(replay.status()).toBe(410);

			// Each page says plainly why (checked last, so the checks above run while the bug stands).
			expect(usedPage).toContain('This invitation has already been used. If it was you, sign in instead.');
			expect(cancelledPage).toContain('This invitation was cancelled. Ask your area admin for a new one.');
			expect(usedPage).not.toContain('Something went wrong on our side');
		} finally {
			await other.context.close();
		}
	});

	test('an unknown invitation link gives a 404 page that says so', async ({ page }) => {
		// APP BUG, found by this test: src/routes/+error.svelte adds a full stop to a 404 message that already
		// ends with one, so the page reads "Check you copied the whole link.." (two full stops).
		const response = await page.goto('/app/join/this-is-not-an-invitation-token');
		expect(response?.status()).toBe(404);
		expect(response?.headers()['cache-control']).toBe('no-store');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.locator('#password')).toHaveCount(0);
		await expect(page.getByRole('main')).toContainText(
			'We could not find this invitation. Check you copied the whole link.'
		);
		await expect(page.getByRole('main')).not.toContainText('link..');
	});

	test('after five wrong passwords the next try waits a few seconds, then the right one works; an unknown email gets the same message as a wrong password', async ({
		page,
		browser,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const inviteeEmail = email('locked');
		await signIn(page, LLR_ADMIN);
		const link = await createInvitation(page, 'llr', { role: 'commissioner', email: inviteeEmail });
		const invitee = await otherBrowser(browser, baseURL);
		try {
			await acceptInvitation(invitee.page, link, { displayName: unique('Lou Locked') }, 'llr');
		} finally {
			await invitee.context.close();
		}

		const other = await otherBrowser(browser, baseURL);
		try {
			const p = other.page;
			await p.goto('/app/sign-in');
			// An unknown account: the same words as a wrong password, on the account field, with the typed account kept.
			const unknownAccount = email('nobody');
			await submitSignIn(p, unknownAccount, WRONG_PASSWORD);
			await expect(p.locator('#account-error')).toContainText(WRONG_DETAILS);
			const unknownMessage = (await p.locator('#account-error').textContent())?.trim();
			await expect(p.locator('#account')).toHaveValue(unknownAccount);
			await expect(p.locator('#password')).toHaveValue('');

			for (let attempt = 1; attempt <= 5; attempt++) {
				await submitSignIn(p, inviteeEmail, WRONG_PASSWORD);
				await expect(p, `attempt ${attempt} stays on the sign-in page`).toHaveURL(/\/app\/sign-in/);
				await expect(p.locator('#account-error')).toContainText(WRONG_DETAILS);
				expect((await p.locator('#account-error').textContent())?.trim()).toBe(unknownMessage);
			}

			// Throttled, not locked: the next try must wait, and the password is not even checked.
			const waiting = p.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/app/sign-in'));
			await submitSignIn(p, inviteeEmail, STRONG_PASSWORD);
			const refused = await waiting;
			expect(refused.status()).toBe(429);
			expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
			await expect(p).toHaveURL(/\/app\/sign-in/);
			await expect(p.locator('#account-error')).toContainText('Too many attempts. For your security, wait');
			expect((await other.context.cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();

			// Once the wait has passed, the right password works: a guesser cannot keep the owner out.
			await p.waitForTimeout((Number(refused.headers()['retry-after']) + 1) * 1000);
			await submitSignIn(p, inviteeEmail, STRONG_PASSWORD);
			await expect(p).not.toHaveURL(/\/app\/sign-in/);
			expect((await other.context.cookies()).find((c) => c.name === SESSION_COOKIE)).toBeDefined();
		} finally {
			await other.context.close();
		}
	});
});

test.describe('Area admin', () => {
	test('the audit log shows the invitation, the role given and the sign-in, each with who did it', async ({
		page,
		browser,
		baseURL
	}) => {
		const inviteeEmail = email('audited');
		const name = unique('Alex Audited');
		await signIn(page, LLR_ADMIN);
		const link = await createInvitation(page, 'llr', { role: 'commissioner', email: inviteeEmail });

		const invitee = await otherBrowser(browser, baseURL);
		try {
			await acceptInvitation(invitee.page, link, { displayName: name }, 'llr');
			await signOut(invitee.page);
			await signIn(invitee.page, inviteeEmail, STRONG_PASSWORD);
		} finally {
			await invitee.context.close();
		}

		const response = await page.goto('/app/llr/audit');
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
		const headers = page.getByRole('columnheader');
		await expect(headers).toHaveText(['When', 'Who', 'What', 'Details']);
		const rows = page.locator('tbody tr');
		const cells = (row: ReturnType<typeof rows.filter>) => row.locator('td');

		// The admin created the invitation (its details name the email, never the token).
		const created = rows.filter({ hasText: 'Created' }).filter({ hasText: inviteeEmail });
		await expect(created).toHaveCount(1);
		await expect(cells(created).nth(1)).toHaveText(LLR_ADMIN_NAME);
		await expect(cells(created).nth(2)).toContainText('invitations');
		await expect(cells(created).nth(3)).toContainText('"commissioner"');
		await expect(cells(created).nth(3)).not.toContainText('token');

		// The new member was given the role when they accepted.
		const given = rows
			.filter({ has: page.locator('td:nth-child(2)', { hasText: name }) })
			.filter({ hasText: 'Role given' });
		await expect(given).toHaveCount(1);
		await expect(cells(given).nth(2)).toContainText('memberships');
		await expect(cells(given).nth(3)).toContainText('"commissioner"');

		// The invitation was marked accepted.
		const accepted = rows.filter({ hasText: 'Changed' }).filter({ hasText: 'accepted_at' });
		await expect(accepted.first()).toBeVisible();

		// And they signed in.
		const signedIn = rows
			.filter({ has: page.locator('td:nth-child(2)', { hasText: name }) })
			.filter({ hasText: 'Signed in' });
		await expect(signedIn).toHaveCount(1);
		await expect(cells(signedIn).nth(3)).toContainText('127.0.0.1');

		// Newest first: the sign-in comes before (above) the role given, which comes before the invitation.
		const order = await rows.evaluateAll((trs) =>
			trs.map((tr) => {
				const td = [...tr.querySelectorAll('td')].map((c) => c.textContent?.trim() ?? '');
				return { who: td[1] ?? '', what: td[2] ?? '', details: td[3] ?? '' };
			})
		);
		const iSignedIn = order.findIndex((r) => r.who === name && r.what.startsWith('Signed in'));
		const iGiven = order.findIndex((r) => r.who === name && r.what.startsWith('Role given'));
		const iCreated = order.findIndex((r) => r.what.startsWith('Created') && r.details.includes(inviteeEmail));
		expect(iSignedIn).toBeGreaterThanOrEqual(0);
		expect(iSignedIn).toBeLessThan(iGiven);
		expect(iGiven).toBeLessThan(iCreated);
	});

	test('the audit log names each event and the table it changed as separate words', async ({ page }) => {
		// APP BUG, found by this test: in src/routes/app/[area=slug]/audit/+page.svelte the space before the
		// table name sits at the start of an {#if} block, which Svelte 5 trims, so the "What" column reads
		// "Createdinvitations" and "Role givenmemberships", to the eye and to screen readers alike.
		await signIn(page, LLR_ADMIN);
		await createInvitation(page, 'llr', { role: 'commissioner', email: email('spacing') });
		await page.goto('/app/llr/audit');
		const created = page
			.locator('tbody tr td:nth-child(3)')
			.filter({ hasText: /^Created/ })
			.first();
		await expect(created).toHaveText('Created invitations');
	});

	test('a member whose role is removed mid-session is refused on their next request', async ({
		page,
		browser,
		baseURL
	}) => {
		const memberEmail = email('revoked');
		const name = unique('Rory Revoked');
		await signIn(page, LLR_ADMIN);
		const link = await createInvitation(page, 'llr', { role: 'engagement_officer', email: memberEmail });

		const member = await otherBrowser(browser, baseURL);
		try {
			const p = member.page;
			await acceptInvitation(p, link, { displayName: name }, 'llr');
			expect((await p.goto('/app/llr'))?.status()).toBe(200);

			// The admin removes the role while the member is signed in.
			await page.goto('/app/llr/members');
			const row = page.getByRole('row').filter({ hasText: memberEmail });
			await expect(row).toHaveCount(1);
			await expect(row).toContainText('Engagement officer');
			await row.getByRole('button', { name: /^Remove role/ }).click();
			await expect(page.getByRole('row').filter({ hasText: memberEmail })).toHaveCount(0);

			// The member's very next request: no access, though still signed in.
			await expectForbidden(p, '/app/llr', NO_AREA_ACCESS);
			await p.goto('/app');
			await expect(p.getByRole('main')).toContainText('You are not a member of any area yet.');
			await expect(p.locator('main ul.nhsuk-list > li')).toHaveCount(0);

			// The audit log records who removed it.
			await page.goto('/app/llr/audit');
			const removed = page.locator('tbody tr').filter({ hasText: 'Role removed' }).filter({ hasText: LLR_ADMIN_NAME });
			await expect(removed.first()).toBeVisible();
		} finally {
			await member.context.close();
		}
	});
});

test.describe('Sessions and security', () => {
	test('"Sign out everywhere" also ends the session in another browser', async ({ page, browser, baseURL }) => {
		const personEmail = email('everywhere');
		await signIn(page, LLR_ADMIN);
		const link = await createInvitation(page, 'llr', { role: 'commissioner', email: personEmail });

		const first = await otherBrowser(browser, baseURL);
		const second = await otherBrowser(browser, baseURL);
		try {
			await acceptInvitation(first.page, link, { displayName: unique('Eve Everywhere') }, 'llr');
			await signIn(second.page, personEmail, STRONG_PASSWORD);
			expect((await second.page.goto('/app/llr'))?.status()).toBe(200);

			await first.page.goto('/app/account');
			await first.page.getByRole('button', { name: 'Sign out everywhere' }).click();
			await expect(first.page).toHaveURL(/\/app\/sign-in\?signed_out=1$/);
			await expect(first.page.getByText('You have signed out.')).toBeVisible();

			// The other browser still has its cookie, but the session behind it is gone.
			expect((await second.context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(true);
			await second.page.goto('/app/llr');
			await expect(second.page).toHaveURL(/\/app\/sign-in\?next=%2Fapp%2Fllr$/);
			await expect(second.page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
			// The dead cookie was cleared.
			expect((await second.context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);

			// The admin's own session, in a third browser, is untouched.
			expect((await page.goto('/app/llr'))?.status()).toBe(200);
		} finally {
			await first.context.close();
			await second.context.close();
		}
	});

	/** Every HTML page the browser loads, with its Content-Security-Policy. */
	function recordDocuments(page: Page) {
		const documents: { url: string; status: number; csp: string | undefined }[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'document' && (r.headers()['content-type'] ?? '').startsWith('text/html'))
				documents.push({ url: r.url(), status: r.status(), csp: r.headers()['content-security-policy'] });
		});
		return documents;
	}
	function expectNoFraming(documents: { url: string; status: number; csp: string | undefined }[], atLeast: number) {
		expect(documents.length).toBeGreaterThanOrEqual(atLeast);
		for (const d of documents) {
			expect(d.csp, `Content-Security-Policy of ${d.url} (${d.status})`).toBeDefined();
			const directives = d.csp!.split(';').map((x) => x.trim());
			expect(directives, `frame-ancestors of ${d.url}`).toContain("frame-ancestors 'none'");
			expect(directives, `object-src of ${d.url}`).toContain("object-src 'none'");
		}
	}

	test('every page forbids being framed, and the sign-in and join pages are never cached', async ({ page }) => {
		const documents = recordDocuments(page);
		for (const path of ['/', '/llr', '/llr/board', '/help', '/nowhere', '/app/join/not-a-real-token'])
			await page.goto(path);
		for (const path of ['/app/sign-in', '/app/join/not-a-real-token']) {
			const response = await page.goto(path);
			expect(response?.headers()['cache-control'], `Cache-Control of ${path}`).toBe('no-store');
		}
		// Signed out, the console sends you to the sign-in page (that page is checked too).
		await page.goto('/app/llr/members');
		await expect(page).toHaveURL(/\/app\/sign-in\?next=%2Fapp%2Fllr%2Fmembers$/);
		expectNoFraming(documents, 9);
		expect(documents.map((d) => d.status)).toEqual(expect.arrayContaining([200, 404]));
	});

	test('signed-in staff pages are never cached or framed, and the session cookie is HttpOnly and SameSite=Lax', async ({
		page,
		context
	}) => {
		const documents = recordDocuments(page);
		await signIn(page, LLR_ADMIN);

		// The session cookie.
		const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
		expect(cookie, 'a session cookie is set').toBeDefined();
		expect(cookie!.httpOnly).toBe(true);
		expect(cookie!.sameSite).toBe('Lax');
		expect(cookie!.path).toBe('/');
		expect(cookie!.value.length).toBeGreaterThanOrEqual(32);
		expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);

		// Staff pages (and their 403 page) are never stored by the browser or a proxy.
		for (const path of ['/app', '/app/llr', '/app/llr/members', '/app/llr/audit', '/app/account', '/app/ssot']) {
			const response = await page.goto(path);
			expect(response?.headers()['cache-control'], `Cache-Control of ${path}`).toBe('no-store');
		}
		expect(documents.some((d) => d.status === 403)).toBe(true);
		expectNoFraming(documents, 7);
	});

	test('a made-up session cookie gets the sign-in page, not an error', async ({ page, context, baseURL }) => {
		for (const value of ['garbage', 'A'.repeat(43), 'x'.repeat(500), '%00%ff']) {
			await context.clearCookies();
			await context.addCookies([{ name: SESSION_COOKIE, value, url: baseURL! }]);
			const response = await page.goto('/app/llr');
			expect(response?.status(), `with cookie ${value.slice(0, 12)}`).toBe(200);
			await expect(page).toHaveURL(/\/app\/sign-in\?next=%2Fapp%2Fllr$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
			// The bad cookie is cleared.
			expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
		}
		// On a public page it changes nothing.
		await context.addCookies([{ name: SESSION_COOKIE, value: 'garbage', url: baseURL! }]);
		expect((await page.goto('/llr'))?.status()).toBe(200);
	});

	test('a tampered session cookie gets the sign-in page, not an error', async ({ page, context, baseURL }) => {
		await signIn(page, LLR_ADMIN);
		const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
		expect(cookie).toBeDefined();
		expect((await page.goto('/app/llr'))?.status()).toBe(200);

		// One character changed.
		const last = cookie.value.at(-1)!;
		const tampered = cookie.value.slice(0, -1) + (last === 'A' ? 'B' : 'A');
		await context.clearCookies();
		await context.addCookies([{ name: SESSION_COOKIE, value: tampered, url: baseURL! }]);
		const response = await page.goto('/app/llr');
		expect(response?.status()).toBe(200);
		await expect(page).toHaveURL(/\/app\/sign-in\?next=%2Fapp%2Fllr$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
		expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);

		// The real one still works: tampering did not end the session.
		await context.addCookies([{ name: SESSION_COOKIE, value: cookie.value, url: baseURL! }]);
		expect((await page.goto('/app/llr'))?.status()).toBe(200);
	});
});

test.describe('Accessibility of the staff console', () => {
	test('the sign-in page has no serious or critical axe violations', async ({ page }) => {
		expect((await page.goto('/app/sign-in'))?.status()).toBe(200);
		await expectNoSeriousAxeViolations(page, 'the sign-in page');
	});

	test('the sign-in page with errors shown has no serious or critical axe violations', async ({ page }) => {
		await page.goto('/app/sign-in');
		// Errors from an empty form (no sign-in is attempted, so the rate limit is not touched).
		const loaded = page.waitForEvent('domcontentloaded');
		await page.getByRole('button', { name: 'Sign in', exact: true }).click();
		await loaded;
		await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
		await expect(page.locator('#account-error')).toContainText('Enter your email address or username');
		await expect(page.locator('#password-error')).toContainText('Enter your password');
		await expectNoSeriousAxeViolations(page, 'the sign-in page with errors');
	});

	for (const { label, path } of [
		{ label: 'the list of your areas', path: '/app' },
		{ label: 'an area home page', path: '/app/llr' },
		{ label: 'the members and invitations page', path: '/app/llr/members' },
		{ label: 'the audit log', path: '/app/llr/audit' },
		{ label: 'your account page', path: '/app/account' }
	]) {
		test(`${label} has no serious or critical axe violations`, async ({ page }) => {
			await signIn(page, LLR_ADMIN);
			expect((await page.goto(path))?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoSeriousAxeViolations(page, label);
		});
	}

	test('the members page with an invitation link shown has no serious or critical axe violations', async ({ page }) => {
		await signIn(page, LLR_ADMIN);
		await createInvitation(page, 'llr', { role: 'youth_board' });
		await expectNoSeriousAxeViolations(page, 'the members page with a new invitation');
		// And with errors: no role chosen.
		await hydrated(page);
		await page.locator('#email').fill('not-an-email');
		await page.getByRole('button', { name: 'Create invitation' }).click();
		await expect(page.locator('.nhsuk-error-summary')).toContainText('Choose a role');
		await expectNoSeriousAxeViolations(page, 'the members page with errors');
	});

	test('the join pages for staff and for youth board members have no serious or critical axe violations', async ({
		page,
		browser,
		baseURL
	}) => {
		await signIn(page, LLR_ADMIN);
		const staffLink = await createInvitation(page, 'llr', { role: 'commissioner', email: email('axe') });
		const youthLink = await createInvitation(page, 'llr', { role: 'youth_board' });

		const other = await otherBrowser(browser, baseURL);
		try {
			const p = other.page;
			expect((await p.goto(staffLink))?.status()).toBe(200);
			await expectNoSeriousAxeViolations(p, 'the staff join page');
			expect((await p.goto(youthLink))?.status()).toBe(200);
			await expectNoSeriousAxeViolations(p, 'the youth board join page');
			// With errors shown.
			await p.getByRole('button', { name: /^Join / }).click();
			await expect(p.locator('.nhsuk-error-summary')).toBeVisible();
			await expectNoSeriousAxeViolations(p, 'the youth board join page with errors');
		} finally {
			await other.context.close();
		}
	});
});

test.describe('With JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the sign-in form works with JavaScript off, keeps the typed account on an error, and signing out works', async ({
		page
	}) => {
		const account = 'officer@llr.example';
		await page.goto('/app');
		await expect(page).toHaveURL(/\/app\/sign-in\?next=%2Fapp$/);

		// A missing password: a server-rendered error, the account kept (no sign-in is attempted).
		await hydrated(page);
		await page.locator('#account').fill(account);
		await page.getByRole('button', { name: 'Sign in', exact: true }).click();
		await expect(page.locator('#password-error')).toContainText('Enter your password');
		await expect(page.locator('.nhsuk-error-summary')).toContainText('Enter your password');
		await expect(page.locator('#account')).toHaveValue(account);

		await hydrated(page);
		await page.locator('#password').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Sign in', exact: true }).click();
		await expect(page).toHaveURL(/\/app$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your areas');
		await expect(page.locator('main ul.nhsuk-list > li')).toHaveCount(1);
		await expect(page.locator('main ul.nhsuk-list > li')).toContainText('Engagement officer');

		await page.getByRole('link', { name: LLR.name, exact: true }).click();
		await expect(page).toHaveURL(/\/app\/llr$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(LLR.name);

		await signOut(page);
		await page.goto('/app/llr');
		await expect(page).toHaveURL(/\/app\/sign-in\?next=%2Fapp%2Fllr$/);
	});
});
