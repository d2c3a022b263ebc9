/** A connection inside one transaction. Services take this as their first argument. */
export interface Tx {
	query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
	/** Runs a script of several statements without parameters (migrations, seeds). */
	exec(sql: string): Promise<void>;
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
	transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
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
