/**
 * Who may do what with "You said" statements, as the pages offer it (row-level security and the
 * triggers in supabase/migrations/20261203009000_baseline.sql decide in the end).
 */
import type { AreaRole } from '$lib/server/auth/sessions';
import type { Refused } from '$lib/server/forms';
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
 * What the database said no to, in words for the statements pages. The forms check first, so
 * these show only when something changed underneath (a role revoked, a quote withdrawn, a status moved on).
 */
export const refused: Refused = (r) => {
	if (r.kind === 'rule' && r.message) return { message: r.message };
	if (r.kind === 'not-allowed')
		return {
			message:
				'You cannot change this now: your role does not allow it, or the statement has moved on (the board changes statements only until they are published). Refresh the page to see it as it is now.'
		};
	if (r.kind === 'already-there') return { message: 'That is already there. Refresh the page to see it as it is now.' };
	return null;
};
