/**
 * What the database said no to, as a typed outcome. Row-level security, constraints and triggers
 * in supabase/migrations are the last word; pages check first, so these show only when something
 * changed underneath (a role revoked, an owner changed, a request raced another). Routes turn the
 * kind into words and never read SQLSTATE codes themselves.
 */
export type Refusal =
	/** 42501 insufficient_privilege: row-level security or a grant refused it. */
	| { kind: 'not-allowed' }
	/** 23514 check_violation: a constraint or trigger rule; its message is written for people. */
	| { kind: 'rule'; constraint: string | null; message: string }
	/** 23505 unique_violation: it is already there (often a request that raced this one). */
	| { kind: 'already-there'; constraint: string | null };

export function refusal(e: unknown): Refusal | null {
	if (typeof e !== 'object' || e === null) return null;
	const { code, constraint, message } = e as { code?: unknown; constraint?: unknown; message?: unknown };
	const named = typeof constraint === 'string' ? constraint : null;
	if (code === '42501') return { kind: 'not-allowed' };
	if (code === '23514') return { kind: 'rule', constraint: named, message: typeof message === 'string' ? message : '' };
	if (code === '23505') return { kind: 'already-there', constraint: named };
	return null;
}

/** True when the database refused `e` for this reason. */
export const refusedAs = (e: unknown, kind: Refusal['kind']) => refusal(e)?.kind === kind;
