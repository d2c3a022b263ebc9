/**
 * Who may do what, said three times: the map in src/lib/permissions.ts, the SQL helpers
 * app.can_<capability>(area) that policies call, and the list in docs/roles.md. This proves they
 * agree, by asking each helper as a person holding each role (in their own area and another),
 * and that no policy lists roles inline any more. It also checks the database's fixed lists
 * (roles, statuses, age bands, consent...) hold exactly the values of src/lib/vocabulary.ts.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import { CAPABILITIES, PERMISSIONS, type Capability } from '../../src/lib/permissions';
import {
	ACTION_STATUSES,
	AGE_BANDS,
	AUDIENCES,
	CONSENT_LEVELS,
	EVENT_STATUSES,
	HELPED_ANSWERS,
	RESPONDENT_ROLES,
	STAFF_ROLES,
	STATEMENT_STATUSES,
	SURVEY_STATUSES,
	THRIVE_GROUPS,
	type StaffRole
} from '../../src/lib/vocabulary';
import { engines } from './engines';
import { migrated, owner } from './fixtures';

/** docs/roles.md's "Who may do what" list: capability -> roles. */
function readDocList(): Map<string, string[]> {
	const text = readFileSync('docs/roles.md', 'utf8');
	const section = text.split('## Who may do what')[1]?.split('\n## ')[0] ?? '';
	const list = new Map<string, string[]>();
	for (const line of section.split('\n')) {
		const m = /^- `([a-z_]+)`: ([a-z_, ]+)\./.exec(line);
		if (m)
			list.set(
				m[1]!,
				m[2]!.split(',').map((r) => r.trim())
			);
	}
	return list;
}

describe('the permissions map and docs/roles.md', () => {
	it('list the same capabilities, each with the same roles', () => {
		const doc = readDocList();
		expect([...doc.keys()].sort()).toEqual([...CAPABILITIES].sort());
		for (const cap of CAPABILITIES) expect(doc.get(cap), cap).toEqual([...PERMISSIONS[cap]]);
	});

	it('names only real roles, each at most once', () => {
		for (const cap of CAPABILITIES) {
			const roles: readonly string[] = PERMISSIONS[cap];
			expect(new Set(roles).size, cap).toBe(roles.length);
			for (const r of roles) expect(STAFF_ROLES as readonly string[], cap).toContain(r);
		}
	});
});

describe.each(engines)('permission helpers on $name', (engine) => {
	let db: Db;
	let own: string;
	let other: string;
	const people = {} as Record<StaffRole, string>;
	let revoked: string;

	beforeAll(async () => {
		db = await migrated(await engine.create());
		await owner(db, async (tx) => {
			const area = async (slug: string) =>
				(
					await tx.query<{ id: string }>(
						`insert into public.areas (slug, name, short_name, published) values ($1, $2, $3, true) returning id`,
						[slug, `Area ${slug}`, slug.toUpperCase()]
					)
				).rows[0]!.id;
			own = await area(`perm-a-${randomBytes(3).toString('hex')}`);
			other = await area(`perm-b-${randomBytes(3).toString('hex')}`);
			const person = async (name: string) =>
				(
					await tx.query<{ id: string }>(
						`insert into public.people (email, display_name) values ($1, $2) returning id`,
						[`${name}-${randomBytes(4).toString('hex')}@perm.test`, name]
					)
				).rows[0]!.id;
			for (const role of STAFF_ROLES) {
				people[role] = await person(role);
				await tx.query(
					`insert into public.memberships (person_id, area_id, role, organisation) values ($1, $2, $3, $4)`,
					[people[role], own, role, role === 'partner' ? 'Test Org' : null]
				);
			}
			// Every role, but revoked: holds nothing.
			revoked = await person('revoked');
			for (const role of STAFF_ROLES)
				await tx.query(
					`insert into public.memberships (person_id, area_id, role, revoked_at) values ($1, $2, $3, now())`,
					[revoked, own, role]
				);
		});
	});

	afterAll(() => engine.cleanup());

	async function ask(claims: Claims, cap: Capability, area: string): Promise<boolean> {
		return withClaims(db, claims, async (tx) => {
			const { rows } = await tx.query<{ ok: boolean }>(`select app.can_${cap}($1::uuid) as ok`, [area]);
			return rows[0]!.ok;
		});
	}

	it('exist for exactly the capabilities in the map', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{ name: string }>(
				`select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				 where n.nspname = 'app' and p.proname like 'can\\_%' order by 1`
			)
		);
		expect(rows.map((r) => r.name).sort()).toEqual(CAPABILITIES.map((c) => `can_${c}`).sort());
	});

	it('answer yes for exactly the roles in the map, only in their own area', async () => {
		const wrong: string[] = [];
		for (const cap of CAPABILITIES) {
			for (const role of STAFF_ROLES) {
				const claims: Claims = { role: 'authenticated', sub: people[role] };
				const expected = (PERMISSIONS[cap] as readonly string[]).includes(role);
				if ((await ask(claims, cap, own)) !== expected) wrong.push(`${cap} ${role} own area`);
				if (await ask(claims, cap, other)) wrong.push(`${cap} ${role} other area`);
			}
			if (await ask(ANON, cap, own)) wrong.push(`${cap} anon`);
			if (await ask({ role: 'authenticated', sub: revoked }, cap, own)) wrong.push(`${cap} revoked`);
		}
		expect(wrong).toEqual([]);
	});

	it('are what policies call: no policy lists roles itself', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{ table: string; name: string }>(
				`select tablename as table, policyname as name from pg_policies
				 where coalesce(qual, '') || coalesce(with_check, '') ~ 'area_role|has_area_role'`
			)
		);
		expect(rows).toEqual([]);
	});

	it('nor do the app functions: none passes a list of roles to has_area_role', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{ name: string }>(
				`select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				 where n.nspname in ('app', 'public') and p.prosrc ~ 'has_area_role\\([^)]*array\\['
				 order by 1`
			)
		);
		expect(rows.map((r) => r.name)).toEqual([]);
	});

	it('the database holds the same fixed lists as src/lib/vocabulary.ts', async () => {
		const enumValues = async (type: string) =>
			(
				await owner(db, (tx) => tx.query<{ v: string }>(`select unnest(enum_range(null::public.${type}))::text as v`))
			).rows.map((r) => r.v);
		expect(await enumValues('area_role')).toEqual([...STAFF_ROLES]);
		expect(await enumValues('action_status')).toEqual([...ACTION_STATUSES]);

		/** The quoted values of a column's check constraint, in order. */
		const checked = async (table: string, column: string) => {
			const { rows } = await owner(db, (tx) =>
				tx.query<{ def: string }>(
					`select pg_get_constraintdef(c.oid) as def from pg_constraint c
					 where c.conrelid = ('public.' || $1)::regclass and c.contype = 'c'
					   and pg_get_constraintdef(c.oid) ~ ('\\m' || $2 || '\\M')
					   and pg_get_constraintdef(c.oid) ~ 'ANY|IN'`,
					[table, column]
				)
			);
			expect(rows, `${table}.${column}`).toHaveLength(1);
			return [...rows[0]!.def.matchAll(/'([^']*)'/g)].map((m) => m[1]);
		};
		expect(await checked('responses', 'respondent_role')).toEqual([...RESPONDENT_ROLES]);
		expect(await checked('responses', 'age_band')).toEqual([...AGE_BANDS]);
		expect(await checked('event_participants', 'respondent_role')).toEqual([...RESPONDENT_ROLES]);
		expect(await checked('event_participants', 'age_band')).toEqual([...AGE_BANDS]);
		expect(await checked('feedback_items', 'consent')).toEqual([...CONSENT_LEVELS]);
		expect(await checked('surveys', 'audience')).toEqual([...AUDIENCES]);
		expect(await checked('events', 'audience')).toEqual([...AUDIENCES]);
		expect(await checked('surveys', 'status')).toEqual([...SURVEY_STATUSES]);
		expect(await checked('events', 'status')).toEqual([...EVENT_STATUSES]);
		expect(await checked('you_said', 'status')).toEqual([...STATEMENT_STATUSES]);
		expect(await checked('action_feedback', 'answer')).toEqual([...HELPED_ANSWERS]);
		const thrive = await owner(db, (tx) =>
			tx.query<{ src: string }>(`select prosrc as src from pg_proc where proname = 'valid_thrive'`)
		);
		expect([...thrive.rows[0]!.src.matchAll(/'([^']*)'/g)].map((m) => m[1])).toEqual([...THRIVE_GROUPS]);
	});
});
