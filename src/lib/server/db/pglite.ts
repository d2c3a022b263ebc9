import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import type { Db, Tx } from './types';

export class DatabaseOpenError extends Error {}

/** Dates stay 'YYYY-MM-DD' strings: a JS Date would shift them across time zones. */
const parsers = { [types.DATE]: (v: string) => v };

/**
 * Opens (creating on first use) the embedded database in `dir`, or in memory for 'memory://'.
 * PGlite is one connection: its `transaction` holds an exclusive lock, so concurrent
 * requests queue rather than interleave.
 */
export async function openPglite(dir: string): Promise<Db> {
	const inMemory = dir.startsWith('memory://');
	const location = inMemory ? dir : resolve(dir);
	let pg: PGlite;
	try {
		if (!inMemory) mkdirSync(location, { recursive: true });
		pg = await PGlite.create(inMemory ? dir : location, { parsers });
		await pg.query('select 1');
	} catch (err) {
		throw new DatabaseOpenError(
			`Could not open the embedded database in ${location}.\n` +
				`It may be damaged, or in use by another Said & Done process.\n` +
				`Stop any other copy of the app. If it still fails, move or delete that folder ` +
				`(this erases the local data) and start again; it will be recreated with demo data.\n` +
				`Cause: ${err instanceof Error ? err.message : String(err)}`
		);
	}
	return {
		engine: 'pglite',
		location,
		transaction: (fn) =>
			pg.transaction((tx) =>
				fn({
					query: async <T>(sql: string, params?: unknown[]) => ({
						rows: (await tx.query<T>(sql, params)).rows
					}),
					exec: async (sql: string) => {
						await tx.exec(sql);
					}
				} satisfies Tx)
			),
		async listen(channel, onPayload) {
			const unsubscribe = await pg.listen(channel, onPayload);
			return async () => unsubscribe();
		},
		close: () => pg.close()
	};
}
