import { error, fail, redirect } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as events from '$lib/server/services/events';
import * as plans from '$lib/server/services/plans';
import { ORGANISERS, readForm, stateOf } from '../../form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, [...ORGANISERS]);
	const found = await asStaff(event, async (tx) => {
		const e = await events.get(tx, area.id, event.params.id);
		return (
			e && { e, localities: await events.localities(tx, area.id), priorities: await plans.priorityChoices(tx, area.id) }
		);
	});
	if (!found) error(404, 'That event was not found in this area');
	return {
		event: { id: found.e.id, name: found.e.name },
		localities: found.localities,
		priorities: found.priorities,
		state: stateOf(found.e)
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { area } = requireArea(event, event.params.area, [...ORGANISERS]);
		const data = await event.request.formData();
		const localities = await asStaff(event, (tx) => events.localities(tx, area.id));
		const read = readForm(data, localities);
		if (!read.ok) return fail(400, { state: read.state, errors: read.errors });
		const saved = await asStaff(event, (tx) => events.update(tx, area.id, event.params.id, read.definition));
		if (!saved) error(404, 'That event was not found in this area');
		redirect(303, `/app/${area.slug}/events/${event.params.id}?saved=1`);
	}
} satisfies Actions;
