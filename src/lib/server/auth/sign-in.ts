/**
 * Email (or username) and password sign-in, throttled per account and per address with attempts
 * stored in Postgres, so the limit holds across app instances. Unknown accounts and wrong
 * passwords get the same answer and take the same time.
 *
 * Throttling, not lockout: after a few free failures each further one makes the next attempt
 * wait longer (doubling, capped), counted per account since its last successful sign-in and per
 * address. While a wait runs the password is not even checked; once it has passed, the right
 * password works. So nobody can keep an account shut by guessing at it, and a school's or trust's
 * proxy (one address for everyone) slows down rather than locking everyone out.
 */
import type { Db, Tx } from '../db/types';
import { asOwner } from '../db/privileged';
import { DUMMY_HASH, verifyPassword } from './password';
import { demoMode, type DemoMode } from '../demo-mode';

export const WINDOW_MINUTES = 15;
/** Failures allowed before any wait: per account (any address), and per address (any account). */
export const FREE_FAILURES_PER_ACCOUNT = 5;
export const FREE_FAILURES_PER_ADDRESS = 20;
/** The longest wait after a failure, in seconds: an attacker gets one guess a minute per account. */
export const MAX_DELAY_SECONDS = 60;

export type SignInResult =
	| { ok: true; personId: string }
	| { ok: false; reason: 'invalid' | 'demo_off' }
	| { ok: false; reason: 'locked'; retryAfter: number };

export const normaliseAccount = (account: string) => account.trim().toLowerCase();

/** The first wait, in seconds: long enough to slow a script, short enough for a person. */
export const FIRST_DELAY_SECONDS = 10;

/** The wait after `failures` failures with `free` allowed: 0, then 10, 20, 40 … seconds, capped. */
export function delaySeconds(failures: number, free: number): number {
	if (failures < free) return 0;
	return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - free));
}

/** Seconds this account and address must still wait before the next attempt (0: go ahead). */
export async function waitSeconds(tx: Tx, account: string, ip: string): Promise<number> {
	const { rows } = await tx.query<{
		by_account: number;
		account_last: number | null;
		by_ip: number;
		ip_last: number | null;
	}>(
		`with recent as (
			select * from app.sign_in_attempts
			where at > now() - make_interval(mins => $3) and (account = $1 or ip = $2)
		), since_ok as (
			select * from recent
			where account = $1 and at > coalesce((select max(at) from recent where account = $1 and succeeded), '-infinity')
		)
		select
			(select count(*) from since_ok where not succeeded)::int as by_account,
			(select extract(epoch from now() - max(at)) from since_ok where not succeeded)::float8 as account_last,
			(select count(*) from recent where ip = $2 and not succeeded)::int as by_ip,
			(select extract(epoch from now() - max(at)) from recent where ip = $2 and not succeeded)::float8 as ip_last`,
		[account, ip, WINDOW_MINUTES]
	);
	const r = rows[0]!;
	const left = (failures: number, free: number, since: number | null) =>
		since === null ? 0 : Math.max(0, delaySeconds(failures, free) - since);
	return Math.ceil(
		Math.max(
			left(r.by_account, FREE_FAILURES_PER_ACCOUNT, r.account_last),
			left(r.by_ip, FREE_FAILURES_PER_ADDRESS, r.ip_last)
		)
	);
}

/** Whether this account or address must wait before trying again. */
export async function isLimited(db: Db, account: string, ip: string): Promise<boolean> {
	return (await asOwner(db, (tx) => waitSeconds(tx, account, ip))) > 0;
}

export async function signIn(
	db: Db,
	input: { account: string; password: string; ip: string },
	demo: DemoMode = demoMode()
): Promise<SignInResult> {
	const account = normaliseAccount(input.account);
	const wait = await asOwner(db, (tx) => waitSeconds(tx, account, input.ip));
	// A throttled attempt is not a guess (the password is never checked), so it is not counted.
	if (wait > 0) return { ok: false, reason: 'locked', retryAfter: wait };
	const person = await asOwner(db, async (tx) => {
		const { rows } = await tx.query<{ id: string; password_hash: string; is_demo: boolean }>(
			`select p.id, c.password_hash, p.is_demo from public.people p join app.credentials c on c.person_id = p.id
			 where (p.email = $1 or p.username = $1) and p.disabled_at is null`,
			[account]
		);
		return rows[0];
	});
	const ok = await verifyPassword(input.password, person?.password_hash ?? DUMMY_HASH);
	if (person?.is_demo && demo === 'off') {
		await record(db, account, input.ip, false, person.id);
		return { ok: false, reason: 'demo_off' };
	}
	const succeeded = Boolean(person && ok);
	await record(db, account, input.ip, succeeded, person?.id ?? null);
	return succeeded ? { ok: true, personId: person!.id } : { ok: false, reason: 'invalid' };
}

/** "30 seconds", "1 minute": how long to wait, in words. */
export function waitInWords(seconds: number): string {
	if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
	const minutes = Math.ceil(seconds / 60);
	return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Every attempt is counted; each known account's attempt goes into the audit log of its areas. */
export async function record(db: Db, account: string, ip: string, succeeded: boolean, personId: string | null) {
	await asOwner(db, (tx) => recordIn(tx, account, ip, succeeded, personId));
}

/** The same, inside a transaction that already runs as the owner. */
export async function recordIn(tx: Tx, account: string, ip: string, succeeded: boolean, personId: string | null) {
	await tx.query('insert into app.sign_in_attempts (account, ip, succeeded) values ($1, $2, $3)', [
		account,
		ip,
		succeeded
	]);
	const what = succeeded ? 'sign_in' : 'sign_in_failed';
	const details = JSON.stringify(succeeded ? { ip } : { account, ip });
	const areas = personId
		? (
				await tx.query<{ area_id: string }>(
					'select distinct area_id from public.memberships where person_id = $1 and revoked_at is null',
					[personId]
				)
			).rows.map((r) => r.area_id)
		: [];
	for (const area of areas.length ? areas : [null])
		await tx.query('select app.audit_event($1, $2, $3, $4)', [personId, area, what, details]);
}
