/**
 * The alert outbox (app.jobs) and delivery records (public.alert_deliveries). Every statement
 * takes the time as a parameter, so tests run the whole life of an alert on a controlled clock.
 *
 * - An `alert` job fans out: one delivery per safeguarding contact and channel, and, for urgent
 *   and high alerts, an `escalate` job due when the area's acknowledgement time runs out.
 * - An `escalate` job does nothing if someone acknowledged the alert; otherwise it tells the area
 *   admins and schedules the next round.
 * Jobs change only the database, so each runs in one transaction holding its row lock
 * (`for update skip locked`): a crash rolls it back and the job is simply due again.
 * Deliveries send outside the database, so they are claimed with a lease instead (see claim).
 */
import type { Db, Tx } from '../db/types';
import { asOwner } from '../db/privileged';
import { PERMISSIONS } from '../../permissions';
import type { Channel } from './channels';

export const MAX_JOB_ATTEMPTS = 8;
export const MAX_DELIVERY_ATTEMPTS = 8;
/** Escalation repeats until someone acknowledges, up to this many rounds. */
export const MAX_ROUNDS = 48;

/** 10 s, 20 s, 40 s … at most 30 minutes. */
export function backoffMs(attempts: number, baseMs = 10_000): number {
	return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 30 * 60_000);
}

interface JobRow {
	id: string;
	kind: 'alert' | 'escalate';
	alert_id: string;
	round: number;
	attempts: number;
}

interface Recipient {
	person_id: string;
	email: string | null;
	mobile: string | null;
}

/** Runs one due job, if any; false when none is due. */
export async function runOneJob(db: Db, now: Date, channels: Channel[]): Promise<boolean> {
	const outcome = await asOwner(db, async (tx) => {
		const { rows } = await tx.query<JobRow>(
			`select id::text, kind, alert_id, round, attempts from app.jobs
			 where status = 'queued' and run_at <= $1
			 order by run_at, id limit 1 for update skip locked`,
			[now]
		);
		const job = rows[0];
		if (!job) return null;
		try {
			await tx.query('savepoint job');
			await (job.kind === 'alert' ? fanOut(tx, job, now, channels) : escalate(tx, job, now, channels));
			await tx.query(`update app.jobs set status = 'done', done_at = $2, attempts = attempts + 1 where id = $1`, [
				job.id,
				now
			]);
			return { job, error: null };
		} catch (err) {
			// The job's own work is undone; its attempt is recorded and it is due again after a backoff.
			await tx.query('rollback to savepoint job');
			const error = err instanceof Error ? err.message : String(err);
			const dead = job.attempts + 1 >= MAX_JOB_ATTEMPTS;
			await tx.query(
				`update app.jobs set attempts = attempts + 1, last_error = $2, status = $3, run_at = $4 where id = $1`,
				[job.id, error.slice(0, 500), dead ? 'dead' : 'queued', new Date(now.getTime() + backoffMs(job.attempts + 1))]
			);
			return { job, error };
		}
	});
	if (outcome?.error) console.error(`[alerts] job ${outcome.job.id} (${outcome.job.kind}) failed: ${outcome.error}`);
	return outcome !== null;
}

interface AlertState {
	area_id: string;
	severity: string;
	created_at: Date;
	acknowledged_at: Date | null;
	closed_at: Date | null;
	ack_minutes: number;
}

async function alertState(tx: Tx, alertId: string): Promise<AlertState | undefined> {
	const { rows } = await tx.query<AlertState>(
		`select a.area_id, a.severity, a.created_at, a.acknowledged_at, a.closed_at, ar.alert_ack_minutes as ack_minutes
		 from public.safeguarding_alerts a join public.areas ar on ar.id = a.area_id where a.id = $1`,
		[alertId]
	);
	return rows[0];
}

/** The area's named contacts; if it has none, its admins and officers, so someone is always told. */
async function contacts(tx: Tx, areaId: string): Promise<Recipient[]> {
	const { rows } = await tx.query<Recipient & { contact: boolean }>(
		`select p.id as person_id, p.email, p.mobile, m.safeguarding_contact as contact
		 from public.memberships m join public.people p on p.id = m.person_id
		 where m.area_id = $1 and m.revoked_at is null and p.disabled_at is null
			and m.role::text = any ($2::text[])`,
		[areaId, [...PERMISSIONS.see_alerts]]
	);
	const chosen = rows.some((r) => r.contact) ? rows.filter((r) => r.contact) : rows;
	return [...new Map(chosen.map((r) => [r.person_id, r])).values()];
}

async function admins(tx: Tx, areaId: string): Promise<Recipient[]> {
	const { rows } = await tx.query<Recipient>(
		`select distinct p.id as person_id, p.email, p.mobile
		 from public.memberships m join public.people p on p.id = m.person_id
		 where m.area_id = $1 and m.revoked_at is null and p.disabled_at is null and m.role = 'area_admin'`,
		[areaId]
	);
	return rows;
}

async function queueDeliveries(
	tx: Tx,
	alertId: string,
	areaId: string,
	round: number,
	people: Recipient[],
	channels: Channel[],
	now: Date
): Promise<number> {
	let queued = 0;
	for (const p of people) {
		const routes: [Channel, string | null][] = [
			['email', p.email],
			['notify_email', p.email],
			['notify_sms', p.mobile]
		];
		for (const [channel, address] of routes) {
			if (!address || !channels.includes(channel)) continue;
			const { rowCount } = await tx.query(
				`insert into public.alert_deliveries (area_id, alert_id, round, person_id, channel, address, next_attempt_at, created_at)
				 values ($1, $2, $3, $4, $5, $6, $7, $7) on conflict (alert_id, round, person_id, channel) do nothing`,
				[areaId, alertId, round, p.person_id, channel, address, now]
			);
			queued += rowCount;
		}
	}
	if (people.length && !queued)
		console.warn(
			`[alerts] alert ${alertId}: no way to reach anyone (set SMTP_URL or NOTIFY_API_KEY, and contacts' emails)`
		);
	return queued;
}

async function scheduleEscalation(tx: Tx, alertId: string, round: number, at: Date) {
	if (round > MAX_ROUNDS) return;
	await tx.query(
		`insert into app.jobs (kind, alert_id, round, run_at) values ('escalate', $1, $2, $3)
		 on conflict (alert_id, kind, round) do nothing`,
		[alertId, round, at]
	);
}

async function fanOut(tx: Tx, job: JobRow, now: Date, channels: Channel[]) {
	const alert = await alertState(tx, job.alert_id);
	if (!alert) return;
	await queueDeliveries(tx, job.alert_id, alert.area_id, 0, await contacts(tx, alert.area_id), channels, now);
	if (alert.severity === 'urgent' || alert.severity === 'high')
		await scheduleEscalation(
			tx,
			job.alert_id,
			1,
			new Date(new Date(alert.created_at).getTime() + alert.ack_minutes * 60_000)
		);
}

async function escalate(tx: Tx, job: JobRow, now: Date, channels: Channel[]) {
	const alert = await alertState(tx, job.alert_id);
	if (!alert || alert.acknowledged_at || alert.closed_at) return;
	await queueDeliveries(tx, job.alert_id, alert.area_id, job.round, await admins(tx, alert.area_id), channels, now);
	await scheduleEscalation(tx, job.alert_id, job.round + 1, new Date(now.getTime() + alert.ack_minutes * 60_000));
}

export interface ClaimedDelivery {
	id: string;
	alert_id: string;
	round: number;
	channel: Channel;
	address: string;
	attempts: number;
}

/**
 * Claims up to `limit` due deliveries: queued ones, failed ones whose retry time has come, and
 * 'sending' ones whose lease has run out (their worker died). The claim is committed before
 * sending, so another worker skips them until the lease ends.
 */
export async function claimDeliveries(db: Db, now: Date, leaseMs: number, limit = 10): Promise<ClaimedDelivery[]> {
	return asOwner(db, async (tx) => {
		await expireLeases(tx, 'public.alert_deliveries', now);
		const { rows } = await tx.query<ClaimedDelivery>(
			`update public.alert_deliveries d set status = 'sending', attempts = d.attempts + 1, locked_until = $2
			 where d.id in (
				select id from public.alert_deliveries
				where (status in ('queued', 'failed') and next_attempt_at <= $1) or (status = 'sending' and locked_until <= $1)
				order by next_attempt_at limit $3 for update skip locked)
			 returning d.id, d.alert_id, d.round, d.channel, d.address, d.attempts`,
			[now, new Date(now.getTime() + leaseMs), limit]
		);
		return rows;
	});
}

/** Records the outcome. Only the holder of a live lease may (a late worker's result is dropped). */
export async function finishDelivery(
	db: Db,
	d: ClaimedDelivery,
	now: Date,
	outcome: { providerId: string } | { error: string }
): Promise<void> {
	await finishLeased(db, 'public.alert_deliveries', d, now, outcome);
}

/** The tables whose rows are sent outside the database under a lease (claimed, then finished). */
export type LeasedTable = 'public.alert_deliveries' | 'app.hear_back_messages';

/** A lease that ran out on the last allowed attempt: give up rather than loop. */
export async function expireLeases(tx: Tx, table: LeasedTable, now: Date): Promise<void> {
	await tx.query(
		`update ${table} set status = 'dead', locked_until = null, last_error = coalesce(last_error, 'lease expired')
		 where status = 'sending' and locked_until <= $1 and attempts >= $2`,
		[now, MAX_DELIVERY_ATTEMPTS]
	);
}

/**
 * Records a leased row's outcome: sent, or failed and due again after a backoff (dead after the
 * last attempt). Only the holder of a live lease may (a late worker's result is dropped).
 */
export async function finishLeased(
	db: Db,
	table: LeasedTable,
	row: { id: string; attempts: number },
	now: Date,
	outcome: { providerId: string } | { error: string }
): Promise<void> {
	await asOwner(db, async (tx) => {
		if ('providerId' in outcome) {
			await tx.query(
				`update ${table} set status = 'sent', sent_at = $2, provider_id = $3, locked_until = null, last_error = null
				 where id = $1 and status = 'sending' and attempts = $4`,
				[row.id, now, outcome.providerId, row.attempts]
			);
			return;
		}
		const dead = row.attempts >= MAX_DELIVERY_ATTEMPTS;
		await tx.query(
			`update ${table} set status = $2, next_attempt_at = $3, last_error = $4, locked_until = null
			 where id = $1 and status = 'sending' and attempts = $5`,
			[
				row.id,
				dead ? 'dead' : 'failed',
				new Date(now.getTime() + backoffMs(row.attempts)),
				outcome.error.slice(0, 500),
				row.attempts
			]
		);
	});
}
