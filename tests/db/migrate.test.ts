import { afterAll, describe, expect, it } from 'vitest';
import {
	migrate,
	MigrationError,
	readBootstrap,
	readMigrations,
	type MigrationFile
} from '../../src/lib/server/db/migrate';
import type { Db } from '../../src/lib/server/db/types';
import { splitStatements } from '../../src/lib/server/db/split';
import { engines } from './engines';

describe.each(engines)('migrations on $name', (engine) => {
	afterAll(() => engine.cleanup());

	it('applies every migration once, in order, and records each', async () => {
		const db = await engine.create();
		const files = readMigrations();
		const first = await migrate(db);
		expect(first.bootstrapped).toBe(true);
		expect(first.applied).toEqual(files.map((f) => f.name).sort());
		// In the Supabase CLI's ledger, as `supabase db push` records them: version, name, statements.
		const recorded = await db.transaction((tx) =>
			tx.query<{ version: string; name: string; statements: string[] }>(
				'select version, name, statements from supabase_migrations.schema_migrations order by version'
			)
		);
		expect(recorded.rows.map((r) => `${r.version}_${r.name}.sql`)).toEqual(first.applied);
		expect(recorded.rows[0]?.statements).toEqual(splitStatements(files[0]!.sql));

		const second = await migrate(db);
		expect(second.applied).toEqual([]);
		expect(second.alreadyApplied).toBe(files.length);
	}, 300_000);

	it('creates the Supabase roles and auth helpers that read the request claims', async () => {
		const db = await engine.create();
		await migrate(db);
		const result = await db.transaction(async (tx) => {
			const roles = await tx.query<{ rolname: string }>(
				`select rolname from pg_roles where rolname in ('anon', 'authenticated', 'service_role') order by rolname`
			);
			await tx.query(`select set_config('request.jwt.claims', $1, true)`, [
				JSON.stringify({ sub: '11111111-2222-3333-4444-555555555555', role: 'authenticated' })
			]);
			const who = await tx.query<{ uid: string; role: string }>(
				`select auth.uid()::text as uid, auth.jwt() ->> 'role' as role`
			);
			return { roles: roles.rows.map((r) => r.rolname), who: who.rows[0] };
		});
		expect(result.roles).toEqual(['anon', 'authenticated', 'service_role']);
		expect(result.who).toEqual({ uid: '11111111-2222-3333-4444-555555555555', role: 'authenticated' });
	}, 300_000);

	it('enables row-level security on every table', async () => {
		const db = await engine.create();
		await migrate(db);
		const { rows } = await db.transaction((tx) =>
			tx.query<{ table: string; rls: boolean }>(
				`select c.relname as table, c.relrowsecurity as rls from pg_class c
				 join pg_namespace n on n.oid = c.relnamespace
				 where c.relkind = 'r' and n.nspname in ('public', 'app') order by 1`
			)
		);
		expect(rows.length).toBeGreaterThan(10);
		expect(rows.filter((r) => !r.rls).map((r) => r.table)).toEqual([]);
	}, 300_000);

	it('rolls a failing migration back and names it in the error', async () => {
		const db = await engine.create();
		const migrations = [
			...readMigrations(),
			{ name: '29990101000000_broken.sql', sql: 'create table public.half_made (id int); select * from no_such_table;' }
		];
		const error = await migrate(db, { migrations }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(MigrationError);
		expect((error as MigrationError).migration).toBe('29990101000000_broken.sql');
		expect((error as Error).message).toMatch(/29990101000000_broken\.sql.*no_such_table/s);
		const state = await db.transaction(async (tx) => ({
			table: (await tx.query<{ t: string | null }>(`select to_regclass('public.half_made')::text as t`)).rows[0]?.t,
			recorded: (await tx.query(`select 1 from supabase_migrations.schema_migrations where version = '29990101000000'`))
				.rows.length
		}));
		expect(state).toEqual({ table: null, recorded: 0 });
	}, 300_000);
});

/**
 * A small stand-in history: the ledger bookkeeping does not depend on what the migrations hold, and
 * the real history is now one squashed baseline.
 */
const HISTORY: MigrationFile[] = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
	name: `2026010100000${n}_step_${n}.sql`,
	sql: `create table public.step_${n} (id int);\nalter table public.step_${n} enable row level security;`
}));

/** A database as the app's runner left it before it used the CLI's ledger: `app.schema_migrations`. */
async function migratedTheOldWay(db: Db, files: MigrationFile[]) {
	await db.transaction(async (tx) => {
		await tx.exec(readBootstrap());
		await tx.exec(`create schema app;
			create table app.schema_migrations (name text primary key, checksum text not null,
				applied_at timestamptz not null default now());
			alter table app.schema_migrations enable row level security;`);
		for (const { name, sql } of files) {
			await tx.exec(sql);
			await tx.query('insert into app.schema_migrations (name, checksum) values ($1, $2)', [name, 'old']);
		}
	});
}

const ledgerOf = (db: Db) =>
	db.transaction(
		async (tx) =>
			(
				await tx.query<{ version: string; name: string; statements: string[] | null }>(
					'select version, name, statements from supabase_migrations.schema_migrations order by 1'
				)
			).rows
	);

describe.each(engines)('carrying the old ledger over on $name', (engine) => {
	afterAll(() => engine.cleanup());

	it('copies app.schema_migrations into the CLI ledger once, then applies only what is new', async () => {
		const db = await engine.create();
		const files = HISTORY;
		const old = files.slice(0, 5);
		await migratedTheOldWay(db, old);
		const lines: string[] = [];
		const result = await migrate(db, { migrations: files, log: (l) => lines.push(l) });
		expect(result.applied).toEqual(files.slice(5).map((f) => f.name));
		expect(result.alreadyApplied).toBe(5);
		expect(lines).toContain(
			'carried 5 migration(s) over from app.schema_migrations to supabase_migrations.schema_migrations'
		);

		const state = await db.transaction(async (tx) => ({
			old: (await tx.query<{ t: string | null }>(`select to_regclass('app.schema_migrations')::text as t`)).rows[0]?.t,
			kept: (await tx.query(`select name from app.schema_migrations_carried_over`)).rowCount
		}));
		const ledger = await ledgerOf(db);
		expect(ledger.map((r) => `${r.version}_${r.name}.sql`)).toEqual(files.map((f) => f.name));
		expect(ledger.every((r) => r.statements !== null)).toBe(true);
		expect(state).toEqual({ old: null, kept: 5 });

		// Once only: a second start finds nothing to carry and nothing to apply.
		const again: string[] = [];
		expect((await migrate(db, { migrations: files, log: (l) => again.push(l) })).applied).toEqual([]);
		expect(again.filter((l) => l.startsWith('carried'))).toEqual([]);
	}, 300_000);

	it('leaves both ledgers as they were when the carry-over fails', async () => {
		const db = await engine.create();
		await migratedTheOldWay(db, HISTORY.slice(0, 2));
		// A table in the way of the rename makes the carry-over's last step fail.
		await db.transaction((tx) => tx.exec('create table app.schema_migrations_carried_over (x int)'));
		await expect(migrate(db, { migrations: HISTORY })).rejects.toThrow(/schema_migrations_carried_over/);
		const state = await db.transaction(async (tx) => ({
			old: (await tx.query('select name from app.schema_migrations')).rowCount,
			ledger: (
				await tx.query<{ t: string | null }>(`select to_regclass('supabase_migrations.schema_migrations')::text as t`)
			).rows[0]?.t
		}));
		// Rolled back with the ledger's creation: as it was before this start.
		expect(state).toEqual({ old: 2, ledger: null });
	}, 300_000);
});

/** HISTORY squashed: one file named after its newest version, holding what they built. */
const SQUASHED: MigrationFile = {
	name: `${HISTORY.at(-1)!.name.slice(0, 14)}_baseline.sql`,
	sql: HISTORY.map((m) => m.sql).join('\n')
};

describe.each(engines)('after a squash into one baseline on $name', (engine) => {
	afterAll(() => engine.cleanup());

	it('a database that ran every squashed migration skips the baseline and its ledger names it alone', async () => {
		const db = await engine.create();
		await migrate(db, { migrations: HISTORY });
		const lines: string[] = [];
		const later: MigrationFile = { name: '20260201000000_later.sql', sql: 'create table public.later (id int);' };
		const result = await migrate(db, { migrations: [SQUASHED, later], log: (l) => lines.push(l) });
		expect(result).toMatchObject({ applied: [later.name], alreadyApplied: 1 });
		expect(lines).toContain(`ledger: 6 squashed migration(s) now recorded as ${SQUASHED.name}`);
		// No "has changed" warning: the row now holds the baseline's statements, as the CLI would.
		expect(lines.filter((l) => l.startsWith('warning'))).toEqual([]);
		expect(await ledgerOf(db)).toEqual([
			{ version: SQUASHED.name.slice(0, 14), name: 'baseline', statements: splitStatements(SQUASHED.sql) },
			{ version: '20260201000000', name: 'later', statements: splitStatements(later.sql) }
		]);
	}, 300_000);

	it('a fresh database runs the baseline', async () => {
		const db = await engine.create();
		expect((await migrate(db, { migrations: [SQUASHED] })).applied).toEqual([SQUASHED.name]);
		const { rows } = await db.transaction((tx) => tx.query(`select to_regclass('public.step_7')::text as t`));
		expect(rows).toEqual([{ t: 'step_7' }]);
	}, 300_000);

	it('a database that ran only some of them is refused by name, and nothing changes', async () => {
		const db = await engine.create();
		await migrate(db, { migrations: HISTORY.slice(0, 3) });
		const before = await ledgerOf(db);
		const error = await migrate(db, { migrations: [SQUASHED] }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(MigrationError);
		expect((error as MigrationError).migration).toBe(SQUASHED.name);
		expect((error as Error).message).toMatch(/ran 3 of the migrations squashed into it, not all of them/);
		expect(await ledgerOf(db)).toEqual(before);
	}, 300_000);
});

describe('the bootstrap on Supabase', () => {
	it('is skipped when the database is Supabase (it has a supabase_admin role)', async () => {
		// Only on PGlite: roles are cluster-wide on a server, and this one must not leak.
		const pglite = engines.find((e) => e.name === 'pglite')!;
		const db = await pglite.create();
		await db.transaction(async (tx) => {
			await tx.exec(`create role supabase_admin; create role anon; create role authenticated; create role service_role;
				create schema auth;
				create function auth.uid() returns uuid language sql as $$ select null::uuid $$;
				create function auth.jwt() returns jsonb language sql as $$ select '{}'::jsonb $$;`);
		});
		const result = await migrate(db);
		expect(result.bootstrapped).toBe(false);
		// Supabase's own auth.jwt() was left alone, not replaced by the bootstrap's.
		const { rows } = await db.transaction((tx) =>
			tx.query<{ src: string }>(
				`select prosrc as src from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'auth' and proname = 'jwt'`
			)
		);
		expect(rows[0]?.src).not.toContain('request.jwt.claims');
		await pglite.cleanup();
	}, 300_000);
});
