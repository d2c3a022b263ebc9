import type { Claims, Db, Tx } from './types';

/**
 * Runs `fn` in one transaction as `anon` or `authenticated` with these claims, exactly as
 * Supabase's API does, so row-level security decides what the queries see and change.
 */
export async function withClaims<T>(db: Db, claims: Claims, fn: (tx: Tx) => Promise<T>): Promise<T> {
	if (claims.role !== 'anon' && claims.role !== 'authenticated') {
		throw new Error(`withClaims only runs as anon or authenticated, not ${String(claims.role)}`);
	}
	return db.transaction(async (tx) => {
		await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
		// The role name is one of two literals checked above, never user input.
		await tx.query(`set local role ${claims.role}`);
		return fn(tx);
	});
}
