/**
 * Reviewing in batches (issue 16, item 2): a youth board member starts a batch of 15, sees "1 of
 * 15 done" after each save, stays where they were on the page (no jump: with scripts the page
 * keeps its scroll and moves focus to the next item; without scripts the redirect lands on the
 * next item's anchor), and reaches a clear end with a button for the next batch. The codebook is
 * beside the queue. axe passes.
 */
import { expect, test, type Page } from '@playwright/test';
import { decideSuggestions, expectNoSeriousAxeViolations, hydrated, signIn } from './support';

const SLUG = 'blmk';
const REVIEW = `/app/${SLUG}/review`;

const currentItem = (page: Page) => page.locator('#review-form input[name=item]').inputValue();

async function batchDone(page: Page): Promise<{ done: number; total: number }> {
	const text = (await page.locator('#batch-progress').textContent()) ?? '';
	const m = text.match(/(\d+) of (\d+) done/);
	expect(m, `batch progress: ${text}`).not.toBeNull();
	return { done: Number(m![1]), total: Number(m![2]) };
}

test('a batch of 15, least certain first, with no jump after saving and the codebook beside it', async ({ page }) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	await signIn(page, `youth@${SLUG}.example`);
	await page.goto(REVIEW);
	await page.getByRole('button', { name: /^Review a batch of \d+$/ }).click();
	await expect(page).toHaveURL(/[?&]batch=[0-9a-f-]{36}(%2C|,)/);
	expect(await batchDone(page)).toEqual({ done: 0, total: 15 });
	await expect(page.getByRole('heading', { name: /^Feedback 1 of 15/ })).toBeVisible();
	// The queue's total ("134 are waiting for you") is not shown in a batch.
	await expect(page.getByText(/waiting for you/)).toHaveCount(0);

	// The codebook: each theme's definition, what it includes and what belongs elsewhere.
	const guide = page.getByRole('complementary', { name: 'What the themes mean' });
	await guide.getByText('Access and waiting times').click();
	await expect(guide).toContainText('waiting lists and waiting times');
	await expect(guide).toContainText('Not this theme');
	await expectNoSeriousAxeViolations(page, 'a review batch');

	await hydrated(page);
	const first = await currentItem(page);
	await decideSuggestions(page);
	const save = page.getByRole('button', { name: 'Save and go to next' });
	await save.scrollIntoViewIfNeeded();
	const before = await page.evaluate(() => window.scrollY);
	expect(before).toBeGreaterThan(0);
	await save.click();
	await expect(page.locator('#batch-progress')).toContainText('1 of 15 done');
	await expect(page.locator('#review-form input[name=item]')).not.toHaveValue(first);
	await expect(page.getByRole('heading', { name: /^Feedback 2 of 15/ })).toBeFocused();
	// No jump: the page stays where the person was.
	expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(5);
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a batch lands on the next item after each save and ends with a clear "done"', async ({ page }) => {
		test.setTimeout(90_000);
		await signIn(page, `youth@${SLUG}.example`);
		await page.goto(`${REVIEW}?batch=new`);
		await expect(page).toHaveURL(/#item-[0-9a-f-]{36}$/);
		expect((await batchDone(page)).total).toBe(15);
		// A batch lives in the address; a short one (its first three) keeps this test quick.
		const ids = new URL(page.url()).searchParams.get('batch')!.split(',');
		const total = 3;
		await page.goto(`${REVIEW}?batch=${ids.slice(0, total).join(',')}`);
		expect(await batchDone(page)).toEqual({ done: 0, total });
		for (let i = 1; i <= total; i++) {
			await decideSuggestions(page);
			await page.getByRole('button', { name: 'Save and go to next' }).click();
			if (i < total) {
				const next = await currentItem(page);
				expect(next).toBe(ids[i]);
				// The anchor of the next item, so the browser shows it where the last one was.
				expect(new URL(page.url()).hash).toBe(`#item-${next}`);
				await expect(page.locator(`#item-${next}`)).toBeInViewport();
				expect((await batchDone(page)).done).toBe(i);
			}
		}
		expect(new URL(page.url()).hash).toBe('#batch-done');
		await expect(page.getByRole('heading', { name: 'Batch done – thank you' })).toBeVisible();
		expect(await batchDone(page)).toEqual({ done: total, total });
		await expect(page.getByRole('button', { name: /^Review the next \d+$/ })).toBeVisible();
		// The next batch starts at once, with none of the ones just done.
		await page.getByRole('button', { name: /^Review the next \d+$/ }).click();
		expect((await batchDone(page)).done).toBe(0);
	});
});
