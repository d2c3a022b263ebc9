/** The event set-up form: turning posted fields into a definition, and back for re-display. */
import { eventDefinition, type EventDefinition, type Prompt } from '$lib/schemas/event';
import { fieldErrors, type FieldErrors } from '$lib/forms';
import { rolesFor } from '$lib/permissions';
import { AUDIENCE_LABEL as AUDIENCES_LABEL, EVENT_STATUS_LABEL } from '$lib/vocabulary';

export const ORGANISERS = rolesFor('run_events');
/** Blank prompt rows offered below the filled ones, so more can be added without JavaScript. */
export const SPARE_PROMPTS = 2;

export interface PromptRow {
	key: string;
	kind: string;
	text: string;
}

export interface EventFormState {
	values: Record<string, string>;
	priorityIds: string[];
	prompts: PromptRow[];
}

export function stateOf(
	event?: Partial<Omit<EventDefinition, 'starts_at' | 'ends_at'>> & {
		starts_local?: string;
		ends_local?: string | null;
	}
): EventFormState {
	return {
		values: {
			name: event?.name ?? '',
			starts_at: event?.starts_local ?? '',
			ends_at: event?.ends_local ?? '',
			venue: event?.venue ?? '',
			locality: event?.locality ?? '',
			audience: event?.audience ?? '',
			partner_organisation: event?.partner_organisation ?? ''
		},
		priorityIds: event?.priority_ids ?? [],
		prompts: (event?.prompts ?? []).map((p) => ({ key: p.key, kind: p.kind, text: p.text }))
	};
}

function nextKey(used: Set<string>): string {
	for (let i = 1; ; i++) if (!used.has(`p${i}`)) return `p${i}`;
}

/** Reads the posted form; blank prompt rows are ignored, new ones get a key not used before. */
export function readForm(
	data: FormData,
	localities: string[]
): { state: EventFormState } & ({ ok: true; definition: EventDefinition } | { ok: false; errors: FieldErrors }) {
	const text = (k: string) => String(data.get(k) ?? '');
	const values: Record<string, string> = {};
	for (const k of ['name', 'starts_at', 'ends_at', 'venue', 'locality', 'audience', 'partner_organisation'])
		values[k] = text(k);
	const priorityIds = data.getAll('priority_ids').map(String);
	const rows: PromptRow[] = [];
	for (let i = 0; data.has(`prompt-${i}-text`); i++)
		rows.push({
			key: text(`prompt-${i}-key`),
			kind: text(`prompt-${i}-kind`) || 'text',
			text: text(`prompt-${i}-text`)
		});
	const filled = rows.filter((r) => r.text.trim() !== '');
	const used = new Set(filled.map((r) => r.key).filter((k) => /^p[0-9a-z_]{1,30}$/.test(k)));
	const seen = new Set<string>();
	const prompts: Prompt[] = [];
	for (const r of filled) {
		let key = /^p[0-9a-z_]{1,30}$/.test(r.key) && !seen.has(r.key) ? r.key : '';
		if (!key) used.add((key = nextKey(used)));
		seen.add(key);
		r.key = key;
		prompts.push({ key, kind: r.kind === 'rating' ? 'rating' : 'text', text: r.text });
	}
	const state = { values, priorityIds, prompts: filled };
	const parsed = eventDefinition.safeParse({ ...values, priority_ids: priorityIds, prompts });
	if (!parsed.success) {
		const errors = fieldErrors(parsed.error);
		// Prompt errors are reported on the row the person typed in.
		for (const [k, message] of Object.entries(errors)) {
			const m = /^prompts\.(\d+)\.text$/.exec(k);
			if (m) errors[`prompt-${m[1]}-text`] = message;
		}
		if (errors.prompts) errors['prompt-0-text'] ??= errors.prompts;
		return { state, ok: false, errors };
	}
	if (parsed.data.locality && !localities.includes(parsed.data.locality))
		return { state, ok: false, errors: { locality: 'Choose a locality from the list' } };
	return { state, ok: true, definition: parsed.data };
}

export const AUDIENCE_LABEL: Record<string, string> = AUDIENCES_LABEL;

export const STATUS_TAG: Record<string, { label: string; colour: string }> = {
	draft: { label: EVENT_STATUS_LABEL.draft, colour: 'grey' },
	scheduled: { label: EVENT_STATUS_LABEL.scheduled, colour: 'blue' },
	open: { label: EVENT_STATUS_LABEL.open, colour: 'green' },
	closed: { label: EVENT_STATUS_LABEL.closed, colour: 'white' }
};

export const eventLink = (origin: string, code: string) => `${origin}/e/${code}`;

export { formatWhen } from '$lib/status';
