/**
 * Keeping only what is needed: each area's retention schedule, the daily run that applies it
 * (the baseline migration) and its log.
 */
import type { Db, Tx } from '../db/types';
import { asOwner } from '../db/privileged';

export interface Schedule {
	keep_originals_months: number;
	keep_audit_years: number;
}

export interface AreaSchedule extends Schedule {
	slug: string;
	name: string;
}

export interface Run {
	day: string;
	started_at: Date;
	originals_deleted: number;
	audit_deleted: number;
	sessions_deleted: number;
	sign_in_attempts_deleted: number;
}

/** Every area the caller can see, with its schedule (the privacy page lists the published ones). */
export async function schedules(tx: Tx): Promise<AreaSchedule[]> {
	const { rows } = await tx.query<AreaSchedule>(
		`select slug, name, keep_originals_months, keep_audit_years from public.areas order by name`
	);
	return rows;
}

export async function schedule(tx: Tx, areaId: string): Promise<Schedule | null> {
	const { rows } = await tx.query<Schedule>(
		`select keep_originals_months, keep_audit_years from public.areas where id = $1`,
		[areaId]
	);
	return rows[0] ?? null;
}

/** Row-level security lets only the area's admins change it; false when nothing changed. */
export async function setSchedule(tx: Tx, areaId: string, s: Schedule): Promise<boolean> {
	const r = await tx.query(`update public.areas set keep_originals_months = $2, keep_audit_years = $3 where id = $1`, [
		areaId,
		s.keep_originals_months,
		s.keep_audit_years
	]);
	return r.rowCount > 0;
}

export async function recentRuns(tx: Tx, n = 7): Promise<Run[]> {
	const { rows } = await tx.query<Run>(
		`select day::text as day, started_at, originals_deleted, audit_deleted, sessions_deleted, sign_in_attempts_deleted
		 from app.recent_retention_runs($1)`,
		[n]
	);
	return rows;
}

/** Applies every area's schedule once per UK day, whichever instance gets there first. */
export async function runIfDue(db: Db, now: Date): Promise<boolean> {
	return asOwner(db, async (tx) => {
		const { rows } = await tx.query<{ ran: boolean }>(`select app.run_retention($1) as ran`, [now]);
		const ran = rows[0]?.ran ?? false;
		// Hear-back contacts are deleted 12 months after they were given, at the latest (issue 18).
		if (ran) await tx.query(`select app.expire_hear_back($1)`, [now]);
		return ran;
	});
}
