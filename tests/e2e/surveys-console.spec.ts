/**
 * The engagement officer's survey pages in the staff console: start from a template, edit (with a
 * validation error that keeps what was typed), add a question, open, share (QR code, downloads,
 * poster), duplicate and close. Other members may look but not build or share.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, hydrated, priorities, seed, signIn, unique } from './support';

const SLUG = 'llr';

const statusTag = (page: Page) => page.locator('main strong.nhsuk-tag').first();
const previewQuestions = (page: Page) => page.locator('.app-survey-preview .app-survey-questions > li');
/** The priority checkboxes of question `n` in the draft editor, opened if they are folded away. */
async function priorityGroup(page: Page, n: number) {
	const details = page.locator('details', { has: page.getByText(`Plan priorities for question ${n}`) });
	if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
	return page.getByRole('group', { name: `Which plan priorities is question ${n} about?` });
}

test('an engagement officer builds, opens, shares, duplicates and closes a survey', async ({ page }) => {
	test.setTimeout(120_000);
	await signIn(page, `officer@${SLUG}.example`);

	// The console home links to the survey list.
	await page.goto(`/app/${SLUG}`);
	await page.getByRole('link', { name: 'Surveys', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/app/${SLUG}/surveys$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Surveys');
	await expectNoSeriousAxeViolations(page, 'the survey list');

	// Start one from a template: a draft, on its own page.
	await hydrated(page);
	await page.getByRole('radio', { name: /^Event feedback:/ }).check();
	await page.getByRole('button', { name: 'Start a new survey' }).click();
	await expect(page).toHaveURL(new RegExp(`/app/${SLUG}/surveys/[0-9a-f-]{36}$`));
	const surveyUrl = new URL(page.url()).pathname;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('What did you think of today?');
	await expect(statusTag(page)).toHaveText('Draft');
	// The preview shows ratings as faces with words, not numbers alone.
	await expect(page.locator('.app-survey-preview')).toContainText('Very good');
	await expect(page.locator('.app-survey-preview')).toContainText('😀');
	await expect(page.getByRole('button', { name: 'Open', exact: true })).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'a draft survey');

	// An empty title is refused, next to the field, and everything typed is kept.
	await hydrated(page);
	await page.locator('#title').fill('');
	await page.locator('#q1-prompt').fill('How was the day overall?');
	await page.locator('#introduction').fill('Thanks for coming to youth club night.');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.locator('.nhsuk-error-summary')).toContainText('Give the survey a title');
	await expect(page.locator('#title-error')).toContainText('Give the survey a title');
	await expect(page.locator('#title')).toHaveValue('');
	await expect(page.locator('#q1-prompt')).toHaveValue('How was the day overall?');
	await expect(page.locator('#introduction')).toHaveValue('Thanks for coming to youth club night.');
	await expect(page).toHaveTitle(/^Error: /);

	// Fixed, it saves.
	const title = unique('Youth club night');
	await hydrated(page);
	await page.locator('#title').fill(title);
	await expect(page.locator('#q2-prompt')).toHaveValue('Did you feel listened to?');
	await page.getByLabel('Delete question 2 when I save').check();
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('status')).toContainText('Your changes are saved.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.locator('.app-survey-preview')).toContainText('How was the day overall?');
	await expect(page.locator('.app-survey-preview')).toContainText('Thanks for coming to youth club night.');
	await expect(page.locator('.app-survey-preview')).not.toContainText('Did you feel listened to?');
	await expect(page.locator('#q2-prompt')).toHaveCount(0);

	// Add a single-choice question.
	await hydrated(page);
	await page.getByRole('radio', { name: 'Single choice', exact: true }).check();
	await page.locator('#new-prompt').fill('Which activity did you like best?');
	await page.locator('#new-options').fill('Football\nArt\n\nMusic');
	await page.getByRole('button', { name: 'Add question' }).click();
	await expect(page.getByRole('status')).toContainText('Question added');
	await expect(page.locator('.app-survey-preview')).toContainText('Which activity did you like best?');
	await expect(page.locator('.app-survey-preview li li', { hasText: 'Music' })).toHaveCount(1);
	await expect(page.locator('#q4-options')).toHaveValue('Football\nArt\nMusic');

	// Link question 2 to one of the area's plan priorities; the preview names it.
	const [priority, other] = priorities(seed(SLUG));
	const priorityName = `Priority ${priority!.number}: ${priority!.title}`;
	await hydrated(page);
	await (await priorityGroup(page, 2)).getByLabel(priorityName, { exact: true }).check();
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('status')).toContainText('Your changes are saved.');
	await expect(previewQuestions(page).nth(1)).toContainText(priorityName);
	await expect(previewQuestions(page).nth(0)).not.toContainText('About plan priorit');
	await expect((await priorityGroup(page, 2)).getByLabel(priorityName, { exact: true })).toBeChecked();

	// A priority that is not the area's is refused next to its question, keeping what was typed.
	await hydrated(page);
	await page.locator('#title').fill(`${title} (edited)`);
	const first = (await priorityGroup(page, 1)).getByLabel(`Priority ${other!.number}: ${other!.title}`, {
		exact: true
	});
	await first.evaluate((el: HTMLInputElement) => (el.value = '00000000-0000-4000-8000-000000000000'));
	await first.check();
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.locator('#q1-priority_ids-error')).toContainText('Choose only priorities from this area’s plans');
	await expect(page.locator('.nhsuk-error-summary a[href="#q1-priority_ids"]')).toBeVisible();
	await expect(page.locator('#title')).toHaveValue(`${title} (edited)`);
	await expect(
		page
			.getByRole('group', { name: 'Which plan priorities is question 2 about?' })
			.getByLabel(priorityName, { exact: true })
	).toBeChecked();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	// Pressing Enter in a field saves; it never moves a question.
	await hydrated(page);
	await page.locator('#title').fill(title);
	await page.locator('#title').press('Enter');
	await expect(page.getByRole('status')).toContainText('Your changes are saved.');
	await expect(previewQuestions(page)).toHaveCount(3);
	await expect(previewQuestions(page).nth(2)).toContainText('Which activity did you like best?');

	// Reorder without losing unsaved edits: the first question cannot move up nor the last down.
	await expect(page.getByRole('button', { name: 'Move question 1 up' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Move question 3 down' })).toHaveCount(0);
	await hydrated(page);
	await page.locator('#q4-prompt').fill('Which activity did you like most?');
	await page.getByRole('button', { name: 'Move question 3 up' }).click();
	await expect(page.getByRole('status')).toContainText('Question moved up: it is now question 2.');
	await page.getByRole('button', { name: 'Move question 1 down' }).click();
	await expect(page.getByRole('status')).toContainText('Question moved down: it is now question 2.');
	await page.goto(surveyUrl);
	await expect(previewQuestions(page)).toHaveText([
		/Which activity did you like most\?/,
		/How was the day overall\?/,
		/Is there anything else/
	]);
	await expect(previewQuestions(page).nth(2)).toContainText(priorityName);
	await expect(page.locator('#q4-prompt')).toHaveValue('Which activity did you like most?');
	await expect((await priorityGroup(page, 3)).getByLabel(priorityName, { exact: true })).toBeChecked();
	await expect(page.getByRole('button', { name: 'Move question 3 up' })).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'a draft survey with linked priorities');

	// Open it: the sharing section appears, with the QR code loaded from its endpoint.
	const qrLoaded = page.waitForResponse((r) => new URL(r.url()).pathname === `${surveyUrl}/qr.svg`);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
	await expect(statusTag(page)).toHaveText('Open');
	const qr = await qrLoaded;
	expect(qr.status()).toBe(200);
	expect(qr.headers()['content-type']).toContain('image/svg+xml');
	const img = page.locator('img.app-qr');
	await expect(img).toBeVisible();
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
	const link = (await page.locator('a.app-survey-link').textContent())?.trim() ?? '';
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[a-z2-9]{8}$/);
	await expect(page.getByRole('button', { name: 'Close', exact: true })).toBeVisible();
	await expect(page.locator('#title')).toHaveCount(0); // no editing once open
	await expect(page.getByRole('button', { name: /^Move question/ })).toHaveCount(0);
	await expect(previewQuestions(page).nth(2)).toContainText(priorityName);
	await expectNoSeriousAxeViolations(page, 'an open survey');

	// Downloads: PNG and SVG, as attachments named after the survey.
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download the QR code as PNG' }).click();
	expect((await download).suggestedFilename()).toMatch(/^youth-club-night-.*-qr\.png$/);
	const png = await page.request.get(`${surveyUrl}/qr.png`);
	expect(png.status()).toBe(200);
	expect(png.headers()['content-type']).toBe('image/png');
	expect(png.headers()['content-disposition']).toMatch(/^attachment; filename="youth-club-night-[a-z0-9-]+-qr\.png"$/);
	expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
	const svg = await page.request.get(`${surveyUrl}/qr.svg`);
	expect(svg.headers()['content-disposition']).toMatch(/^attachment; filename=".*-qr\.svg"$/);
	expect(await svg.text()).toContain(`QR code for ${link}`);

	// The poster: title, purpose, QR code, link, anonymity and urgent help; print hides the site chrome.
	await page.getByRole('link', { name: 'Printable A4 poster' }).click();
	await expect(page).toHaveURL(new RegExp(`${surveyUrl}/poster$`));
	const poster = page.locator('article.app-poster');
	await expect(poster.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(poster).toContainText('Thanks for coming to youth club night.');
	await expect(poster).toContainText(link.replace(/^https?:\/\//, ''));
	await expect(poster).toContainText('It is anonymous');
	for (const text of ['85258', '0800 1111', 'option 2', '999']) await expect(poster).toContainText(text);
	const posterQr = poster.locator('img.app-poster__qr');
	await expect.poll(() => posterQr.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
	expect(await page.locator('script[src], link[rel="modulepreload"]').count()).toBe(0);
	await expectNoSeriousAxeViolations(page, 'the poster');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.nhsuk-header')).toBeHidden();
	await expect(page.locator('footer.nhsuk-footer')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Staff' })).toBeHidden();
	await expect(poster).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// Duplicate: a new draft copy.
	await page.goto(surveyUrl);
	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect(page).not.toHaveURL(new RegExp(`${surveyUrl}$`));
	await expect(page).toHaveURL(new RegExp(`/app/${SLUG}/surveys/[0-9a-f-]{36}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Copy of ${title}`);
	await expect(statusTag(page)).toHaveText('Draft');
	await expect(previewQuestions(page).nth(0)).toContainText('Which activity did you like most?');
	await expect(previewQuestions(page).nth(2)).toContainText(priorityName);

	// Close the original; it can be reopened.
	await page.goto(surveyUrl);
	await page.getByRole('button', { name: 'Close', exact: true }).click();
	await expect(statusTag(page)).toHaveText('Closed');
	await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
	await expect(page.locator('img.app-qr')).toHaveCount(0);

	// The list shows both, with their status and public link.
	await page.goto(`/app/${SLUG}/surveys`);
	const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
	await expect(row).toContainText('Closed');
	await expect(row).toContainText(link);
	await expect(
		page.getByRole('row').filter({ has: page.getByRole('link', { name: `Copy of ${title}`, exact: true }) })
	).toContainText('Draft');
});

test('other members can see the surveys but not build or share them', async ({ page }) => {
	await signIn(page, `commissioner@${SLUG}.example`);
	const list = await page.goto(`/app/${SLUG}/surveys`);
	expect(list?.status()).toBe(200);
	await expect(page.getByRole('button', { name: 'Start a new survey' })).toHaveCount(0);
	const refused = await page.request.post(`/app/${SLUG}/surveys?/create`, {
		form: { template: 'event-feedback' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(refused.status()).toBe(403);
	const first = page.locator('main table a').first();
	if ((await first.count()) > 0) {
		const href = (await first.getAttribute('href')) ?? '';
		await page.goto(href);
		await expect(page.getByRole('button', { name: 'Duplicate' })).toHaveCount(0);
		expect((await page.request.get(`${href}/qr.svg`)).status()).toBe(403);
		expect((await page.request.get(`${href}/poster`)).status()).toBe(403);
	}
});
