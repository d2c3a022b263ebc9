/**
 * Email (or username) and password sign-in, rate-limited per account and per address with
 * attempts stored in Postgres, so the limit holds across app instances. Unknown accounts and
 * wrong passwords get the same answer and take the same time.
 */
import type { Db } from '../db/types';
import { asOwner } from '../db/privileged';
import { DUMMY_HASH, verifyPassword } from './password';
import { demoMode, type DemoMode } from '../demo-mode';

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type SignInResult = { ok: true; personId: string } | { ok: false; reason: 'invalid' | 'locked' | 'demo_off' };

export const normaliseAccount = (account: string) => account.trim().toLowerCase();

/** Whether this account or address has failed too often recently. */
export async function isLimited(db: Db, account: string, ip: string): Promise<boolean> {
	return asOwner(db, async (tx) => {
		const { rows } = await tx.query<{ by_account: number; by_ip: number }>(
			`select count(*) filter (where account = $1)::int as by_account,
				count(*) filter (where ip = $2)::int as by_ip
			 from app.sign_in_attempts
			 where not succeeded and at > now() - make_interval(mins => $3) and (account = $1 or ip = $2)`,
			[account, ip, WINDOW_MINUTES]
		);
		const r = rows[0]!;
		return r.by_account >= MAX_FAILURES_PER_ACCOUNT || r.by_ip >= MAX_FAILURES_PER_ADDRESS;
	});
}

export async function signIn(
	db: Db,
	input: { account: string; password: string; ip: string },
	demo: DemoMode = demoMode()
): Promise<SignInResult> {
	const account = normaliseAccount(input.account);
	if (await isLimited(db, account, input.ip)) {
		await record(db, account, input.ip, false, null);
		return { ok: false, reason: 'locked' };
	}
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

/** Every attempt is counted; each known account's attempt goes into the audit log of its areas. */
export async function record(db: Db, account: string, ip: string, succeeded: boolean, personId: string | null) {
	await asOwner(db, async (tx) => {
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
	});
}
