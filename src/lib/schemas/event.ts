/**
 * Engagement events: what an officer sets up, what a participant sends from their phone and what
 * a facilitator captures. Shared by the console, the public event pages, the sync endpoint and
 * their tests.
 */
import { z } from 'zod';
import { typed } from './fields';
import { AGE_BANDS, AUDIENCES, CONSENT_LEVELS, MAX_ANSWER_LENGTH, RESPONDENT_ROLES } from './survey';
import { toConsent } from '../vocabulary';

export const EVENT_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export const PROMPT_KINDS = ['text', 'rating'] as const;

export const promptSchema = z.object({
	key: z.string().regex(/^p[0-9a-z_]{1,30}$/),
	kind: z.enum(PROMPT_KINDS),
	text: z.string().trim().min(3, 'Write the prompt').max(200, 'Keep the prompt under 200 characters')
});
export type Prompt = z.infer<typeof promptSchema>;

// <input type="datetime-local"> sends "2026-12-03T18:30" (local time, no zone).
const localDateTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time, for example 3 December 2026 at 6:30pm');
const optionalText = (max: number, message: string) =>
	z
		.string()
		.trim()
		.max(max, message)
		.transform((s) => (s === '' ? null : s))
		.nullable()
		.default(null);

export const eventDefinition = z
	.object({
		name: z.string().trim().min(3, 'Give the event a name').max(120, 'Keep the name under 120 characters'),
		starts_at: localDateTime,
		ends_at: localDateTime
			.or(z.literal(''))
			.transform((s) => (s === '' ? null : s))
			.nullable()
			.default(null),
		venue: z.string().trim().max(200, 'Keep the venue under 200 characters').default(''),
		locality: optionalText(100, 'Choose a locality'),
		audience: z.enum(AUDIENCES, { message: 'Choose who the event is for' }),
		partner_organisation: optionalText(200, 'Keep the organisation name under 200 characters'),
		priority_ids: z.array(z.string().uuid()).default([]),
		prompts: z.array(promptSchema).min(1, 'Add at least one prompt for the room').max(12, 'Use 12 prompts or fewer')
	})
	.refine((e) => !e.ends_at || e.ends_at >= e.starts_at, {
		message: 'The end must be after the start',
		path: ['ends_at']
	});
export type EventDefinition = z.infer<typeof eventDefinition>;

export const idempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{16,60}$/, 'Missing or bad submission key');
const role = z.enum(RESPONDENT_ROLES, { message: 'Choose who you are' });
const ageBand = z.enum(AGE_BANDS, { message: 'Choose your age group' });
const consent = z.enum(CONSENT_LEVELS, { message: 'Choose who can read it' });
const words = typed(1, 'Write something first', MAX_ANSWER_LENGTH, `Keep it under ${MAX_ANSWER_LENGTH} characters`);

/** A phone joining the room: who they are, once. */
export const joinSchema = z.object({ role, age_band: ageBand, key: idempotencyKey });
/** A participant's words against a prompt. */
export const saySchema = z.object({
	prompt: z.string().min(1),
	text: words,
	// Staff only unless they say otherwise, as in surveys: no question stands between words and help,
	// so a missing or unknown choice is staff only, never an error.
	consent: z.unknown().optional().transform(toConsent),
	key: idempotencyKey
});
/** A participant's rating of a prompt. */
export const rateSchema = z.object({
	prompt: z.string().min(1),
	rating: z.coerce.number({ message: 'Choose a face' }).int().min(1, 'Choose a face').max(5, 'Choose a face'),
	key: idempotencyKey
});

/**
 * What a facilitator's device queues and syncs: a note (a sticky note or something said aloud),
 * or a paper form (one person's answers to several prompts). Role and age band are optional
 * because a sticky note often does not say.
 */
export const captureEntry = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('note'),
		key: idempotencyKey,
		source: z.enum(['sticky_note', 'said_aloud']),
		prompt: z.string().max(40).nullable().default(null),
		text: words,
		role: role.nullable().default(null),
		age_band: ageBand.nullable().default(null),
		consent: consent.default('staff_only')
	}),
	z.object({
		kind: z.literal('paper'),
		key: idempotencyKey,
		role: role.nullable().default(null),
		age_band: ageBand.nullable().default(null),
		consent: consent.default('staff_only'),
		texts: z.record(z.string().max(40), words).default({}),
		ratings: z.record(z.string().max(40), z.number().int().min(1).max(5)).default({})
	})
]);
export type CaptureEntry = z.infer<typeof captureEntry>;
export const captureBatch = z.object({ entries: z.array(z.unknown()).min(1).max(500) });

export { FEEDBACK_SOURCE_LABEL as SOURCE_LABEL } from '../vocabulary';
