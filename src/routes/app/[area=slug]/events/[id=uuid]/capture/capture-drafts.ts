/**
 * The capture page's forms, as the page holds them with JavaScript, turned into queue entries
 * (and back, to fix one the server refused); and the problems to show before queueing.
 */
import { captureEntry, type Prompt } from '$lib/schemas/event';
import { linesToNotes, newKey, type Consent, type Draft, type NoteSource, type PaperDraft } from '$lib/events/queue';
import { captureErrors } from './capture';

export interface NoteForm {
	text: string;
	source: string;
	prompt: string;
	role: string;
	age_band: string;
	consent: string;
}
export interface ManyForm {
	lines: string;
	source: string;
	prompt: string;
	role: string;
	age_band: string;
	consent: string;
}
export interface PaperForm {
	texts: Record<string, string>;
	ratings: Record<string, string>;
	role: string;
	age_band: string;
	consent: string;
}

const orNull = (s: string) => (s ? s : null);

export function noteDraft(note: NoteForm): Draft {
	return {
		kind: 'note',
		key: newKey(),
		source: note.source as NoteSource,
		prompt: orNull(note.prompt),
		text: note.text.trim(),
		role: orNull(note.role),
		age_band: orNull(note.age_band),
		consent: note.consent as Consent
	};
}

/** One note a line, each with the form's details. */
export function manyDrafts(many: ManyForm): Draft[] {
	return linesToNotes(many.lines, {
		source: many.source as NoteSource,
		prompt: orNull(many.prompt),
		role: orNull(many.role),
		age_band: orNull(many.age_band),
		consent: many.consent as Consent
	});
}

/** What is wrong with the lines, naming the first bad line; null when they can be queued. */
export function manyProblem(drafts: Draft[]): string | null {
	if (drafts.length === 0) return 'Paste or type at least one note, one a line';
	const bad = drafts.findIndex((d) => !captureEntry.safeParse(d).success);
	if (bad < 0) return null;
	const parsed = captureEntry.safeParse(drafts[bad]);
	const msg = parsed.success ? '' : Object.values(captureErrors(parsed.error, 'many'))[0];
	return `Line ${bad + 1}: ${msg}`;
}

export function paperDraft(paper: PaperForm): PaperDraft {
	return {
		kind: 'paper',
		key: newKey(),
		role: orNull(paper.role),
		age_band: orNull(paper.age_band),
		consent: paper.consent as Consent,
		texts: Object.fromEntries(
			Object.entries(paper.texts)
				.map(([k, t]) => [k, t.trim()])
				.filter(([, t]) => t)
		),
		ratings: Object.fromEntries(
			Object.entries(paper.ratings)
				.filter(([, r]) => r)
				.map(([k, r]) => [k, Number(r)])
		)
	};
}

/** A refused note as the note form holds it. */
export function noteForm(e: Extract<Draft, { kind: 'note' }>): NoteForm {
	return {
		text: e.text,
		source: e.source,
		prompt: e.prompt ?? '',
		role: e.role ?? '',
		age_band: e.age_band ?? '',
		consent: e.consent
	};
}

/** Puts a refused paper form back into the paper form. */
export function refillPaper(paper: PaperForm, e: PaperDraft, prompts: Prompt[]) {
	for (const p of prompts) {
		if (p.kind === 'text') paper.texts[p.key] = e.texts[p.key] ?? '';
		else paper.ratings[p.key] = e.ratings[p.key] ? String(e.ratings[p.key]) : '';
	}
	paper.role = e.role ?? '';
	paper.age_band = e.age_band ?? '';
	paper.consent = e.consent;
}
