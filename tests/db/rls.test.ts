/**
 * What anonymous visitors (and, until memberships exist, any signed-in person) can read and
 * write, decided by row-level security. Privileges are granted as Supabase grants them, so a
 * denied write here is the policies' doing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db, Tx } from '../../src/lib/server/db/types';
import { engines } from './engines';
import { makeArea, makePlan, makeStatement, owner, seeded } from './fixtures';

const SIGNED_IN: Claims = { role: 'authenticated', sub: '00000000-0000-4000-8000-000000000001' };

const count = async (tx: Tx, table: string, where = 'true', params: unknown[] = []) =>
	(await tx.query<{ n: number }>(`select count(*)::int as n from public.${table} where ${where}`, params)).rows[0]!.n;

describe.each(engines)('row-level security on $name', (engine) => {
	let db: Db;
	let hidden: {
		areaId: string;
		planInHiddenArea: Awaited<ReturnType<typeof makePlan>>;
		unpublishedPlan: Awaited<ReturnType<typeof makePlan>>;
		draft: Awaited<ReturnType<typeof makeStatement>>;
		staffOnlyQuote: Awaited<ReturnType<typeof makeStatement>>;
		llrId: string;
	};

	beforeAll(async () => {
		db = await seeded(await engine.create());
		hidden = await owner(db, async (tx) => {
			const llrId = (await tx.query<{ id: string }>(`select id from public.areas where slug = 'llr'`)).rows[0]!.id;
			const areaId = await makeArea(tx, 'hidden-area', false);
			return {
				llrId,
				areaId,
				planInHiddenArea: await makePlan(tx, areaId, true),
				unpublishedPlan: await makePlan(tx, llrId, false),
				draft: await makeStatement(tx, llrId, { status: 'draft' }),
				staffOnlyQuote: await makeStatement(tx, llrId, { status: 'published', quotePublished: false })
			};
		});
	});
	afterAll(() => engine.cleanup());

	for (const [who, claims] of [
		['anon', ANON],
		['a signed-in person with no memberships', SIGNED_IN]
	] as const) {
		describe(`as ${who}`, () => {
			it('reads the published areas, plans, priorities, actions and board', async () => {
				const seen = await withClaims(db, claims, async (tx) => ({
					areas: await count(tx, 'areas'),
					plans: await count(tx, 'plans'),
					priorities: await count(tx, 'priorities'),
					actions: await count(tx, 'actions'),
					statements: await count(tx, 'you_said'),
					quotes: await count(tx, 'you_said_quotes'),
					themes: await count(tx, 'themes')
				}));
				const all = await owner(db, async (tx) => ({
					plans: await count(tx, 'plans', 'published and area_id in (select id from public.areas where published)'),
					statements: await count(tx, 'you_said', `status = 'published'`),
					quotes: await count(
						tx,
						'you_said_quotes',
						`published and you_said_id in (select id from public.you_said where status = 'published')`
					)
				}));
				expect(seen.areas).toBe(4);
				expect(seen.plans).toBe(all.plans);
				expect(seen.priorities).toBeGreaterThan(40);
				expect(seen.actions).toBeGreaterThan(300);
				expect(seen.statements).toBe(all.statements);
				expect(seen.quotes).toBe(all.quotes);
				expect(seen.themes).toBe(14);
			});

			it('cannot see an unpublished area or anything in it', async () => {
				const seen = await withClaims(db, claims, async (tx) => ({
					area: await count(tx, 'areas', 'id = $1', [hidden.areaId]),
					plan: await count(tx, 'plans', 'id = $1', [hidden.planInHiddenArea.planId]),
					priority: await count(tx, 'priorities', 'id = $1', [hidden.planInHiddenArea.priorityId]),
					action: await count(tx, 'actions', 'id = $1', [hidden.planInHiddenArea.actionId])
				}));
				expect(seen).toEqual({ area: 0, plan: 0, priority: 0, action: 0 });
			});

			it('cannot see an unpublished plan, its priorities or its actions', async () => {
				const p = hidden.unpublishedPlan;
				const seen = await withClaims(db, claims, async (tx) => ({
					plan: await count(tx, 'plans', 'id = $1', [p.planId]),
					priority: await count(tx, 'priorities', 'id = $1', [p.priorityId]),
					action: await count(tx, 'actions', 'id = $1', [p.actionId])
				}));
				expect(seen).toEqual({ plan: 0, priority: 0, action: 0 });
			});

			it('cannot see a draft statement or its quotes, nor a quote not chosen for publishing', async () => {
				const seen = await withClaims(db, claims, async (tx) => ({
					draft: await count(tx, 'you_said', 'id = $1', [hidden.draft.youSaidId]),
					draftQuote: await count(tx, 'you_said_quotes', 'id = $1', [hidden.draft.quoteId]),
					publishedStatement: await count(tx, 'you_said', 'id = $1', [hidden.staffOnlyQuote.youSaidId]),
					unpublishedQuote: await count(tx, 'you_said_quotes', 'id = $1', [hidden.staffOnlyQuote.quoteId])
				}));
				expect(seen).toEqual({ draft: 0, draftQuote: 0, publishedStatement: 1, unpublishedQuote: 0 });
			});

			it('cannot read the migration records', async () => {
				const error = await withClaims(db, claims, (tx) =>
					tx.query('select * from supabase_migrations.schema_migrations')
				).catch((e: unknown) => e);
				expect(String(error)).toMatch(/permission denied/);
			});

			const writes: [string, string, (ids: typeof hidden) => unknown[]][] = [
				[
					'insert an area',
					`insert into public.areas (slug, name, short_name) values ('intruder', 'Intruder', 'IN')`,
					() => []
				],
				[
					'insert a plan',
					`insert into public.plans (area_id, title, period) values ($1, 'Fake plan', '2025')`,
					(h) => [h.llrId]
				],
				[
					'insert a statement',
					`insert into public.you_said (area_id, statement) values ($1, 'Fake feedback here')`,
					(h) => [h.llrId]
				],
				['insert a theme', `insert into public.themes (id, name) values ('fake-theme', 'Fake theme')`, () => []]
			];
			for (const [what, sql, params] of writes) {
				it(`cannot ${what}`, async () => {
					const error = await withClaims(db, claims, (tx) => tx.query(sql, params(hidden))).catch((e: unknown) => e);
					expect(String(error)).toMatch(/row-level security|permission denied/);
				});
			}

			it('changes nothing with update or delete, on any table', async () => {
				// Each table with a text column to change.
				const tables: Record<string, string> = {
					areas: 'name',
					plans: 'title',
					priorities: 'title',
					actions: 'title',
					action_updates: 'body',
					themes: 'name',
					engagements: 'title',
					you_said: 'statement',
					you_said_quotes: 'body',
					source_documents: 'title'
				};
				const affected = await withClaims(db, claims, async (tx) => {
					const out: Record<string, number> = {};
					for (const [t, col] of Object.entries(tables)) {
						const u = await tx.query(`update public.${t} set ${col} = ${col} || ' (hacked)' returning 1`);
						const d = await tx.query(`delete from public.${t} returning 1`);
						out[t] = u.rows.length + d.rows.length;
					}
					return out;
				});
				expect(Object.values(affected).every((n) => n === 0)).toBe(true);
				const hacked = await owner(db, (tx) => count(tx, 'areas', `name like '%(hacked)'`));
				expect(hacked).toBe(0);
			});
		});
	}

	it('refuses to run as any role but anon or authenticated', async () => {
		await expect(withClaims(db, { role: 'service_role' } as unknown as Claims, async () => 1)).rejects.toThrow(
			/only runs as anon or authenticated/
		);
	});

	it('passes the claims to auth.jwt() and auth.uid() inside the transaction, and clears them after', async () => {
		const inside = await withClaims(db, SIGNED_IN, (tx) =>
			tx.query<{ uid: string; role: string; db_role: string }>(
				`select auth.uid()::text as uid, auth.jwt() ->> 'role' as role, current_user as db_role`
			)
		);
		expect(inside.rows[0]).toEqual({ uid: SIGNED_IN.sub, role: 'authenticated', db_role: 'authenticated' });
		const after = await owner(db, (tx) =>
			tx.query<{ claims: string | null; db_role: string }>(
				`select nullif(current_setting('request.jwt.claims', true), '') as claims, current_user as db_role`
			)
		);
		expect(after.rows[0]?.claims ?? null).toBeNull();
		expect(after.rows[0]?.db_role).not.toBe('authenticated');
	});
});
