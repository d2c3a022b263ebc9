/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on every kind of public page: no serious or
 * critical violations. The failure message lists each violation's id, targets and help.
 */
import { expect, test } from '@playwright/test';
import { SEEDS, expectNoSeriousAxeViolations, firstTracedPriorityHref, openPriorities } from './support';

const STATIC_PAGES = [
	{ label: 'the home page', path: '/' },
	{ label: 'the get help now page', path: '/help' },
	{ label: 'the privacy page', path: '/privacy' },
	{ label: 'the accessibility statement', path: '/accessibility' }
];

test.describe('Accessibility of every page kind', () => {
	for (const { label, path } of STATIC_PAGES) {
		test(`${label} has no serious or critical axe violations`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expectNoSeriousAxeViolations(page, label);
		});
	}

	test('the page not found page has no serious or critical axe violations', async ({ page }) => {
		const response = await page.goto('/nowhere');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expectNoSeriousAxeViolations(page, 'the 404 page');
	});

	for (const { area } of SEEDS) {
		test(`the ${area.name} area page has no serious or critical axe violations`, async ({ page }) => {
			const response = await page.goto(`/${area.slug}`);
			expect(response?.status()).toBe(200);
			await expectNoSeriousAxeViolations(page, `the ${area.slug} area page`);
		});

		test(`the ${area.name} plan page has no serious or critical axe violations`, async ({ page }) => {
			const response = await page.goto(`/${area.slug}/plan`);
			expect(response?.status()).toBe(200);
			await expectNoSeriousAxeViolations(page, `the ${area.slug} plan page`);
		});

		test(`the ${area.name} board has no serious or critical axe violations, folded and with every priority open`, async ({
			page
		}) => {
			test.setTimeout(90_000);
			const response = await page.goto(`/${area.slug}/board`);
			expect(response?.status()).toBe(200);
			await expectNoSeriousAxeViolations(page, `the ${area.slug} board`);
			await openPriorities(page);
			await expectNoSeriousAxeViolations(page, `the ${area.slug} board with every priority open`);
		});

		test(`a ${area.name} priority page has no serious or critical axe violations`, async ({ page, request }) => {
			const href = await firstTracedPriorityHref(request, area.slug);
			const response = await page.goto(href);
			expect(response?.status()).toBe(200);
			await expectNoSeriousAxeViolations(page, `a ${area.slug} priority page`);
		});
	}
});

test.describe('On a 320 px wide phone', () => {
	// The phone project (320 x 640, touch) runs these; the desktop project checks the same pages at full width.
	test.beforeEach(({ page }, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'runs in the phone project at 320 px');
		expect(page.viewportSize()?.width).toBe(320);
	});

	const phonePages = [
		{ label: 'the home page', path: '/' },
		...SEEDS.map(({ area }) => ({ label: `the ${area.slug} board`, path: `/${area.slug}/board` }))
	];
	for (const { label, path } of phonePages) {
		test(`${label} at 320 px has no serious or critical axe violations`, { tag: '@phone' }, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expectNoSeriousAxeViolations(page, `${label} at 320 px`);
		});
	}

	// Wide tables sit in their own scrolling region, so the page itself never scrolls sideways
	// (WCAG 1.4.10 Reflow). Wider content inside such a region is allowed.
	for (const { label, path } of phonePages) {
		test(`${label} fits a 320 px screen without scrolling sideways`, { tag: '@phone' }, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const wide = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				const over = [...document.querySelectorAll('main *')].filter(
					(el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.app-table-scroll')
				);
				const outermost = over.filter((el) => !over.includes(el.parentElement as Element));
				return {
					overflow: document.documentElement.scrollWidth - width,
					elements: outermost.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
				};
			});
			expect(
				wide.overflow,
				`${label} is ${wide.overflow}px wider than the screen; too wide: ${wide.elements.join(', ')}`
			).toBeLessThanOrEqual(0);
		});
	}
});
