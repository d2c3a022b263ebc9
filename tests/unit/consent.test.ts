/**
 * Three levels of consent (issue 13, item 3): the forms offer all three in plain English, a
 * missing or unknown choice is staff only (never an error that stands between words and help), and
 * each level reaches the database as chosen (before, anything but "quote" became staff only).
 */
import { describe, expect, it } from 'vitest';
import { saySchema } from '../../src/lib/schemas/event';
import { answersSchema, toParsed } from '../../src/lib/survey/answers';
import type { SurveyDefinition } from '../../src/lib/schemas/survey';
import {
	BOARD_READABLE,
	CONSENT_CHOICES,
	CONSENT_LABEL,
	CONSENT_LEVELS,
	CONSENT_SHORT,
	DEFAULT_CONSENT,
	toConsent
} from '../../src/lib/vocabulary';

const survey = {
	questions: [{ key: 'q1', kind: 'text', label: 'What would help?', required: false }],
	about_you: { role: false, age_band: false, locality: false, equality: false }
} as unknown as SurveyDefinition;

describe('consent levels', () => {
	it('has three levels, each with a label for staff, a short tag and a choice for the person', () => {
		expect([...CONSENT_LEVELS]).toEqual(['quote', 'board', 'staff_only']);
		for (const level of CONSENT_LEVELS) {
			expect(CONSENT_LABEL[level]).toBeTruthy();
			expect(CONSENT_SHORT[level]).toBeTruthy();
		}
		expect(CONSENT_CHOICES.map((c) => c.value)).toEqual([...CONSENT_LEVELS]);
		expect(CONSENT_CHOICES.map((c) => c.label)).toEqual([
			'Yes, you can quote me without my name',
			'Do not quote me, but the youth board and staff can read it',
			'Only staff can read it'
		]);
		expect(BOARD_READABLE).toEqual(['quote', 'board']);
		expect(DEFAULT_CONSENT).toBe('staff_only');
	});

	it('reads anything unknown or missing as staff only', () => {
		for (const v of [undefined, null, '', 'everyone', 'QUOTE', 1, ['quote']]) expect(toConsent(v)).toBe('staff_only');
		for (const v of CONSENT_LEVELS) expect(toConsent(v)).toBe(v);
	});

	it('keeps each level a survey respondent chose, and never refuses the answer over it', () => {
		const schema = answersSchema(survey, []);
		for (const [sent, kept] of [
			['quote', 'quote'],
			['board', 'board'],
			['staff_only', 'staff_only'],
			[undefined, 'staff_only'],
			['anyone at all', 'staff_only']
		] as const) {
			const parsed = schema.safeParse({ 'answer-q1': 'I need help now', 'consent-q1': sent, easy_read: undefined });
			expect(parsed.success, String(sent)).toBe(true);
			expect(toParsed(survey, parsed.data!).texts).toEqual([{ key: 'q1', text: 'I need help now', consent: kept }]);
		}
		const missing = schema.safeParse({ 'answer-q1': 'I need help now' });
		expect(missing.success).toBe(true);
		expect(toParsed(survey, missing.data!).texts[0]!.consent).toBe('staff_only');
	});

	it('keeps each level an event participant chose, and never refuses words over it', () => {
		const key = 'abcdefghijklmnop';
		for (const [sent, kept] of [
			['board', 'board'],
			['quote', 'quote'],
			['', 'staff_only'],
			[undefined, 'staff_only'],
			['everyone', 'staff_only']
		] as const) {
			const parsed = saySchema.safeParse({ prompt: 'p1', text: 'I am not ok', consent: sent, key });
			expect(parsed.success, String(sent)).toBe(true);
			expect(parsed.data!.consent).toBe(kept);
		}
		// No consent field at all (the form sent without a choice): staff only, not an error.
		const missing = saySchema.safeParse({ prompt: 'p1', text: 'I am not ok', key });
		expect(missing.success).toBe(true);
		expect(missing.data!.consent).toBe('staff_only');
	});
});
