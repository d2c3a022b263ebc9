import pg from 'pg';
import type { Db, Tx } from './types';
import { DatabaseOpenError, runHooks } from './pglite';

// Dates stay 'YYYY-MM-DD' strings, as on PGlite.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

function describe(url: string): string {
	try {
		const u = new URL(url);
		return `${u.hostname}:${u.port || 5432}${u.pathname}`;
	} catch {
		return 'the DATABASE_URL server';
	}
}

/** A pooled connection to any PostgreSQL server, Supabase included. */
export async function openPostgres(url: string, max = 10): Promise<Db> {
	// JIT compilation suits long analytic queries; for this app's short ones it only adds 50-100 ms
	// when row-level security inflates the planner's cost estimates (measured on the board).
	const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
	// An idle client's error (server restart) must not crash the process; the next query reconnects.
	pool.on('error', (err) => console.error('[db] idle client error:', err.message));
	const location = describe(url);
	try {
		await pool.query('select 1');
	} catch (err) {
		await pool.end().catch(() => {});
		throw new DatabaseOpenError(
			`Could not connect to PostgreSQL at ${location}: ${err instanceof Error ? err.message : String(err)}`
		);
	}
	const listeners = new Set<() => Promise<void>>();
	return {
		engine: 'postgres',
		location,
		async transaction(fn, options) {
			const client = await pool.connect();
			const committed: (() => void)[] = [];
			try {
				// BEGIN and the setup (role and claims) share one round trip: a simple-protocol script.
				await client.query(options?.setup ? `begin; ${options.setup}` : 'begin');
				const tx: Tx = {
					query: async <T>(sql: string, params?: unknown[]) => {
						const result = await client.query(sql, params);
						return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
					},
					exec: async (sql: string) => {
						await client.query(sql);
					},
					afterCommit: (hook) => void committed.push(hook)
				};
				const result = await fn(tx);
				await client.query('commit');
				runHooks(committed);
				return result;
			} catch (err) {
				await client.query('rollback').catch(() => {});
				throw err;
			} finally {
				client.release();
			}
		},
		async listen(channel, onPayload) {
			if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
			const handler = (msg: pg.Notification) => {
				if (msg.channel === channel) onPayload(msg.payload ?? '');
			};
			let client: pg.PoolClient | null = null;
			let dropErrorHandler = () => {};
			let stopped = false;
			// A dedicated connection; if the server drops it, listen again on a new one, so live
			// walls keep updating after a database restart or a network blip.
			const connect = async (again = false): Promise<void> => {
				const c = await pool.connect();
				c.on('notification', handler);
				const onError = () => {
					c.off('notification', handler);
					c.release(true);
					if (client === c) client = null;
					if (!stopped)
						setTimeout(
							() => void connect(true).catch(() => setTimeout(() => void connect(true).catch(() => {}), 5000)),
							1000
						);
				};
				c.once('error', onError);
				await c.query(`listen ${channel}`);
				client = c;
				dropErrorHandler = () => c.off('error', onError);
				// Tell the listener it may have missed something while reconnecting.
				if (again) onPayload('');
			};
			await connect();
			const stop = async () => {
				listeners.delete(stop);
				stopped = true;
				const c = client;
				client = null;
				if (!c) return;
				c.off('notification', handler);
				await c.query(`unlisten ${channel}`).catch(() => {});
				// Back in the pool, the pool's own handler deals with this connection's errors.
				dropErrorHandler();
				c.release();
			};
			listeners.add(stop);
			return stop;
		},
		// Listening connections are checked out of the pool for good; give them back first, or
		// pool.end() waits for them forever and the process never exits.
		close: async () => {
			await Promise.all([...listeners].map((stop) => stop()));
			await pool.end();
		}
	};
}
