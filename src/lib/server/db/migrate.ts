import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db, Tx } from './types';

export const MIGRATIONS_DIR = 'supabase/migrations';
export const BOOTSTRAP_FILE = 'supabase/bootstrap/non-supabase.sql';

export class MigrationError extends Error {
	constructor(
		readonly migration: string,
		readonly cause: unknown
	) {
		const detail = cause instanceof Error ? cause.message : String(cause);
		super(`Migration ${migration} failed and was rolled back: ${detail}`);
	}
}

export interface MigrationResult {
	bootstrapped: boolean;
	applied: string[];
	alreadyApplied: number;
}

// Serialises concurrent runners (several app instances starting at once) on a server.
const LOCK = `select pg_advisory_xact_lock(7301142205)`;

export interface MigrationFile {
	name: string;
	sql: string;
}

const MIGRATION_NAME = /^\d{14}_[a-z0-9_]+\.sql$/;

/** Reads migrations from disk (the CLI and tests); the server bundles them at build time. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
	return readdirSync(dir)
		.filter((f) => MIGRATION_NAME.test(f))
		.map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

export function readBootstrap(file = BOOTSTRAP_FILE): string {
	return readFileSync(file, 'utf8');
}

const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex').slice(0, 16);

export async function isSupabase(tx: Tx): Promise<boolean> {
	const { rows } = await tx.query<{ supabase: boolean }>(
		`select exists (select 1 from pg_roles where rolname = 'supabase_admin') as supabase`
	);
	return rows[0]?.supabase ?? false;
}

/**
 * Applies every migration not yet recorded, in file-name order, each in its own
 * transaction. A failure rolls that migration back and throws a MigrationError naming it.
 */
export async function migrate(
	db: Db,
	{
		migrations = readMigrations(),
		bootstrap = readBootstrap(),
		log = (_: string) => {}
	}: { migrations?: MigrationFile[]; bootstrap?: string; log?: (line: string) => void } = {}
): Promise<MigrationResult> {
	const bootstrapped = await db.transaction(async (tx) => {
		await tx.query(LOCK);
		if (await isSupabase(tx)) return false;
		try {
			await tx.exec(bootstrap);
		} catch (err) {
			throw new MigrationError('bootstrap (non-supabase.sql)', err);
		}
		return true;
	});

	await db.transaction(async (tx) => {
		await tx.query(LOCK);
		await tx.exec(`
			create schema if not exists app;
			create table if not exists app.schema_migrations (
				name text primary key,
				checksum text not null,
				applied_at timestamptz not null default now()
			);
			alter table app.schema_migrations enable row level security;`);
	});

	const applied: string[] = [];
	let alreadyApplied = 0;
	const ordered = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
	for (const { name, sql } of ordered) {
		if (!MIGRATION_NAME.test(name)) throw new MigrationError(name, 'file name must be YYYYMMDDHHMMSS_name.sql');
		const done = await db
			.transaction(async (tx) => {
				await tx.query(LOCK);
				const { rows } = await tx.query<{ checksum: string }>(
					'select checksum from app.schema_migrations where name = $1',
					[name]
				);
				if (rows[0]) {
					if (rows[0].checksum !== checksum(sql))
						log(`warning: ${name} has changed since it was applied; it is not re-run`);
					return true;
				}
				await tx.exec(sql);
				await tx.query('insert into app.schema_migrations (name, checksum) values ($1, $2)', [name, checksum(sql)]);
				return false;
			})
			.catch((err: unknown) => {
				throw new MigrationError(name, err);
			});
		if (done) alreadyApplied++;
		else {
			applied.push(name);
			log(`applied ${name}`);
		}
	}
	return { bootstrapped, applied, alreadyApplied };
}
