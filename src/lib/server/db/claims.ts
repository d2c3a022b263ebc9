import type { Claims, Db, Tx } from './types';

/** A string as an SQL literal (as node-postgres's escapeLiteral): quotes doubled, backslashes in an E'' string. */
export function sqlLiteral(value: string): string {
	const quoted = `'${value.replace(/'/g, "''")}'`;
	return value.includes('\\') ? `E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}

/**
 * The statement that makes a transaction act for these claims: the claims as Supabase's API
 * sets them, then the role. `set_config('role', …, true)` is `set local role …` (the same
 * setting, reset at the end of the transaction, with the same membership check), and one
 * statement sent with BEGIN saves two round trips per transaction.
 */
export function claimsSetup(claims: Claims): string {
	if (claims.role !== 'anon' && claims.role !== 'authenticated') {
		throw new Error(`withClaims only runs as anon or authenticated, not ${String(claims.role)}`);
	}
	// The role name is one of two literals checked above, never user input; the claims are escaped.
	return `select set_config('request.jwt.claims', ${sqlLiteral(JSON.stringify(claims))}, true), set_config('role', '${claims.role}', true)`;
}

/**
 * Runs `fn` in one transaction as `anon` or `authenticated` with these claims, exactly as
 * Supabase's API does, so row-level security decides what the queries see and change.
 */
export async function withClaims<T>(db: Db, claims: Claims, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return db.transaction(fn, { setup: claimsSetup(claims) });
}
