import { describe, expect, it } from 'vitest';
import { formatReceipt, normaliseReceipt, receiptCode } from '../../src/lib/schemas/receipt';

describe('receipt codes typed by people', () => {
	it('accepts lower case, spaces and dashes', () => {
		expect(receiptCode.parse(' k7pm-3qx9 tb ')).toBe('K7PM3QX9TB');
		expect(normaliseReceipt('ab-cd')).toBe('ABCD');
	});

	it.each([
		['', 'Enter your receipt code'],
		['abc', '10 letters and numbers'],
		['K7PM3QX9TB1', '10 letters and numbers'],
		// 0 and 1 are never in codes (they look like O and I), so a code with them was mistyped.
		['K7PM3QX9T0', '10 letters and numbers']
	])('refuses %j with a message a person can act on', (typed, message) => {
		const result = receiptCode.safeParse(typed);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toContain(message);
	});
});

describe('formatReceipt', () => {
	it('shows a code as people got it, however it was typed', () => {
		expect(formatReceipt('k7pm3qx9tb')).toBe('K7PM-3QX9-TB');
		expect(formatReceipt('K7PM-3QX9-TB')).toBe('K7PM-3QX9-TB');
	});
});
