/**
 * The whole public journey works with JavaScript turned off: server-rendered pages, plain links
 * and a native <details> element.
 */
import { expect, test } from '@playwright/test';
import { SEEDS, expectPageChrome, openPriorities, priorities, seed } from './support';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, a visitor can go from the areas to a plan, its board, a priority trace and back', async ({
	page
}) => {
	const llr = seed('llr');

	// Home: every area is listed.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you told us, and what we did');
	await expect(page.locator('main a.nhsuk-card__link')).toHaveCount(SEEDS.length);
	await expectPageChrome(page);

	// Area page, then the plan in full one tap away.
	await page.getByRole('link', { name: llr.area.name, exact: true }).click();
	await expect(page).toHaveURL(/\/llr$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(llr.area.name);
	await expect(page.getByRole('heading', { level: 2, name: 'Have your say' })).toBeVisible();
	await page.getByRole('link', { name: /^Read the plan in full/ }).click();
	await expect(page).toHaveURL(/\/llr\/plan$/);
	const first = priorities(llr)[0]!;
	await expect(
		page.getByRole('heading', { name: `Priority ${first.number}: ${first.title}`, exact: true })
	).toBeVisible();

	// Board: the summary first, each priority folded and opened by a tap, with no script.
	await page.getByRole('link', { name: 'See what you told us and what we did' }).click();
	await expect(page).toHaveURL(/\/llr\/board$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you told us, what we did');
	await expect(page.getByRole('heading', { level: 2, name: 'At a glance' })).toBeVisible();
	await openPriorities(page);
	const statement = llr.you_said[0]!;
	await expect(page.getByRole('heading', { name: statement.text, exact: true })).toBeVisible();
	const quote = llr.you_said.flatMap((y) => y.quotes)[0]!;
	await expect(page.getByText(`“${quote.text}”`, { exact: true }).first()).toBeVisible();

	// Priority trace.
	await page
		.getByRole('link', { name: /^Trace this priority/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/llr\/priorities\/[0-9a-f-]{36}$/);
	const titles = priorities(llr).map((p) => p.title);
	const h1 = (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
	expect(titles).toContain(h1);
	await expect(page.locator('article.app-you-said').first()).toBeVisible();

	// "More about this" opens by click, with no script to help it.
	const details = page.locator('details.nhsuk-details').first();
	await expect(details).not.toHaveAttribute('open');
	await expect(details.locator('.nhsuk-details__text')).toBeHidden();
	await details.locator('summary').click();
	await expect(details).toHaveAttribute('open', '');
	await expect(details.locator('.nhsuk-details__text')).toBeVisible();

	// Back to the areas through the breadcrumb.
	await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Areas' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Choose your area' })).toBeVisible();
	await expect(page.locator('main a.nhsuk-card__link')).toHaveCount(SEEDS.length);
});

test('with JavaScript off, the plan page is fully readable and every action status is shown', async ({ page }) => {
	const s = seed('kent-medway');
	await page.goto(`/${s.area.slug}/plan`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${s.area.name}: the plan in full`);
	for (const plan of s.plans.filter((p) => p.published)) {
		await expect(page.getByRole('heading', { level: 2, name: plan.title, exact: true })).toBeVisible();
	}
	const tags = page.locator('li.app-action .nhsuk-tag');
	await expect(tags).toHaveCount(priorities(s).flatMap((p) => p.actions).length);
	await expect(tags.first()).toBeVisible();
});
