/**
 * Every column of every table that each role can update, tried for real (issue 13, item 2): as
 * anon and as each demo role (and a platform admin), `update … set c = c` on every column of
 * every public table, inside a savepoint. The full list is kept in a reviewed file; a change to a
 * policy or grant that widens it fails here until someone looks at the new list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db, Tx } from '../../src/lib/server/db/types';
import { seedDemoAccounts, PLATFORM_ADMIN_EMAIL } from '../../src/lib/server/demo';
import { engines } from './engines';
import { owner, seeded } from './fixtures';

type Matrix = Record<string, string[]>;

async function columns(tx: Tx) {
	const { rows } = await tx.query<{ table: string; column: string }>(
		`select c.relname as table, a.attname as column
		 from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
		 where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
		 order by 1, 2`
	);
	return rows;
}

/** The columns these claims can change on at least one row (`set c = c` touches a row, no error). */
async function updatable(db: Db, claims: Claims, cols: { table: string; column: string }[]): Promise<string[]> {
	return withClaims(db, claims, async (tx) => {
		const found: string[] = [];
		for (const { table, column } of cols) {
			await tx.query('savepoint probe');
			try {
				const { rowCount } = await tx.query(`update public."${table}" set "${column}" = "${column}"`);
				if (rowCount > 0) found.push(`${table}.${column}`);
			} catch {
				// Refused: by a privilege, a policy's check or a trigger.
			}
			await tx.query('rollback to savepoint probe');
		}
		return found;
	});
}

describe.each(engines)('what each role can update on $name', (engine) => {
	let db: Db;
	const personas: Record<string, Claims> = {};
	const matrix: Matrix = {};

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await seedDemoAccounts(db);
		const people = await owner(db, (tx) =>
			tx.query<{ id: string; email: string }>(
				`select id, email from public.people where email like '%@llr.example' or email = $1`,
				[PLATFORM_ADMIN_EMAIL]
			)
		);
		personas.anon = ANON;
		for (const p of people.rows)
			personas[p.email === PLATFORM_ADMIN_EMAIL ? 'platform admin' : p.email.split('@')[0]!] = {
				role: 'authenticated',
				sub: p.id
			};
		const cols = await owner(db, columns);
		for (const [name, claims] of Object.entries(personas).sort()) matrix[name] = await updatable(db, claims, cols);
	}, 600_000);
	afterAll(() => engine.cleanup());

	it('lets anon update nothing at all', () => {
		expect(matrix.anon).toEqual([]);
	});

	it('lets a signed-in person change only their own display name on people, nothing else', async () => {
		for (const [name, found] of Object.entries(matrix)) {
			const onPeople = found.filter((c) => c.startsWith('people.'));
			expect({ name, onPeople }).toEqual({ name, onPeople: name === 'anon' ? [] : ['people.display_name'] });
		}
		const youth = personas.youth!;
		const changed = await withClaims(db, youth, (tx) =>
			tx.query(`update public.people set display_name = 'Renamed' where id <> $1`, [youth.sub])
		);
		expect(changed.rowCount).toBe(0);
		const promote = await withClaims(db, youth, (tx) =>
			tx.query(`update public.people set is_platform_admin = true where id = $1`, [youth.sub])
		).catch((e: unknown) => e);
		expect(String(promote)).toMatch(/permission denied/);
	});

	it('lets only admins change memberships, and nobody other than them grant a role', async () => {
		for (const [name, found] of Object.entries(matrix)) {
			const onMemberships = found.some((c) => c.startsWith('memberships.'));
			expect({ name, onMemberships }).toEqual({ name, onMemberships: name === 'admin' || name === 'platform admin' });
		}
		for (const name of ['officer', 'commissioner', 'youth', 'partner']) {
			const me = personas[name]!;
			const grant = await withClaims(db, me, (tx) =>
				tx.query(
					`insert into public.memberships (person_id, area_id, role)
					 select $1, id, 'area_admin' from public.areas where slug = 'llr'`,
					[me.sub]
				)
			).catch((e: unknown) => e);
			expect(String(grant)).toMatch(/row-level security/);
		}
	});

	it('matches the reviewed list of every column each role can update', async () => {
		const text = Object.entries(matrix)
			.map(([name, found]) => `## ${name}\n${found.join('\n') || '(nothing)'}\n`)
			.join('\n');
		await expect(text).toMatchFileSnapshot('./__snapshots__/updatable-columns.txt');
	});
});
