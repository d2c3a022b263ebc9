/**
 * Issue 15, item 5: light on a phone. Every public page, loaded at 360 px with everything it asks
 * for and each response gzipped, is 100 KB or less in total with 50 KB or less of JavaScript (the
 * same measure as `npm run bench:weight`, tests/bench/page-weight-measure.ts). The public pages
 * ship no JavaScript at all; an open event's phone page is weighed too.
 */
import { expect, test } from '@playwright/test';
import { kb, publicPages, weigh } from '../bench/page-weight-measure';
import { hydrated, signIn, unique } from './support';

const TOTAL = 100 * 1024;
const JS = 50 * 1024;

test('every public page is 100 KB or less at 360 px, with 50 KB or less of JavaScript (none at all)', async ({
	browser,
	page,
	baseURL
}) => {
	test.setTimeout(180_000);
	// An open event, so its phone page is weighed with the rest.
	await signIn(page, 'officer@kent-medway.example');
	await page.goto('/app/kent-medway/events/new');
	await hydrated(page);
	await page.locator('#name').fill(unique('Weighed event'));
	await page.locator('#starts_at').fill('2026-12-03T18:30');
	await page.getByRole('button', { name: 'Save event' }).click();
	await page.getByRole('button', { name: 'Open for contributions' }).click();
	await expect(page.getByText('The event is open.')).toBeVisible();
	const code = (await page.locator('.app-code').textContent())!.trim();

	const paths = [...(await publicPages(browser, baseURL!)), `/e/${code}`];
	expect(paths).toEqual(expect.arrayContaining(['/llr', '/llr/board', '/ssot/board', '/r', `/e/${code}`]));
	expect(paths.some((p) => p.startsWith('/s/'))).toBe(true);
	const lines: string[] = [];
	for (const path of paths) {
		const w = await weigh(browser, baseURL!, path);
		lines.push(`${path}: HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}, total ${kb(w.total)}`);
		expect(w.html, `${path} was loaded`).toBeGreaterThan(0);
		expect(w.total, `${path} in total`).toBeLessThanOrEqual(TOTAL);
		expect(w.js, `${path} JavaScript`).toBeLessThanOrEqual(JS);
		expect(w.js, `${path} ships no JavaScript`).toBe(0);
	}
	console.log(lines.join('\n'));
});
