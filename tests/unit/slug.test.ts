import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';

describe('slugify', () => {
	it('keeps lower-case letters and digits, one hyphen for each run of anything else, accents dropped', () => {
		expect(slugify('  Café & Crisis Support (24/7)  ', 60)).toBe('cafe-crisis-support-24-7');
	});

	it('cuts at the length given without leaving a hyphen at the end', () => {
		expect(slugify('Waiting lists and waiting rooms', 13)).toBe('waiting-lists');
		expect(slugify('Waiting lists and waiting rooms', 14)).toBe('waiting-lists');
		expect(slugify('!!!', 10)).toBe('');
	});
});
