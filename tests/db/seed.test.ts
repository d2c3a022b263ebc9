import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../src/lib/server/seed';
import type { Db } from '../../src/lib/server/db/types';
import { engines } from './engines';
import { owner, seedData, seeded } from './fixtures';

const TABLES = [
	'areas',
	'source_documents',
	'plans',
	'priorities',
	'actions',
	'action_updates',
	'themes',
	'engagements',
	'you_said',
	'you_said_quotes',
	'you_said_priorities',
	'you_said_actions',
	'you_said_themes'
];

/** Every row of every seeded table, with its physical version (xmin), so any rewrite shows. */
async function snapshot(db: Db): Promise<Record<string, string>> {
	return owner(db, async (tx) => {
		const out: Record<string, string> = {};
		for (const t of TABLES) {
			const { rows } = await tx.query<{ rows: string | null }>(
				`select string_agg(x::text || ':' || xmin::text, '|' order by x::text) as rows from public.${t} x`
			);
			out[t] = rows[0]?.rows ?? '';
		}
		return out;
	});
}

describe.each(engines)('seeding on $name', (engine) => {
	let db: Db;
	beforeAll(async () => {
		db = await seeded(await engine.create());
	});
	afterAll(() => engine.cleanup());

	it('loads the fourteen default themes with their exact ids', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{ id: string }>('select id from public.themes where area_id is null order by position')
		);
		expect(rows.map((r) => r.id)).toEqual([
			'access-waiting',
			'crisis-support',
			'schools-education',
			'information-signposting',
			'being-heard',
			'transitions',
			'eating-disorders',
			'neurodiversity',
			'digital-online',
			'equality-inclusion',
			'parents-carers',
			'staff-relationships',
			'places-spaces',
			'wellbeing-activities'
		]);
	});

	it('loads every area with the counts in its seed file', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{
				slug: string;
				plans: number;
				priorities: number;
				actions: number;
				statements: number;
				quotes: number;
			}>(
				`select a.slug,
					(select count(*)::int from public.plans where area_id = a.id) as plans,
					(select count(*)::int from public.priorities where area_id = a.id) as priorities,
					(select count(*)::int from public.actions where area_id = a.id) as actions,
					(select count(*)::int from public.you_said where area_id = a.id) as statements,
					(select count(*)::int from public.you_said_quotes where area_id = a.id) as quotes
				 from public.areas a order by a.slug`
			)
		);
		const expected = seedData.areas
			.map((s) => {
				const priorities = s.plans.flatMap((p) => p.priorities);
				return {
					slug: s.area.slug,
					plans: s.plans.length,
					priorities: priorities.length,
					actions: priorities.flatMap((p) => p.actions).length,
					statements: s.you_said.length,
					quotes: s.you_said.reduce((n, y) => n + y.quotes.length, 0)
				};
			})
			.sort((a, b) => a.slug.localeCompare(b.slug));
		expect(rows).toEqual(expected);
		expect(rows.map((r) => r.slug)).toEqual(['blmk', 'kent-medway', 'llr', 'ssot']);
	});

	it('records the source document on every seeded plan, priority, action and statement', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{ missing: number }>(
				`select (select count(*) from public.plans where source_file is null)
					+ (select count(*) from public.priorities where source_file is null)
					+ (select count(*) from public.actions where source_file is null)
					+ (select count(*) from public.you_said where source_file is null)
					+ (select count(*) from public.you_said_quotes where source_file is null) as missing`
			)
		);
		expect(Number(rows[0]?.missing)).toBe(0);
	});

	it('links statements to the actions that answer them, within the same area', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{ links: number; crossed: number }>(
				`select count(*)::int as links,
					count(*) filter (where a.area_id <> y.area_id)::int as crossed
				 from public.you_said_actions ya
				 join public.actions a on a.id = ya.action_id
				 join public.you_said y on y.id = ya.you_said_id`
			)
		);
		const expected = seedData.areas.reduce(
			(n, s) => n + s.you_said.reduce((m, y) => m + new Set(y.actions).size, 0),
			0
		);
		expect(rows[0]).toEqual({ links: expected, crossed: 0 });
	});

	it('changes nothing when run a second time', async () => {
		const before = await snapshot(db);
		await seed(db, seedData);
		const after = await snapshot(db);
		expect(after).toEqual(before);
	});
});
