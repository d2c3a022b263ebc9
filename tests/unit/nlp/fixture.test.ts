import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultThemes } from '../../../src/lib/nlp/index';
import { readFixture } from '../../../src/lib/nlp/build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = readFixture(fs.readFileSync(path.join(root, 'tests/fixtures/nlp/statements.jsonl'), 'utf8'));

describe('the labelled development set', () => {
	it('has at least 300 statements with unique ids, each in the train or the test split', () => {
		expect(fixture.length).toBeGreaterThanOrEqual(300);
		expect(new Set(fixture.map((r) => r.id)).size).toBe(fixture.length);
		for (const r of fixture) expect(['train', 'test']).toContain(r.split);
		expect(fixture.filter((r) => r.split === 'test').length).toBeGreaterThanOrEqual(100);
	});

	it('covers every default theme at least 15 times, with some in each split', () => {
		for (const t of defaultThemes) {
			const withTheme = fixture.filter((r) => r.themes.includes(t.id));
			expect(withTheme.length, t.id).toBeGreaterThanOrEqual(15);
			expect(withTheme.filter((r) => r.split === 'test').length, t.id).toBeGreaterThanOrEqual(5);
		}
		const known = new Set(defaultThemes.map((t) => t.id));
		for (const r of fixture) for (const t of r.themes) expect(known.has(t), t).toBe(true);
	});

	it('labels sentiment on every statement and has every voice', () => {
		for (const r of fixture) expect(['positive', 'negative', 'mixed', 'neutral']).toContain(r.sentiment);
		for (const role of ['young_person', 'parent_carer', 'vcse_partner', 'professional']) {
			expect(
				fixture.some((r) => r.role === role),
				role
			).toBe(true);
		}
	});

	it('has at least 30 safeguarding disclosures, 30 hard negatives and 30 statements with personal details', () => {
		expect(fixture.filter((r) => r.safeguarding).length).toBeGreaterThanOrEqual(30);
		expect(fixture.filter((r) => r.hard_negative && !r.safeguarding).length).toBeGreaterThanOrEqual(30);
		expect(fixture.filter((r) => r.pii?.length).length).toBeGreaterThanOrEqual(30);
		for (const r of fixture.filter((x) => x.safeguarding)) expect(r.safeguarding_reasons?.length).toBeGreaterThan(0);
	});

	it("gives personal-detail spans that point at the statement's own text", () => {
		for (const r of fixture) for (const p of r.pii ?? []) expect(r.text.slice(p.start, p.end)).toBe(p.text);
	});
});

describe('the unseen-source feedback set (feedback.jsonl)', () => {
	const feedback = readFixture(fs.readFileSync(path.join(root, 'tests/fixtures/nlp/feedback.jsonl'), 'utf8'));

	it('splits by source: every source is wholly train or wholly test, with every voice in the test sources', () => {
		const splitOf = new Map<string, string>();
		for (const r of feedback) {
			expect(r.source, r.id).toBeTruthy();
			const seen = splitOf.get(r.source as string);
			if (seen) expect(seen, r.id).toBe(r.split);
			else splitOf.set(r.source as string, r.split);
		}
		const test = feedback.filter((r) => r.split === 'test');
		expect(new Set(test.map((r) => r.source)).size).toBeGreaterThanOrEqual(3);
		for (const role of ['young_person', 'parent_carer', 'vcse_partner'])
			expect(test.some((r) => r.role === role)).toBe(true);
	});

	it('has every theme and a real mixed class in the test sources', () => {
		const test = feedback.filter((r) => r.split === 'test');
		const known = new Set(defaultThemes.map((t) => t.id));
		for (const r of feedback) for (const t of r.themes) expect(known.has(t), t).toBe(true);
		for (const t of defaultThemes)
			expect(test.filter((r) => r.themes.includes(t.id)).length, t.id).toBeGreaterThanOrEqual(4);
		expect(test.filter((r) => r.sentiment === 'mixed').length).toBeGreaterThanOrEqual(5);
	});
});
