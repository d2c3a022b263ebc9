/**
 * Issue 13 (security hardening), checked against the production build: what a shared computer
 * may keep, and the last admin of an area.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, openSurveyPath, signIn, signInAndFollow } from './support';
import { parseCsv } from '../../src/lib/server/csv-parse';
import { toCsv } from '../../src/lib/server/csv';

// Each test signs in and walks several pages; on a busy machine that takes more than 30 s.
test.describe.configure({ timeout: 120_000 });

test('receipt, survey, event and staff pages are never cached (Cache-Control: no-store)', async ({ page, request }) => {
	const survey = await openSurveyPath(page, 'llr');
	await page.goto(survey);
	const sent = await request.post(survey, {
		form: {
			idempotency_key: await page.locator('input[name="idempotency_key"]').inputValue(),
			easy_read: 'no',
			'answer-q1': '4'
		},
		maxRedirects: 0,
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
	});
	const receipt = sent.headers()['location']!;
	expect(receipt).toMatch(/^\/r\//);
	await signIn(page, 'officer@llr.example');
	await page.goto('/app/llr/events');
	await page.getByRole('link', { name: 'Parents and carers drop-in' }).first().click();
	const event = `/e/${(await page.locator('.app-code').first().textContent())!.trim()}`;
	expect(event).toMatch(/^\/e\/[a-z2-9]{8}$/);
	for (const path of [survey, receipt, event, '/app/llr', '/app/account']) {
		const res = await page.request.get(path, { maxRedirects: 0 });
		expect(res.status(), path).toBeLessThan(400);
		expect(res.headers()['cache-control'], path).toBe('no-store');
	}
});

test("an area's last admin cannot remove their own admin role, and is told why next to the button", async ({
	page
}) => {
	await signIn(page, 'admin@ssot.example');
	await page.goto('/app/ssot/members');
	const row = page.getByRole('row').filter({ hasText: 'admin@ssot.example' });
	await row.getByRole('button', { name: /^Remove role/ }).click();
	await expect(row).toContainText('You cannot remove the last admin of this area');
	await page.reload();
	await expect(page.getByRole('row').filter({ hasText: 'admin@ssot.example' })).toHaveCount(1);
});

test('the CSV import states one size limit and keeps it: a file over it gets a clear error, one just under it previews and saves', async ({
	page
}) => {
	const slug = 'kent-medway';
	await signIn(page, `commissioner@${slug}.example`);
	await page.goto(`/app/${slug}/actions/import`);
	await expect(page.locator('#file-hint')).toContainText('250 KB or smaller');
	const [header, ...rows] = parseCsv(await (await page.request.get(`/app/${slug}/actions.csv`)).text());
	const col = (name: string) => header!.indexOf(name);
	const planned = rows.find((r) => r[col('status')] === 'planned')!;
	planned[col('progress')] = '15';
	const csv = toCsv(header!, rows);
	// Rows of spaces are skipped as empty: they only make the file bigger.
	const padTo = (bytes: number) => {
		const blank = ' '.repeat(1000) + ','.repeat(header!.length - 1) + '\r\n';
		const n = Math.floor((bytes - Buffer.byteLength(csv)) / Buffer.byteLength(blank));
		return Buffer.from(csv + blank.repeat(n));
	};
	const upload = async (buffer: Buffer) => {
		await page.goto(`/app/${slug}/actions/import`);
		await page.locator('#file').setInputFiles({ name: 'actions.csv', mimeType: 'text/csv', buffer });
		await page.getByRole('button', { name: 'Check the file' }).click();
	};

	// Between the old real limit (384 KB to apply) and the old stated one (1 MB).
	await upload(padTo(450_000));
	await expect(page.locator('#file-error')).toContainText('The file must be 250 KB or smaller');
	// Over the server's own request limit (512 KB): refused before it is read, with the same words
	// next to the field (before, adapter-node's "Content-length of ... exceeds limit" error page).
	await upload(padTo(1_200_000));
	await expect(page.locator('#file-error')).toContainText('The file must be 250 KB or smaller');
	await expect(page).toHaveTitle(/^Error: /);

	const near = padTo(250_000);
	expect(near.length).toBeGreaterThan(245_000);
	await upload(near);
	await expect(page.getByRole('heading', { name: 'What this file changes' })).toBeVisible();
	await page.getByRole('button', { name: /^Save 1 change/ }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved: 1 action changed' })).toBeVisible();
});

test('an area admin sets how long data is kept: errors next to the field keep what was typed, and the privacy page shows the schedule', async ({
	page
}) => {
	await signInAndFollow(page, 'admin@llr.example', '/app/llr', 'How long we keep data');
	// The worker's first nightly run happens when the server starts.
	await expect(page.getByRole('table')).toBeVisible();
	await expectNoSeriousAxeViolations(page, 'the retention page');

	const audit = page.getByLabel('Keep the audit log for (years)');
	await audit.fill('2');
	await page.getByRole('button', { name: 'Save the schedule' }).click();
	await expect(page.locator('#keep_audit_years-error')).toContainText('at least 6 years');
	await expect(page).toHaveTitle(/^Error: /);
	await expect(audit).toHaveValue('2');

	await audit.fill('7');
	await page.getByLabel('Keep the words as young people typed them for (months)').fill('9');
	await page.getByRole('button', { name: 'Save the schedule' }).click();
	await expect(page.getByText('Your schedule is saved.')).toBeVisible();

	await page.goto('/privacy');
	const row = page.getByRole('row').filter({ hasText: 'Leicester' });
	await expect(row).toContainText('9 months');
	await expect(row).toContainText('7 years');
	await expectNoSeriousAxeViolations(page, 'the privacy page');
});
