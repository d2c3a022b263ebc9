/**
 * Staff sessions, stored in Postgres as hashed random tokens so any app instance can check
 * them. Idle timeout 30 minutes, absolute 12 hours. This module and sign-in use the privileged
 * path: a session must be looked up before we know who is asking.
 */
import type { Claims, Db } from '../db/types';
import { asOwner } from '../db/privileged';
import { hashToken, newToken } from './tokens';
import { demoMode, type DemoMode } from '../demo-mode';
import { STAFF_ROLES, type StaffRole } from '../../vocabulary';

export const IDLE_MINUTES = 30;
export const ABSOLUTE_HOURS = 12;
// Writing last_seen_at on every request would turn each page view into a write; a minute is
// fine-grained enough for a 30-minute idle limit.
const TOUCH_AFTER_SECONDS = 60;

export type AreaRole = StaffRole;
export const AREA_ROLES: AreaRole[] = [...STAFF_ROLES];

export interface Membership {
	id: string;
	area_id: string;
	area_slug: string;
	area_name: string;
	role: AreaRole;
	organisation: string | null;
	safeguarding_contact: boolean;
}

export interface Person {
	id: string;
	display_name: string;
	email: string | null;
	username: string | null;
	is_platform_admin: boolean;
}

export interface Session {
	id: string;
	person: Person;
	memberships: Membership[];
}

export async function createSession(
	db: Db,
	personId: string,
	meta: { ip?: string; userAgent?: string } = {}
): Promise<string> {
	const { token, hash } = newToken();
	await asOwner(db, (tx) =>
		tx.query(
			`insert into app.sessions (token_hash, person_id, expires_at, ip, user_agent)
			 values ($1, $2, now() + make_interval(hours => $3), $4, $5)`,
			[hash, personId, ABSOLUTE_HOURS, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null]
		)
	);
	return token;
}

/** The live session for a cookie token, or null when it is unknown, expired, idle or revoked. */
export async function resolveSession(
	db: Db,
	token: string | undefined,
	demo: DemoMode = demoMode()
): Promise<Session | null> {
	if (!token || token.length > 100) return null;
	return asOwner(db, async (tx) => {
		const { rows } = await tx.query<Person & { session_id: string; stale: boolean }>(
			`select s.id as session_id, p.id, p.display_name, p.email, p.username, p.is_platform_admin,
				s.last_seen_at < now() - make_interval(secs => $2) as stale
			 from app.sessions s join public.people p on p.id = s.person_id
			 where s.token_hash = $1 and s.expires_at > now()
				and s.last_seen_at > now() - make_interval(mins => $3)
				and p.disabled_at is null and (not p.is_demo or $4)`,
			[hashToken(token), TOUCH_AFTER_SECONDS, IDLE_MINUTES, demo !== 'off']
		);
		const row = rows[0];
		if (!row) return null;
		if (row.stale) await tx.query('update app.sessions set last_seen_at = now() where id = $1', [row.session_id]);
		const memberships = await tx.query<Membership>(
			`select m.id, m.area_id, a.slug as area_slug, a.name as area_name, m.role::text as role,
				m.organisation, m.safeguarding_contact
			 from public.memberships m join public.areas a on a.id = m.area_id
			 where m.person_id = $1 and m.revoked_at is null
			 order by a.name, m.role`,
			[row.id]
		);
		const { session_id, stale: _, ...person } = row;
		return { id: session_id, person, memberships: memberships.rows };
	});
}

export async function endSession(db: Db, token: string): Promise<void> {
	await asOwner(db, (tx) => tx.query('delete from app.sessions where token_hash = $1', [hashToken(token)]));
}

/** Sign out everywhere: every session of this person, on every device. */
export async function endAllSessions(db: Db, personId: string): Promise<number> {
	return asOwner(
		db,
		async (tx) => (await tx.query('delete from app.sessions where person_id = $1 returning 1', [personId])).rows.length
	);
}

/** The claims the database sees for this session (see withClaims). */
export function claimsFor(session: Session): Claims {
	const areas: Record<string, AreaRole[]> = {};
	for (const m of session.memberships) (areas[m.area_slug] ??= []).push(m.role);
	return { role: 'authenticated', sub: session.person.id, areas, platform_admin: session.person.is_platform_admin };
}

export function rolesIn(session: Session, areaSlug: string): AreaRole[] {
	return session.memberships.filter((m) => m.area_slug === areaSlug).map((m) => m.role);
}
