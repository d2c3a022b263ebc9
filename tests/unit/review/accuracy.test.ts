import { describe, expect, it } from 'vitest';
import { percent, suggestionAccuracy } from '../../../src/lib/review/accuracy';

/**
 * Five reviewed items: what the analyser suggested, and what reviewers confirmed.
 *   1  suggested access           confirmed access
 *   2  suggested access, school   confirmed access
 *   3  suggested -                confirmed school
 *   4  suggested crisis           confirmed crisis, access
 *   5  suggested school           confirmed -
 */
const ITEMS = [
	{ suggested: ['access'], confirmed: ['access'] },
	{ suggested: ['access', 'school'], confirmed: ['access'] },
	{ suggested: [], confirmed: ['school'] },
	{ suggested: ['crisis'], confirmed: ['crisis', 'access'] },
	{ suggested: ['school'], confirmed: [] }
];

describe('how often suggestions were right', () => {
	it('gives precision and recall per theme, worked by hand', () => {
		const a = suggestionAccuracy(ITEMS);
		expect(a.items).toBe(5);
		expect(a.rows.map((r) => r.themeId)).toEqual(['access', 'crisis', 'school']);
		const [access, crisis, school] = a.rows;
		// access: suggested on 1 and 2, confirmed on 1, 2 and 4, both on 1 and 2.
		// precision 2/2 = 1, recall 2/3.
		expect(access).toMatchObject({ suggested: 2, confirmed: 3, both: 2, precision: 1 });
		expect(access!.recall).toBeCloseTo(2 / 3, 10);
		// crisis: suggested and confirmed on 4 only: 1/1 and 1/1.
		expect(crisis).toMatchObject({ suggested: 1, confirmed: 1, both: 1, precision: 1, recall: 1 });
		// school: suggested on 2 and 5, confirmed on 3: never both. 0/2 and 0/1.
		expect(school).toMatchObject({ suggested: 2, confirmed: 1, both: 0, precision: 0, recall: 0 });
		// All together: suggested 2 + 1 + 2 = 5, confirmed 3 + 1 + 1 = 5, both 2 + 1 + 0 = 3: 3/5 each.
		expect(a.total).toMatchObject({ suggested: 5, confirmed: 5, both: 3 });
		expect(a.total.precision).toBeCloseTo(0.6, 10);
		expect(a.total.recall).toBeCloseTo(0.6, 10);
	});

	it('lists the themes asked for, with "-" where nothing can be worked out', () => {
		const a = suggestionAccuracy(ITEMS, ['online']);
		expect(a.rows).toEqual([{ themeId: 'online', suggested: 0, confirmed: 0, both: 0, precision: null, recall: null }]);
		expect(percent(null)).toBe('-');
		expect(percent(2 / 3)).toBe('67%');
	});
});
