import { randomUUID } from 'node:crypto';
import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as events from '$lib/server/services/events';
import { idempotencyKey } from '$lib/schemas/event';
import { formValues } from '$lib/forms';
import { CAPTURE_ROLES, checkMany, checkNote, checkPaper, type FormName } from './capture';
import { storeEntry } from './store.server';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'That event was not found in this area';

async function findEvent(event: RequestEvent<{ area: string; id: string }>) {
	const { area } = requireArea(event, event.params.area, [...CAPTURE_ROLES]);
	const ev = await asStaff(event, (tx) => events.get(tx, area.id, event.params.id));
	if (!ev) error(404, NOT_FOUND);
	return ev;
}

export const load = (async (event) => {
	const ev = await findEvent(event);
	return {
		event: {
			id: ev.id,
			name: ev.name,
			status: ev.status,
			prompts: ev.prompts,
			starts_local: ev.starts_local,
			venue: ev.venue
		},
		// Without JavaScript, each form carries this key, so a resent form is stored once.
		key: randomUUID()
	};
}) satisfies PageServerLoad;

/** What stays set for the next entry (not consent: that is asked of each person). */
const STICKY: Record<FormName, string[]> = {
	note: ['source', 'prompt', 'role', 'age_band'],
	many: ['many-source', 'many-prompt', 'many-role', 'many-age_band'],
	paper: ['paper-role']
};
const sticky = (form: FormName, values: Record<string, string>) =>
	Object.fromEntries(STICKY[form].map((k) => [k, values[k] ?? '']));
/** The submitted key, to send back with a refused form so a resend is still the same submission. */
const keptKey = (values: Record<string, string>) =>
	idempotencyKey.safeParse(values.key).success ? values.key : undefined;

const NOT_SAVED = 'It could not be saved just now. Nothing is lost: send it again.';

export const actions = {
	note: async (event) => {
		const ev = await findEvent(event);
		const values = formValues(await event.request.formData());
		const checked = checkNote(values);
		if (!checked.ok) return fail(400, { form: 'note' as const, values, errors: checked.errors, key: keptKey(values) });
		const r = await storeEntry(event, ev, checked.entry);
		if (r.status === 'error')
			return fail(500, { form: 'note' as const, values, errors: { form: NOT_SAVED }, key: keptKey(values) });
		return {
			form: 'note' as const,
			saved: 1,
			duplicate: r.status === 'duplicate',
			safeguarding: r.safeguarding,
			sticky: sticky('note', values)
		};
	},

	many: async (event) => {
		const ev = await findEvent(event);
		const values = formValues(await event.request.formData());
		const checked = checkMany(values);
		if (!checked.ok) return fail(400, { form: 'many' as const, values, errors: checked.errors, key: keptKey(values) });
		let saved = 0;
		let safeguarding = false;
		let failed = 0;
		for (const entry of checked.entries) {
			const r = await storeEntry(event, ev, entry);
			if (r.status === 'error') failed++;
			else saved++;
			safeguarding ||= r.safeguarding;
		}
		if (failed)
			return fail(500, {
				form: 'many' as const,
				values,
				errors: {
					form: `${failed} of the ${checked.entries.length} notes could not be saved just now. Send the form again: notes already saved are not saved twice.`
				},
				key: keptKey(values),
				safeguarding
			});
		return { form: 'many' as const, saved, duplicate: false, safeguarding, sticky: sticky('many', values) };
	},

	paper: async (event) => {
		const ev = await findEvent(event);
		const values = formValues(await event.request.formData());
		const checked = checkPaper(values, ev.prompts);
		if (!checked.ok) return fail(400, { form: 'paper' as const, values, errors: checked.errors, key: keptKey(values) });
		const r = await storeEntry(event, ev, checked.entry);
		if (r.status === 'error')
			return fail(500, { form: 'paper' as const, values, errors: { form: NOT_SAVED }, key: keptKey(values) });
		return {
			form: 'paper' as const,
			saved: 1,
			duplicate: r.status === 'duplicate',
			safeguarding: r.safeguarding,
			sticky: sticky('paper', values)
		};
	}
} satisfies Actions;
