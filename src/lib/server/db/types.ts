/** A connection inside one transaction. Services take this as their first argument. */
export interface Tx {
	/**
	 * One statement. `rowCount` is what its command tag reports: rows inserted, updated or
	 * deleted (known without read access, so without RETURNING), or rows returned.
	 */
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[]; rowCount: number }>;
	/** Runs a script of several statements without parameters (migrations, seeds). */
	exec(sql: string): Promise<void>;
	/**
	 * Runs `fn` once this transaction has committed (never if it rolls back), e.g. to forget a
	 * cached copy of what it changed only when the change is visible to everyone.
	 */
	afterCommit(fn: () => void): void;
}

export interface TransactionOptions {
	/**
	 * SQL without parameters run first in the transaction. PostgreSQL sends it with BEGIN in one
	 * round trip (`withClaims` uses it to set the role and claims), so it must be trusted text.
	 */
	setup?: string;
}

export type Engine = 'pglite' | 'postgres';

/**
 * A database: either embedded PGlite or a PostgreSQL server (Supabase included).
 * `transaction` runs as the connecting (owner) role; only `withClaims` and the
 * privileged module call it, so routes never hold an unrestricted connection.
 */
export interface Db {
	readonly engine: Engine;
	/** Human-readable location, for messages (folder or host/database, never a password). */
	readonly location: string;
	transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
	/** Subscribe to a NOTIFY channel; resolves to an unsubscribe function. */
	listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
	close(): Promise<void>;
}

/** Claims as Supabase's API sets them: `role` picks the Postgres role RLS checks against. */
export interface Claims {
	role: 'anon' | 'authenticated';
	sub?: string;
	[claim: string]: unknown;
}

export const ANON: Claims = Object.freeze({ role: 'anon' }) as Claims;
