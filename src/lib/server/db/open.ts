import type { Db } from './types';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

/** Opens the configured database: PostgreSQL when a URL is given, else embedded PGlite. */
export function openDatabase(opts: { url?: string; pgliteDir: string; poolSize?: number }): Promise<Db> {
	return opts.url ? openPostgres(opts.url, opts.poolSize) : openPglite(opts.pgliteDir);
}
