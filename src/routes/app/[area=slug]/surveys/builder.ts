/**
 * The survey builder's form handling, shared by the survey pages and their QR endpoints: reading the
 * edit form into a definition for `surveyDefinition` to validate, and mapping its errors back to fields.
 */
import { slugify } from '$lib/slug';
import type { z } from 'zod';
import { QUESTION_KINDS, AUDIENCES, type SurveyDefinition } from '$lib/schemas/survey';
import { rolesFor } from '$lib/permissions';
import { AUDIENCE_LABEL, SURVEY_STATUS_LABEL, type SurveyStatus } from '$lib/vocabulary';

export type Kind = (typeof QUESTION_KINDS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Status = SurveyStatus;

/** Areas' roles that build and share surveys; everyone else with a role in the area may look. */
export const BUILDERS = rolesFor('manage_surveys');

export const KIND_LABEL: Record<Kind, string> = {
	rating: 'Rating (1 to 5, with faces and words)',
	text: 'Free text',
	single: 'Single choice',
	multiple: 'Multiple choice',
	yes_no: 'Yes or no'
};

export { AUDIENCE_LABEL };

export const STATUS_TAG: Record<Status, { label: string; cls: string }> = {
	draft: { label: SURVEY_STATUS_LABEL.draft, cls: 'nhsuk-tag--grey' },
	open: { label: SURVEY_STATUS_LABEL.open, cls: 'nhsuk-tag--green' },
	closed: { label: SURVEY_STATUS_LABEL.closed, cls: 'nhsuk-tag--red' }
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
	return `${slugify(title, 60) || 'survey'}-qr.${ext}`;
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
export function readQuestion(
	data: FormData,
	prefix: string,
	key: string,
	kind: Kind,
	priorityIds: string[]
): Record<string, unknown> {
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

export type Direction = 'up' | 'down';

/** A move button's value, `q2:up`, as the question and the way it goes; anything else is no move. */
export function parseMove(value: unknown): { key: string; direction: Direction } | null {
	if (typeof value !== 'string') return null;
	const m = /^(q[0-9a-z_]{1,30}):(up|down)$/.exec(value);
	return m ? { key: m[1]!, direction: m[2] as Direction } : null;
}

/** The list with the item at `from` swapped with its neighbour; unchanged at either end. */
export function moveItem<T>(list: T[], from: number, direction: Direction): T[] {
	const to = direction === 'up' ? from - 1 : from + 1;
	if (from < 0 || from >= list.length || to < 0 || to >= list.length) return list;
	const out = [...list];
	[out[from], out[to]] = [out[to]!, out[from]!];
	return out;
}

/** Form field holding a question's linked plan priorities (one checkbox per priority). */
export const priorityField = (key: string) => `${key}-priority_ids`;

/** The ids ticked in a question's priority checkboxes, once each, in the order sent. */
function tickedPriorities(data: FormData, key: string): string[] {
	const out: string[] = [];
	for (const v of data.getAll(priorityField(key))) if (typeof v === 'string' && v && !out.includes(v)) out.push(v);
	return out;
}

/**
 * The edit form as a definition, not yet validated. `rows` lists every question the form showed (removed
 * ones too, so a failed save shows the page as it was), in order after any move; `included` the keys of
 * the questions kept, in order; `links` each row's ticked priorities; `moved` where a moved question
 * ended up (its row index), if a move button sent the form.
 *
 * Priority links come from the checkboxes when the form showed them (its `priorities` field says so);
 * a form without them keeps the stored links.
 */
export function readEdit(
	data: FormData,
	stored: SurveyDefinition
): {
	candidate: Record<string, unknown>;
	rows: QuestionRow[];
	included: string[];
	links: Record<string, string[]>;
	moved: { key: string; direction: Direction; index: number } | null;
} {
	let rows: QuestionRow[] = [];
	for (const key of data.getAll('order')) {
		if (typeof key !== 'string' || !KEY.test(key) || rows.some((r) => r.key === key)) continue;
		const kind = text(data, `${key}-kind`);
		if (!isKind(kind)) continue;
		rows.push({ key, kind });
	}
	let moved: { key: string; direction: Direction; index: number } | null = null;
	const move = parseMove(data.get('move'));
	if (move) {
		const from = rows.findIndex((r) => r.key === move.key);
		const after = moveItem(rows, from, move.direction);
		if (after !== rows) {
			rows = after;
			moved = { ...move, index: rows.findIndex((r) => r.key === move.key) };
		}
	}
	const shown = data.has('priorities');
	const questions: Record<string, unknown>[] = [];
	const included: string[] = [];
	const links: Record<string, string[]> = {};
	for (const { key, kind } of rows) {
		const before = stored.questions.find((q) => q.key === key);
		links[key] = shown ? tickedPriorities(data, key) : (before?.priority_ids ?? []);
		if (data.has(`${key}-remove`)) continue;
		questions.push(readQuestion(data, key, key, kind, links[key]));
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
		included,
		links,
		moved
	};
}

export const PRIORITY_NOT_IN_AREA = 'Choose only priorities from this area’s plans';

/**
 * Errors for questions linked to priorities that are not the area's (`allowed`): keyed by each
 * question's priority field, as `definitionErrors` keys its other fields.
 */
export function priorityErrors(
	questions: { priority_ids?: unknown }[],
	keys: string[],
	allowed: ReadonlySet<string>
): Record<string, string> {
	const out: Record<string, string> = {};
	questions.forEach((q, i) => {
		const ids = Array.isArray(q.priority_ids) ? q.priority_ids : [];
		const key = keys[i];
		if (key && ids.some((id) => typeof id !== 'string' || !allowed.has(id)))
			out[priorityField(key)] = PRIORITY_NOT_IN_AREA;
	});
	return out;
}

/**
 * Zod's issues as field names: `questions.2.prompt` becomes `${prefix(2)}-prompt`, a choice's own
 * problem becomes its question's `-options` field, and anything about the list as a whole `questions`.
 */
export function definitionErrors(
	error: z.ZodError,
	prefix: (index: number) => string | undefined
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of error.issues) {
		const [top, index, field] = issue.path;
		let name: string;
		let message = issue.message;
		if (top === 'questions' && typeof index === 'number') {
			const p = prefix(index) ?? 'questions';
			name = field === undefined ? p : `${p}-${String(field)}`;
			if (field === 'options' && issue.path.length > 3) message = 'Each choice must be 1 to 120 characters';
			if (field === 'priority_ids') message = PRIORITY_NOT_IN_AREA;
		} else name = top === undefined ? 'form' : String(top);
		out[name] ??= message;
	}
	return out;
}
