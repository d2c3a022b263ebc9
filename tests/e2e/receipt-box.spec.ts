/** Finding your answers again by typing a receipt code: linked from every footer, works without JavaScript. */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support';

test.describe('the receipt box on a phone without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

	test('a typed code finds its receipt; a wrong one keeps the box, the typed code and says why', async ({ page }) => {
		test.setTimeout(90_000);
		// Send answers to get a real receipt code.
		await page.goto('/blmk');
		const href = await page
			.getByRole('region', { name: 'Have your say' })
			.locator('a[href^="/s/"]')
			.last()
			.getAttribute('href');
		await page.goto(href!);
		await page.locator('input[name="answer-q1"][value="4"]').check();
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await expect(page.getByRole('heading', { name: 'Thank you, we have your answers' })).toBeVisible();
		const code = (await page.locator('.app-receipt-code').first().innerText()).trim();

		// From the footer of any page.
		await page.goto('/help');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Find your answers with a receipt code' }).click();
		await expect(page.getByRole('heading', { name: 'Find your answers' })).toBeVisible();

		// Too short: the error sits next to the field, and what was typed stays.
		await page.getByLabel('Your receipt code').fill('abc');
		await page.getByRole('button', { name: 'Find my answers' }).click();
		await expect(page.locator('#receipt-code-error')).toContainText('10 letters and numbers');
		await expect(page.getByLabel('Your receipt code')).toHaveValue('abc');
		await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();

		// Right shape, but nobody has it.
		await page.getByLabel('Your receipt code').fill('ZZZZ-ZZZZ-ZZ');
		await page.getByRole('button', { name: 'Find my answers' }).click();
		await expect(page.locator('#receipt-code-error')).toContainText('could not find that receipt');
		await expect(page.getByLabel('Your receipt code')).toHaveValue('ZZZZ-ZZZZ-ZZ');

		// The real one, typed in lower case with spaces, finds the receipt.
		await page.getByLabel('Your receipt code').fill(` ${code.toLowerCase().replace(/-/g, ' ')} `);
		await page.getByRole('button', { name: 'Find my answers' }).click();
		await expect(page.getByRole('heading', { name: 'Your receipt' })).toBeVisible();
		await expect(page.locator('.app-receipt-code').first()).toHaveText(code);
	});

	test('a receipt link that finds nothing is a 404 that keeps the box and the code', async ({ page }) => {
		const response = await page.goto('/r/ZZZZZZZZZ2');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'We could not find that receipt' })).toBeVisible();
		await expect(page.getByLabel('Your receipt code')).toHaveValue('ZZZZZZZZZ2');
		await expect(page.getByText('Text SHOUT to 85258', { exact: false }).first()).toBeVisible();
	});
});

test('the receipt box and its error pass axe', async ({ page }) => {
	await page.goto('/r');
	await expectNoSeriousAxeViolations(page, 'receipt box');
	await page.goto('/r?code=abc');
	await expect(page.locator('#receipt-code-error')).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'receipt box with an error');
});
