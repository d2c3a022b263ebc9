import pg from 'pg';
import type { Db, Tx } from './types';
import { DatabaseOpenError } from './pglite';

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
	const pool = new pg.Pool({ connectionString: url, max });
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
	return {
		engine: 'postgres',
		location,
		async transaction(fn) {
			const client = await pool.connect();
			try {
				await client.query('begin');
				const tx: Tx = {
					query: async <T>(sql: string, params?: unknown[]) => ({
						rows: (await client.query(sql, params)).rows as T[]
					}),
					exec: async (sql: string) => {
						await client.query(sql);
					}
				};
				const result = await fn(tx);
				await client.query('commit');
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
			const client = await pool.connect();
			const handler = (msg: pg.Notification) => {
				if (msg.channel === channel) onPayload(msg.payload ?? '');
			};
			client.on('notification', handler);
			await client.query(`listen ${channel}`);
			return async () => {
				client.off('notification', handler);
				await client.query(`unlisten ${channel}`).catch(() => {});
				client.release();
			};
		},
		close: () => pool.end()
	};
}
