import { describe, expect, it } from 'vitest';
import { OUT_OF_HOURS_HELP, outOfHours } from '../../src/lib/out-of-hours';

describe('outOfHours', () => {
	it('is false in office hours and true on evenings, nights and weekends (UK time)', () => {
		expect(outOfHours(new Date('2026-12-02T10:00:00Z'))).toBe(false); // Wednesday 10am GMT
		expect(outOfHours(new Date('2026-12-02T16:59:00Z'))).toBe(false);
		expect(outOfHours(new Date('2026-12-02T17:00:00Z'))).toBe(true);
		expect(outOfHours(new Date('2026-12-02T08:30:00Z'))).toBe(true);
		expect(outOfHours(new Date('2026-12-05T12:00:00Z'))).toBe(true); // Saturday
		// British Summer Time: 8:30 UTC is 9:30 in London.
		expect(outOfHours(new Date('2026-07-01T08:30:00Z'))).toBe(false);
		expect(outOfHours(new Date('2026-07-01T16:30:00Z'))).toBe(true);
	});

	it('gives 999, 111 option 2, Shout and Childline with links that dial or text', () => {
		const text = JSON.stringify(OUT_OF_HOURS_HELP);
		expect(text).toContain('not watched all the time');
		expect(OUT_OF_HOURS_HELP.lines.map((l) => l.href)).toEqual([
			'tel:999',
			'tel:111',
			'sms:85258?body=SHOUT',
			'tel:08001111'
		]);
		expect(text).toContain('option 2');
	});
});
