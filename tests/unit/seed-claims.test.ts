/**
 * Issue 15: every claim in seeds/ that cites a source is re-checked against the source's text,
 * read from the excerpts committed in seeds/sources/ (never from outside the repository), and the
 * fixes made against the source text stay made.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseSeeds, readSeedFiles } from '../../src/lib/server/seed';
import { parseFigure } from '../../src/lib/schemas/metrics';

const seeds = parseSeeds(readSeedFiles());
const area = (slug: string) => seeds.areas.find((a) => a.area.slug === slug)!;
const metrics = (slug: string) => seeds.metrics!.find((m) => m.area === slug)!;
const excerpt = (file: string) => {
	const path = `seeds/sources/${file}`;
	expect(existsSync(path), `${path} is committed`).toBe(true);
	return readFileSync(path, 'utf8');
};
/** Numbers the plans write as words ("from four to eight"). */
const WORDS: Record<string, number> = { four: 4, eight: 8, eleven: 11 };
const figure = (c: string) => WORDS[c.toLowerCase()] ?? parseFigure(c);
const statement = (slug: string, key: string) => area(slug).you_said.find((y) => y.key === key)!;
const allActions = (slug: string) => area(slug).plans.flatMap((p) => p.priorities.flatMap((x) => x.actions));

describe('claims citing a source, re-checked against its text', () => {
	it('every quote is word for word in its source', () => {
		let n = 0;
		for (const a of seeds.areas)
			for (const y of a.you_said)
				for (const q of y.quotes) {
					expect(excerpt(q.source), `${a.area.slug} ${y.key}`).toContain(q.text);
					n++;
				}
		expect(n).toBe(19);
	});

	it('every metric value and target is a number printed on its evidence lines, which are in the source', () => {
		let values = 0;
		for (const m of seeds.metrics!)
			for (const s of m.series) {
				const text = excerpt(s.source);
				for (const line of s.evidence) expect(text, `${m.area} ${s.key}`).toContain(line);
				const printed = new Set(
					s.evidence
						.flatMap((l) => l.split(/[\t ]+/).map((c) => figure(c.replace(/[.,;:()]+$/, ''))))
						.filter((v) => v !== null)
				);
				for (const p of s.points)
					for (const v of [p.value, p.target])
						if (v !== null) {
							expect(printed.has(v), `${m.area} ${s.key} ${p.period}: ${v}`).toBe(true);
							values++;
						}
			}
		expect(values).toBeGreaterThan(1000);
	});

	it('loads the access ranking for all four areas from the SSOT appendix', () => {
		const ranking = Object.fromEntries(
			['llr', 'kent-medway', 'ssot', 'blmk'].map((slug) => {
				const s = metrics(slug).series.find((x) => x.key === 'access-ltp-trajectory')!;
				expect(s.source).toBe('004_23d455e10acadd96.txt');
				return [slug, s.points[0]!.value];
			})
		);
		expect(ranking).toEqual({ llr: 129, 'kent-medway': 108, ssot: 83, blmk: 76 });
	});

	it('keeps the targets the plans state', () => {
		const ed = metrics('ssot').series.find((s) => s.key === 'ed-routine-4-weeks')!;
		expect(ed.points.at(-1)).toMatchObject({ period: 'Mar-24', value: 70, target: 95 });
		const kent = metrics('kent-medway').series.find((s) => s.key === 'cyp-two-contacts')!;
		expect(kent.points.map((p) => p.target)).toContain(17703);
	});
});

describe('seed fixes checked against the source text', () => {
	it('records whose voice every statement is, and never calls inspectors or professionals "you"', () => {
		expect(statement('ssot', 'ys-send-inspection-stoke').voice).toBe('inspectors');
		expect(excerpt('004_23d455e10acadd96.txt')).toContain('led by Ofsted and the Care Quality Commission (CQC)');
		for (const k of [
			'ys-development-days-positive',
			'ys-care-experienced-gaps',
			'ys-complex-needs-rising',
			'ys-access-gaps-mapping'
		])
			expect(statement('ssot', k).voice, k).toBe('professionals');
		expect(statement('ssot', 'ys-mhst-great-feedback').voice).toBe('mixed');
		expect(statement('kent-medway', 'ys-clinicians-providers').voice).toBe('professionals');
		// The Ofsted phrases are the inspectors' words, not young people's.
		for (const q of statement('ssot', 'ys-send-inspection-stoke').quotes) expect(q.speaker).toMatch(/Ofsted/);
	});

	it('keeps BLMK\'s word "equitable"', () => {
		expect(excerpt('000_82dfc905ed646a22.txt')).toContain('seamless, equitable offer across BLMK');
		expect(statement('blmk', 'ys-seamless-equitable-offer').text).toContain('seamless, equitable offer');
	});

	it('gives BLMK actions no due dates: the plan only says "the next year"', () => {
		expect(excerpt('000_82dfc905ed646a22.txt')).toContain('key action areas have been identified for the next year');
		expect(allActions('blmk').filter((a) => a.due !== null)).toEqual([]);
	});

	it("puts no THRIVE groupings on the headings of Kent's 2024 document", () => {
		const plan = area('kent-medway').plans.find((p) => p.source === '003_96f27e412d941f5f.txt')!;
		expect(plan.priorities.flatMap((p) => [...p.thrive, ...p.actions.flatMap((a) => a.thrive)])).toEqual([]);
	});

	it('does not tag LLR owners as Leicestershire Partnership NHS Trust where the plan does not', () => {
		expect(allActions('llr').filter((a) => a.owner?.includes('(Leicestershire Partnership NHS Trust)'))).toEqual([]);
	});

	it("makes the links LLR's refresh documents", () => {
		const text = excerpt('001_187b9cb2b0e92c1a.txt');
		const documented = (key: string) =>
			Object.entries(statement('llr', key).basis)
				.filter(([, b]) => b === 'documented')
				.map(([a]) => a);
		// The 2022 pathways event: the co-designed pathway, and the refresh signed off by the YAB.
		expect(text).toContain('C&YPF have co-designed the C&YP Mental Health Pathway');
		expect(text).toContain("presented it to LPT's Youth Advisory Board to be signed off");
		expect(documented('ys-trusted-website')).toEqual(expect.arrayContaining(['p1-a4', 'p1-a5']));
		// Directory feedback: the QR code campaign.
		expect(text).toContain('The QR code campaign will work with local private sector organisations');
		expect(documented('ys-directory-design')).toContain('p2-a2');
		// Youth-justice findings: the needs assessment's three recommendations.
		expect(text).toContain('Mental health recommendations from the H&WNA');
		for (const k of [
			'ys-adhd-medication',
			'ys-cannabis-self-medicate',
			'ys-yjs-stress-self-harm',
			'ys-yjs-bereavement'
		])
			expect(documented(k), k).toEqual(expect.arrayContaining(['p7-a4', 'p7-a5', 'p7-a6']));
	});

	it('does not send care leavers to a website for under-18s', () => {
		expect(excerpt('001_187b9cb2b0e92c1a.txt')).toContain('helps under 18s, their parents or carers');
		expect(statement('llr', 'ys-care-leavers').actions).not.toContain('p3-a1');
	});

	it("marks every BLMK link as ours (its plan links no feedback to actions), LLR's both ways, Kent's as documented", () => {
		const bases = (slug: string) => area(slug).you_said.flatMap((y) => Object.values(y.basis));
		expect(new Set(bases('blmk'))).toEqual(new Set(['inferred']));
		expect(new Set(bases('llr'))).toEqual(new Set(['documented', 'inferred']));
		expect(new Set(bases('kent-medway'))).toEqual(new Set(['documented']));
	});
});
