import { describe, expect, it } from 'vitest';
import { peopleInWords } from '../../src/lib/people-words';
import { suppress } from '../../src/lib/privacy/small-numbers';

describe('how many people raised it, in words', () => {
	it('says "12 people" and "fewer than 10 people"', () => {
		expect(peopleInWords(suppress(12))).toBe('12 people');
		expect(peopleInWords(suppress(1234))).toBe('1,234 people');
		expect(peopleInWords(suppress(3))).toBe('fewer than 10 people');
	});

	it('never says "0 people"', () => {
		expect(peopleInWords(suppress(0))).toBeNull();
		expect(peopleInWords(null)).toBeNull();
	});
});

describe('the public board carries the count as `count`', () => {
	it('reads it the same way', () => {
		expect(peopleInWords({ count: 12, label: '12' })).toBe('12 people');
		expect(peopleInWords({ count: null, label: 'fewer than 10' })).toBe('fewer than 10 people');
		expect(peopleInWords({ count: 0, label: '0' })).toBeNull();
	});
});
