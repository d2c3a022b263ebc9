/**
 * Survey definitions: what an engagement officer builds and a respondent answers. Shared by the
 * builder, the answering page, the submission service and the CSV export.
 */
import { z } from 'zod';

import { AUDIENCES, CONSENT_LEVELS, RESPONDENT_ROLES, AGE_BANDS, AGE_BAND_LABEL, SURVEY_STATUSES } from '../vocabulary';

export { AUDIENCES, CONSENT_LEVELS, RESPONDENT_ROLES, AGE_BANDS, AGE_BAND_LABEL, SURVEY_STATUSES };
export const QUESTION_KINDS = ['rating', 'text', 'single', 'multiple', 'yes_no'] as const;
export const MAX_ANSWER_LENGTH = 2000;

/** Ratings are 1-5 with faces and words, never numbers alone. */
export const RATING_SCALE = [
	{ value: 1, face: '😞', label: 'Very bad' },
	{ value: 2, face: '🙁', label: 'Bad' },
	{ value: 3, face: '😐', label: 'OK' },
	{ value: 4, face: '🙂', label: 'Good' },
	{ value: 5, face: '😀', label: 'Very good' }
] as const;

const questionBase = {
	/** Stable within the survey; used as the form field name. */
	key: z.string().regex(/^q[0-9a-z_]{1,30}$/),
	prompt: z.string().trim().min(3, 'Write the question').max(300, 'Keep the question under 300 characters'),
	/** Easy-read wording, shown when the respondent chooses easy read. */
	easy_read: z.string().trim().max(300).nullable().default(null),
	hint: z.string().trim().max(300).nullable().default(null),
	required: z.boolean().default(false),
	/** Plan priorities this question is about. */
	priority_ids: z.array(z.string().uuid()).default([])
};

export const questionSchema = z.discriminatedUnion('kind', [
	z.object({ ...questionBase, kind: z.literal('rating') }),
	z.object({ ...questionBase, kind: z.literal('text') }),
	z.object({ ...questionBase, kind: z.literal('yes_no') }),
	z.object({
		...questionBase,
		kind: z.literal('single'),
		options: z.array(z.string().trim().min(1).max(120)).min(2, 'Give at least two choices').max(12)
	}),
	z.object({
		...questionBase,
		kind: z.literal('multiple'),
		options: z.array(z.string().trim().min(1).max(120)).min(2, 'Give at least two choices').max(12)
	})
]);
export type Question = z.infer<typeof questionSchema>;

export const aboutYouSchema = z.object({
	role: z.boolean().default(true),
	age_band: z.boolean().default(true),
	locality: z.boolean().default(true),
	/** Optional equality questions, each with "prefer not to say". */
	equality: z.boolean().default(false)
});

export const surveyDefinition = z.object({
	title: z.string().trim().min(3, 'Give the survey a title').max(120),
	introduction: z.string().trim().max(1500).default(''),
	audience: z.enum(AUDIENCES),
	questions: z.array(questionSchema).min(1, 'Add at least one question').max(30),
	about_you: aboutYouSchema
});
export type SurveyDefinition = z.infer<typeof surveyDefinition>;
