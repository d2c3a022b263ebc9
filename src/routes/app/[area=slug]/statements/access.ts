/**
 * Who may do what with "You said" statements, as the pages offer it (row-level security and the
 * triggers in supabase/migrations/20261122000900_statements.sql decide in the end).
 */
import type { AreaRole } from '$lib/server/auth/sessions';

/** Write statements and change them until they are published (officers: always). */
export const WRITERS: AreaRole[] = ['area_admin', 'engagement_officer', 'youth_board'];
/** Mark a draft agreed: the board's own decision. */
export const AGREERS: AreaRole[] = ['youth_board'];
/** Publish, archive, or take a statement back to draft. */
export const PUBLISHERS: AreaRole[] = ['area_admin', 'engagement_officer'];
/** Link plan priorities (docs/roles.md, you_said_priorities). */
export const LINKERS: AreaRole[] = ['area_admin', 'engagement_officer', 'commissioner', 'youth_board'];
/** Dot-vote on themes. */
export const VOTERS: AreaRole[] = ['area_admin', 'engagement_officer', 'youth_board'];

export const holds = (roles: AreaRole[], allowed: AreaRole[]) => roles.some((r) => allowed.includes(r));

/**
 * What the database said no to, in words for the page. The forms check first, so these show
 * only when something changed underneath (a role revoked, a quote withdrawn, a status moved on).
 */
export function refusal(e: unknown): string | null {
	const err = e as { code?: string; message?: string } | null;
	if (!err || typeof err !== 'object') return null;
	if (err.code === '23514' && err.message) return err.message;
	if (err.code === '42501')
		return 'You cannot change this now: your role does not allow it, or the statement has moved on (the board changes statements only until they are published). Refresh the page to see it as it is now.';
	if (err.code === '23505') return 'That is already there. Refresh the page to see it as it is now.';
	return null;
}

/** Field errors with each key prefixed, so several forms on one page keep their own ids. */
export function prefixed(errors: Record<string, string>, prefix: string): Record<string, string> {
	return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'form' ? k : `${prefix}${k}`, v]));
}
