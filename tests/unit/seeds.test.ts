import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSeeds, readSeedFiles, SeedError } from '../../src/lib/server/seed';
import { seedArea, seedReferenceErrors } from '../../src/lib/schemas/seed';

const seeds = parseSeeds(readSeedFiles());
const area = (slug: string) => seeds.areas.find((a) => a.area.slug === slug)!;

describe('the seed files', () => {
	it('hold the four areas with the localities the product relies on', () => {
		expect(Object.fromEntries(seeds.areas.map((a) => [a.area.slug, a.area.localities]))).toEqual({
			blmk: ['Bedford Borough', 'Central Bedfordshire', 'Luton', 'Milton Keynes'],
			'kent-medway': ['Kent', 'Medway'],
			llr: ['Leicester City', 'Leicestershire', 'Rutland'],
			ssot: ['Staffordshire', 'Stoke-on-Trent']
		});
	});

	it('carry each plan with every priority the documents name', () => {
		const titles = (slug: string, plan = 0) => area(slug).plans[plan]!.priorities.map((p) => p.title);
		// BLMK 2024/25 has six key areas for action; SSOT 2024/25 nine priorities; Kent 2021 five workstreams.
		expect(titles('blmk')).toHaveLength(6);
		expect(titles('ssot')).toHaveLength(9);
		expect(titles('ssot')[0]).toMatch(/^To continue to develop the THRIVE Framework locally/);
		expect(
			area('kent-medway')
				.plans.find((p) => p.period.includes('2021'))!
				.priorities.map((p) => p.title)
		).toEqual([
			'Community transformation: Increasing access to services',
			'Emotional wellbeing and mental health in education',
			'Young adults',
			'Eating disorders',
			'Crisis'
		]);
		expect(titles('llr').length).toBeGreaterThanOrEqual(15);
	});

	it('number priorities 1, 2, 3 ... in document order', () => {
		for (const a of seeds.areas)
			for (const plan of a.plans)
				expect(plan.priorities.map((p) => p.number)).toEqual(plan.priorities.map((_, i) => i + 1));
	});

	it('name a source document on every item, and only documents the area lists', () => {
		for (const a of seeds.areas) {
			const files = new Set(a.area.sources.map((s) => s.file));
			const used = [
				...a.plans.map((p) => p.source),
				...a.plans.flatMap((p) => p.priorities.map((x) => x.source)),
				...a.plans.flatMap((p) => p.priorities.flatMap((x) => x.actions.map((y) => y.source))),
				...a.you_said.map((y) => y.source),
				...a.you_said.flatMap((y) => y.quotes.map((q) => q.source)),
				...a.engagements.map((e) => e.source)
			];
			expect(used.filter((f) => !files.has(f))).toEqual([]);
		}
	});

	it('quote young people verbatim: every quote appears in its source document when shared/ is present', () => {
		let checked = 0;
		for (const a of seeds.areas)
			for (const y of a.you_said)
				for (const q of y.quotes) {
					let text: string;
					try {
						text = readFileSync(`../shared/seeds/${q.source}`, 'utf8');
					} catch {
						continue; // a user's clone has no shared/ folder
					}
					const squash = (s: string) => s.replace(/\s+/g, ' ');
					expect(squash(text), `quote not found verbatim: ${q.text}`).toContain(squash(q.text));
					checked++;
				}
		if (checked === 0) console.warn('shared/seeds not present: verbatim quote check skipped');
	});

	it('report the Kent engagement figures as numbers', () => {
		const figures = area('kent-medway').engagements.flatMap((e) => e.figures.map((f) => f.value));
		expect(figures).toEqual(expect.arrayContaining([487, 981]));
	});

	it('link statements only to priorities and actions that exist', () => {
		for (const a of seeds.areas) expect(seedReferenceErrors(a)).toEqual([]);
	});
});

describe('seed validation', () => {
	const minimal = () => structuredClone(area('blmk'));

	it('names the file and field when a seed file is wrong', () => {
		const broken = minimal() as unknown as { plans: { priorities: { title: string }[] }[] };
		broken.plans[0]!.priorities[0]!.title = '';
		expect(() => parseSeeds({ themes: readSeedFiles().themes, areas: { 'blmk.json': broken } })).toThrow(
			/blmk\.json is not a valid seed file:\n\s+plans\.0\.priorities\.0\.title/
		);
	});

	it('rejects a statement linked to an action that does not exist', () => {
		const broken = minimal();
		broken.you_said[0]!.actions = ['no-such-action'];
		broken.you_said[0]!.basis = { 'no-such-action': 'documented' };
		expect(seedReferenceErrors(seedArea.parse(broken))).toEqual([
			`${broken.you_said[0]!.key}: unknown action "no-such-action"`
		]);
		expect(() => parseSeeds({ themes: readSeedFiles().themes, areas: { 'blmk.json': broken } })).toThrow(SeedError);
	});

	it('rejects duplicate keys', () => {
		const broken = minimal();
		broken.you_said.push({ ...broken.you_said[0]! });
		expect(seedReferenceErrors(seedArea.parse(broken)).join()).toMatch(/duplicate key/);
	});
});
