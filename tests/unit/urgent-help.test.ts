import { describe, expect, it } from 'vitest';
import { EMERGENCY, IN_DANGER, URGENT_HELP } from '../../src/lib/urgent-help';
import { saySchema } from '../../src/lib/schemas/event';

// The numbers in /work/shared/DOMAIN.md ("Urgent help"), and the links it asks for.
const EXPECTED = [
	{ name: 'Shout', number: '85258', href: 'sms:85258?&body=SHOUT', how: 'Text SHOUT to 85258' },
	{ name: 'NHS 111', number: '111', href: 'tel:111', how: 'Call 111 and choose option 2' },
	{ name: 'Childline', number: '0800 1111', href: 'tel:08001111', how: 'Call 0800 1111' }
];

describe('urgent help', () => {
	it('has exactly the numbers and links DOMAIN.md gives', () => {
		expect(URGENT_HELP.map(({ name, number, href, how }) => ({ name, number, href, how }))).toEqual(EXPECTED);
		expect(EMERGENCY).toMatchObject({ number: '999', href: 'tel:999' });
		expect(IN_DANGER).toBe('If you are in danger now, call 999 or go to A&E.');
	});

	it('reads the same with the link as without it', () => {
		for (const line of URGENT_HELP) expect(line.before + line.number + line.after).toBe(line.how);
		expect(EMERGENCY.before + EMERGENCY.number + EMERGENCY.after).toBe(IN_DANGER);
	});

	it('names each link so that its visible number is part of its name', () => {
		for (const line of [...URGENT_HELP, EMERGENCY]) expect(line.label).toContain(line.number);
	});
});

describe('event words', () => {
	it('are staff only unless the person says we may quote them, so no question stands before help', () => {
		const key = 'k'.repeat(20);
		expect(saySchema.parse({ prompt: 'p1', text: 'i dont want to be here anymore', key }).consent).toBe('staff_only');
		expect(saySchema.parse({ prompt: 'p1', text: 'hello', consent: '', key }).consent).toBe('staff_only');
		expect(saySchema.parse({ prompt: 'p1', text: 'hello', consent: 'quote', key }).consent).toBe('quote');
	});
});
