import { describe, expect, it } from 'vitest';
import {
	PREFER_NOT,
	UNKNOWN,
	populationShares,
	representation,
	type RepresentationRow
} from '../../src/lib/reach/representation';
import { parseSeeds, readSeedFiles } from '../../src/lib/server/seed';

const counts = (o: Record<string, number>) => Object.entries(o).map(([group, count]) => ({ group, count }));
const shares = (o: Record<string, number>) => Object.entries(o).map(([group, share]) => ({ group, share }));
const row = (rows: RepresentationRow[], group: string) => rows.find((r) => r.group === group)!;

describe('representation', () => {
	it('compares each group with its population share (hand-computed)', () => {
		// Stated 60 + 30 + 0 = 90; 10 not known; everyone 100.
		const r = representation(counts({ A: 60, B: 30, C: 0, [UNKNOWN]: 10 }), shares({ A: 50, B: 40, C: 10 }));
		expect(r.total).toEqual({ value: 100, label: '100' });
		expect(r.stated).toEqual({ value: 90, label: '90' });
		expect(r.rows.map((x) => x.group)).toEqual(['A', 'B', 'C', UNKNOWN]);
		const a = row(r.rows, 'A');
		expect(a.respondents).toBe(60);
		expect(a.respondentShare).toBeCloseTo(66.667, 3); // 60 / 90
		expect(a.ratio).toBeCloseTo(1.3333, 4); // 66.67 / 50
		expect(a.gap).toBeNull();
		expect(row(r.rows, 'B').ratio).toBeCloseTo(0.8333, 4); // 33.33 / 40
		expect(row(r.rows, 'B').gap).toBeNull();
		expect(row(r.rows, 'C')).toMatchObject({
			respondents: 0,
			text: '0',
			respondentShare: 0,
			ratio: 0,
			gap: 'no_respondents'
		});
		// Not known is counted and shown, never compared.
		expect(row(r.rows, UNKNOWN)).toEqual({
			group: UNKNOWN,
			kind: 'unknown',
			respondents: 10,
			text: '10',
			respondentShare: null,
			populationShare: null,
			ratio: null,
			gap: null
		});
	});

	it('flags a group heard at less than half its population share as under-heard', () => {
		// Stated 112: A 80 (71.43%, ratio 1.43), B 12 (10.71% of a 30% group: 0.357), C 20 (17.86% of 20%: 0.893).
		const r = representation(counts({ A: 80, B: 12, C: 20 }), shares({ A: 50, B: 30, C: 20 }));
		expect(row(r.rows, 'A').respondentShare).toBeCloseTo(71.4286, 4);
		expect(row(r.rows, 'A').ratio).toBeCloseTo(1.4286, 4);
		expect(row(r.rows, 'B').ratio).toBeCloseTo(0.3571, 4);
		expect(row(r.rows, 'B').gap).toBe('under_heard');
		expect(row(r.rows, 'C').ratio).toBeCloseTo(0.8929, 4);
		expect(row(r.rows, 'C').gap).toBeNull();
		// Exactly half is not under-heard: 25 of 100 against 50%.
		const half = representation(counts({ A: 25, B: 75 }), shares({ A: 50, B: 50 }));
		expect(row(half.rows, 'A').ratio).toBe(0.5);
		expect(row(half.rows, 'A').gap).toBeNull();
	});

	it('hides counts under 10, and a second group so the small one cannot be worked out from the total', () => {
		// C (3) is fewer than 10; B (40), the smallest other non-zero group, is hidden too.
		const r = representation(counts({ A: 100, B: 40, C: 3 }), shares({ A: 50, B: 30, C: 20 }));
		expect(r.stated).toEqual({ value: 143, label: '143' });
		expect(row(r.rows, 'A')).toMatchObject({ respondents: 100, gap: null });
		expect(row(r.rows, 'A').respondentShare).toBeCloseTo(69.9301, 4); // 100 / 143
		expect(row(r.rows, 'A').ratio).toBeCloseTo(1.3986, 4);
		// A hidden count hides its share and ratio too (count = share x stated).
		expect(row(r.rows, 'B')).toEqual({
			group: 'B',
			kind: 'group',
			respondents: null,
			text: 'not shown',
			respondentShare: null,
			populationShare: 30,
			ratio: null,
			gap: null
		});
		expect(row(r.rows, 'C')).toEqual({
			group: 'C',
			kind: 'group',
			respondents: null,
			text: 'fewer than 10',
			respondentShare: null,
			populationShare: 20,
			ratio: null,
			gap: 'too_few'
		});
		// What is shown leaves only B + C = 43.
		expect(r.stated.value! - row(r.rows, 'A').respondents!).toBe(43);
	});

	it('keeps "prefer not to say" and not known apart, and protects them the same way', () => {
		// 4 preferred not to say: hidden; not known (25) is hidden with it, not the stated total.
		const r = representation(counts({ A: 30, B: 20, [PREFER_NOT]: 4, [UNKNOWN]: 25 }), shares({ A: 60, B: 40 }));
		expect(r.rows.map((x) => [x.group, x.kind, x.text])).toEqual([
			['A', 'group', '30'],
			['B', 'group', '20'],
			[PREFER_NOT, 'prefer_not_to_say', 'fewer than 10'],
			[UNKNOWN, 'unknown', 'not shown']
		]);
		expect(r.stated.value).toBe(50);
		expect(r.total).toEqual({ value: 79, label: '79' });
		// Shares are of the 50 who said: A 60% of them against 60% of the population.
		expect(row(r.rows, 'A').ratio).toBeCloseTo(1, 10);

		// With nothing else to hide, the total is hidden instead: 50 + 4 = 54 would give the 4 away.
		const alone = representation(counts({ A: 30, B: 20, [PREFER_NOT]: 4 }), shares({ A: 60, B: 40 }));
		expect(alone.total).toEqual({ value: null, label: 'not shown' });
		expect(alone.stated.value).toBe(50);
		expect(row(alone.rows, PREFER_NOT).text).toBe('fewer than 10');

		// Fewer than 10 said which group: all of them hidden, and so is the next cell at the top level.
		const few = representation(counts({ A: 3, B: 0, [PREFER_NOT]: 20 }), shares({ A: 50, B: 50 }));
		expect(few.stated).toEqual({ value: null, label: 'fewer than 10' });
		expect(row(few.rows, 'A')).toMatchObject({ respondents: null, text: 'fewer than 10', gap: 'too_few' });
		expect(row(few.rows, 'B')).toMatchObject({ respondents: 0, gap: 'no_respondents', respondentShare: 0 });
		expect(row(few.rows, PREFER_NOT)).toMatchObject({ respondents: null, text: 'not shown' });
		expect(few.total).toEqual({ value: 23, label: '23' });
	});

	it('lists groups heard from that have no population figure after the others, uncompared', () => {
		const r = representation(counts({ Elsewhere: 12, A: 20 }), shares({ A: 100 }));
		expect(r.rows.map((x) => x.group)).toEqual(['A', 'Elsewhere']);
		expect(row(r.rows, 'Elsewhere')).toMatchObject({ respondents: 12, populationShare: null, ratio: null, gap: null });
		expect(row(r.rows, 'Elsewhere').respondentShare).toBeCloseTo(37.5, 10); // 12 / 32
	});

	it('shows every population group as not heard when nobody has been heard yet', () => {
		const r = representation([], shares({ A: 70, B: 30 }));
		expect(r.total).toEqual({ value: 0, label: '0' });
		expect(r.rows.map((x) => [x.group, x.respondents, x.respondentShare, x.gap])).toEqual([
			['A', 0, null, 'no_respondents'],
			['B', 0, null, 'no_respondents']
		]);
	});

	it('adds up repeated groups and refuses impossible input', () => {
		expect(
			row(representation(counts({ A: 6 }).concat(counts({ A: 6 })), shares({ A: 100 })).rows, 'A').respondents
		).toBe(12);
		expect(() => representation(counts({ A: -1 }), [])).toThrow(RangeError);
		expect(() => representation(counts({ A: 1.5 }), [])).toThrow(RangeError);
		expect(() => representation([], shares({ A: 120 }))).toThrow(RangeError);
		expect(() => representation([], shares({ [UNKNOWN]: 10 }))).toThrow(RangeError);
	});
});

describe('populationShares', () => {
	const seeds = parseSeeds(readSeedFiles());
	const figures = (slug: string) => seeds.population!.find((p) => p.area === slug)!.figures;
	const localities = (slug: string) => seeds.areas.find((a) => a.area.slug === slug)!.area.localities;

	it("works out LLR's places as shares of the residents of all three (345,036 + 713,085 + 41,049 = 1,099,170)", () => {
		const basis = populationShares(figures('llr'), 'locality', localities('llr'))!;
		expect(basis.method).toBe('from_counts');
		expect(basis.figures.map((f) => [f.group, f.age_range])).toEqual([
			['Leicester City', 'all ages'],
			['Leicestershire', 'all ages'],
			['Rutland', 'all ages']
		]);
		expect(basis.shares.map((s) => s.group)).toEqual(localities('llr'));
		expect(basis.shares[0]!.share).toBeCloseTo(31.3906, 4);
		expect(basis.shares[1]!.share).toBeCloseTo(64.8749, 4);
		expect(basis.shares[2]!.share).toBeCloseTo(3.7345, 4);
	});

	it('gives nothing to compare with where the plans do not cover the whole area', () => {
		// SSOT gives Staffordshire's population but not Stoke-on-Trent's; its ethnic figures are per place.
		expect(populationShares(figures('ssot'), 'locality', localities('ssot'))).toBeNull();
		expect(populationShares(figures('ssot'), 'ethnic_group', ['White', 'ethnic_minority'])).toBeNull();
		expect(populationShares(figures('blmk'), 'locality', localities('blmk'))).toBeNull();
		expect(populationShares(figures('kent-medway'), 'age_band', ['11_13'])).toBeNull();
	});

	it('uses shares as the documents give them, all of one population', () => {
		const f = (group: string, share: number, population = 'residents aged 0-25') => ({
			dimension: 'ethnic_group',
			group,
			locality: null,
			age_range: '0-25',
			count: null,
			share,
			population,
			year: '2021'
		});
		const basis = populationShares(
			[f('White', 70), f('Asian, Asian British or Asian Welsh', 20), f('White', 80, 'pupils')],
			'ethnic_group',
			['White', 'Asian, Asian British or Asian Welsh']
		)!;
		expect(basis.method).toBe('stated');
		expect(basis.shares).toEqual([
			{ group: 'White', share: 70 },
			{ group: 'Asian, Asian British or Asian Welsh', share: 20 }
		]);
	});
});
