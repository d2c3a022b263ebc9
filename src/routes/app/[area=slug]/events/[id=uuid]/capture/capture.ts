/**
 * The capture page's three forms (a note, many notes, a paper form): field names, turning posted
 * fields (or the page's own state) into capture entries, and zod errors into errors keyed by the
 * field's id, so the error summary links to the right field. Used by the page (with JavaScript,
 * before queueing) and by its form actions (without).
 */
import { captureEntry, type CaptureEntry, type Prompt } from '$lib/schemas/event';
import type { FieldErrors } from '$lib/forms';
import { rolesFor } from '$lib/permissions';
import {
	CONSENT_LABEL,
	CONSENT_LEVELS,
	FEEDBACK_SOURCE_LABEL,
	RESPONDENT_ROLE_LABEL,
	RESPONDENT_ROLES,
	type FeedbackSource
} from '$lib/vocabulary';
import type { z } from 'zod';

export type FormName = 'note' | 'many' | 'paper';
/** Field ids (and names) are prefixed per form, since all three forms are on one page. */
export const PREFIX: Record<FormName, string> = { note: '', many: 'many-', paper: 'paper-' };
export const CAPTURE_ROLES = rolesFor('run_events');

export const ROLE_OPTIONS = RESPONDENT_ROLES.map((value) => ({ value, label: RESPONDENT_ROLE_LABEL[value]! }));
/** What staff type in here: words on sticky notes and said aloud (paper forms have their own form). */
export const SOURCE_OPTIONS = (['sticky_note', 'said_aloud'] satisfies FeedbackSource[]).map((value) => ({
	value,
	label: FEEDBACK_SOURCE_LABEL[value]!
}));
/** Staff only first: it is the default, and the safe choice. */
export const CONSENT_OPTIONS = [...CONSENT_LEVELS]
	.sort((a, b) => Number(b === 'staff_only') - Number(a === 'staff_only'))
	.map((value) => ({ value, label: CONSENT_LABEL[value] }));

export const KEY_PROBLEM = 'This form was out of date. Check what you typed and send it again.';

const orNull = (v: string | undefined) => (v ? v : null);

/** The note form's fields as an entry to validate. */
export function noteCandidate(values: Record<string, string>, prefix = ''): Record<string, unknown> {
	return {
		kind: 'note',
		key: values.key ?? '',
		source: values[`${prefix}source`] ?? '',
		prompt: orNull(values[`${prefix}prompt`]),
		text: values[`${prefix}text`] ?? '',
		role: orNull(values[`${prefix}role`]),
		age_band: orNull(values[`${prefix}age_band`]),
		consent: values[`${prefix}consent`] || 'staff_only'
	};
}

/** The paper form's fields (`paper-text-{prompt}`, `paper-rating-{prompt}`) as an entry to validate. */
export function paperCandidate(values: Record<string, string>, prompts: Prompt[]): Record<string, unknown> {
	const texts: Record<string, string> = {};
	const ratings: Record<string, number> = {};
	for (const p of prompts) {
		if (p.kind === 'text') {
			const t = (values[`paper-text-${p.key}`] ?? '').trim();
			if (t) texts[p.key] = t;
		} else {
			const r = values[`paper-rating-${p.key}`];
			if (r) ratings[p.key] = Number(r);
		}
	}
	return {
		kind: 'paper',
		key: values.key ?? '',
		role: orNull(values['paper-role']),
		age_band: orNull(values['paper-age_band']),
		consent: values['paper-consent'] || 'staff_only',
		texts,
		ratings
	};
}

/** zod's errors for one form, keyed by the ids of that form's fields. */
export function captureErrors(error: z.ZodError, form: FormName): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const [first, second] = issue.path.map(String);
		let id: string;
		if (first === 'key' || first === 'kind' || !first) id = 'form';
		else if (form === 'paper' && (first === 'texts' || first === 'ratings') && second)
			id = `paper-${first === 'texts' ? 'text' : 'rating'}-${second}`;
		else if (form === 'many' && first === 'text') id = 'lines';
		else id = `${PREFIX[form]}${first}`;
		out[id] ??= id === 'form' && first === 'key' ? KEY_PROBLEM : issue.message;
	}
	return out;
}

export type Checked = { ok: true; entry: CaptureEntry } | { ok: false; errors: FieldErrors };

export function checkNote(values: Record<string, string>, prefix = ''): Checked {
	const parsed = captureEntry.safeParse(noteCandidate(values, prefix));
	if (!parsed.success) return { ok: false, errors: captureErrors(parsed.error, prefix ? 'many' : 'note') };
	return { ok: true, entry: parsed.data };
}

export function checkPaper(values: Record<string, string>, prompts: Prompt[]): Checked {
	const candidate = paperCandidate(values, prompts);
	const parsed = captureEntry.safeParse(candidate);
	if (!parsed.success) return { ok: false, errors: captureErrors(parsed.error, 'paper') };
	const entry = parsed.data;
	if (entry.kind === 'paper' && Object.keys(entry.texts).length + Object.keys(entry.ratings).length === 0) {
		const first = prompts[0];
		const id = first ? (first.kind === 'text' ? `paper-text-${first.key}` : `paper-rating-${first.key}`) : 'form';
		return { ok: false, errors: { [id]: 'Type at least one answer from the paper form' } };
	}
	return { ok: true, entry };
}

/**
 * Pasted notes, one a line, with the form's tags. Each line's key is the form's key and its line
 * number, so sending the same form again (a browser retry) stores each line once.
 */
export function checkMany(
	values: Record<string, string>
): { ok: true; entries: CaptureEntry[] } | { ok: false; errors: FieldErrors } {
	const lines = (values.lines ?? '')
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	if (lines.length === 0) return { ok: false, errors: { lines: 'Paste or type at least one note, one a line' } };
	if (lines.length > 200) return { ok: false, errors: { lines: 'Paste 200 notes or fewer at a time' } };
	const entries: CaptureEntry[] = [];
	for (const [i, line] of lines.entries()) {
		const checked = checkNote({ ...values, 'many-text': line, key: `${values.key ?? ''}-${i + 1}` }, PREFIX.many);
		if (!checked.ok) {
			const errors = { ...checked.errors };
			if (errors.lines) errors.lines = `Line ${i + 1}: ${errors.lines}`;
			return { ok: false, errors };
		}
		entries.push(checked.entry);
	}
	return { ok: true, entries };
}
