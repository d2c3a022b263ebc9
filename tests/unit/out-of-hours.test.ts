import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CalmHelp from '../../src/lib/components/CalmHelp.svelte';
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
});

describe('the calm help after a worrying answer', () => {
	const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

	it('out of hours, says first that nobody is reading now, then gives Shout, 111 option 2, Childline and 999', () => {
		const { body } = render(CalmHelp, { props: { now: new Date('2026-12-05T22:00:00Z') } }); // Saturday night
		expect(body).toContain(OUT_OF_HOURS_HELP.heading);
		expect(body).toContain('not watched all the time');
		expect(body.indexOf(OUT_OF_HOURS_HELP.heading)).toBeLessThan(body.indexOf('85258'));
		expect(body).toContain('option 2');
		expect(links(body)).toEqual(['sms:85258?&body=SHOUT', 'tel:111', 'tel:08001111', 'tel:999']);
	});

	it('in office hours, still says it is not watched all the time, without claiming nobody is there', () => {
		const { body } = render(CalmHelp, { props: { now: new Date('2026-12-02T11:00:00Z') } }); // Wednesday 11am
		expect(body).not.toContain(OUT_OF_HOURS_HELP.heading);
		expect(body).toContain('not watched all the time');
		expect(links(body)).toEqual(['sms:85258?&body=SHOUT', 'tel:111', 'tel:08001111', 'tel:999']);
	});
});
