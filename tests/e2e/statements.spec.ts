/**
 * "You said" statements (/app/{area}/statements) and dot-voting (/app/{area}/review/votes): a
 * youth board member marks a possible quote in the review queue, writes a statement from it,
 * chooses feedback behind it and marks it agreed; an officer publishes it and it shows on the
 * public board with its quote; a commissioner links a partner's action to it, the partner marks it done
 * with what changed, and the public board and board.json show the whole chain. The board dot-votes on themes and sees the results as a chart and a
 * table. Forms work without JavaScript, with errors next to the fields. axe passes on every page.
 */
import { expect, test } from '@playwright/test';
import {
	expectNoSeriousAxeViolations,
	fillNewVote,
	hydrated,
	markPossibleQuote,
	openPriorities,
	signIn,
	signInAndFollow,
	unique
} from './support';

const SLUG = 'ssot';

/** Every object in a JSON value, depth first. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
	if (Array.isArray(value)) for (const v of value) yield* objects(v);
	else if (value && typeof value === 'object') {
		yield value as Record<string, unknown>;
		for (const v of Object.values(value)) yield* objects(v);
	}
}

test('the whole chain: the board writes and agrees a statement from a quote, an officer publishes it, a commissioner links an action, its partner marks it done, and the board and board.json show it all', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const youth = await (await browser.newContext()).newPage();
	await signIn(youth, `youth@${SLUG}.example`);
	const quote = await markPossibleQuote(youth, SLUG);
	expect(quote.length).toBeGreaterThan(3);

	// From the console home to the statements list.
	await youth.goto(`/app/${SLUG}`);
	await youth.getByRole('link', { name: 'Statements', exact: true }).click();
	await expect(youth.getByRole('heading', { level: 1 })).toHaveText('“You said” statements');
	await expectNoSeriousAxeViolations(youth, 'the statements list');

	// Write one, starting from the quote.
	await youth.getByRole('button', { name: 'Write a statement' }).click();
	await expect(youth.getByRole('heading', { level: 1 })).toHaveText('Write a “You said” statement');
	await expectNoSeriousAxeViolations(youth, 'the new statement page');
	await youth
		.locator('li', { hasText: quote })
		.getByRole('link', { name: /Start from this quote/ })
		.click();
	await expect(youth.locator('blockquote.app-quote')).toContainText(quote);
	await hydrated(youth);
	// The quote's themes are ticked; sending no words is refused next to the field, the themes kept.
	const ticked = await youth.locator('input[name=theme_ids]:checked').count();
	expect(ticked).toBeGreaterThan(0);
	await youth.getByRole('button', { name: 'Save as a draft' }).click();
	await expect(youth.locator('#statement-error')).toContainText('Write what young people said');
	await expect(youth.locator('.nhsuk-error-summary')).toContainText('Write what young people said');
	await expect(youth).toHaveTitle(/^Error: /);
	await expect(youth.locator('input[name=theme_ids]:checked')).toHaveCount(ticked);
	await expect(youth.locator('blockquote.app-quote')).toContainText(quote);
	const words = `Young people told us: ${unique('we want to be heard')}`;
	await youth.locator('#statement').fill(words);
	await youth.getByRole('button', { name: 'Save as a draft' }).click();

	// The statement page: draft, with the quote as its redacted words.
	await expect(youth.getByRole('heading', { level: 1 })).toHaveText(`“${words}”`);
	await expect(youth.getByText('Draft saved.')).toBeVisible();
	await expect(youth.locator('.app-quote').first()).toContainText(quote);
	const url = youth.url().split('?')[0]!;
	await expectNoSeriousAxeViolations(youth, 'the statement page (draft)');

	// Choose more feedback behind it, where there is some with its themes.
	const pick = youth.locator('input[name=item_ids]');
	if ((await pick.count()) > 0) {
		await pick.first().check();
		await youth.getByRole('button', { name: 'Add the ticked feedback' }).click();
		await expect(youth.getByText('Feedback added.')).toBeVisible();
	}

	// The board agrees it; it cannot publish it.
	await youth.getByRole('button', { name: 'Mark as agreed by the board' }).click();
	await expect(youth.getByText('Marked as agreed by the board.')).toBeVisible();
	await expect(youth.locator('.nhsuk-caption-l .nhsuk-tag')).toHaveText('Agreed by the board');
	await expect(youth.getByRole('button', { name: 'Publish on the board' })).toHaveCount(0);

	// An officer publishes it, after confirming they read it.
	const officer = await (await browser.newContext()).newPage();
	await signIn(officer, `officer@${SLUG}.example`);
	await officer.goto(`/app/${SLUG}/statements`);
	await officer.getByRole('link', { name: words }).click();
	await expect(officer).toHaveURL(url);
	await officer.getByRole('button', { name: 'Publish on the board' }).click();
	await expect(officer.locator('#confirm-error')).toContainText('Confirm you have read');
	await expectNoSeriousAxeViolations(officer, 'the statement page (publish error)');
	await officer.getByLabel(/I have read the statement/).check();
	await officer.getByRole('button', { name: 'Publish on the board' }).click();
	await expect(officer.getByText('Published. It shows on the public board now')).toBeVisible();
	await expect(officer.locator('.nhsuk-caption-l .nhsuk-tag')).toHaveText('Published');

	// Anyone sees it on the public board, with the quote.
	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto(`/${SLUG}/board`);
	await openPriorities(visitor);
	await expect(visitor.getByText(words)).toBeVisible();
	await expect(visitor.getByText(quote).first()).toBeVisible();

	// The board member can no longer change it.
	await youth.goto(url);
	await expect(youth.getByRole('button', { name: 'Save words and themes' })).toHaveCount(0);

	// The demo partner picks one of their organisation's actions that is not done yet.
	const partner = await (await browser.newContext()).newPage();
	await signIn(partner, `partner@${SLUG}.example`);
	await partner.goto(`/app/${SLUG}/actions`);
	const row = partner
		.locator('main tbody tr')
		.filter({ hasText: 'You can update this' })
		.filter({ hasNotText: 'Done' })
		.first();
	const actionLink = row.getByRole('link').first();
	const actionTitle = ((await actionLink.textContent()) ?? '').trim();
	const actionUrl = new URL((await actionLink.getAttribute('href'))!, partner.url()).pathname;

	// A commissioner links it to the statement ("We did").
	const commissioner = await (await browser.newContext()).newPage();
	await signIn(commissioner, `commissioner@${SLUG}.example`);
	await commissioner.goto(actionUrl);
	await commissioner
		.locator('#you_said_id')
		.selectOption({ label: words.length > 110 ? `${words.slice(0, 110)}…` : words });
	await commissioner.getByRole('button', { name: 'Link statement' }).click();
	await expect(commissioner.getByText('Statement linked.')).toBeVisible();
	await expectNoSeriousAxeViolations(commissioner, 'the action page with a linked statement');

	// The partner who owns it marks it done, saying what changed for young people.
	await partner.goto(actionUrl);
	await hydrated(partner);
	const changed = `Young people now choose the topics first ${unique('changed')}`;
	await partner.getByLabel('Done', { exact: true }).check();
	await partner.locator('#progress').fill('100');
	await partner.locator('#outcome').fill(changed);
	await partner.getByRole('button', { name: 'Save progress' }).click();
	await expect(partner.getByRole('status').filter({ hasText: 'Progress saved' })).toBeVisible();

	// The public board and its JSON show the whole chain: words, quote, action, done, what changed.
	await visitor.goto(`/${SLUG}/board?status=done`);
	const card = visitor.locator('li.app-board-action').filter({ hasText: changed }).first();
	await expect(card.getByRole('heading', { name: actionTitle, exact: true })).toBeVisible();
	await expect(card.locator('.nhsuk-tag')).toHaveText('Done');
	await expect(card).toContainText(`What changed: ${changed}`);
	await expect(visitor.getByText(words)).toBeVisible();
	const json = await (await visitor.request.get(`/${SLUG}/board.json`)).json();
	const statement = [...objects(json)].find((o) => o.statement === words);
	expect(statement, 'the statement is in board.json').toBeTruthy();
	expect(JSON.stringify(statement!.quotes)).toContain(quote.slice(0, 20));
	const actionIds = statement!.action_ids as string[];
	const action = [...objects(json)].find(
		(o) => o.title === actionTitle && o.status === 'done' && actionIds.includes(o.id as string)
	);
	expect(action, 'the linked action is in board.json').toBeTruthy();
	expect(action!.status).toBe('done');
	expect(action!.outcome).toEqual({ kind: 'what_changed', text: changed });
});

test('the board dot-votes on themes and sees the results as a chart and a table', async ({ page }) => {
	test.setTimeout(90_000);
	await signInAndFollow(page, `youth@${SLUG}.example`, `/app/${SLUG}`, 'dot-vote on themes', 'Dot-voting on themes');
	await expectNoSeriousAxeViolations(page, 'the votes page');

	await hydrated(page);
	const { themes } = await fillNewVote(page, 'Spring vote');
	await expectNoSeriousAxeViolations(page, 'a vote');

	// Four dots when there are three: refused next to the field, what was typed kept.
	await hydrated(page);
	await page.getByLabel(themes[0]!, { exact: true }).fill('4');
	await page.getByRole('button', { name: 'Save my dots' }).click();
	await expect(page.locator('.nhsuk-error-message').first()).toContainText('3 dots');
	await expect(page.getByLabel(themes[0]!, { exact: true })).toHaveValue('4');
	await page.getByLabel(themes[0]!, { exact: true }).fill('2');
	await page.getByLabel(themes[1]!, { exact: true }).fill('1');
	await page.getByRole('button', { name: 'Save my dots' }).click();
	await expect(page.getByText('Your dots are saved.')).toBeVisible();

	const table = page.locator('table', { hasText: 'Dots per theme' });
	await expect(table.locator('tbody tr').first()).toContainText(themes[0]!);
	await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText('2');
	await expect(page.getByText('1 person has voted, placing 3 dots.')).toBeVisible();
	await expect(page.locator('.app-chart canvas')).toHaveCount(1);

	await page.getByRole('button', { name: 'Close the vote' }).click();
	await expect(page.getByText('The vote is closed.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save my dots' })).toHaveCount(0);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('a board member writes a statement with plain form posts, errors next to the fields', async ({ page }) => {
		await signIn(page, `youth@${SLUG}.example`);
		await page.goto(`/app/${SLUG}/statements/new`);
		await page.locator('#statement').fill('Hi');
		await page.getByRole('button', { name: 'Save as a draft' }).click();
		await expect(page.locator('#statement-error')).toContainText('at least 5 characters');
		await expect(page.locator('#theme_ids-error')).toContainText('Choose at least one theme');
		await expect(page.locator('#statement')).toHaveValue('Hi');
		const words = `Young people said: ${unique('no scripts needed')}`;
		await page.locator('#statement').fill(words);
		await page.locator('input[name=theme_ids]').first().check();
		await page.getByRole('button', { name: 'Save as a draft' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`“${words}”`);
		await page.getByRole('button', { name: 'Mark as agreed by the board' }).click();
		await expect(page.getByText('Marked as agreed by the board.')).toBeVisible();
		// (axe runs in the page, so it is checked on these pages with JavaScript on, above.)
	});
});
