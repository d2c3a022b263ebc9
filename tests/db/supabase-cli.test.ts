/**
 * The real Supabase CLI (the `supabase` dev dependency, 2.117.0) and the app share one migration
 * ledger, in both directions, on the PostgreSQL server (each test in its own fresh database):
 * `supabase db push` then `npm run db:seed`; the app's migrations then `supabase db push`
 * applying nothing and `supabase migration list` showing local and remote in step.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, readBootstrap, readMigrations } from '../../src/lib/server/db/migrate';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { engines, TEST_DATABASE_URL } from './engines';

const run = promisify(execFile);
const onServer = engines.some((e) => e.name === 'postgres');
const versions = readMigrations().map((m) => m.name.slice(0, 14));

const created: string[] = [];
const admin = async <T>(fn: (c: pg.Client) => Promise<T>, database?: string): Promise<T> => {
	const url = new URL(TEST_DATABASE_URL);
	if (database) url.pathname = `/${database}`;
	const client = new pg.Client({ connectionString: url.toString() });
	await client.connect();
	try {
		return await fn(client);
	} finally {
		await client.end();
	}
};

/** A new empty database and its URL, in the form the README gives the CLI. */
async function freshDatabase() {
	const name = `said_done_cli_${randomBytes(6).toString('hex')}`;
	await admin((c) => c.query(`create database ${name}`));
	created.push(name);
	const url = new URL(TEST_DATABASE_URL);
	url.pathname = `/${name}`;
	url.search = '?sslmode=disable';
	return { name, url: url.toString() };
}

/** What a Supabase project already has (roles, auth helpers); a plain server needs them first. */
const prepareLikeSupabase = (name: string) => admin((c) => c.query(readBootstrap()), name);

const supabase = async (...args: string[]) => {
	const { stdout, stderr } = await run('node_modules/.bin/supabase', args, {
		env: { ...process.env, NO_COLOR: '1', DO_NOT_TRACK: '1' },
		timeout: 120_000
	});
	return stdout + stderr;
};

/** `supabase migration list` as [local, remote] pairs. */
async function migrationList(url: string): Promise<[string, string][]> {
	const out = await supabase('migration', 'list', '--db-url', url);
	return out
		.split('\n')
		.map((line) => /^\s*`?\s*(\d{14})?\s*`?\s*\|\s*`?\s*(\d{14})?\s*`?\s*\|/.exec(line))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => [m[1] ?? '', m[2] ?? '']);
}

const ledger = (name: string) =>
	admin(
		async (c) =>
			(
				await c.query<{ version: string; name: string; statements: string[] }>(
					'select version, name, statements from supabase_migrations.schema_migrations order by version'
				)
			).rows,
		name
	);

describe.skipIf(!onServer)('the Supabase CLI and the app share one migration ledger', () => {
	afterAll(async () => {
		await admin(async (c) => {
			for (const name of created.splice(0)) await c.query(`drop database if exists ${name} with (force)`);
		});
	});

	let pushedByCli: Awaited<ReturnType<typeof ledger>> = [];

	it('supabase db push, then npm run db:seed: the app applies nothing again and seeds', async () => {
		const { name, url } = await freshDatabase();
		await prepareLikeSupabase(name);
		const pushed = await supabase('db', 'push', '--db-url', url, '--yes');
		expect(pushed).toContain('Finished supabase db push.');
		pushedByCli = await ledger(name);
		expect(pushedByCli.map((r) => r.version)).toEqual(versions);

		const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/db.ts', 'seed'], {
			env: { ...process.env, DATABASE_URL: url.replace('?sslmode=disable', '') },
			timeout: 240_000
		});
		expect(stdout).toContain(`0 migration(s) applied, ${versions.length} already applied`);
		expect(stdout).toMatch(/llr: \d+ plan\(s\)/);
		// What `npm start` does on start-up: migrate, finding nothing to do.
		const db = await openPostgres(url.replace('?sslmode=disable', ''), 2);
		try {
			expect((await migrate(db)).applied).toEqual([]);
		} finally {
			await db.close();
		}
		const areas = await admin((c) => c.query('select slug from public.areas'), name);
		expect(areas.rowCount).toBeGreaterThan(0);
		expect(await migrationList(url)).toEqual(versions.map((v) => [v, v]));
	}, 300_000);

	it('the app migrates, then supabase db push applies nothing and migration list is in step', async () => {
		const { name, url } = await freshDatabase();
		const db = await openPostgres(url.replace('?sslmode=disable', ''), 2);
		try {
			expect((await migrate(db)).applied.length).toBe(versions.length);
		} finally {
			await db.close();
		}
		const pushed = await supabase('db', 'push', '--db-url', url, '--yes');
		expect(pushed).toContain('Remote database is up to date.');
		expect(await migrationList(url)).toEqual(versions.map((v) => [v, v]));
		// The very rows the CLI writes: same versions, names and statements.
		if (pushedByCli.length) expect(await ledger(name)).toEqual(pushedByCli);
	}, 300_000);

	it('takes turns: the app applies some, the CLI pushes the rest, the app then has nothing to do', async () => {
		const { name, url } = await freshDatabase();
		// The history is one baseline now; a project folder with one more migration gives turns to take.
		const workdir = mkdtempSync(join(tmpdir(), 'said-done-cli-'));
		cpSync('supabase', join(workdir, 'supabase'), { recursive: true });
		const extra = '29990101000000_turns.sql';
		writeFileSync(join(workdir, 'supabase/migrations', extra), 'create table public.turns (id int);\n');
		const all = readMigrations(join(workdir, 'supabase/migrations'));
		const db = await openPostgres(url.replace('?sslmode=disable', ''), 2);
		try {
			await migrate(db, { migrations: all.filter((m) => m.name !== extra) });
			const pushed = await supabase('db', 'push', '--db-url', url, '--yes', '--workdir', workdir);
			expect(pushed).toContain(`Applying migration ${extra}`);
			for (const v of versions) expect(pushed).not.toContain(`Applying migration ${v}_`);
			const after = await migrate(db, { migrations: all });
			expect(after).toMatchObject({ applied: [], alreadyApplied: all.length });
		} finally {
			await db.close();
			rmSync(workdir, { recursive: true, force: true });
		}
		expect((await ledger(name)).map((r) => r.version)).toEqual([...versions, '29990101000000']);
	}, 300_000);
});
