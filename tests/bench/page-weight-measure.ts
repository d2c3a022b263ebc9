/**
 * How heavy a page is on a phone: loads it at 360 px wide in Chromium with everything it asks
 * for, and adds up each response's body gzipped (level 6, as a server would send it), by kind.
 * Shared by the benchmark (tests/bench/page-weight.ts) and its e2e test (page-weight.spec.ts).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';

export interface Weight {
	path: string;
	/** Compressed bytes by kind. */
	html: number;
	css: number;
	js: number;
	other: number;
	total: number;
	requests: number;
}

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

function kind(r: Response): 'html' | 'css' | 'js' | 'other' {
	const type = r.request().resourceType();
	if (type === 'document') return 'html';
	if (type === 'stylesheet') return 'css';
	if (type === 'script') return 'js';
	const ct = r.headers()['content-type'] ?? '';
	if (ct.includes('javascript')) return 'js';
	if (ct.includes('text/css')) return 'css';
	return 'other';
}

/** Loads `base + path` in a fresh 360 px context and weighs every response. */
export async function weigh(browser: Browser, base: string, path: string): Promise<Weight> {
	const context = await browser.newContext({ ...PHONE });
	const page = await context.newPage();
	const pending: Promise<void>[] = [];
	const w: Weight = { path, html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0 };
	page.on('response', (r) => {
		pending.push(
			r
				.body()
				.then((body) => {
					const size = gzipSync(body).length;
					w[kind(r)] += size;
					w.total += size;
					w.requests++;
				})
				.catch(() => undefined) // a redirect has no body
		);
	});
	await page.goto(base + path, { waitUntil: 'networkidle' });
	// Everything the page loads once it is scrolled through (lazy images, late scripts).
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)).catch(() => undefined);
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return w;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The public pages to weigh: fixed ones, and the first open survey and event the LLR page links to. */
export async function publicPages(browser: Browser, base: string): Promise<string[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/llr`);
	const first = async (prefix: string) =>
		(await page
			.locator(`main a[href^="${prefix}"]`)
			.first()
			.getAttribute('href', { timeout: 2000 })
			.catch(() => null)) ?? null;
	const survey = await first('/s/');
	const event = await first('/e/');
	await context.close();
	return [
		'/',
		'/llr',
		'/llr/plan',
		'/llr/board',
		'/ssot/board',
		'/kent-medway/board',
		'/blmk/board',
		'/llr/board/embed',
		...(survey ? [survey] : []),
		...(event ? [event] : []),
		'/r',
		'/help'
	];
}
