/**
 * Metric series on both engines (issue 15, items 1, 2 and 8): the seeded SSOT appendix and the
 * access ranking of all four areas, read by anyone; values added by an area's staff, by form and
 * CSV, and refused in another area, to the youth board and to visitors; the board and board.json
 * (schema_version 2) carrying voice, basis and metrics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db, Tx } from '../../src/lib/server/db/types';
import * as metrics from '../../src/lib/server/services/metrics';
import * as board from '../../src/lib/server/services/board';
import * as areas from '../../src/lib/server/services/areas';
import { boardJsonSchema } from '../../src/lib/schemas/board-json';
import { seed } from '../../src/lib/server/seed';
import { engines } from './engines';
import { owner, seedData, seeded } from './fixtures';

describe.each(engines)('metrics on $name', (engine) => {
	let db: Db;
	const ids: Record<string, string> = {};
	const people: Record<string, Claims> = {};
	const asAnon = <T>(fn: (tx: Tx) => Promise<T>) => withClaims(db, ANON, fn);
	const as = <T>(who: string, fn: (tx: Tx) => Promise<T>) => withClaims(db, people[who]!, fn);

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await owner(db, async (tx) => {
			const one = async (sql: string, params: unknown[] = []) =>
				(await tx.query<{ id: string }>(sql, params)).rows[0]!.id;
			for (const slug of ['llr', 'ssot', 'kent-medway', 'blmk'])
				ids[slug] = await one(`select id from public.areas where slug = $1`, [slug]);
			for (const [who, slug, role] of [
				['llrOfficer', 'llr', 'engagement_officer'],
				['llrCommissioner', 'llr', 'commissioner'],
				['llrYouth', 'llr', 'youth_board'],
				['ssotOfficer', 'ssot', 'engagement_officer']
			] as const) {
				const person = await one(`insert into public.people (email, display_name) values ($1, 'x') returning id`, [
					`${who.toLowerCase()}-${engine.name}@metrics.test`
				]);
				await tx.query(`insert into public.memberships (person_id, area_id, role) values ($1, $2, $3)`, [
					person,
					ids[slug],
					role
				]);
				people[who] = { role: 'authenticated', sub: person };
			}
		});
	}, 300_000);
	afterAll(() => engine.cleanup());

	const series = async (slug: string, title: RegExp, who?: string) => {
		const read = (tx: Tx) => metrics.forArea(tx, ids[slug]!);
		const all = who ? await as(who, read) : await asAnon(read);
		return all.find((s) => title.test(s.title))!;
	};

	it('loads every tabular series of the SSOT appendices, and the access ranking of all four areas', async () => {
		const ssot = await asAnon((tx) => metrics.forArea(tx, ids.ssot!));
		expect(ssot.length).toBe(seedData.metrics!.find((m) => m.area === 'ssot')!.series.length);
		expect(ssot.length).toBeGreaterThanOrEqual(150);
		const ranking: Record<string, number | null> = {};
		for (const slug of ['llr', 'kent-medway', 'ssot', 'blmk']) {
			const s = await series(slug, /against the national plan/);
			expect(s.source_file).toBe('004_23d455e10acadd96.txt');
			expect(s.source_title).toMatch(/Local Transformation Plan/);
			ranking[slug] = s.points.at(-1)!.value;
		}
		expect(ranking).toEqual({ llr: 129, 'kent-medway': 108, ssot: 83, blmk: 76 });
	});

	it('says the latest figure and its target in one plain sentence', async () => {
		const ed = await series('ssot', /eating disorder seen within 4 weeks/);
		expect(ed.sentence).toBe(
			'In March 2024, 70% of young people with an eating disorder were seen within 4 weeks. The target is 95%.'
		);
		expect(ed.points.map((p) => p.target)).toEqual(Array(12).fill(95));
		expect(ed.direction).toBe('higher');
		const kent = await series('kent-medway', /at least two contacts/);
		expect(kent.sentence).toMatch(/The target for 2021\/22 is 17,703\.$/);
	});

	it("lets an area's officer and commissioner add values, and nobody else", async () => {
		const llrMhst = await series('llr', /Referrals to Mental Health Support Teams/);
		const ssotEd = await series('ssot', /eating disorder seen within 4 weeks/);
		const value = { period: '2023/24', period_end: '2024-03-31', value: 812, target: null };
		await as('llrOfficer', (tx) => metrics.saveValue(tx, ids.llr!, llrMhst.id, value));
		await as('llrCommissioner', (tx) =>
			metrics.saveValue(tx, ids.llr!, llrMhst.id, { ...value, period: '2024/25', period_end: '2025-03-31', value: 900 })
		);
		const after = await series('llr', /Referrals to Mental Health Support Teams/);
		expect(after.points.map((p) => p.value)).toEqual([401, 702, 812, 900]);

		// Another area's officer, the youth board and visitors are refused by row-level security.
		const refused = async (fn: () => Promise<unknown>) => expect(fn()).rejects.toThrow(/row-level security/);
		await refused(() => as('ssotOfficer', (tx) => metrics.saveValue(tx, ids.llr!, llrMhst.id, value)));
		await refused(() => as('llrOfficer', (tx) => metrics.saveValue(tx, ids.ssot!, ssotEd.id, value)));
		await refused(() => as('llrYouth', (tx) => metrics.saveValue(tx, ids.llr!, llrMhst.id, value)));
		await refused(() => asAnon((tx) => metrics.saveValue(tx, ids.llr!, llrMhst.id, value)));
		// Nor can an officer quietly change another area's values or series.
		const changed = await as('llrOfficer', async (tx) => [
			(await tx.query(`update public.metric_values set value = 0 where series_id = $1 returning 1`, [ssotEd.id])).rows
				.length,
			(await tx.query(`delete from public.metric_series where id = $1 returning 1`, [ssotEd.id])).rows.length
		]);
		expect(changed).toEqual([0, 0]);
		expect((await series('ssot', /eating disorder seen within 4 weeks/)).points.at(-1)!.value).toBe(70);
	});

	it('hides an unpublished series from visitors and other areas, not from its own staff', async () => {
		const s = await series('llr', /Leicester City/);
		await as('llrOfficer', (tx) => tx.query(`update public.metric_series set published = false where id = $1`, [s.id]));
		expect(await series('llr', /Leicester City/)).toBeUndefined();
		expect(await series('llr', /Leicester City/, 'ssotOfficer')).toBeUndefined();
		expect((await series('llr', /Leicester City/, 'llrYouth'))?.id).toBe(s.id);
		await as('llrOfficer', (tx) => tx.query(`update public.metric_series set published = true where id = $1`, [s.id]));
	});

	it('reads a CSV of values, naming each problem by row and column, and saves none unless all are right', () => {
		const good = metrics.readValuesCsv(
			'period,period_end,value,target\nApr-24,2024-04-30,72,95\nMay-24,2024-05-31,,95\n'
		);
		expect(good.problems).toEqual([]);
		expect(good.values).toEqual([
			{ period: 'Apr-24', period_end: '2024-04-30', value: 72, target: 95 },
			{ period: 'May-24', period_end: '2024-05-31', value: null, target: 95 }
		]);
		const bad = metrics.readValuesCsv('period,period_end,value,target\nApr-24,30/04/2024,72%,\nMay-24,2024-05-31,,\n');
		expect(bad.problems).toEqual([
			{ row: 2, field: 'period_end', message: expect.stringMatching(/YYYY-MM-DD/) },
			{ row: 2, field: 'value', message: expect.stringMatching(/no % sign/) },
			{ row: 3, field: 'value', message: 'Give a value, a target, or both' }
		]);
		expect(metrics.readValuesCsv('when,amount\n1,2\n').problems[0]).toMatchObject({ row: 1, field: 'file' });
	});

	it('puts voice, basis and metrics on the board and in board.json schema_version 2', async () => {
		const ssot = (await asAnon((tx) => areas.bySlug(tx, 'ssot')))!;
		const b = await asAnon((tx) => board.forArea(tx, ssot.id, {}, { pageSize: 100 }));
		const statements = b.groups.flatMap((g) => g.statements);
		const inspection = statements.find((s) => /Inspectors told us/.test(s.statement))!;
		expect(inspection.voice).toBe('inspectors');
		expect(Object.values(inspection.basis)).toEqual(['documented']);
		const withMetrics = b.groups.filter((g) => g.metrics.length);
		expect(withMetrics.length).toBeGreaterThan(0);
		expect(b.metrics.some((m) => /eating disorder seen within 4 weeks/.test(m.title))).toBe(true);

		const json = boardJsonSchema.parse(board.boardJson(b, ssot, 'http://127.0.0.1'));
		expect(json.schema_version).toBe(2);
		const js = json.priorities.flatMap((p) => p.statements).find((s) => s.id === inspection.id)!;
		expect(js.voice).toEqual({ kind: 'inspectors', heading: 'Inspectors found' });
		expect(js.links).toEqual(js.action_ids.map((id) => ({ action_id: id, basis: 'documented' })));
		const ed = json.metrics.find((m) => /eating disorder seen within 4 weeks/.test(m.title))!;
		expect(ed.points.at(-1)).toEqual({ period: 'Mar-24', period_end: '2024-03-31', value: 70, target: 95, note: null });
		for (const p of json.priorities) for (const id of p.metric_ids) expect(json.metrics.map((m) => m.id)).toContain(id);
	});

	it("marks BLMK's links as ours and says so in board.json", async () => {
		const blmk = (await asAnon((tx) => areas.bySlug(tx, 'blmk')))!;
		const json = board.boardJson(await asAnon((tx) => board.forArea(tx, blmk.id)), blmk, 'http://127.0.0.1');
		const bases = json.priorities.flatMap((p) => p.statements.flatMap((s) => s.links.map((l) => l.basis)));
		expect(bases.length).toBeGreaterThan(0);
		expect(new Set(bases)).toEqual(new Set(['inferred']));
	});

	it('seeds again without changing anything, and keeps values people added', async () => {
		const before = await owner(db, (tx) =>
			tx.query<{ n: number; t: Date }>(`select count(*)::int as n, max(updated_at) as t from public.metric_values`)
		);
		await seed(db, seedData);
		const after = await owner(db, (tx) =>
			tx.query<{ n: number; t: Date }>(`select count(*)::int as n, max(updated_at) as t from public.metric_values`)
		);
		expect(after.rows[0]).toEqual(before.rows[0]);
	});
});
