/**
 * Invitations: an area admin invites a person with a role through a single-use link that expires
 * after 7 days. Creating, listing and revoking run as the admin (row-level security checks they
 * administer the area); accepting runs on the privileged path, since the person has no account yet.
 */
import type { Db, Tx } from '../db/types';
import { asOwner } from '../db/privileged';
import { hashPassword, verifyPassword } from './password';
import { hashToken, newToken } from './tokens';
import { normaliseAccount, recordIn, waitSeconds } from './sign-in';
import type { AreaRole } from './sessions';

export interface Invitation {
	id: string;
	area_id: string;
	role: AreaRole;
	email: string | null;
	organisation: string | null;
	created_at: Date;
	expires_at: Date;
	invited_by_name: string | null;
}

export async function create(
	tx: Tx,
	input: { areaId: string; role: AreaRole; email: string | null; organisation: string | null; invitedBy: string }
): Promise<{ id: string; token: string }> {
	const { token, hash } = newToken();
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.invitations (area_id, role, email, organisation, token_hash, invited_by)
		 values ($1, $2, $3, $4, $5, $6) returning id`,
		[input.areaId, input.role, input.email, input.organisation, hash, input.invitedBy]
	);
	return { id: rows[0]!.id, token };
}

export async function listPending(tx: Tx, areaId: string): Promise<Invitation[]> {
	const { rows } = await tx.query<Invitation>(
		`select i.id, i.area_id, i.role::text as role, i.email, i.organisation, i.created_at, i.expires_at,
			p.display_name as invited_by_name
		 from public.invitations i left join public.people p on p.id = i.invited_by
		 where i.area_id = $1 and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
		 order by i.created_at desc`,
		[areaId]
	);
	return rows;
}

export async function revoke(tx: Tx, areaId: string, id: string): Promise<boolean> {
	const { rows } = await tx.query(
		`update public.invitations set revoked_at = now()
		 where id = $1 and area_id = $2 and accepted_at is null and revoked_at is null returning 1`,
		[id, areaId]
	);
	return rows.length === 1;
}

export type InvitationState = 'valid' | 'expired' | 'used' | 'revoked' | 'unknown';

export interface InvitationForAcceptance {
	state: InvitationState;
	id?: string;
	area_name?: string;
	area_slug?: string;
	role?: AreaRole;
	email?: string | null;
	/** True when a person with the invited email already has an account. */
	existing_account?: boolean;
}

export async function lookup(db: Db, token: string): Promise<InvitationForAcceptance> {
	return asOwner(db, async (tx) => {
		const { rows } = await tx.query<{
			id: string;
			area_name: string;
			area_slug: string;
			role: AreaRole;
			email: string | null;
			accepted_at: Date | null;
			revoked_at: Date | null;
			expired: boolean;
			existing_account: boolean;
		}>(
			`select i.id, a.name as area_name, a.slug as area_slug, i.role::text as role, i.email, i.accepted_at,
				i.revoked_at, i.expires_at <= now() as expired,
				exists (select 1 from public.people p where p.email = i.email) as existing_account
			 from public.invitations i join public.areas a on a.id = i.area_id where i.token_hash = $1`,
			[hashToken(token)]
		);
		const r = rows[0];
		if (!r) return { state: 'unknown' };
		const state: InvitationState = r.accepted_at ? 'used' : r.revoked_at ? 'revoked' : r.expired ? 'expired' : 'valid';
		return {
			state,
			id: r.id,
			area_name: r.area_name,
			area_slug: r.area_slug,
			role: r.role,
			email: r.email,
			existing_account: r.existing_account
		};
	});
}

export type AcceptInput =
	| { kind: 'staff'; displayName: string; password: string }
	| { kind: 'youth'; displayName: string; username: string; password: string };

export type AcceptResult =
	| { ok: true; personId: string; areaSlug: string }
	| { ok: false; problem: 'not_valid' | 'username_taken' | 'wrong_password' }
	| { ok: false; problem: 'wait'; retryAfter: number };

/**
 * Accepts an invitation once: locks it, creates the person (or, for an existing account, checks
 * their password) and grants the role, all in one transaction.
 */
export async function accept(db: Db, token: string, input: AcceptInput, ip = 'unknown'): Promise<AcceptResult> {
	return asOwner(db, async (tx) => {
		const { rows } = await tx.query<{
			id: string;
			area_id: string;
			area_slug: string;
			role: AreaRole;
			email: string | null;
			organisation: string | null;
			invited_by: string | null;
		}>(
			`select i.id, i.area_id, a.slug as area_slug, i.role, i.email, i.organisation, i.invited_by
			 from public.invitations i join public.areas a on a.id = i.area_id
			 where i.token_hash = $1 and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
			 for update of i`,
			[hashToken(token)]
		);
		const inv = rows[0];
		if (!inv) return { ok: false, problem: 'not_valid' };

		let personId: string;
		const existing = inv.email
			? (
					await tx.query<{ id: string; password_hash: string | null }>(
						`select p.id, c.password_hash from public.people p left join app.credentials c on c.person_id = p.id where p.email = $1`,
						[inv.email]
					)
				).rows[0]
			: undefined;
		if (existing) {
			// Guessing an existing account's password here is throttled like the sign-in page, and counts there.
			const account = normaliseAccount(inv.email!);
			const wait = await waitSeconds(tx, account, ip);
			if (wait > 0) return { ok: false, problem: 'wait', retryAfter: wait };
			const right = Boolean(existing.password_hash) && (await verifyPassword(input.password, existing.password_hash!));
			if (!right) {
				await recordIn(tx, account, ip, false, existing.id);
				return { ok: false, problem: 'wrong_password' };
			}
			personId = existing.id;
		} else {
			if (input.kind === 'youth') {
				const taken = await tx.query('select 1 from public.people where username = $1', [input.username]);
				if (taken.rows.length) return { ok: false, problem: 'username_taken' };
			}
			const created = await tx.query<{ id: string }>(
				`insert into public.people (email, username, display_name) values ($1, $2, $3) returning id`,
				[inv.email, input.kind === 'youth' ? input.username : null, input.displayName]
			);
			personId = created.rows[0]!.id;
			await tx.query('insert into app.credentials (person_id, password_hash) values ($1, $2)', [
				personId,
				await hashPassword(input.password)
			]);
		}
		// The audit trigger records the new member as the actor.
		await tx.query(`select set_config('request.jwt.claims', $1, true)`, [
			JSON.stringify({ sub: personId, role: 'authenticated' })
		]);
		await tx.query(
			`insert into public.memberships (person_id, area_id, role, organisation, created_by)
			 values ($1, $2, $3, $4, $5) on conflict (person_id, area_id, role) where revoked_at is null do nothing`,
			[personId, inv.area_id, inv.role, inv.organisation, inv.invited_by]
		);
		await tx.query('update public.invitations set accepted_at = now(), accepted_by = $2 where id = $1', [
			inv.id,
			personId
		]);
		return { ok: true, personId, areaSlug: inv.area_slug };
	});
}
