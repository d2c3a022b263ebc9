/**
 * Shared helpers for the end-to-end tests: the seed files (so expectations follow the data rather
 * than hard-coded counts), the page chrome every public page must have, and the axe-core check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parseCsv } from '../../src/lib/server/csv-parse';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export interface SeedAction {
	key: string;
	title: string;
	status: 'planned' | 'in_progress' | 'done' | 'not_doing';
	description?: string | null;
}
export interface SeedPriority {
	key: string;
	number: number;
	title: string;
	actions: SeedAction[];
}
export interface SeedPlan {
	key: string;
	title: string;
	published: boolean;
	priorities: SeedPriority[];
}
export interface SeedYouSaid {
	key: string;
	text: string;
	where_heard: string | null;
	quotes: { text: string; speaker: string | null }[];
	priorities: string[];
	actions: string[];
}
export interface AreaSeed {
	area: { slug: string; name: string; short_name: string; localities: string[] };
	plans: SeedPlan[];
	you_said: SeedYouSaid[];
}

const SEED_DIR = join(process.cwd(), 'seeds', 'areas');

/** Every area in seeds/areas, in file-name order. */
export const SEEDS: AreaSeed[] = readdirSync(SEED_DIR)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(join(SEED_DIR, f), 'utf8')) as AreaSeed);

export function seed(slug: string): AreaSeed {
	const s = SEEDS.find((a) => a.area.slug === slug);
	if (!s) throw new Error(`No seed file for area ${slug}`);
	return s;
}

export const publishedPlans = (s: AreaSeed) => s.plans.filter((p) => p.published);
export const priorities = (s: AreaSeed) => publishedPlans(s).flatMap((p) => p.priorities);
export const actions = (s: AreaSeed) => priorities(s).flatMap((p) => p.actions);

export const STATUS_LABEL: Record<SeedAction['status'], string> = {
	planned: 'Planned',
	in_progress: 'In progress',
	done: 'Done',
	not_doing: 'Not doing'
};

/** The exact urgent-help numbers from DOMAIN.md, as they must read in the footer. */
export const URGENT_HELP_TEXT = ['85258', '111', 'option 2', '0800 1111', '999'];

/** A priority id that exists in no database: a well-formed UUID (so the route matches) that was never seeded. */
export const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

/**
 * The address of the first priority the area's board links to (one with linked statements). Read from
 * the server-rendered HTML, without rendering the board in the browser.
 */
export async function firstTracedPriorityHref(request: APIRequestContext, slug: string): Promise<string> {
	const response = await request.get(`/${slug}/board`);
	expect(response.status()).toBe(200);
	const match = (await response.text()).match(new RegExp(`href="(/${slug}/priorities/[0-9a-f-]{36})"`));
	expect(match, `the ${slug} board links to at least one priority`).not.toBeNull();
	return match![1]!;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the current page and fails, with ids, targets and help, on serious or critical violations. */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(AXE_TAGS)
		// Only violations are reported in full: much faster on the long plan pages.
		.options({ resultTypes: ['violations'] })
		// Run axe in the page itself rather than finishing in a second blank page: our pages have no
		// iframes, and this halves the time on the long plan pages.
		.setLegacyMode(true)
		.analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const report = serious
		.map(
			(v) =>
				`- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
				v.nodes
					.slice(0, 8)
					.map((n) => `    target: ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
					.join('\n') +
				(v.nodes.length > 8 ? `\n    ... and ${v.nodes.length - 8} more` : '')
		)
		.join('\n');
	expect(
		serious.map((v) => v.id),
		`Serious or critical axe violations on ${label} (${page.url()}):\n${report}`
	).toEqual([]);
}

/** The skip link, header and footer (urgent help and a privacy link) that every public page has. */
export async function expectPageChrome(page: Page): Promise<void> {
	const skip = page.locator('a.nhsuk-skip-link');
	await expect(skip).toHaveText('Skip to main content');
	await expect(skip).toHaveAttribute('href', '#maincontent');
	await expect(page.locator('main#maincontent')).toHaveCount(1);

	const header = page.getByRole('banner');
	await expect(header).toBeVisible();
	await expect(header.getByRole('link', { name: 'Said and Done homepage' })).toHaveAttribute('href', '/');

	const footer = page.getByRole('contentinfo');
	await expect(footer).toBeVisible();
	for (const text of URGENT_HELP_TEXT) await expect(footer).toContainText(text);
	await expect(footer).toContainText('Text SHOUT to 85258');
	await expect(footer).toContainText('Call 111 and choose option 2');
	await expect(footer).toContainText('Call 0800 1111');
	await expect(footer).toContainText('call 999');
	await expect(footer.getByRole('link', { name: 'Privacy', exact: true })).toHaveAttribute('href', '/privacy');
}

// Staff console helpers ---------------------------------------------------------------------------

/** The password of every demo account on the embedded database (src/lib/server/demo.ts). */
/** The path of the area's open demo survey, linked from the "Have your say" section of its public page. */
export async function openSurveyPath(page: Page, slug: string): Promise<string> {
	await page.goto(`/${slug}`);
	const href = await page
		.getByRole('region', { name: 'Have your say' })
		.locator('a[href^="/s/"]')
		.last()
		.getAttribute('href');
	expect(href).toMatch(/^\/s\/[a-z2-9]{8}$/);
	return href!;
}

export const DEMO_PASSWORD = 'said-and-done-demo';
/** A password long and unusual enough for the strength check (zxcvbn score 3 or more). */
export const STRONG_PASSWORD = 'orange-kettle-rain-hat-42';

let uniqueCounter = 0;
/** A value no other test in this run (on either worker) uses: for emails, usernames and names. */
export function unique(label: string): string {
	uniqueCounter += 1;
	return `${label}-${Date.now().toString(36)}-${process.pid.toString(36)}-${uniqueCounter}`;
}

/**
 * Waits until the page's scripts have loaded and hydrated it. Text typed into a server-rendered form
 * before hydration can be wiped when Svelte takes over the inputs, so fill forms only after this.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	// A page with JavaScript marks <html data-hydrated> once Svelte has taken over (root layout).
	// SvelteKit's start script sets a __sveltekit_* global as the page is parsed: without it (csr =
	// false, or JavaScript off) the page is as live as it will get.
	await page.waitForFunction(
		() =>
			document.documentElement.hasAttribute('data-hydrated') ||
			!Object.keys(window).some((k) => k.startsWith('__sveltekit_')),
		undefined,
		{ polling: 100 }
	);
}

/**
 * Opens every folded priority on a board (each is a <details>), as a reader would by tapping its
 * "What you told us and what we did"; works with JavaScript off too.
 */
export async function openPriorities(page: Page): Promise<void> {
	const closed = page.locator('details.app-priority__details:not([open]) > summary');
	for (let n = await closed.count(); n > 0; n--) await closed.first().click();
	await expect(page.locator('details.app-priority__details:not([open])')).toHaveCount(0);
}

/** Fills in and sends the password sign-in form; does not check where it lands. */
export async function submitSignIn(page: Page, account: string, password: string): Promise<void> {
	if (!/\/app\/sign-in/.test(page.url())) await page.goto('/app/sign-in');
	await hydrated(page);
	await page.locator('#account').fill(account);
	await page.locator('#password').fill(password);
	// A plain form post: wait for the next page (the same-looking sign-in page, on an error) to load.
	const loaded = page.waitForEvent('domcontentloaded');
	const answer = page.waitForResponse(
		(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/app/sign-in'
	);
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	const status = (await answer).status();
	await loaded;
	// Fail at once, and plainly, when the server cannot handle the form at all.
	if (status >= 500) throw new Error(`The sign-in form answered ${status} (a server error) for ${account}`);
}

/** Signs in and waits until the sign-in page is left behind. */
export async function signIn(page: Page, account: string, password: string = DEMO_PASSWORD): Promise<void> {
	await page.goto('/app/sign-in');
	await submitSignIn(page, account, password);
	await expect(page, `signed in as ${account}`).not.toHaveURL(/\/app\/sign-in/);
}

/** Signs out with the staff bar's button and checks the sign-in page says so. */
/** Signs in, opens `path` and follows its link to a page, checked by its heading (the link's words unless given). */
export async function signInAndFollow(
	page: Page,
	account: string,
	path: string,
	link: string,
	heading: string = link
): Promise<void> {
	await signIn(page, account);
	await page.goto(path);
	await page.getByRole('link', { name: link }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** Downloads the CSV a link points at: checks it is sent as CSV and returns its rows. */
export async function downloadCsv(page: Page, link: string): Promise<string[][]> {
	const href = await page.getByRole('link', { name: link }).getAttribute('href');
	const response = await page.request.get(new URL(href!, page.url()).toString());
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/csv');
	return parseCsv(await response.text());
}

/**
 * As the area's engagement officer: creates an event in the console and opens it. `onForm` runs on
 * the empty form (an axe check); `venue` is typed when given. Returns the room code and the event's
 * console address.
 */
export async function openNewEvent(
	page: Page,
	slug: string,
	name: string,
	{ venue, onForm }: { venue?: string; onForm?: () => Promise<void> } = {}
): Promise<{ code: string; url: string }> {
	await signIn(page, `officer@${slug}.example`);
	await page.goto(`/app/${slug}/events/new`);
	await hydrated(page);
	await onForm?.();
	await page.locator('#name').fill(name);
	await page.locator('#starts_at').fill('2026-12-03T18:30');
	if (venue) await page.locator('#venue').fill(venue);
	await page.getByRole('button', { name: 'Save event' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
	await page.getByRole('button', { name: 'Open for contributions' }).click();
	await expect(page.getByText('The event is open.')).toBeVisible();
	const code = (await page.locator('.app-code').textContent())!.trim();
	return { code, url: page.url() };
}

export async function signOut(page: Page): Promise<void> {
	await page.getByRole('navigation', { name: 'Staff' }).getByRole('button', { name: 'Sign out', exact: true }).click();
	await expect(page).toHaveURL(/\/app\/sign-in\?signed_out=1$/);
	await expect(page.getByText('You have signed out.')).toBeVisible();
}

export type AreaRoleName = 'area_admin' | 'engagement_officer' | 'commissioner' | 'youth_board' | 'partner';

/**
 * As a signed-in area admin, creates an invitation on the members page and returns its link
 * (shown on the page, since no SMTP server is configured in the tests).
 */
export async function createInvitation(
	page: Page,
	slug: string,
	invite: { role: AreaRoleName; email?: string; organisation?: string }
): Promise<string> {
	const response = await page.goto(`/app/${slug}/members`);
	expect(response?.status()).toBe(200);
	await hydrated(page);
	await page.locator(`#role-${invite.role}`).check();
	await page.locator('#email').fill(invite.email ?? '');
	await page.locator('#organisation').fill(invite.organisation ?? '');
	await page.getByRole('button', { name: 'Create invitation' }).click();
	const link = page.locator('code.app-invite-link');
	await expect(link).toBeVisible();
	const text = (await link.textContent())?.trim() ?? '';
	expect(text).toMatch(/\/app\/join\/[A-Za-z0-9_-]+$/);
	return text;
}

/** Opens an invitation link and accepts it; lands on the area's home page. */
export async function acceptInvitation(
	page: Page,
	link: string,
	person: { displayName: string; password?: string; username?: string },
	slug: string
): Promise<void> {
	const response = await page.goto(link);
	expect(response?.status()).toBe(200);
	await hydrated(page);
	await page.locator('#displayName').fill(person.displayName);
	if (person.username !== undefined) await page.locator('#username').fill(person.username);
	await page.locator('#password').fill(person.password ?? STRONG_PASSWORD);
	await page.getByRole('button', { name: /^Join / }).click();
	await expect(page).toHaveURL(new RegExp(`/app/${slug}$`));
}

/** A date `days` from today in UK time, as YYYY-MM-DD (what date inputs and query strings take). */
export { londonDay } from '../../src/lib/dates';

/** On the review form: answers every suggested theme, yes to the first and no to the rest. */
export async function decideSuggestions(page: Page): Promise<void> {
	const groups = page.locator('#review-form .app-suggestion');
	const n = await groups.count();
	for (let i = 0; i < n; i++)
		await groups
			.nth(i)
			.getByRole('radio', { name: i === 0 ? /^Yes/ : /^No/ })
			.check();
}

/** Moves along an area's review queue until the current item may be quoted, marks it; returns its words. */
export async function markPossibleQuote(page: Page, slug: string): Promise<string> {
	await page.goto(`/app/${slug}/review`);
	await hydrated(page);
	for (let i = 0; i < 60; i++) {
		const quotable = (await page.locator('.nhsuk-tag', { hasText: 'May be quoted' }).count()) > 0;
		const suggested = await page.locator('#review-form .app-suggestion').count();
		// Flagged words are never offered as quotes, so an officer (who sees them) skips them.
		const flagged = (await page.locator('.nhsuk-tag', { hasText: 'Safeguarding alert' }).count()) > 0;
		if (quotable && suggested > 0 && !flagged) break;
		const next = page.locator('#next-item');
		const id = new URL((await next.getAttribute('href'))!, 'http://x').searchParams.get('item')!;
		await next.click();
		await expect(page.locator('#review-form input[name=item]')).toHaveValue(id);
	}
	const words = ((await page.locator('#item-text').textContent()) ?? '').trim();
	await page.getByLabel('I have checked the words: nothing in them could show who wrote it').check();
	await page.getByLabel('Mark as a possible quote for a "You said" statement').check();
	const groups = page.locator('#review-form .app-suggestion');
	for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio', { name: /^Yes/ }).check();
	await page.getByRole('button', { name: 'Save and go to next' }).click();
	await expect(page.getByText('Your review is saved.')).toBeVisible();
	return words;
}

/** Starts a vote of 3 dots on the first three themes from the votes page; its title and theme names. */
export async function fillNewVote(page: Page, label: string): Promise<{ title: string; themes: string[] }> {
	const title = unique(label);
	await hydrated(page);
	await page.locator('#title').fill(title);
	await page.locator('#votes_per_person').fill('3');
	const boxes = page.locator('input[name=theme_ids]');
	for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
	for (let i = 0; i < 3; i++) await boxes.nth(i).check();
	const themes = await Promise.all(
		[0, 1, 2].map(async (i) =>
			(await page.locator(`label[for="${await boxes.nth(i).getAttribute('id')}"]`).textContent())!.trim()
		)
	);
	await page.getByRole('button', { name: 'Start the vote' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	return { title, themes };
}
