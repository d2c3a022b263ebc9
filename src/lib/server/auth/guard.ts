/**
 * Checks for staff routes. Layout loads do not run on every request and form actions are public
 * POST endpoints, so every load and action calls these itself.
 */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { withClaims, type Tx } from '../db';
import { claimsFor, rolesIn, type AreaRole, type Membership, type Session } from './sessions';
import { PERMISSIONS, type Capability } from '../../permissions';

export function requireSession(event: RequestEvent): Session {
	const session = event.locals.session;
	if (!session) redirect(303, `/app/sign-in?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return session;
}

export interface AreaAccess {
	session: Session;
	area: { id: string; slug: string; name: string };
	roles: AreaRole[];
}

/**
 * The caller's access to an area, or a 403 page when they hold none of `roles` there. `roles` is
 * a capability from src/lib/permissions.ts (or, rarely, the roles themselves).
 */
export function requireArea(event: RequestEvent, slug: string, need?: Capability | readonly AreaRole[]): AreaAccess {
	const roles: readonly AreaRole[] | undefined = typeof need === 'string' ? PERMISSIONS[need] : need;
	const session = requireSession(event);
	const held = rolesIn(session, slug);
	const membership: Membership | undefined = session.memberships.find((m) => m.area_slug === slug);
	if (!membership) error(403, 'You do not have access to this area. Ask its area admin to invite you.');
	if (roles && !held.some((r) => roles.includes(r)))
		error(403, 'Your role in this area does not allow this. Ask your area admin if you need it.');
	return { session, area: { id: membership.area_id, slug, name: membership.area_name }, roles: held };
}

/** Runs `fn` as the signed-in person: row-level security decides what it sees and changes. */
export function asStaff<T>(event: RequestEvent, fn: (tx: Tx) => Promise<T>): Promise<T> {
	const session = requireSession(event);
	return withClaims(event.locals.db, claimsFor(session), fn);
}
