import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseSeeds, readSeedFiles, SeedError } from '../../src/lib/server/seed';
import { AGE_BANDS } from '../../src/lib/schemas/survey';
import {
	ETHNIC_GROUPS,
	ETHNIC_MINORITY,
	areaPopulation,
	populationFigure,
	populationReferenceErrors
} from '../../src/lib/schemas/population';

const files = readSeedFiles();
const seeds = parseSeeds(files);
const areaOf = (slug: string) => seeds.areas.find((a) => a.area.slug === slug)!.area;

describe('the population seed files', () => {
	it('hold one file per area, named by its slug', () => {
		expect(readdirSync('seeds/population').sort()).toEqual(['blmk.json', 'kent-medway.json', 'llr.json', 'ssot.json']);
		for (const [file, raw] of Object.entries(files.population!))
			expect(file).toBe(`${areaPopulation.parse(raw).area}.json`);
		expect(seeds.population!.map((p) => p.area).sort()).toEqual(['blmk', 'kent-medway', 'llr', 'ssot']);
	});

	it('carry the figures the plans give', () => {
		const count = Object.fromEntries(seeds.population!.map((p) => [p.area, p.figures.length]));
		expect(count).toEqual({ blmk: 1, 'kent-medway': 0, llr: 7, ssot: 8 });
		const llr = seeds.population!.find((p) => p.area === 'llr')!.figures;
		expect(
			llr.filter((f) => f.dimension === 'locality' && f.age_range === 'all ages').map((f) => [f.group, f.count])
		).toEqual([
			['Leicester City', 345036],
			['Leicestershire', 713085],
			['Rutland', 41049]
		]);
		// Kent and Medway's documents give no population figures, and the file says so.
		expect(seeds.population!.find((p) => p.area === 'kent-medway')!.notes).toMatch(
			/Neither Kent and Medway document gives population figures/
		);
	});

	it("use the app's values: localities exactly as the area names them, age bands, ONS groups", () => {
		for (const pop of seeds.population!) {
			const area = areaOf(pop.area);
			expect(populationReferenceErrors(pop, area)).toEqual([]);
			for (const f of pop.figures) {
				if (f.dimension === 'locality') expect(area.localities).toContain(f.group);
				if (f.locality !== null) expect(area.localities).toContain(f.locality);
				if (f.dimension === 'age_band' && f.group !== null) expect(AGE_BANDS).toContain(f.group);
				if (f.dimension === 'age_band' && f.group === null) expect(f.age_range).toMatch(/^\d+-\d+$/);
				if (f.dimension === 'ethnic_group') expect([...ETHNIC_GROUPS, ETHNIC_MINORITY]).toContain(f.group);
				expect(area.sources.map((s) => s.file)).toContain(f.source_file);
			}
		}
	});

	it('give shares from 0 to 100 and whole-number counts, each as printed in its quote', () => {
		for (const pop of seeds.population!)
			for (const f of pop.figures) {
				expect(f.count !== null || f.share !== null).toBe(true);
				if (f.share !== null) {
					expect(f.share).toBeGreaterThanOrEqual(0);
					expect(f.share).toBeLessThanOrEqual(100);
					expect(f.quote, f.key).toContain(`${f.share}%`);
				}
				if (f.count !== null) {
					expect(Number.isInteger(f.count)).toBe(true);
					expect(f.quote, f.key).toContain(f.count.toLocaleString('en-GB'));
				}
			}
	});

	it('are stored as tab-indented JSON like the other seed files', () => {
		for (const file of readdirSync('seeds/population')) {
			const text = readFileSync(`seeds/population/${file}`, 'utf8');
			expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, '\t')}\n`);
		}
	});
});

describe('population validation', () => {
	const base = {
		key: 'x-figure',
		dimension: 'locality',
		group: 'Luton',
		count: 10,
		population: 'residents of all ages',
		source_file: '000_82dfc905ed646a22.txt',
		quote: 'A sentence with 10 in it.'
	};
	const problems = (raw: object) => {
		const r = populationFigure.safeParse(raw);
		return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};

	it('accepts a well-formed figure', () => {
		expect(problems(base)).toEqual([]);
	});

	it('refuses shares outside 0-100, figures with no number, and groups the app does not use', () => {
		expect(problems({ ...base, share: 101 }).join()).toMatch(/^share/);
		expect(problems({ ...base, count: null }).join()).toMatch(/count: give a count, a share or both/);
		expect(problems({ ...base, dimension: 'age_band', group: '0_25' }).join()).toMatch(/^group: an age band/);
		expect(problems({ ...base, dimension: 'age_band', group: null, age_range: '0-25' })).toEqual([]);
		expect(problems({ ...base, dimension: 'ethnic_group', group: 'Asian' }).join()).toMatch(/^group: an ethnic group/);
		expect(problems({ ...base, dimension: 'total', group: null }).join()).toMatch(/^age_range/);
		expect(problems({ ...base, dimension: 'send', group: 'SEND' }).join()).toMatch(/"Yes"/);
		expect(problems({ ...base, source_file: '/work/shared/seeds/000.txt' }).join()).toMatch(/^source_file/);
	});

	it("names the file when a locality is not one of the area's", () => {
		const broken = structuredClone(files.population!['llr.json']) as { figures: { group: string }[] };
		broken.figures[0]!.group = 'Leicester';
		expect(() => parseSeeds({ ...files, population: { 'llr.json': broken } })).toThrow(SeedError);
		expect(() => parseSeeds({ ...files, population: { 'llr.json': broken } })).toThrow(
			/population\/llr\.json: .*unknown locality "Leicester"/
		);
	});
});
