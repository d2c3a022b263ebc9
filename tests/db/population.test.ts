/**
 * "Who we heard from" on both engines: the seeded population figures (as the seed files give
 * them, idempotent, public for published areas) and the counts of people heard from by age band,
 * place and equality group, from a known set of survey responses and event participants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import { seed } from '../../src/lib/server/seed';
import * as pop from '../../src/lib/server/services/population';
import { PREFER_NOT, UNKNOWN, populationShares, representation } from '../../src/lib/reach/representation';
import { engines } from './engines';
import { areaIdOf, makeMember, owner, seedData, seeded } from './fixtures';

const code = () =>
	randomBytes(8)
		.toString('hex')
		.replace(/[^a-z2-9]/g, 'k')
		.slice(0, 8);
const asMap = (rows: { group: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.group, r.count]));

describe.each(engines)('population and who we heard from on $name', (engine) => {
	let db: Db;
	let llr: string;
	let commissioner: Claims;
	let youth: Claims;

	beforeAll(async () => {
		db = await seeded(await engine.create());
		const ids = await owner(db, async (tx) => {
			const one = async (sql: string, params: unknown[] = []) =>
				(await tx.query<{ id: string }>(sql, params)).rows[0]!.id;
			const area = await areaIdOf(tx, 'llr');
			const ssot = await areaIdOf(tx, 'ssot');
			const person = (email: string, role: string) => makeMember(tx, area, email, role, { name: 'x' });
			const engagement = await one(
				`insert into public.engagements (area_id, kind, title) values ($1, 'survey', 'Heard survey') returning id`,
				[area]
			);
			const survey = await one(
				`insert into public.surveys (area_id, engagement_id, code, title, audience, definition, status) values ($1, $2, $3, 'Heard', 'mixed', '{}', 'open') returning id`,
				[area, engagement, code()]
			);
			const respond = (
				role: string | null,
				age: string | null,
				place: string | null,
				equality: object,
				at: string,
				withdrawn = false
			) =>
				tx.query(
					`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash, respondent_role, age_band, locality, equality, created_at, withdrawn_at)
					 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, case when $11 then now() end)`,
					[
						randomUUID(),
						area,
						survey,
						randomBytes(12).toString('hex'),
						randomBytes(16).toString('hex'),
						role,
						age,
						place,
						JSON.stringify(equality),
						at,
						withdrawn
					]
				);
			await respond(
				'young_person',
				'14_15',
				'Leicester City',
				{ ethnic_group: 'White', gender: 'Woman or girl', send: 'Yes' },
				'2026-03-10T12:00:00Z'
			);
			await respond(
				'young_person',
				'14_15',
				'Leicestershire',
				{ ethnic_group: 'Asian, Asian British or Asian Welsh', gender: PREFER_NOT },
				'2026-03-10T12:00:00Z'
			);
			// 23:30 on 30 June in UTC is 00:30 on 1 July in the UK.
			await respond('young_person', '16_17', 'Rutland', { ethnic_group: PREFER_NOT }, '2026-06-30T23:30:00Z');
			await respond('parent_carer', null, 'Leicester City', {}, '2026-03-11T12:00:00Z');
			await respond(null, '11_13', null, {}, '2026-03-11T12:00:00Z');
			await respond('young_person', '18_21', 'Rutland', { ethnic_group: 'White' }, '2026-03-12T12:00:00Z', true);
			await respond('young_person', '22_25', 'Somewhere else', {}, '2025-01-15T12:00:00Z');

			const event = async (areaId: string, place: string | null) => {
				const e = await one(
					`insert into public.engagements (area_id, kind, title) values ($1, 'event', 'Heard event') returning id`,
					[areaId]
				);
				return one(
					`insert into public.events (area_id, engagement_id, code, name, starts_at, audience, locality, status) values ($1, $2, $3, 'Drop-in', '2026-03-20T16:00:00Z', 'mixed', $4, 'closed') returning id`,
					[areaId, e, code(), place]
				);
			};
			const join = (areaId: string, eventId: string, role: string, age: string | null) =>
				tx.query(
					`insert into public.event_participants (id, area_id, event_id, source, respondent_role, age_band, created_at) values ($1, $2, $3, 'paper', $4, $5, '2026-03-20T17:00:00Z')`,
					[randomUUID(), areaId, eventId, role, age]
				);
			const here = await event(area, 'Leicester City');
			await join(area, here, 'young_person', '11_13');
			await join(area, here, 'professional', null);
			await join(ssot, await event(ssot, 'Staffordshire'), 'young_person', '11_13');
			return {
				area,
				commissioner: await person('c@heard.test', 'commissioner'),
				youth: await person('y@heard.test', 'youth_board')
			};
		});
		llr = ids.area;
		commissioner = { role: 'authenticated', sub: ids.commissioner };
		youth = { role: 'authenticated', sub: ids.youth };
	}, 180_000);
	afterAll(() => engine.cleanup());

	it('holds the population figures of every seed file, with source and quote', async () => {
		const { rows } = await owner(db, (tx) =>
			tx.query<{
				slug: string;
				key: string;
				dimension: string;
				group_key: string | null;
				locality: string | null;
				age_range: string | null;
				count: number | null;
				share: number | null;
				source_file: string;
				quote: string;
			}>(
				`select a.slug, p.seed_key as key, p.dimension, p.group_key, p.locality, p.age_range, p.count, p.share, p.source_file, p.quote
				 from public.area_population p join public.areas a on a.id = p.area_id order by a.slug, p.seed_key`
			)
		);
		const expected = seedData
			.population!.flatMap((p) =>
				p.figures.map((f) => ({
					slug: p.area,
					key: f.key,
					dimension: f.dimension,
					group_key: f.group,
					locality: f.locality,
					age_range: f.age_range,
					count: f.count,
					share: f.share,
					source_file: f.source_file,
					quote: f.quote
				}))
			)
			.sort((a, b) => a.slug.localeCompare(b.slug) || a.key.localeCompare(b.key));
		expect(
			rows.map((r) => ({
				...r,
				count: r.count === null ? null : Number(r.count),
				share: r.share === null ? null : Number(r.share)
			}))
		).toEqual(expected);
		expect(rows.length).toBe(16);
	});

	it('lets anyone read the figures of a published area, through the service', async () => {
		const figures = await withClaims(db, ANON, (tx) => pop.population(tx, llr));
		expect(figures.map((f) => [f.dimension, f.group, f.locality, f.age_range, f.count, f.share])).toEqual([
			['age_band', null, 'Leicester City', '0-25', null, 37.2],
			['age_band', null, 'Leicestershire', '0-25', null, 28.5],
			['age_band', null, 'Rutland', '0-25', null, 26.2],
			['locality', 'Leicester City', null, '0-24', 135230, null],
			['locality', 'Leicester City', null, 'all ages', 345036, null],
			['locality', 'Leicestershire', null, 'all ages', 713085, null],
			['locality', 'Rutland', null, 'all ages', 41049, null]
		]);
		expect(figures[0]!.quote).toBe('Leicester City is 345,036 of which 37.2% are C&YP aged 0 – 25.');
		expect(figures[0]!.source_file).toBe('001_187b9cb2b0e92c1a.txt');
	});

	it("keeps an unpublished area's figures to its members", async () => {
		const { area, member } = await owner(db, async (tx) => {
			const area = (
				await tx.query<{ id: string }>(
					`insert into public.areas (slug, name, short_name, localities, published) values ('hidden-pop', 'Hidden', 'HP', '{Town}', false) returning id`
				)
			).rows[0]!.id;
			await tx.query(
				`insert into public.area_population (area_id, dimension, group_key, count, population) values ($1, 'locality', 'Town', 5000, 'residents of all ages')`,
				[area]
			);
			const member = await makeMember(tx, area, 'm@hidden.test', 'youth_board', { name: 'm' });
			return { area, member };
		});
		expect(await withClaims(db, ANON, (tx) => pop.population(tx, area))).toEqual([]);
		expect(await withClaims(db, commissioner, (tx) => pop.population(tx, area))).toEqual([]);
		expect(
			(await withClaims(db, { role: 'authenticated', sub: member }, (tx) => pop.population(tx, area))).map(
				(f) => f.count
			)
		).toEqual([5000]);
	});

	it('counts the people heard from by age band, place and equality group', async () => {
		const c = await withClaims(db, commissioner, (tx) => pop.respondentCounts(tx, llr));
		// Six responses not withdrawn, two participants at an LLR event (not the SSOT one).
		expect([c.total, c.responses, c.participants]).toEqual([8, 6, 2]);
		expect(c.groups.age_band).toEqual([
			{ group: 'under_11', count: 0 },
			{ group: '11_13', count: 2 },
			{ group: '14_15', count: 2 },
			{ group: '16_17', count: 1 },
			{ group: '18_21', count: 0 },
			{ group: '22_25', count: 1 },
			{ group: UNKNOWN, count: 2 }
		]);
		// Participants count where their event was held; a place the area does not list stays its own group.
		expect(c.groups.locality).toEqual([
			{ group: 'Leicester City', count: 4 },
			{ group: 'Leicestershire', count: 1 },
			{ group: 'Rutland', count: 1 },
			{ group: 'Somewhere else', count: 1 },
			{ group: UNKNOWN, count: 1 }
		]);
		expect(c.groups.ethnic_group).toEqual([
			{ group: 'Asian, Asian British or Asian Welsh', count: 1 },
			{ group: 'Black, Black British, Black Welsh, Caribbean or African', count: 0 },
			{ group: 'Mixed or Multiple ethnic groups', count: 0 },
			{ group: 'White', count: 1 },
			{ group: 'Other ethnic group', count: 0 },
			{ group: PREFER_NOT, count: 1 },
			{ group: UNKNOWN, count: 5 }
		]);
		expect(asMap(c.groups.gender)).toEqual({
			'Woman or girl': 1,
			'Man or boy': 0,
			'Non-binary': 0,
			'In another way': 0,
			[PREFER_NOT]: 1,
			[UNKNOWN]: 6
		});
		expect(asMap(c.groups.send)).toEqual({ Yes: 1, No: 0, [PREFER_NOT]: 0, [UNKNOWN]: 7 });
		expect(asMap(c.groups.care_experienced)).toEqual({ Yes: 0, No: 0, [PREFER_NOT]: 0, [UNKNOWN]: 8 });
		for (const rows of Object.values(c.groups)) expect(rows.reduce((n, r) => n + r.count, 0)).toBe(8);
	});

	it('filters by role (keeping people whose role is not known) and by UK date', async () => {
		const young = await withClaims(db, commissioner, (tx) =>
			pop.respondentCounts(tx, llr, { roles: ['young_person'] })
		);
		expect([young.total, young.responses, young.participants]).toEqual([6, 5, 1]);
		const spring = await withClaims(db, commissioner, (tx) =>
			pop.respondentCounts(tx, llr, { from: '2026-01-01', to: '2026-06-30' })
		);
		// Not the January 2025 response, nor the one sent at 00:30 UK time on 1 July.
		expect([spring.total, spring.responses, spring.participants]).toEqual([6, 4, 2]);
		const july = await withClaims(db, commissioner, (tx) => pop.respondentCounts(tx, llr, { from: '2026-07-01' }));
		expect(asMap(july.groups.locality)).toMatchObject({ Rutland: 1 });
		expect(july.total).toBe(1);
		await expect(
			withClaims(db, commissioner, (tx) => pop.respondentCounts(tx, llr, { from: '1 July' }))
		).rejects.toThrow(RangeError);
	});

	it('gives the youth board and visitors no counts: they cannot read responses', async () => {
		for (const claims of [ANON, youth]) {
			const c = await withClaims(db, claims, (tx) => pop.respondentCounts(tx, llr));
			expect(c.total).toBe(0);
			expect(c.groups.age_band.every((g) => g.count === 0)).toBe(true);
		}
	});

	it('feeds the comparison: LLR places against their residents, small numbers hidden', async () => {
		const [figures, counts] = await withClaims(
			db,
			commissioner,
			async (tx) => [await pop.population(tx, llr), await pop.respondentCounts(tx, llr)] as const
		);
		const basis = populationShares(figures, 'locality', ['Leicester City', 'Leicestershire', 'Rutland'])!;
		expect(basis.figures.every((f) => f.age_range === 'all ages')).toBe(true);
		const r = representation(counts.groups.locality, basis.shares);
		// Only 7 said where: everything is fewer than 10, so nothing is compared.
		expect(r.stated).toEqual({ value: null, label: 'fewer than 10' });
		expect(r.rows.filter((x) => x.respondents !== null && x.respondents > 0)).toEqual([]);
		expect(r.rows.map((x) => x.group)).toEqual([
			'Leicester City',
			'Leicestershire',
			'Rutland',
			'Somewhere else',
			UNKNOWN
		]);
	});

	it('seeds idempotently: a second run changes nothing, dropped figures go, figures people added stay', async () => {
		const snapshot = () =>
			owner(
				db,
				async (tx) =>
					(
						await tx.query<{ s: string }>(
							`select string_agg(x::text || ':' || xmin::text, '|' order by x.id) as s from public.area_population x`
						)
					).rows[0]!.s
			);
		const before = await snapshot();
		await seed(db, seedData);
		expect(await snapshot()).toBe(before);

		await owner(db, (tx) =>
			tx.query(
				`insert into public.area_population (area_id, dimension, group_key, count, population) values ($1, 'locality', 'Rutland', 40000, 'residents, added by hand')`,
				[llr]
			)
		);
		const fewer = {
			...seedData,
			population: seedData.population!.map((p) =>
				p.area === 'llr' ? { ...p, figures: p.figures.filter((f) => f.key !== 'llr-rutland-all-ages') } : p
			)
		};
		await seed(db, fewer);
		const keys = async () =>
			(
				await owner(db, (tx) =>
					tx.query<{ k: string | null }>(
						`select seed_key as k from public.area_population where area_id = $1 order by seed_key nulls last`,
						[llr]
					)
				)
			).rows.map((r) => r.k);
		expect(await keys()).not.toContain('llr-rutland-all-ages');
		expect(await keys()).toContain(null);
		await seed(db, seedData);
		expect(await keys()).toContain('llr-rutland-all-ages');
	});
});
