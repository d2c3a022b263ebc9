/**
 * The public pages show the seeded plans and board, answer unknown addresses with a styled 404,
 * and carry the skip link, header and urgent-help footer everywhere. Expectations come from
 * seeds/areas/*.json.
 */
import { expect, test } from '@playwright/test';
import {
	SEEDS,
	STATUS_LABEL,
	UNKNOWN_UUID,
	actions,
	expectPageChrome,
	firstTracedPriorityHref,
	openPriorities,
	priorities,
	seed
} from './support';

test.describe('Home page', () => {
	test('the home page lists every seeded area with a link to its plan', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you told us, and what we did');
		// What it is and who it is for.
		await expect(page.getByRole('main')).toContainText(
			'Said & Done shows what children and young people told their local NHS'
		);
		await expect(page.getByRole('main')).toContainText('It is for young people aged 11 to 25, parents and carers');
		expect(SEEDS).toHaveLength(4);
		const areaLinks = page.getByRole('main').locator('a.nhsuk-card__link');
		await expect(areaLinks).toHaveCount(SEEDS.length);
		for (const { area } of SEEDS) {
			await expect(page.getByRole('link', { name: area.name, exact: true })).toHaveAttribute('href', `/${area.slug}`);
		}
	});
});

test.describe('Area plan pages', () => {
	for (const s of SEEDS) {
		const { area } = s;
		test(`the ${area.name} page leads with "Have your say" and links to its board and to the plan in full, which shows every priority from its seed`, async ({
			page
		}) => {
			const response = await page.goto(`/${area.slug}`);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(area.name);
			await expect(page.getByRole('main')).toContainText(area.localities.join(', '));
			// The first heading after the title is "Have your say".
			await expect(page.locator('main h2').first()).toHaveText('Have your say');
			await expect(page.getByRole('link', { name: 'See what you told us and what we did' })).toHaveAttribute(
				'href',
				`/${area.slug}/board`
			);
			// The plan is one tap away, not on this page.
			await expect(page.locator('li.app-action')).toHaveCount(0);
			await page.getByRole('link', { name: /^Read the plan in full/ }).click();
			await expect(page).toHaveURL(new RegExp(`/${area.slug}/plan$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${area.name}: the plan in full`);

			const seeded = priorities(s);
			expect(seeded.length).toBeGreaterThan(0);
			// One card per priority, each headed "Priority N: exact title from the plan".
			await expect(page.locator('main section.nhsuk-card h3')).toHaveCount(seeded.length);
			for (const p of seeded) {
				await expect(
					page.getByRole('heading', { level: 3, name: `Priority ${p.number}: ${p.title}`, exact: true })
				).toHaveCount(1);
				await expect(page.getByRole('link', { name: p.title, exact: true }).first()).toBeVisible();
			}

			// Every action, each with its status.
			const items = page.locator('li.app-action');
			await expect(items).toHaveCount(actions(s).length);
			await expect(items.filter({ has: page.locator('.nhsuk-tag') })).toHaveCount(actions(s).length);
			// Documents by their titles, never their file names.
			await expect(page.getByRole('main')).not.toContainText(/\d{3}_[0-9a-f]{16}\.txt/);
		});
	}
});

test.describe('What you told us / What we did board', () => {
	const llr = seed('llr');
	const quoted = llr.you_said.find((y) => y.quotes.length > 0 && y.actions.length > 0)!;
	const actionByKey = new Map(actions(llr).map((a) => [a.key, a]));

	test('the LLR board shows every "You said" statement from the seed, grouped under its first priority', async ({
		page
	}) => {
		const byKey = new Map(priorities(llr).map((p) => [p.key, p]));
		await page.goto('/llr/board');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you told us, what we did');
		await openPriorities(page);
		const cards = page.locator('article.app-you-said');
		await expect(cards).toHaveCount(llr.you_said.length);
		await expect(cards.first()).toContainText('You said');
		for (const y of llr.you_said) {
			const card = cards.filter({ has: page.getByRole('heading', { name: y.text, exact: true }) });
			await expect(card).toHaveCount(1);
			// LLR has one plan, so a statement sits under the lowest-numbered priority it is linked to.
			const first = y.priorities.map((k) => byKey.get(k)!).sort((a, b) => a.number - b.number)[0];
			const groupHeading = card.locator('xpath=ancestor::section[1]/h2');
			await expect(groupHeading).toHaveText(
				first ? `Priority ${first.number}: ${first.title}` : 'Other things you told us'
			);
		}
	});

	test('an LLR statement shows its verbatim quote, where it was heard and the actions that answer it with their status', async ({
		page
	}) => {
		expect(quoted, 'the LLR seed has a quoted statement with actions').toBeTruthy();
		await page.goto('/llr/board');
		await openPriorities(page);
		const card = page
			.locator('article.app-you-said')
			.filter({ has: page.getByRole('heading', { name: quoted.text, exact: true }) });
		await expect(card).toHaveCount(1);
		const quote = card.locator('blockquote.app-quote').first();
		const first = quoted.quotes[0]!;
		await expect(quote.locator('p')).toHaveText(`“${first.text}”`);
		if (first.speaker) await expect(quote.locator('footer')).toHaveText(first.speaker);
		if (quoted.where_heard) await expect(card.locator('.app-meta').first()).toContainText(quoted.where_heard);
		await expect(card).toContainText('What we did');

		const answers = card.locator('ul.app-we-did > li');
		await expect(answers).toHaveCount(quoted.actions.length);
		for (const key of quoted.actions) {
			const action = actionByKey.get(key)!;
			expect(action, `action ${key} is in a published LLR plan`).toBeTruthy();
			// Each links to where the action is told in full, under "What we did".
			const item = answers.filter({ has: page.getByRole('link', { name: action.title, exact: true }) });
			await expect(item).toHaveCount(1);
			await expect(item.locator('.nhsuk-tag')).toHaveText(STATUS_LABEL[action.status]);
		}
	});

	test('every quote in the LLR seed appears word for word on the board', async ({ page }) => {
		await page.goto('/llr/board');
		const shown = await page.locator('blockquote.app-quote > p').allTextContents();
		const seeded = llr.you_said.flatMap((y) => y.quotes.map((q) => `“${q.text}”`));
		expect(seeded.length).toBeGreaterThan(0);
		expect(shown.sort()).toEqual(seeded.sort());
	});
});

test.describe('Priority trace page', () => {
	test('a priority page shows its title, the statements linked to it in the seed and its actions', async ({ page }) => {
		const llr = seed('llr');
		// The first priority (in plan order) that the seed links statements to.
		const priority = priorities(llr).find((p) => llr.you_said.some((y) => y.priorities.includes(p.key)))!;
		const linked = llr.you_said.filter((y) => y.priorities.includes(priority.key));

		await page.goto('/llr/plan');
		const card = page.locator('section.nhsuk-card').filter({
			has: page.getByRole('heading', { name: `Priority ${priority.number}: ${priority.title}`, exact: true })
		});
		await card.getByRole('link', { name: /^Trace this priority/ }).click();
		await expect(page).toHaveURL(/\/llr\/priorities\/[0-9a-f-]{36}$/);

		await expect(page.getByRole('heading', { level: 1 })).toHaveText(priority.title);
		await expect(page.getByRole('heading', { level: 2, name: 'What you told us about this' })).toBeVisible();
		await expect(page.locator('article.app-you-said')).toHaveCount(linked.length);
		for (const y of linked) {
			await expect(page.getByRole('heading', { level: 3, name: y.text, exact: true })).toBeVisible();
		}
		await expect(page.getByRole('heading', { level: 2, name: 'What we will do' })).toBeVisible();
		await expect(page.locator('li.app-action')).toHaveCount(priority.actions.length);
		await expectPageChrome(page);
	});
});

test.describe('Not found', () => {
	const missing = [
		{ what: 'an unknown area', path: '/nowhere' },
		{ what: 'an unknown priority id', path: `/llr/priorities/${UNKNOWN_UUID}` },
		{ what: 'a priority address that is not a UUID', path: '/llr/priorities/not-a-uuid' },
		{ what: 'an unknown page under an area', path: '/llr/no-such-page' },
		{ what: 'a priority id from another area', path: null }
	];
	for (const { what, path } of missing) {
		test(`${what} gives a 404 status and the styled page not found page`, async ({ page, request }) => {
			// Without a fixed path: a real priority of LLR, asked for under Kent and Medway.
			const target = path ?? (await firstTracedPriorityHref(request, 'llr')).replace('/llr/', '/kent-medway/');
			const response = await page.goto(target);
			expect(response?.status()).toBe(404);
			await expect(page).toHaveTitle(/^Page not found/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
			await expect(page.getByRole('link', { name: 'Go to the list of areas' })).toHaveAttribute('href', '/');
			// Styled: the NHS.UK stylesheet is applied and the page keeps its header and footer.
			const font = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily);
			expect(font).toMatch(/Frutiger|Arial/i);
			await expectPageChrome(page);
		});
	}
});

test('every kind of page has the skip link, the header and a footer with the exact urgent help numbers and a privacy link', async ({
	page,
	request
}) => {
	const llrPriority = await firstTracedPriorityHref(request, 'llr');
	const paths = [
		'/',
		'/llr',
		'/llr/plan',
		'/blmk/board',
		llrPriority,
		'/help',
		'/privacy',
		'/accessibility',
		'/nowhere'
	];
	for (const path of paths) {
		await test.step(path, async () => {
			await page.goto(path);
			await expectPageChrome(page);
		});
	}
});

test.describe('Keyboard', () => {
	test('the first Tab on a page reaches the visible skip link, and following it moves focus into the main content', async ({
		page
	}) => {
		await page.goto('/llr/board');
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		await page.keyboard.press('Tab');
		await expect(skip).toBeFocused();
		// Hidden until focused, then on screen and at least 24 x 24 px (WCAG 2.2 target size).
		const box = await skip.boundingBox();
		expect(box).not.toBeNull();
		expect(box!.width).toBeGreaterThanOrEqual(24);
		expect(box!.height).toBeGreaterThanOrEqual(24);
		expect(box!.y).toBeGreaterThanOrEqual(0);

		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#maincontent$/);
		await page.keyboard.press('Tab');
		// The next focus is the first link inside <main>, not the header navigation.
		const focused = page.locator(':focus');
		await expect(focused).toHaveText('Areas');
		expect(await focused.evaluate((el) => el.closest('main')?.id)).toBe('maincontent');
	});

	test('a "More about this" section on a plan page opens and closes with the keyboard', async ({ page }) => {
		await page.goto('/llr/plan');
		const details = page.locator('details.nhsuk-details').first();
		const summary = details.locator('summary');
		await expect(details).not.toHaveAttribute('open');
		await summary.focus();
		await expect(summary).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(details).toHaveAttribute('open', '');
		await expect(details.locator('.nhsuk-details__text')).toBeVisible();
		await page.keyboard.press('Space');
		await expect(details).not.toHaveAttribute('open');
	});
});
