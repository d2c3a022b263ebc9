/** A signed-in person's own reminder switches (issue 18, item 6); see jobs/reminders.ts. */
import type { Tx } from '../db/types';
import type { ReminderKind } from '../jobs/reminders';

export const REMINDER_LABELS: Record<ReminderKind, string> = {
	action_update_due: 'When an update is due on an action my organisation owns (monthly)',
	review_batch_waiting: 'When 10 or more pieces of feedback are waiting for review (weekly at most)',
	officer_weekly: 'A weekly digest on Monday morning'
};

/** The kinds the caller's roles in the area receive, and whether each is on. */
export async function mine(tx: Tx, areaId: string): Promise<{ kind: ReminderKind; enabled: boolean }[]> {
	const { rows } = await tx.query<{ kind: ReminderKind; enabled: boolean }>(
		`select kind, enabled from app.my_reminders($1)`,
		[areaId]
	);
	return rows;
}

/** Turns on the kinds in `on` and off the others the caller receives in the area. */
export async function save(tx: Tx, areaId: string, on: readonly string[]): Promise<void> {
	for (const r of await mine(tx, areaId))
		await tx.query(`select app.set_reminder($1, $2, $3)`, [areaId, r.kind, on.includes(r.kind)]);
}
