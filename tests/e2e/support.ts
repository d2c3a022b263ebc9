/**
 * Shared helpers for the end-to-end tests: the seed files (so expectations follow the data rather
 * than hard-coded counts), the page chrome every public page must have, and the axe-core check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
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
	return match![1];
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
	expect(serious.map((v) => v.id), `Serious or critical axe violations on ${label} (${page.url()}):\n${report}`).toEqual([]);
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
