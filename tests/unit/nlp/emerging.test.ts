import { describe, it, expect } from 'vitest';
import { emergingThemes } from '../../../src/lib/nlp/index';

describe('emerging themes', () => {
	const statements = [
		{ id: 'a', text: 'knife crime makes me scared to go out' },
		{ id: 'b', text: 'knife crime round here is getting worse' },
		{ id: 'c', text: 'someone got stabbed last week, knife crime is everywhere now' },
		{ id: 'd', text: 'all my friends are vaping now' },
		{ id: 'e', text: 'vaping is out of control round here' },
		{ id: 'f', text: 'waited 2 years on the camhs waiting list' },
		{ id: 'g', text: 'the weather was nice' }
	];

	it('proposes recurring phrases from statements that fit no theme, with examples', () => {
		const candidates = emergingThemes(statements);
		const knife = candidates.find((c) => c.phrase === 'knife crime');
		expect(knife).toBeDefined();
		expect(knife?.count).toBe(3);
		expect(knife?.examples.map((e) => e.id)).toEqual(['a', 'b', 'c']);
		expect(candidates.some((c) => c.phrase === 'vaping')).toBe(true);
	});

	it('skips statements that already match a theme well', () => {
		const candidates = emergingThemes(statements);
		expect(candidates.some((c) => /wait|camhs/.test(c.phrase))).toBe(false);
	});

	it('redacts personal details in the examples it shows', () => {
		const named = [...statements, { id: 'h', text: 'knife crime scares me, ring me on 07700 900123' }];
		const knife = emergingThemes(named, { all: true }).find((c) => c.phrase === 'knife crime');
		expect(knife?.count).toBe(4);
		const all = emergingThemes(named, { all: true, limit: 50 }).flatMap((c) => c.examples);
		expect(all.find((e) => e.id === 'h')?.text).toBe('knife crime scares me, ring me on [phone]');
	});

	it('returns nothing for nothing', () => {
		expect(emergingThemes([])).toEqual([]);
	});
});
