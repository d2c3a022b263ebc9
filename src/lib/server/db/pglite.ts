import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import type { Db, Tx } from './types';

export class DatabaseOpenError extends Error {}

/** After-commit hooks: the transaction is already committed, so a failing hook is only logged. */
export function runHooks(hooks: (() => void)[]) {
	for (const hook of hooks) {
		try {
			hook();
		} catch (err) {
			console.error('[db] after-commit hook failed:', err);
		}
	}
}

/** Dates stay 'YYYY-MM-DD' strings: a JS Date would shift them across time zones. */
const parsers = { [types.DATE]: (v: string) => v };

const LOCK_FILE = 'said-and-done.lock';

function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * PGlite is single-process: two servers on one folder would corrupt it. A lock file holding
 * our pid refuses a second opener; a lock left by a process that has died is taken over.
 */
function takeLock(dir: string): () => void {
	const file = join(dir, LOCK_FILE);
	try {
		writeFileSync(file, String(process.pid), { flag: 'wx' });
	} catch {
		const holder = Number(readFileSync(file, 'utf8').trim());
		if (holder && holder !== process.pid && processAlive(holder))
			throw new DatabaseOpenError(
				`The embedded database in ${dir} is in use by another process (pid ${holder}).\n` +
					`Stop that copy of Said & Done first, or set PGLITE_DIR to use another folder.`
			);
		writeFileSync(file, String(process.pid));
	}
	const release = () => rmSync(file, { force: true });
	process.once('exit', release);
	return release;
}

/**
 * Opens (creating on first use) the embedded database in `dir`, or in memory for 'memory://'.
 * PGlite is one connection: its `transaction` holds an exclusive lock, so concurrent
 * requests queue rather than interleave.
 */
export async function openPglite(dir: string): Promise<Db> {
	const inMemory = dir.startsWith('memory://');
	const location = inMemory ? dir : resolve(dir);
	let pg: PGlite;
	let release = () => {};
	try {
		if (!inMemory) {
			mkdirSync(location, { recursive: true });
			release = takeLock(location);
		}
		pg = await PGlite.create(inMemory ? dir : location, { parsers });
		await pg.query('select 1');
	} catch (err) {
		if (err instanceof DatabaseOpenError) throw err;
		release();
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
		async transaction(fn, options) {
			const committed: (() => void)[] = [];
			const result = await pg.transaction(async (tx) => {
				if (options?.setup) await tx.exec(options.setup);
				return fn({
					query: async <T>(sql: string, params?: unknown[]) => {
						const result = await tx.query<T>(sql, params);
						return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length };
					},
					exec: async (sql: string) => {
						await tx.exec(sql);
					},
					afterCommit: (hook) => void committed.push(hook)
				} satisfies Tx);
			});
			runHooks(committed);
			return result;
		},
		async listen(channel, onPayload) {
			const unsubscribe = await pg.listen(channel, onPayload);
			return async () => unsubscribe();
		},
		async close() {
			await pg.close();
			release();
		}
	};
}
