/**
 * Who may do what with "You said" statements, as the pages offer it (row-level security and the
 * triggers in supabase/migrations/20261122000900_statements.sql decide in the end).
 */
import type { AreaRole } from '$lib/server/auth/sessions';
import { rolesFor } from '$lib/permissions';

/** Write statements and change them until they are published (officers: always). */
export const WRITERS = rolesFor('write_statements');
/** Mark a draft agreed: the board's own decision. */
export const AGREERS = rolesFor('agree_for_board');
/** Publish, archive, or take a statement back to draft. */
export const PUBLISHERS = rolesFor('publish_statements');
/** Link plan priorities (docs/roles.md, you_said_priorities): staff always, the board until published. */
export const LINKERS = rolesFor('link_statements', 'agree_for_board');
/** Dot-vote on themes. */
export const VOTERS = rolesFor('vote');

export const holds = (roles: AreaRole[], allowed: readonly AreaRole[]) => roles.some((r) => allowed.includes(r));

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
