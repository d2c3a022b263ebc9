import { describe, expect, it } from 'vitest';
import { periodWords } from '../../src/lib/dates';

describe('periodWords', () => {
	it('says a period in words, with either end left open', () => {
		expect(periodWords({ from: '2026-04-01', to: '2027-03-31' })).toBe('between 1 April 2026 and 31 March 2027');
		expect(periodWords({ from: '2026-04-01', to: null })).toBe('since 1 April 2026');
		expect(periodWords({ from: '', to: '2027-03-31' })).toBe('up to 31 March 2027');
		expect(periodWords({ from: null, to: null })).toBe('at any time');
		expect(periodWords(undefined)).toBe('at any time');
	});
});
