/** An area's members, for its admins. Runs as the admin: row-level security limits it to their areas. */
import type { Tx } from '../db/types';
import type { AreaRole } from '../auth/sessions';
import { CONTACT_ROLES } from '../../safeguarding-contacts';

export interface Member {
	membership_id: string;
	person_id: string;
	display_name: string;
	email: string | null;
	username: string | null;
	role: AreaRole;
	organisation: string | null;
	safeguarding_contact: boolean;
	created_at: Date;
}

export async function list(tx: Tx, areaId: string): Promise<Member[]> {
	const { rows } = await tx.query<Member>(
		`select m.id as membership_id, p.id as person_id, p.display_name, p.email, p.username, m.role::text as role,
			m.organisation, m.safeguarding_contact, m.created_at
		 from public.memberships m join public.people p on p.id = m.person_id
		 where m.area_id = $1 and m.revoked_at is null
		 order by p.display_name, m.role`,
		[areaId]
	);
	return rows;
}

export async function revoke(tx: Tx, areaId: string, membershipId: string, by: string): Promise<boolean> {
	const { rows } = await tx.query(
		`update public.memberships set revoked_at = now(), revoked_by = $3
		 where id = $1 and area_id = $2 and revoked_at is null returning 1`,
		[membershipId, areaId, by]
	);
	return rows.length === 1;
}

/** The database refuses to revoke an area's last admin (the baseline migration). */
export const isLastAdminRefusal = (err: unknown): boolean => {
	const e = err as { code?: unknown; constraint?: unknown; message?: unknown } | null;
	return (
		e?.code === '23514' &&
		(e.constraint === 'memberships_last_area_admin' || String(e.message).includes('last admin of the area'))
	);
};

export type ContactChange = 'ok' | 'not_found' | 'cannot_act';

/**
 * Names (or stops naming) a member as a safeguarding contact. Refused for roles that cannot act
 * on alerts; the database refuses it too (memberships_safeguarding_contact_can_act).
 */
export async function setSafeguardingContact(
	tx: Tx,
	areaId: string,
	membershipId: string,
	on: boolean
): Promise<ContactChange> {
	const { rows } = await tx.query<{ role: AreaRole }>(
		`select role::text as role from public.memberships where id = $1 and area_id = $2 and revoked_at is null`,
		[membershipId, areaId]
	);
	const role = rows[0]?.role;
	if (!role) return 'not_found';
	if (on && !CONTACT_ROLES.includes(role)) return 'cannot_act';
	const { rows: done } = await tx.query(
		`update public.memberships set safeguarding_contact = $3 where id = $1 and area_id = $2 and revoked_at is null returning 1`,
		[membershipId, areaId, on]
	);
	return done.length === 1 ? 'ok' : 'not_found';
}
