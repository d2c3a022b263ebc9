import { describe, it, expect } from 'vitest';
import { uncertainty, leastCertainFirst, analyse, builtInModel } from '../../../src/lib/nlp/index';

describe('uncertainty()', () => {
	it('is between 0 and 1 and gives the same answer for a text and its result', () => {
		for (const text of ['waited 14 months for camhs', 'ok', 'the staff were kind but nobody told us anything']) {
			const u = uncertainty(text);
			expect(u).toBeGreaterThanOrEqual(0);
			expect(u).toBeLessThanOrEqual(1);
			expect(uncertainty(analyse(text))).toBe(u);
		}
		// The first analyse() loads AFINN and compiles the model: seconds on a loaded machine.
	}, 30_000);

	it('is high when a score sits on its theme cut-off and low when every score is far from it', () => {
		const cut = builtInModel.thresholds?.['access-waiting'] ?? builtInModel.threshold;
		expect(uncertainty({ scores: { 'access-waiting': cut } })).toBe(1);
		const far = Object.fromEntries(builtInModel.themes.map((t) => [t, 0])) as Record<string, number>;
		far['access-waiting'] = 0.99;
		expect(uncertainty({ scores: far })).toBeLessThan(0.2);
	});

	it('orders a review queue least certain first', () => {
		const queue = leastCertainFirst(['a', 'b', 'c'], (x) => ({ a: 0.1, b: 0.9, c: 0.5 })[x] as number);
		expect(queue.map((q) => q.item)).toEqual(['b', 'c', 'a']);
	});
});
