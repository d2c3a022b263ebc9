import type { Refused } from '$lib/server/forms';

/**
 * What the database said no to, in words for the actions pages. Row-level security and the
 * triggers in supabase/migrations/20261203009000_baseline.sql are the last word; the forms check
 * first, so these show only when something changed underneath (a role revoked, an owner changed).
 */
export const refused: Refused = (r) => {
	if (r.kind === 'rule' && r.constraint === 'actions_outcome_required')
		return { field: 'outcome', message: r.message || 'A done action must say what changed for young people' };
	if (r.kind === 'not-allowed')
		return {
			message:
				'You cannot change this: your role, or who owns this action, does not allow it. Refresh the page to see it as it is now.'
		};
	return null;
};
