import { describe, it, expect } from 'vitest';
import { redact, analyse } from '../../../src/lib/nlp/index';

const kinds = (text: string) =>
	redact(text)
		.redactions.map((r) => r.kind)
		.sort();

describe('redaction of personal details', () => {
	it('replaces each kind with its placeholder and returns spans of the original text', () => {
		const text = 'my worker Sarah said email sam.k@gmail.com or ring 07700 900123';
		const { redacted, redactions } = redact(text);
		expect(redacted).toBe('my worker [name] said email [email] or ring [phone]');
		for (const r of redactions)
			expect(text.slice(r.start, r.end)).toBe(
				{ name: 'Sarah', email: 'sam.k@gmail.com', phone: '07700 900123' }[r.kind as 'name']
			);
	});

	it.each([
		['email: kayla.smith@yahoo.co.uk', 'email'],
		['JAYDEN_2008@HOTMAIL.COM', 'email'],
		['ring me 07912 345678', 'phone'],
		['call +447912345678 anytime', 'phone'],
		['+44 7700 900 456', 'phone'],
		['+44 (0) 7700 900123', 'phone'],
		['0044 7700 900123', 'phone'],
		['020 7946 0123', 'phone'],
		['Text me on 0 7 7 0 0 9 0 0 1 2 3', 'phone'],
		['a+b@x.co.uk', 'email'],
		['postcode: le4', 'postcode'],
		['(07984) 223 901 after 4pm', 'phone'],
		['07912-345-678', 'phone'],
		['my mums number is 01234 567890', 'phone'],
		['postcode is st4 2df', 'postcode'],
		['we are in LE4 7ZN', 'postcode'],
		['I live at 14 Hazel Close', 'address'],
		['we are on flat 4, 17 Carlton Road', 'address'],
		['i live on Saffron Lane', 'address'],
		['follow me @jazzy.beats', 'handle'],
		['my snap is kaylz_xo', 'handle'],
		['discord is nightowl#4471', 'handle'],
		['see https://forms.gle/abc123', 'url'],
		['www.mystory.co.uk has my story', 'url'],
		['watch youtube.com/watch?v=abc', 'url'],
		['I go to Beauchamp College', 'school'],
		['at Rushey Mead Academy the teachers are great', 'school'],
		["my sister goes to St Paul's Catholic School", 'school'],
		['University of Leicester wellbeing has a long wait', 'school'],
		['I go to Sir Jonathan North', 'school']
	])('finds the %s as %s', (text, kind) => {
		expect(kinds(text)).toEqual([kind]);
	});

	describe("people's names, from a names list and context cues", () => {
		it.each([
			['my worker Sarah was lovely', '[name]'],
			['my key worker tendai helped loads', '[name]'],
			['speak to Mrs Ahmed at reception', 'Mrs [name]'],
			['dr patel at the surgery was kind', 'dr [name]'],
			['Jordan and Kai from the youth club', '[name] and [name]'],
			["I'm Amira and I'm 15", "I'm [name]"],
			['Thanks to Becky and the team', '[name]'],
			['a lady called Bev at the hub made me a cuppa', 'called [name]'],
			['My therapist Will has been brilliant', 'therapist [name]'],
			['Our project lead Tendai Moyo can tell you more', 'lead [name]'],
			['Grace on the crisis line talked me through it', '[name] on the crisis line']
		])('redacts the name in "%s"', (text, fragment) => {
			expect(redact(text).redacted).toContain(fragment);
		});

		it.each([
			'i will go if i can',
			'i hope it gets better',
			'teachers never mark my work',
			'the clinic is miles away',
			'Will they ever listen? I hope so',
			'Autumn term was hard',
			'Black and Asian young people need more support',
			"I'm so tired",
			'the doctor was nice'
		])('leaves everyday words alone in "%s"', (text) => {
			expect(redact(text).redactions).toEqual([]);
		});
	});

	describe('service names, helplines and places are not personal details', () => {
		it.each([
			'Kooth and Childline were great, CAMHS not so much',
			'Text SHOUT to 85258 or call Childline on 0800 1111',
			'the NHS 111 line and Samaritans 116 123',
			'I live in Leicester but go to uni in Kent',
			'Luton and Milton Keynes need more services',
			'Mind and YoungMinds have good websites',
			'Stoke on Trent has a youth council',
			'Medway council should listen',
			'my youth worker from Leicester City in the Community is class',
			'I waited 12 weeks for 6 sessions in Year 11',
			'the 16-25 service is better',
			'Beat have a helpline for eating disorders',
			'Rutland and Leicestershire feel forgotten'
		])('keeps "%s" as it is', (text) => {
			const { redacted } = redact(text);
			expect(redacted).toBe(text);
		});
	});

	it('analyse() returns the same redaction and spans', () => {
		const text = 'Priya at CAMHS is amazing, text her on 07700 900123';
		const a = analyse(text);
		expect(a.redacted).toBe('[name] at CAMHS is amazing, text her on [phone]');
		expect(a.redactions.map((r) => text.slice(r.start, r.end))).toEqual(['Priya', '07700 900123']);
	});

	it('accepts an extra name detector such as compromise', () => {
		const text = 'Zephyrine helped me';
		expect(redact(text).redacted).toBe(text);
		expect(redact(text, { people: () => [{ start: 0, end: 9 }] }).redacted).toBe('[name] helped me');
	});
});
