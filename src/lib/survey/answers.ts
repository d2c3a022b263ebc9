/**
 * Checks a respondent's answers against the survey they answered. Built from the survey's own
 * definition, so the answering page, the submission service and their tests share one rulebook.
 * Field names match the form: `answer-q1`, `consent-q1`, `role`, `age_band`, `locality`, ...
 */
import { z } from 'zod';
import {
	AGE_BANDS,
	MAX_ANSWER_LENGTH,
	RESPONDENT_ROLES,
	type Question,
	type SurveyDefinition
} from '../schemas/survey';
import { toConsent, type Consent } from '../vocabulary';

export const PREFER_NOT = 'prefer_not_to_say';

/** Optional equality questions (ONS 2021 high-level ethnic groups), each with "prefer not to say". */
export const EQUALITY_QUESTIONS = [
	{
		key: 'gender',
		label: 'What is your gender?',
		options: ['Woman or girl', 'Man or boy', 'Non-binary', 'In another way']
	},
	{
		key: 'gender_same',
		label: 'Is your gender the same as the sex you were registered at birth?',
		options: ['Yes', 'No']
	},
	{
		key: 'ethnic_group',
		label: 'What is your ethnic group?',
		options: [
			'Asian, Asian British or Asian Welsh',
			'Black, Black British, Black Welsh, Caribbean or African',
			'Mixed or Multiple ethnic groups',
			'White',
			'Other ethnic group'
		]
	},
	{ key: 'lgbtq', label: 'Are you LGBTQ+?', options: ['Yes', 'No'] },
	{ key: 'disability', label: 'Do you have a disability or long-term health condition?', options: ['Yes', 'No'] },
	{ key: 'send', label: 'Do you have special educational needs (SEND)?', options: ['Yes', 'No'] },
	{ key: 'neurodivergent', label: 'Are you neurodivergent (for example autistic or ADHD)?', options: ['Yes', 'No'] },
	{ key: 'care_experienced', label: 'Are you care experienced (in care now or in the past)?', options: ['Yes', 'No'] },
	{ key: 'young_carer', label: 'Are you a young carer?', options: ['Yes', 'No'] }
] as const;

export interface ParsedAnswers {
	answers: Record<string, number | string | string[]>;
	texts: { key: string; text: string; consent: Consent }[];
	about: { role: string | null; age_band: string | null; locality: string | null };
	equality: Record<string, string>;
	easyRead: boolean;
}

type Form = { get(name: string): unknown; getAll(name: string): unknown[] };

const optional = <T extends z.ZodTypeAny>(schema: T) =>
	z.preprocess((v) => (v === '' || v === null || v === undefined ? undefined : v), schema.optional());

function questionSchema(q: Question) {
	// Required answers reach the schema as typed ('' included), so its own message explains.
	const need = (s: z.ZodTypeAny, _message: string) => (q.required ? s : optional(s));
	switch (q.kind) {
		case 'rating':
			return need(
				z.coerce.number({ message: 'Choose a face' }).int().min(1, 'Choose a face').max(5, 'Choose a face'),
				'Choose a face'
			);
		case 'yes_no':
			return need(z.enum(['yes', 'no'], { message: 'Choose yes or no' }), 'Choose yes or no');
		case 'single':
			return need(
				z.enum(q.options as [string, ...string[]], { message: 'Choose one of the answers' }),
				'Choose one of the answers'
			);
		case 'multiple': {
			const list = z.array(z.enum(q.options as [string, ...string[]], { message: 'Choose from the answers shown' }));
			return q.required ? list.min(1, 'Choose at least one answer') : list;
		}
		case 'text': {
			const text = z
				.string()
				.trim()
				.max(MAX_ANSWER_LENGTH, `Your answer is too long: keep it under ${MAX_ANSWER_LENGTH} characters`);
			return q.required ? text.min(1, 'Write an answer') : text;
		}
	}
}

export function answersSchema(definition: SurveyDefinition, localities: string[]) {
	const shape: Record<string, z.ZodTypeAny> = {};
	for (const q of definition.questions) {
		shape[`answer-${q.key}`] = questionSchema(q);
		if (q.kind === 'text') shape[`consent-${q.key}`] = z.unknown().optional().transform(toConsent);
	}
	const a = definition.about_you;
	if (a.role) shape.role = optional(z.enum([...RESPONDENT_ROLES, PREFER_NOT], { message: 'Choose who you are' }));
	if (a.age_band) shape.age_band = optional(z.enum([...AGE_BANDS, PREFER_NOT], { message: 'Choose your age' }));
	if (a.locality && localities.length)
		shape.locality = optional(
			z.enum([...localities, PREFER_NOT] as unknown as [string, ...string[]], { message: 'Choose where you live' })
		);
	if (a.equality)
		for (const e of EQUALITY_QUESTIONS)
			shape[e.key] = optional(
				z.enum([...e.options, PREFER_NOT] as unknown as [string, ...string[]], { message: 'Choose one of the answers' })
			);
	shape.easy_read = z.preprocess((v) => v === 'yes' || v === 'on', z.boolean());
	return z.object(shape);
}

/** Reads the form into the shape the schema expects (multiple choice as arrays). */
export function formToRecord(definition: SurveyDefinition, form: Form): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	const single = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v : undefined;
	};
	for (const q of definition.questions) {
		out[`answer-${q.key}`] =
			q.kind === 'multiple'
				? form.getAll(`answer-${q.key}`).filter((v) => typeof v === 'string')
				: (single(`answer-${q.key}`) ?? '');
		if (q.kind === 'text') out[`consent-${q.key}`] = single(`consent-${q.key}`);
	}
	for (const name of ['role', 'age_band', 'locality', 'easy_read', ...EQUALITY_QUESTIONS.map((e) => e.key)])
		out[name] = single(name);
	return out;
}

export function toParsed(definition: SurveyDefinition, data: Record<string, unknown>): ParsedAnswers {
	const answers: ParsedAnswers['answers'] = {};
	const texts: ParsedAnswers['texts'] = [];
	for (const q of definition.questions) {
		const v = data[`answer-${q.key}`];
		if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
		if (q.kind === 'text')
			texts.push({
				key: q.key,
				text: String(v),
				consent: toConsent(data[`consent-${q.key}`])
			});
		else answers[q.key] = v as number | string | string[];
	}
	const keep = (v: unknown) => (typeof v === 'string' && v !== PREFER_NOT ? v : null);
	const equality: Record<string, string> = {};
	for (const e of EQUALITY_QUESTIONS) if (typeof data[e.key] === 'string') equality[e.key] = data[e.key] as string;
	return {
		answers,
		texts,
		about: { role: keep(data.role), age_band: keep(data.age_band), locality: keep(data.locality) },
		equality,
		easyRead: data.easy_read === true
	};
}
