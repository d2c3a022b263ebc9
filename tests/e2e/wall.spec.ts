/**
 * The projector wall (issue 16, item 5): at 1920 x 1080 and 1280 x 720 it fits the screen with no
 * scrolling and nothing under the help strip, theme bars are drawn to scale with their numbers,
 * and motion stops when the viewer asks for reduced motion. Run on the area's demo event (many
 * contributions, quotes, ratings and words), opened again for the test and closed after it.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, signIn } from './support';

const SLUG = 'blmk';

/** Opens (or closes) an event through the console's own form action. */
async function setStatus(page: Page, eventPath: string, status: 'open' | 'closed'): Promise<void> {
	const origin = new URL(page.url()).origin;
	const res = await page.request.post(`${eventPath}?/status`, {
		form: { status },
		headers: { origin, 'x-sveltekit-action': 'true' }
	});
	expect(res.ok(), `set the event ${status}`).toBe(true);
}

async function wallAt(browser: Browser, code: string, width: number, height: number, reduced = false) {
	const context = await browser.newContext({
		viewport: { width, height },
		reducedMotion: reduced ? 'reduce' : 'no-preference'
	});
	const wall = await context.newPage();
	await wall.goto(`/e/${code}/wall`);
	await expect(wall.getByTestId('wall-help')).toBeVisible();
	return { wall, context };
}

test('the wall fits 1920x1080 and 1280x720, bars to scale, nothing under the help strip', async ({ page, browser }) => {
	test.setTimeout(120_000);
	await signIn(page, `officer@${SLUG}.example`);
	await page.goto(`/app/${SLUG}/events`);
	// The demo's past event: dozens of contributions, quotes, ratings and words.
	const hrefs = await page
		.locator('main a[href*="/events/"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
	// Listed newest first: the past one (with contributions) is last.
	const eventPath = hrefs.filter((h) => /\/events\/[0-9a-f-]{36}$/.test(h)).at(-1)!;
	expect(eventPath, 'the demo event').toBeTruthy();
	await page.goto(eventPath);
	const code = (await page.locator('.app-code').textContent())!.trim();
	await setStatus(page, eventPath, 'open');
	try {
		for (const [width, height] of [
			[1920, 1080],
			[1280, 720]
		] as const) {
			const { wall, context } = await wallAt(browser, code, width, height);
			expect(Number(await wall.getByTestId('wall-contributions').textContent())).toBeGreaterThan(20);
			await expect(wall.getByTestId('wall-quotes').locator('li').first()).toBeVisible();

			// No scrolling.
			const size = await wall.evaluate(() => ({
				scroll: document.documentElement.scrollHeight,
				inner: window.innerHeight,
				scrollW: document.documentElement.scrollWidth,
				innerW: window.innerWidth
			}));
			expect(size.scroll, `page height at ${width}x${height}`).toBeLessThanOrEqual(size.inner);
			expect(size.scrollW).toBeLessThanOrEqual(size.innerW);

			// Nothing under the help strip: every part of the wall ends above it.
			const help = (await wall.getByTestId('wall-help').boundingBox())!;
			expect(help.y + help.height).toBeLessThanOrEqual(height + 1);
			const parts = wall.locator('.wall__head, .wall__counts, .wall__col');
			expect(await parts.count()).toBeGreaterThanOrEqual(4);
			for (const box of await parts.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON())))
				expect(box.bottom, `a part of the wall at ${width}x${height}`).toBeLessThanOrEqual(help.y + 0.5);
			// Every quote, theme row and word shown is shown whole, above the strip.
			await expect(wall.locator('[data-fit]:visible').first()).toBeVisible();
			const shown = await wall
				.locator('[data-fit]')
				.evaluateAll((els) =>
					els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getBoundingClientRect().bottom)
				);
			expect(shown.length).toBeGreaterThan(5);
			for (const bottom of shown) expect(bottom).toBeLessThanOrEqual(help.y + 0.5);
			// The ratings and the word list are on the screen, not pushed off it.
			for (const id of ['#wall-ratings', '#wall-words']) {
				const h = wall.locator(id);
				if ((await h.count()) === 0) continue;
				const box = (await h.boundingBox())!;
				expect(box.y + box.height, `${id} at ${width}x${height}`).toBeLessThanOrEqual(help.y);
			}

			// Bars to scale: each bar's share of its track is its count's share of the biggest.
			const bars = await wall.locator('.wall__bar').evaluateAll((els) =>
				els.map((e) => ({
					count: Number((e as HTMLElement).dataset.count),
					width: e.getBoundingClientRect().width,
					track: e.parentElement!.getBoundingClientRect().width
				}))
			);
			// Rows that did not fit are hidden (no width): only those shown are measured.
			const shownBars = bars.filter((b) => b.track > 0);
			expect(shownBars.length).toBeGreaterThanOrEqual(3);
			const max = Math.max(...bars.map((b) => b.count));
			for (const b of shownBars) expect(Math.abs(b.width / b.track - b.count / max)).toBeLessThan(0.02);
			const distinct = shownBars.filter((b, i) => i > 0 && b.count < shownBars[i - 1]!.count);
			for (const b of distinct) expect(b.width).toBeLessThan(shownBars[0]!.width);

			// Large type: body text of at least 18 px even at 1280 x 720.
			const fontSize = await wall.locator('.wall').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
			expect(fontSize).toBeGreaterThanOrEqual(17);
			if (width === 1280) await expectNoSeriousAxeViolations(wall, 'the wall at 1280 x 720');
			await context.close();
		}

		// Reduced motion: no transitions or animations.
		const { wall, context } = await wallAt(browser, code, 1280, 720, true);
		const motion = await wall.evaluate(() => ({
			bar: getComputedStyle(document.querySelector('.wall__bar')!).transitionDuration,
			quote: getComputedStyle(document.querySelector('.wall__quotes li')!).animationName
		}));
		expect(motion).toEqual({ bar: '0s', quote: 'none' });
		await context.close();
	} finally {
		await setStatus(page, eventPath, 'closed');
	}
});
