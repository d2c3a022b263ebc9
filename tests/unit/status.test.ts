import { describe, expect, it } from 'vitest';
import { formatDate, STATUS_LABEL } from '../../src/lib/status';
import { IN_DANGER, URGENT_HELP } from '../../src/lib/urgent-help';

describe('dates and statuses', () => {
	it('format a plain date the British way without shifting it across time zones', () => {
		expect(formatDate('2025-03-31')).toBe('31 March 2025');
		expect(formatDate(new Date('2024-06-30T23:30:00Z'))).toBe('1 July 2024');
		expect(formatDate(null)).toBe('');
		expect(formatDate('not a date')).toBe('');
	});

	it('label every action status in plain words', () => {
		expect(STATUS_LABEL).toEqual({
			planned: 'Planned',
			in_progress: 'In progress',
			done: 'Done',
			not_doing: 'Not doing'
		});
	});
});

describe('urgent help', () => {
	it('gives the exact numbers young people need', () => {
		const text = URGENT_HELP.map((l) => `${l.name}: ${l.how}. ${l.detail}`).join('\n');
		expect(text).toContain('Text SHOUT to 85258');
		expect(text).toContain('Call 111 and choose option 2');
		expect(text).toContain('Call 0800 1111');
		expect(IN_DANGER).toContain('999');
	});
});
