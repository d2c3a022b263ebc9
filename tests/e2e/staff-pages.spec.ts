/**
 * Staff pages that were rebuilt on shared pieces (issue 14, item 7) and had no spec of their own: the event edit
 * page (EventForm filled from the stored event, errors next to the field with what was typed kept), the themes page
 * (each form folded in the shared Details, open again when its form comes back with an error) and the staff home's
 * list of pages for the role. Nothing here changes the themes: only an event this test makes is changed.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, hydrated, openNewEvent, signIn, unique } from './support';

const SLUG = 'kent-medway';

test('the event edit page is filled from the stored event and keeps what was typed on an error', async ({ page }) => {
	const name = unique('Edit me');
	const { url } = await openNewEvent(page, SLUG, name, { venue: 'Hall A' });
	await page.goto(`${new URL(url).pathname}/edit`);
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change the event');
	await expect(page.locator('#name')).toHaveValue(name);
	await expect(page.locator('#venue')).toHaveValue('Hall A');
	await expectNoSeriousAxeViolations(page, 'the event edit page');

	await page.locator('#name').fill('');
	await page.locator('#venue').fill('Hall B');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.locator('#name-error')).toBeVisible();
	await expect(page.locator('#venue')).toHaveValue('Hall B');

	await page.locator('#name').fill(`${name} changed`);
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(`${name} changed`);
});

test('the themes page folds each form, and a form that comes back with an error is open', async ({ page }) => {
	await signIn(page, `officer@${SLUG}.example`);
	await page.goto(`/app/${SLUG}/review/themes`);
	await hydrated(page);
	const add = page.locator('details', { hasText: 'Add a theme' });
	await expect(add).not.toHaveAttribute('open', '');
	await add.locator('summary').click();
	await expect(add).toHaveAttribute('open', '');
	await expectNoSeriousAxeViolations(page, 'the themes page');

	// Sent with no name: refused next to the field, and the form is open again to show it.
	await page.getByRole('button', { name: 'Add the theme' }).click();
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.locator('details', { hasText: 'Add a theme' })).toHaveAttribute('open', '');
	await expect(page.locator('#add-name-error')).toBeVisible();
});

test('the staff home lists the pages an engagement officer may open', async ({ page }) => {
	await signIn(page, `officer@${SLUG}.example`);
	await page.goto(`/app/${SLUG}`);
	for (const name of [
		'Actions (We did)',
		'Trace a priority',
		'Surveys',
		'Events',
		'Engagement summary',
		'Review feedback'
	])
		await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Surveys', exact: true })).toHaveAttribute(
		'href',
		`/app/${SLUG}/surveys`
	);
	await expectNoSeriousAxeViolations(page, 'the staff home');
});
