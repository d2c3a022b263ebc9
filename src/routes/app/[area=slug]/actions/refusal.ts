/**
 * What the database said no to, in words for the page. Row-level security and the triggers in
 * supabase/migrations/20261122000700_actions.sql are the last word; the forms check first, so
 * these show only when something changed underneath (a role revoked, an owner changed).
 */
export function refusal(e: unknown): { field: string | null; message: string } | null {
	const err = e as { code?: string; constraint?: string; message?: string } | null;
	if (!err || typeof err !== 'object') return null;
	if (err.code === '23514' && err.constraint === 'actions_outcome_required')
		return { field: 'outcome', message: err.message ?? 'A done action must say what changed for young people' };
	if (err.code === '42501')
		return {
			field: null,
			message:
				'You cannot change this: your role, or who owns this action, does not allow it. Refresh the page to see it as it is now.'
		};
	return null;
}

/** Field errors with each key prefixed, so several forms on one page keep their own ids. */
export function prefixed(errors: Record<string, string>, prefix: string): Record<string, string> {
	return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'form' ? k : `${prefix}${k}`, v]));
}
