/**
 * Two keys for "done" (issue 18, item 5): a done action reads "Done (reported by {owner})" on the
 * public board and in board.json until a youth board member confirms, on the action's page, that
 * what changed matches what young people said; then "Done, confirmed by young people".
 */
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectNoSeriousAxeViolations, submitSignIn } from './support';

const AREA = 'llr';

interface JsonAction {
	id: string;
	title: string;
	status: string;
	done: string | null;
	owner: { organisation: string | null };
	url: string;
}

test('the youth board confirms a done action; the board and board.json say who says it is done', async ({
	page,
	request
}) => {
	const json = await (await request.get(`/${AREA}/board.json?status=done`)).json();
	const all: JsonAction[] = json.priorities.flatMap((p: { actions: JsonAction[] }) => p.actions);
	expect(all.every((a) => (a.status === 'done' ? a.done !== null : a.done === null))).toBe(true);
	const action = all.find((a) => a.status === 'done' && a.done === 'reported_by_owner')!;
	expect(action).toBeTruthy();

	await page.goto(`/app/sign-in?next=/app/${AREA}/actions/${action.id}`);
	await submitSignIn(page, `youth@${AREA}.example`, DEMO_PASSWORD);
	await page.goto(`/app/${AREA}/actions/${action.id}`);
	await expect(page.getByTestId('done-who')).toContainText('Done (reported by');
	await expectNoSeriousAxeViolations(page, 'a done action waiting for the youth board');
	await page.getByRole('button', { name: 'Confirm: this matches what young people said' }).click();
	await expect(page.getByText('Confirmed. The board now says')).toBeVisible();
	await expect(page.getByTestId('done-who')).toContainText('Done, confirmed by young people');

	const after = await (await request.get(`/${AREA}/board.json?status=done`)).json();
	const confirmed = after.priorities
		.flatMap((p: { actions: JsonAction[] }) => p.actions)
		.find((a: JsonAction) => a.id === action.id);
	expect(confirmed.done).toBe('confirmed_by_young_people');
	await page.goto(`/${AREA}/board?status=done`);
	await expect(
		page.locator(`[data-testid="done-who"]`, { hasText: 'Done, confirmed by young people' }).first()
	).toBeAttached();
});
