import { fail, redirect } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as events from '$lib/server/services/events';
import * as plans from '$lib/server/services/plans';
import { ORGANISERS, readForm, stateOf } from '../form';
import type { Actions, PageServerLoad } from './$types';

const TEMPLATE_PROMPTS = [
	{ key: 'p1', kind: 'text' as const, text: 'What would make it easier to get help with your mental health?' },
	{ key: 'p2', kind: 'rating' as const, text: 'How easy is it to find support?' }
];

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, [...ORGANISERS]);
	const [localities, priorities] = await asStaff(
		event,
		async (tx) => [await events.localities(tx, area.id), await plans.priorityChoices(tx, area.id)] as const
	);
	return { localities, priorities, state: stateOf({ prompts: TEMPLATE_PROMPTS, audience: 'young_people' }) };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { area, session } = requireArea(event, event.params.area, [...ORGANISERS]);
		const data = await event.request.formData();
		const localities = await asStaff(event, (tx) => events.localities(tx, area.id));
		const read = readForm(data, localities);
		if (!read.ok) return fail(400, { state: read.state, errors: read.errors });
		const created = await asStaff(event, (tx) => events.create(tx, area.id, read.definition, session.person.id));
		redirect(303, `/app/${area.slug}/events/${created.id}?saved=1`);
	}
} satisfies Actions;
