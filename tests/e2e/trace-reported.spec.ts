/**
 * Issue 15, item 7: the commissioner's trace counts the engagement a plan reports (its surveys and
 * events with their figures, from seeds/areas/*.json) beside the feedback captured on this site,
 * so SSOT's priority 9 shows the 157-response youth survey instead of "0 people"; and the trace
 * page fits a 1,280 px window (the document never scrolls sideways). axe passes.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, seed, signIn } from './support';

const SHOTS = '/tmp/shots/board15';
mkdirSync(SHOTS, { recursive: true });

async function trace(page: Page, slug: string, number: number, title: string) {
	await page.goto(`/app/${slug}/trace`);
	await page.getByRole('link', { name: `Trace priority ${number}: ${title}`, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Priority ${number}: ${title}`);
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('SSOT: the trace shows the youth survey the plan reports (157 responses) beside the feedback captured here', async ({
	page
}) => {
	test.setTimeout(90_000);
	const ssot = seed('ssot');
	const survey = ssot.you_said.find((y) => y.text.startsWith('Young people aged 14 to 25 told us'))!;
	const priority = ssot.plans.flatMap((p) => p.priorities).find((p) => p.key === survey.priorities[0])!;
	await page.setViewportSize({ width: 1280, height: 900 });
	await signIn(page, 'commissioner@ssot.example');
	await trace(page, 'ssot', priority.number, priority.title);

	const reported = page.getByTestId('trace-reported');
	await expect(reported.getByRole('heading', { name: 'Engagement the plan reports' })).toBeVisible();
	await expect(reported).toContainText('NSCHT youth survey on community provision');
	await expect(reported).toContainText('157 responses');
	await expect(reported).toContainText('behind 1 statement here');
	const captured = page.getByTestId('trace-captured');
	await expect(captured.getByRole('heading', { name: 'Feedback captured on this site' })).toBeVisible();
	await expect(captured).toContainText(/\d+ pieces? of feedback from \d+ (person|people)/);

	expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
	await page.screenshot({ path: `${SHOTS}/e2e-trace-ssot-1280.png`, fullPage: true });
	await expectNoSeriousAxeViolations(page, 'the SSOT trace with reported engagement');
});

test('the trace of the busiest LLR priority, with its feedback table, fits 1,280 px without scrolling sideways', async ({
	page
}) => {
	test.setTimeout(90_000);
	const llr = seed('llr');
	const all = llr.plans.flatMap((p) => p.priorities);
	const busiest = [...all].sort(
		(a, b) =>
			llr.you_said.filter((y) => y.priorities.includes(b.key)).length -
			llr.you_said.filter((y) => y.priorities.includes(a.key)).length
	)[0]!;
	await page.setViewportSize({ width: 1280, height: 900 });
	await signIn(page, 'commissioner@llr.example');
	await trace(page, 'llr', busiest.number, busiest.title);
	await expect(page.getByTestId('trace-reported')).toBeVisible();
	expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
	await page.screenshot({ path: `${SHOTS}/e2e-trace-llr-1280.png`, fullPage: true });
	// And the start page, with every priority of the plan.
	await page.goto('/app/llr/trace');
	expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
});
