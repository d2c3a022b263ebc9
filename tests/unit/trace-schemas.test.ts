import { describe, expect, it } from 'vitest';
import { optionalPeriodSchema, planPeriod, traceQuerySchema } from '../../src/lib/schemas/trace';
import { fieldErrors } from '../../src/lib/forms';

describe('planPeriod', () => {
	it('reads a financial year as 1 April to 31 March', () => {
		expect(planPeriod('2025/26')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
		expect(planPeriod('2023-24')).toEqual({ from: '2023-04-01', to: '2024-03-31' });
		expect(planPeriod(' 2024/2025 ')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
		expect(planPeriod('2024 to 2025')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
		expect(planPeriod('2099/00')).toEqual({ from: '2099-04-01', to: '2100-03-31' });
	});
	it('refuses anything that is not one financial year', () => {
		for (const p of ['February 2024 (contracts from 2025)', '2024', '2024/26', '2025/24', 'FY 2024/25', '', '1999/00'])
			expect(planPeriod(p), p).toBeNull();
	});
});

describe('the optional period', () => {
	const parse = (from: string, to: string) => optionalPeriodSchema.safeParse({ from, to });
	it('leaves either side open', () => {
		expect(parse('', '')).toMatchObject({ success: true, data: { from: null, to: null } });
		expect(parse(' 2025-04-01 ', '')).toMatchObject({ success: true, data: { from: '2025-04-01', to: null } });
	});
	it('says what is wrong next to each field', () => {
		const bad = (from: string, to: string) => {
			const r = parse(from, to);
			return r.success ? {} : fieldErrors(r.error);
		};
		expect(bad('1/4/2025', '')).toEqual({ from: 'Enter the start date as year-month-day, for example 2026-04-01' });
		expect(bad('', '2025-02-30')).toEqual({ to: 'The end date must be a real date' });
		expect(bad('1990-01-01', '')).toEqual({ from: 'The start date must be between 2000 and 2100' });
		expect(bad('2025-05-01', '2025-04-01')).toEqual({ to: 'The end date must be the same as or after the start date' });
	});
	it('checks the priority is an id', () => {
		expect(traceQuerySchema.safeParse({ priority: '', page: '2' })).toMatchObject({
			success: true,
			data: { priority: null, page: 2 }
		});
		expect(traceQuerySchema.safeParse({ priority: 'nope', page: 'x' }).success).toBe(false);
		expect(traceQuerySchema.safeParse({ priority: '6ae4e492-4b84-4f96-8334-0c0623133945', page: 'x' })).toMatchObject({
			success: true,
			data: { page: 1 }
		});
	});
});
