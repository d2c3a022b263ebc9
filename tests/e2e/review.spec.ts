/**
 * The review queue (/app/{area}/review) and the theme decisions page: a youth board member confirms,
 * rejects and adds themes (with the mouse, with keyboard shortcuts, and with JavaScript off), marks
 * a possible quote (offered only when the author agreed and the words were checked), and sees
 * progress; an officer and a youth board member double-check an item blind and the agreement
 * table appears; the youth board ratifies the theme list. axe passes on both pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { decideSuggestions, expectNoSeriousAxeViolations, hydrated, signIn } from './support';

const SLUG = 'kent-medway';
const REVIEW = `/app/${SLUG}/review`;

/** "12 of 80 reviewed" from the progress line. */
async function reviewed(page: Page): Promise<{ done: number; total: number }> {
	const text = (await page.locator('#progress strong').textContent()) ?? '';
	const m = text.match(/(\d+) of (\d+) reviewed/);
	expect(m, `progress line: ${text}`).not.toBeNull();
	return { done: Number(m![1]), total: Number(m![2]) };
}

const currentItem = (page: Page) => page.locator('#review-form input[name=item]').inputValue();

/** Moves along the queue ("Skip to next") until `want` holds for the current item. */
async function skipUntil(page: Page, want: (page: Page) => Promise<boolean>, limit = 40): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await want(page)) return;
		const next = page.locator('#next-item');
		const id = new URL((await next.getAttribute('href'))!, 'http://x').searchParams.get('item')!;
		await next.click();
		// A client-side navigation: wait until the new item is on the page.
		await expect(page.locator('#review-form input[name=item]')).toHaveValue(id);
	}
	throw new Error('No item in the queue matched');
}
const quotable = async (page: Page) =>
	(await page.locator('.nhsuk-tag', { hasText: 'May be quoted' }).count()) > 0 &&
	(await page.locator('#review-form .app-suggestion').count()) > 0;
const notQuotable = async (page: Page) =>
	(await page.locator('.nhsuk-tag', { hasText: 'Not for quoting' }).count()) > 0;

test('a youth board member confirms, rejects and adds themes, marks a possible quote and sees progress', async ({
	page
}) => {
	test.setTimeout(120_000);
	await signIn(page, `youth@${SLUG}.example`);
	await page.goto(`/app/${SLUG}`);
	await page.getByRole('link', { name: 'Review feedback', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${REVIEW}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review feedback');
	await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'the review queue');
	const start = await reviewed(page);
	expect(start.total).toBeGreaterThan(40);

	// Saving without answering a suggestion is refused, next to the question.
	await hydrated(page);
	await skipUntil(page, async (p) => (await p.locator('#review-form .app-suggestion').count()) > 0);
	const first = await currentItem(page);
	await page.getByRole('button', { name: 'Save and go to next' }).click();
	await expect(page.locator('.nhsuk-error-summary')).toContainText('Say yes or no to');
	await expect(page.locator('#review-form .nhsuk-error-message').first()).toContainText('Say yes or no to');
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.locator('#review-form input[name=item]')).toHaveValue(first);

	// Yes to the first suggestion, no to the others, and add a theme we did not suggest.
	await decideSuggestions(page);
	const extra = page.locator('#review-form input[name=add]').first();
	const extraName = (await page.locator(`label[for="${await extra.getAttribute('id')}"]`).textContent())!.trim();
	await extra.check();
	await page.getByRole('button', { name: 'Save and go to next' }).click();
	await expect(page.getByText('Your review is saved.')).toBeVisible();
	expect((await reviewed(page)).done).toBe(start.done + 1);
	await expect(page.locator('#review-form input[name=item]')).not.toHaveValue(first);

	// Going back to it shows what was saved.
	await page.getByRole('link', { name: 'Change the one you just saved' }).click();
	await expect(page.locator('#review-form input[name=item]')).toHaveValue(first);
	await expect(page.locator('.nhsuk-tag', { hasText: 'You reviewed this' })).toBeVisible();
	await expect(page.getByLabel(extraName, { exact: true })).toBeChecked();
	await page.goto(REVIEW);

	// Feedback whose author did not agree to be quoted offers no quote at all.
	await hydrated(page);
	await skipUntil(page, notQuotable);
	await expect(page.locator('#candidate_quote')).toHaveCount(0);
	await expect(page.locator('#redaction_checked')).toHaveCount(0);
	await expect(page.locator('#no-quote')).toContainText('did not agree to be quoted');

	// Where they agreed, "possible quote" appears only once the words are checked.
	await page.goto(REVIEW);
	await hydrated(page);
	await skipUntil(page, quotable);
	const quoted = await currentItem(page);
	await expect(page.locator('#candidate_quote')).toHaveCount(0);
	await page.getByLabel('I have checked the words: nothing in them could show who wrote it').check();
	await page.getByLabel('Mark as a possible quote for a "You said" statement').check();
	await decideSuggestions(page);
	const before = (await reviewed(page)).done;
	await page.getByRole('button', { name: 'Save and go to next' }).click();
	await expect(page.getByText('Your review is saved.')).toBeVisible();
	expect((await reviewed(page)).done).toBe(before + 1);
	await page.goto(`${REVIEW}?show=all&item=${quoted}`);
	await expect(page.locator('#redaction_checked')).toBeChecked();
	await expect(page.locator('#candidate_quote')).toBeChecked();

	// Keyboard shortcuts: "a" says yes to every suggestion, "s" saves.
	await page.goto(REVIEW);
	await hydrated(page);
	await skipUntil(page, async (p) => (await p.locator('#review-form .app-suggestion').count()) > 0);
	const keyed = await currentItem(page);
	const n = (await reviewed(page)).done;
	await page.locator('h1').click();
	await page.keyboard.press('a');
	for (const radio of await page.locator('#review-form input[data-suggestion]').all())
		await expect(radio).toBeChecked();
	await page.keyboard.press('1');
	await expect(page.locator('#review-form input[data-suggestion="1"]')).not.toBeChecked();
	await page.keyboard.press('1');
	await expect(page.locator('#review-form input[data-suggestion="1"]')).toBeChecked();
	await page.keyboard.press('s');
	await expect(page.getByText('Your review is saved.')).toBeVisible();
	expect((await reviewed(page)).done).toBe(n + 1);
	await expect(page.locator('#review-form input[name=item]')).not.toHaveValue(keyed);

	// How often suggestions were right: a small table once there are reviews.
	await expect(page.locator('#accuracy')).toBeVisible();
	await expect(page.locator('#accuracy')).toContainText('All themes');
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('an engagement officer reviews by plain form posts, and filters with the query string', async ({ page }) => {
		await signIn(page, `officer@${SLUG}.example`);
		await page.goto(`${REVIEW}?role=young_person&show=todo`);
		await expect(page.locator('#f-role')).toHaveValue('young_person');
		const start = await reviewed(page);
		await skipUntil(page, quotable);
		// Without scripts both boxes show; the server insists on the check before the quote.
		await page.getByLabel('Mark as a possible quote for a "You said" statement').check();
		await decideSuggestions(page);
		await page.getByRole('button', { name: 'Save and go to next' }).click();
		await expect(page.locator('.nhsuk-error-summary')).toContainText('checked that no names or other details are left');
		await expect(page.locator('#redaction_checked-error')).toBeVisible();
		await page.getByLabel('I have checked the words: nothing in them could show who wrote it').check();
		await page.getByLabel('Mark as a possible quote for a "You said" statement').check();
		await decideSuggestions(page);
		await page.getByRole('button', { name: 'Save and go to next' }).click();
		await expect(page.getByText('Your review is saved.')).toBeVisible();
		expect((await reviewed(page)).done).toBe(start.done + 1);
		await expect(page).toHaveURL(/role=young_person/);

		// A filter that makes no sense is ignored, with a message next to it.
		await page.goto(`${REVIEW}?age_band=ancient`);
		await expect(page.locator('#f-age_band-error')).toContainText('Choose an age group from the list');
	});
});

test('two people double-check an item blind, and their agreement shows', async ({ browser }) => {
	test.setTimeout(120_000);
	const officer = await (await browser.newContext()).newPage();
	const youth = await (await browser.newContext()).newPage();
	await signIn(officer, `officer@${SLUG}.example`);
	await signIn(youth, `youth@${SLUG}.example`);

	// The officer puts the next waiting item into the double-check.
	await officer.goto(REVIEW);
	await skipUntil(
		officer,
		async (p) =>
			(await p.locator('#review-form .app-suggestion').count()) > 0 &&
			(await p.getByRole('button', { name: 'Add to the double-check' }).count()) > 0 &&
			(await p.locator('.nhsuk-inset-text', { hasText: 'reviewed this and chose' }).count()) === 0 &&
			// The youth board never sees flagged words; other specs add some to this area.
			(await p.locator('.nhsuk-tag', { hasText: 'Safeguarding alert' }).count()) === 0 &&
			// Nor words their author kept for staff only.
			(await p.locator('.nhsuk-tag', { hasText: 'Staff only' }).count()) === 0
	);
	const id = await currentItem(officer);
	await officer.getByRole('button', { name: 'Add to the double-check' }).click();
	await expect(officer.locator('.nhsuk-tag', { hasText: 'Double-check' })).toBeVisible();

	// The youth board member codes it first: yes to every suggestion.
	await youth.goto(`${REVIEW}?show=all&item=${id}`);
	await expect(youth.getByText('This one is being double-checked.')).toBeVisible();
	for (const radio of await youth.locator('#review-form input[data-suggestion]').all()) await radio.check();
	await youth.getByRole('button', { name: 'Save and go to next' }).click();
	await expect(youth.getByText('Your review is saved.')).toBeVisible();

	// The officer cannot see those choices, and the item still waits for them.
	await officer.goto(`${REVIEW}?item=${id}`);
	await expect(officer.locator('#review-form input[name=item]')).toHaveValue(id);
	await expect(officer.getByText('This one is being double-checked.')).toBeVisible();
	await expect(officer.getByText('reviewed this and chose')).toHaveCount(0);
	await expect(officer.locator('#review-form input[type=radio]:checked')).toHaveCount(0);
	await decideSuggestions(officer);
	await officer.getByRole('button', { name: 'Save and go to next' }).click();
	await expect(officer.getByText('Your review is saved.')).toBeVisible();

	// Now both choices count towards agreement, which everyone can see.
	await expect(officer.locator('#agreement-table')).toBeVisible();
	await expect(
		officer.getByText(/\d+ of \d+ double-check comments? (has|have) been reviewed by two people/)
	).toBeVisible();
	await officer.goto(`${REVIEW}?show=all&item=${id}`);
	await expect(officer.getByText('reviewed this and chose')).toBeVisible();
	await youth.goto(REVIEW);
	await expect(youth.locator('#agreement-table')).toContainText("Cohen's kappa");
	await expectNoSeriousAxeViolations(youth, 'the review queue with agreement');

	// The youth board member cannot retrain the model by hand; the officer can, in the background.
	await expect(youth.getByRole('button', { name: 'Learn from the reviews now' })).toHaveCount(0);
	await officer.goto(REVIEW);
	await officer.getByRole('button', { name: 'Learn from the reviews now' }).click();
	await expect(officer.getByRole('status')).toContainText('Started');
	await expect(async () => {
		await officer.reload();
		await expect(officer.locator('#model-status')).toContainText(/Last learnt .* from \d+ reviewed comments/, {
			timeout: 1000
		});
	}).toPass({ timeout: 30_000 });
});

test('the youth board ratifies the theme list, and an officer adds a theme and publishes the decision', async ({
	browser
}) => {
	const officer = await (await browser.newContext()).newPage();
	const youth = await (await browser.newContext()).newPage();
	await signIn(officer, `officer@${SLUG}.example`);
	await signIn(youth, `youth@${SLUG}.example`);

	await officer.goto(`${REVIEW}/themes`);
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Themes and decisions');
	await hydrated(officer);
	await officer.locator('summary', { hasText: 'Add a theme' }).click();
	const name = `Travel to appointments ${Date.now().toString(36)}`;
	await officer.locator('#add-name').fill(name);
	await officer.locator('#add-reason').fill('Lots of people said the bus is a problem');
	await officer.getByRole('button', { name: 'Add the theme' }).click();
	await expect(officer.getByText('The theme is added and the decision is in the log.')).toBeVisible();
	await expect(officer.locator('#decision-log')).toContainText(`Added a new theme, "${name}"`);

	await youth.goto(`${REVIEW}/themes`);
	await hydrated(youth);
	await expect(youth.getByRole('button', { name: 'Add the theme' })).toHaveCount(0);
	await youth.getByRole('button', { name: 'Record that the list is agreed' }).click();
	await expect(youth.locator('.nhsuk-error-summary')).toContainText('Name the round');
	await expect(youth.locator('#ratify-agreed-error')).toContainText('Tick to say the youth board agreed this list');
	const round = `Spring 2026 survey ${Date.now().toString(36)}`;
	await youth.locator('#ratify-title').fill(round);
	await youth.locator('#ratify-agreed').check();
	await youth.getByRole('button', { name: 'Record that the list is agreed' }).click();
	await expect(youth.getByText('The agreed theme list is recorded in the log.')).toBeVisible();
	await expect(youth.locator('#decision-log')).toContainText('The youth board agreed the list of');
	await expect(youth.locator('#decision-log')).toContainText(name);
	await expectNoSeriousAxeViolations(youth, 'the themes and decisions page');

	await officer.reload();
	const row = officer.locator('#decision-log tr', { hasText: round });
	await row.getByRole('button', { name: /^Publish/ }).click();
	await expect(officer.locator('#decision-log tr', { hasText: round })).toContainText('Yes');
});
