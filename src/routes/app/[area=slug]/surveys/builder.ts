/**
 * The survey builder's form handling, shared by the survey pages and their QR endpoints: reading the
 * edit form into a definition for `surveyDefinition` to validate, and mapping its errors back to fields.
 */
import type { z } from 'zod';
import { QUESTION_KINDS, AUDIENCES, type SurveyDefinition } from '$lib/schemas/survey';

export type Kind = (typeof QUESTION_KINDS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Status = 'draft' | 'open' | 'closed';

/** Areas' roles that build and share surveys; everyone else with a role in the area may look. */
export const BUILDERS: ('area_admin' | 'engagement_officer')[] = ['area_admin', 'engagement_officer'];

export const KIND_LABEL: Record<Kind, string> = {
	rating: 'Rating (1 to 5, with faces and words)',
	text: 'Free text',
	single: 'Single choice',
	multiple: 'Multiple choice',
	yes_no: 'Yes or no'
};

export const AUDIENCE_LABEL: Record<Audience, string> = {
	young_people: 'Young people',
	parents_carers: 'Parents and carers',
	vcse_partners: 'VCSE partners',
	professionals: 'Professionals',
	mixed: 'Mixed'
};

export const STATUS_TAG: Record<Status, { label: string; cls: string }> = {
	draft: { label: 'Draft', cls: 'nhsuk-tag--grey' },
	open: { label: 'Open', cls: 'nhsuk-tag--green' },
	closed: { label: 'Closed', cls: 'nhsuk-tag--red' }
};

export const ABOUT_YOU = [
	{ value: 'role', label: 'Their role (young person, parent or carer, partner, professional)' },
	{ value: 'age_band', label: 'Age band' },
	{ value: 'locality', label: 'Where they live, from the area’s list' },
	{ value: 'equality', label: 'Equality questions, each with “prefer not to say”' }
] as const;

const isKind = (k: string): k is Kind => (QUESTION_KINDS as readonly string[]).includes(k);
const KEY = /^q[0-9a-z_]{1,30}$/;

export const publicLink = (origin: string, code: string) => `${origin}/s/${code}`;

/** A download's file name from the survey title: "getting-help-with-how-you-feel-qr.png". */
export function fileName(title: string, ext: 'svg' | 'png'): string {
	const base = title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${base || 'survey'}-qr.${ext}`;
}

/** One choice a line; blank lines dropped. */
export const lines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);

/** A key no question in the survey uses yet. */
export function nextKey(keys: string[]): string {
	let n = keys.length + 1;
	while (keys.includes(`q${n}`)) n++;
	return `q${n}`;
}

const text = (data: FormData, name: string) => {
	const v = data.get(name);
	return typeof v === 'string' ? v : '';
};
const orNull = (v: string) => (v.trim() ? v : null);

/** A question from form fields named `${prefix}-prompt`, `${prefix}-hint` and so on. */
export function readQuestion(data: FormData, prefix: string, key: string, kind: Kind, priorityIds: string[]): Record<string, unknown> {
	const base = {
		key,
		kind,
		prompt: text(data, `${prefix}-prompt`),
		easy_read: orNull(text(data, `${prefix}-easy_read`)),
		hint: orNull(text(data, `${prefix}-hint`)),
		required: data.has(`${prefix}-required`),
		priority_ids: priorityIds
	};
	return kind === 'single' || kind === 'multiple' ? { ...base, options: lines(text(data, `${prefix}-options`)) } : base;
}

export interface QuestionRow {
	key: string;
	kind: Kind;
}

/**
 * The edit form as a definition, not yet validated. `rows` lists every question the form showed (removed
 * ones too, so a failed save shows the page as it was); `included` the keys of the questions kept, in order.
 */
export function readEdit(data: FormData, stored: SurveyDefinition): { candidate: Record<string, unknown>; rows: QuestionRow[]; included: string[] } {
	const rows: QuestionRow[] = [];
	const questions: Record<string, unknown>[] = [];
	const included: string[] = [];
	for (const key of data.getAll('order')) {
		if (typeof key !== 'string' || !KEY.test(key) || rows.some((r) => r.key === key)) continue;
		const kind = text(data, `${key}-kind`);
		if (!isKind(kind)) continue;
		rows.push({ key, kind });
		if (data.has(`${key}-remove`)) continue;
		const before = stored.questions.find((q) => q.key === key);
		questions.push(readQuestion(data, key, key, kind, before?.priority_ids ?? []));
		included.push(key);
	}
	const about = new Set(data.getAll('about_you'));
	return {
		candidate: {
			title: text(data, 'title'),
			introduction: text(data, 'introduction'),
			audience: text(data, 'audience'),
			about_you: {
				role: about.has('role'),
				age_band: about.has('age_band'),
				locality: about.has('locality'),
				equality: about.has('equality')
			},
			questions
		},
		rows,
		included
	};
}

/**
 * Zod's issues as field names: `questions.2.prompt` becomes `${prefix(2)}-prompt`, a choice's own
 * problem becomes its question's `-options` field, and anything about the list as a whole `questions`.
 */
export function definitionErrors(error: z.ZodError, prefix: (index: number) => string | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of error.issues) {
		const [top, index, field] = issue.path;
		let name: string;
		let message = issue.message;
		if (top === 'questions' && typeof index === 'number') {
			const p = prefix(index) ?? 'questions';
			name = field === undefined ? p : `${p}-${String(field)}`;
			if (field === 'options' && issue.path.length > 3) message = 'Each choice must be 1 to 120 characters';
		} else name = top === undefined ? 'form' : String(top);
		out[name] ??= message;
	}
	return out;
}
