import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitStatements } from './split';
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

export async function isSupabase(tx: Tx): Promise<boolean> {
	const { rows } = await tx.query<{ supabase: boolean }>(
		`select exists (select 1 from pg_roles where rolname = 'supabase_admin') as supabase`
	);
	return rows[0]?.supabase ?? false;
}

/**
 * The one ledger, shared with the Supabase CLI: `supabase db push` and this runner each skip what
 * the other applied. Created exactly as CLI 2.117.0 creates it (version = the file's timestamp).
 */
const LEDGER = `
	create schema if not exists supabase_migrations;
	create table if not exists supabase_migrations.schema_migrations (version text not null primary key);
	alter table supabase_migrations.schema_migrations add column if not exists statements text[];
	alter table supabase_migrations.schema_migrations add column if not exists name text;`;

/** The app's own ledger before it used the CLI's; renamed once carried over, kept for the record. */
const OLD_LEDGER = 'app.schema_migrations';
const CARRIED_OVER = 'schema_migrations_carried_over';

const parts = (file: string) => {
	const m = /^(\d{14})_(.+)\.sql$/.exec(file);
	if (!m) throw new MigrationError(file, 'file name must be YYYYMMDDHHMMSS_name.sql');
	return { version: m[1]!, name: m[2]! };
};

/**
 * Copies what the app's old ledger recorded into the CLI's, in one transaction with renaming the
 * old table, so it happens once and a failure leaves both as they were. Versions already in the
 * CLI's ledger are left alone.
 */
async function carryOver(tx: Tx, migrations: MigrationFile[], log: (line: string) => void) {
	const { rows } = await tx.query<{ old: string | null }>(`select to_regclass('${OLD_LEDGER}')::text as old`);
	if (!rows[0]?.old) return;
	const { rows: names } = await tx.query<{ name: string }>(`select name from ${OLD_LEDGER} order by name`);
	const sqlOf = new Map(migrations.map((m) => [m.name, m.sql]));
	let copied = 0;
	for (const { name: file } of names) {
		if (!MIGRATION_NAME.test(file)) continue;
		const { version, name } = parts(file);
		const sql = sqlOf.get(file);
		const { rowCount } = await tx.query(
			`insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)
			 on conflict (version) do nothing`,
			[version, name, sql === undefined ? null : splitStatements(sql)]
		);
		copied += rowCount;
	}
	await tx.exec(`alter table ${OLD_LEDGER} rename to ${CARRIED_OVER}`);
	log(`carried ${copied} migration(s) over from ${OLD_LEDGER} to supabase_migrations.schema_migrations`);
}

/** A squash of every migration before it (scripts/squash-migrations.sh), named after the newest. */
const BASELINE = /_baseline\.sql$/;

/**
 * After a squash, a database that ran the old migrations has the baseline's version in its ledger
 * (it skips the file) and versions with no file any more. Records them as the baseline, as
 * `supabase migration repair --status reverted` would, so the CLI's `migration list` stays in step.
 * A database that ran only some of them can't take the baseline: that is an error, never a guess.
 */
async function foldSquashed(tx: Tx, migrations: MigrationFile[], log: (line: string) => void) {
	const baseline = migrations.find((m) => BASELINE.test(m.name));
	if (!baseline) return;
	const { version, name } = parts(baseline.name);
	const local = migrations.map((m) => parts(m.name).version);
	const { rows } = await tx.query<{ version: string }>(
		`select version from supabase_migrations.schema_migrations
		 where version <= $1 and not (version = any($2::text[])) order by version`,
		[version, local]
	);
	const { rows: has } = await tx.query('select 1 from supabase_migrations.schema_migrations where version = $1', [
		version
	]);
	if (rows.length === 0) return;
	if (has.length === 0)
		throw new MigrationError(
			baseline.name,
			`this database ran ${rows.length} of the migrations squashed into it, not all of them; ` +
				'bring it up to date with the release before the squash (see docs/architecture.md), then run again'
		);
	await tx.query('delete from supabase_migrations.schema_migrations where version = any($1::text[])', [
		rows.map((r) => r.version)
	]);
	await tx.query('update supabase_migrations.schema_migrations set name = $2, statements = $3 where version = $1', [
		version,
		name,
		splitStatements(baseline.sql)
	]);
	log(`ledger: ${rows.length} squashed migration(s) now recorded as ${baseline.name}`);
}

/**
 * Applies every migration not yet recorded in the Supabase CLI's ledger, in file-name order, each
 * in its own transaction. A failure rolls that migration back and throws a MigrationError naming it.
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

	await db
		.transaction(async (tx) => {
			await tx.query(LOCK);
			await tx.exec(LEDGER);
			await carryOver(tx, migrations, log);
			await foldSquashed(tx, migrations, log);
		})
		.catch((err: unknown) => {
			if (err instanceof MigrationError) throw err;
			throw new MigrationError('ledger (supabase_migrations.schema_migrations)', err);
		});

	const applied: string[] = [];
	let alreadyApplied = 0;
	const ordered = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
	for (const { name, sql } of ordered) {
		if (!MIGRATION_NAME.test(name)) throw new MigrationError(name, 'file name must be YYYYMMDDHHMMSS_name.sql');
		const { version, name: label } = parts(name);
		const statements = splitStatements(sql);
		const done = await db
			.transaction(async (tx) => {
				await tx.query(LOCK);
				const { rows } = await tx.query<{ statements: string[] | null }>(
					'select statements from supabase_migrations.schema_migrations where version = $1',
					[version]
				);
				if (rows[0]) {
					if (rows[0].statements && JSON.stringify(rows[0].statements) !== JSON.stringify(statements))
						log(`warning: ${name} has changed since it was applied; it is not re-run`);
					return true;
				}
				await tx.exec(sql);
				await tx.query(
					'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
					[version, label, statements]
				);
				return false;
			})
			.catch((err: unknown) => {
				throw err instanceof MigrationError ? err : new MigrationError(name, err);
			});
		if (done) alreadyApplied++;
		else {
			applied.push(name);
			log(`applied ${name}`);
		}
	}
	return { bootstrapped, applied, alreadyApplied };
}
