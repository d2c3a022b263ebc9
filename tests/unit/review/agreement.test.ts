import { describe, expect, it } from 'vitest';
import {
	agreementByTheme,
	cohensKappa,
	contingency,
	kappaInWords,
	overallAgreement,
	percentAgreement,
	type CodedPair
} from '../../../src/lib/review/agreement';

/**
 * Ten feedback items, each themed by two reviewers (A and B) who could not see each other's
 * choices. Four themes: "access" and "school" used by both, "online" only by A, "crisis" by nobody.
 *
 *   item  A                    B
 *   1     access, school       access, school
 *   2     access               access
 *   3     access               access
 *   4     access, online       access
 *   5     access               -
 *   6     -                    access
 *   7     school               -
 *   8     school, online       -
 *   9     -                    -
 *   10    -                    -
 */
const PAIRS: CodedPair[] = [
	{ a: ['access', 'school'], b: ['access', 'school'] },
	{ a: ['access'], b: ['access'] },
	{ a: ['access'], b: ['access'] },
	{ a: ['access', 'online'], b: ['access'] },
	{ a: ['access'], b: [] },
	{ a: [], b: ['access'] },
	{ a: ['school'], b: [] },
	{ a: ['school', 'online'], b: [] },
	{ a: [], b: [] },
	{ a: [], b: [] }
];

describe('agreement between two reviewers, worked by hand', () => {
	it('counts the 2x2 table for each theme', () => {
		// access: both on 1-4, only A on 5, only B on 6, neither on 7-10.
		expect(contingency(PAIRS, 'access')).toEqual({ both: 4, onlyA: 1, onlyB: 1, neither: 4 });
		// school: both on 1, only A on 7 and 8, never only B, neither on the other 7.
		expect(contingency(PAIRS, 'school')).toEqual({ both: 1, onlyA: 2, onlyB: 0, neither: 7 });
		// online: only A on 4 and 8.
		expect(contingency(PAIRS, 'online')).toEqual({ both: 0, onlyA: 2, onlyB: 0, neither: 8 });
		expect(contingency(PAIRS, 'crisis')).toEqual({ both: 0, onlyA: 0, onlyB: 0, neither: 10 });
	});

	it('gives the percentage agreement and kappa computed by hand', () => {
		const [access, school, online, crisis] = agreementByTheme(PAIRS, ['access', 'school', 'online', 'crisis']);

		// access: po = (4 + 4) / 10 = 0.8. A says yes 5/10 = 0.5, B says yes 5/10 = 0.5.
		// pe = 0.5 * 0.5 + 0.5 * 0.5 = 0.5. kappa = (0.8 - 0.5) / (1 - 0.5) = 0.6.
		expect(access!.agreement).toBeCloseTo(0.8, 10);
		expect(access!.kappa).toBeCloseTo(0.6, 10);

		// school: po = (1 + 7) / 10 = 0.8. pA = 3/10 = 0.3, pB = 1/10 = 0.1.
		// pe = 0.3 * 0.1 + 0.7 * 0.9 = 0.03 + 0.63 = 0.66. kappa = (0.8 - 0.66) / 0.34 = 0.14 / 0.34 = 0.41176...
		expect(school!.agreement).toBeCloseTo(0.8, 10);
		expect(school!.kappa).toBeCloseTo(0.14 / 0.34, 10);
		expect(school!.kappa).toBeCloseTo(0.4118, 4);

		// online: po = (0 + 8) / 10 = 0.8, but B never used it: pA = 0.2, pB = 0.
		// pe = 0.2 * 0 + 0.8 * 1 = 0.8. kappa = (0.8 - 0.8) / 0.2 = 0: the same 80% as the others,
		// yet no better than chance.
		expect(online!.agreement).toBeCloseTo(0.8, 10);
		expect(online!.kappa).toBe(0);

		// crisis: nobody used it. po = 1, pe = 0 * 0 + 1 * 1 = 1, so kappa = 0 / 0: undefined.
		expect(crisis!.agreement).toBe(1);
		expect(crisis!.kappa).toBeNull();
		expect(access!.items).toBe(10);
	});

	it('gives exact matches and a pooled kappa over the themes anyone used', () => {
		// Exact same themes on items 1, 2, 3, 9 and 10: 5 of 10.
		// Pooled table over access, school and online (crisis is left out: nobody used it):
		//   both = 4 + 1 + 0 = 5, onlyA = 1 + 2 + 2 = 5, onlyB = 1 + 0 + 0 = 1, neither = 4 + 7 + 8 = 19; n = 30.
		//   po = (5 + 19) / 30 = 0.8. pA = 10/30 = 1/3, pB = 6/30 = 0.2.
		//   pe = 1/3 * 0.2 + 2/3 * 0.8 = 0.0667 + 0.5333 = 0.6. kappa = (0.8 - 0.6) / 0.4 = 0.5.
		const o = overallAgreement(PAIRS);
		expect(o.items).toBe(10);
		expect(o.exactMatch).toBe(0.5);
		expect(o.pooledAgreement).toBeCloseTo(0.8, 10);
		expect(o.pooledKappa).toBeCloseTo(0.5, 10);
	});

	it('goes below zero when reviewers disagree more than chance would', () => {
		// Always opposite answers: po = 0, pA = pB = 0.5, pe = 0.5, kappa = (0 - 0.5) / 0.5 = -1.
		expect(cohensKappa({ both: 0, onlyA: 5, onlyB: 5, neither: 0 })).toBe(-1);
		// Perfect agreement with variation: po = 1, kappa = 1.
		expect(cohensKappa({ both: 3, onlyA: 0, onlyB: 0, neither: 7 })).toBe(1);
	});

	it('says nothing with nothing to go on', () => {
		expect(percentAgreement({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })).toBeNull();
		expect(cohensKappa({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })).toBeNull();
		expect(overallAgreement([])).toEqual({ items: 0, exactMatch: null, pooledKappa: null, pooledAgreement: null });
		// Everyone left every item unthemed: they agree on everything, but kappa cannot say how well.
		expect(overallAgreement([{ a: [], b: [] }])).toMatchObject({ exactMatch: 1, pooledKappa: null });
	});

	it('puts kappa into words', () => {
		expect(kappaInWords(null)).toBe('Not enough to tell');
		expect(kappaInWords(-0.1)).toBe('Worse than chance');
		expect(kappaInWords(0)).toBe('Very low');
		expect(kappaInWords(0.3)).toBe('Low');
		expect(kappaInWords(0.5)).toBe('Medium');
		expect(kappaInWords(0.6)).toBe('Medium');
		expect(kappaInWords(0.75)).toBe('Good');
		expect(kappaInWords(0.9)).toBe('Very good');
	});
});
