/**
 * The privileged path: runs as the database owner, so row-level security does not apply.
 * Import it only from migrations, seeding and the few background jobs that need it
 * (never from a route or a request handler). Everything else goes through `withClaims`.
 */
import type { Db, Tx } from './types';

export function asOwner<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return db.transaction(fn);
}
