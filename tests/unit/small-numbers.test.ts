import { describe, expect, it } from 'vitest';
import { SECONDARY_LABEL, suppress, suppressBreakdown } from '../../src/lib/privacy/small-numbers';

const rows = (...counts: number[]) => counts.map((count, i) => ({ label: `group ${i + 1}`, count }));
const texts = (result: ReturnType<typeof suppressBreakdown>) => result.rows.map((row) => row.text);

describe('suppressing a single count', () => {
	it('shows counts from 1 to 9 as "fewer than 10" with no value', () => {
		for (let n = 1; n <= 9; n++) expect(suppress(n)).toEqual({ value: null, label: 'fewer than 10' });
	});

	it('shows zero as "0", since an empty group identifies nobody', () => {
		expect(suppress(0)).toEqual({ value: 0, label: '0' });
	});

	it('shows 10 and above as they are, with thousands separated', () => {
		expect(suppress(10)).toEqual({ value: 10, label: '10' });
		expect(suppress(1234)).toEqual({ value: 1234, label: '1,234' });
	});

	it('uses the threshold it is given in both the rule and the words', () => {
		expect(suppress(4, 5)).toEqual({ value: null, label: 'fewer than 5' });
		expect(suppress(5, 5)).toEqual({ value: 5, label: '5' });
	});

	it('refuses counts and thresholds that cannot be right', () => {
		expect(() => suppress(-1)).toThrow(RangeError);
		expect(() => suppress(2.5)).toThrow(RangeError);
		expect(() => suppress(Number.NaN)).toThrow(RangeError);
		expect(() => suppress(3, 0)).toThrow(RangeError);
	});
});

describe('suppressing a breakdown', () => {
	it('shows everything when no count is small', () => {
		const result = suppressBreakdown(rows(12, 30, 0, 10));
		expect(result.rows.map((row) => row.value)).toEqual([12, 30, 0, 10]);
		expect(result.total).toEqual({ value: 52, label: '52' });
	});

	it('keeps the labels and order it was given and never passes on the raw counts', () => {
		const result = suppressBreakdown([
			{ label: '16-17', count: 3 },
			{ label: '14-15', count: 3 }
		]);
		expect(result.rows).toEqual([
			{ label: '16-17', value: null, text: 'fewer than 10' },
			{ label: '14-15', value: null, text: 'fewer than 10' }
		]);
		expect(JSON.stringify(result)).not.toMatch(/count/);
	});

	it('hides the next-smallest count too when one small count could be worked out from the total', () => {
		// Without the rule: 47 - 25 - 15 = 7.
		const result = suppressBreakdown(rows(25, 7, 15));
		expect(texts(result)).toEqual(['25', 'fewer than 10', SECONDARY_LABEL]);
		expect(result.rows[2]?.value).toBeNull();
		expect(result.total).toEqual({ value: 47, label: '47' });
	});

	it('says the second hidden count is "not shown", never the untrue "fewer than 10"', () => {
		const [, , third] = suppressBreakdown(rows(25, 7, 15)).rows;
		expect(third?.text).toBe('not shown');
	});

	it('leaves no hidden count that the shown numbers pin down', () => {
		const result = suppressBreakdown(rows(40, 3, 22, 11, 0, 18));
		const shownSum = result.rows.reduce((sum, row) => sum + (row.value ?? 0), 0);
		const hidden = result.rows.filter((row) => row.value === null);
		expect(hidden.length).toBeGreaterThanOrEqual(2);
		// The difference is only the sum of the hidden rows: 3 + 11, which fits many splits.
		expect((result.total.value ?? 0) - shownSum).toBe(14);
		expect(texts(result)).toEqual(['40', 'fewer than 10', '22', SECONDARY_LABEL, '0', '18']);
	});

	it('never picks a zero as the second hidden count, because that would still give the small one away', () => {
		expect(texts(suppressBreakdown(rows(0, 4, 0, 30)))).toEqual(['0', 'fewer than 10', '0', SECONDARY_LABEL]);
	});

	it('picks the first of equally small counts so results are stable', () => {
		expect(texts(suppressBreakdown(rows(12, 5, 12)))).toEqual([SECONDARY_LABEL, 'fewer than 10', '12']);
	});

	it('needs no second hidden count when two or more counts are already hidden', () => {
		expect(texts(suppressBreakdown(rows(2, 3, 40)))).toEqual(['fewer than 10', 'fewer than 10', '40']);
	});

	it('needs no second hidden count when the total is itself small and hidden', () => {
		const result = suppressBreakdown(rows(0, 6, 0));
		expect(texts(result)).toEqual(['0', 'fewer than 10', '0']);
		expect(result.total).toEqual({ value: null, label: 'fewer than 10' });
	});

	it('applies a custom threshold to primary and secondary suppression alike', () => {
		const result = suppressBreakdown(rows(4, 5, 9), 5);
		expect(texts(result)).toEqual(['fewer than 5', SECONDARY_LABEL, '9']);
	});

	it('handles an empty breakdown', () => {
		expect(suppressBreakdown([])).toEqual({ rows: [], total: { value: 0, label: '0' } });
	});

	it('refuses a breakdown with an impossible count', () => {
		expect(() => suppressBreakdown(rows(12, -3, 20))).toThrow(RangeError);
	});
});
