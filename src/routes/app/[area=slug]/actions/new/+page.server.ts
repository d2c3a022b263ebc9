import { redirect } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as actionService from '$lib/server/services/actions';
import * as plans from '$lib/server/services/plans';
import { createSchema } from '$lib/schemas/actions';
import { failure, parseForm } from '$lib/forms';
import { refusedFailure } from '$lib/server/forms';
import { MANAGERS } from '../access';
import { refused } from '../refusal';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, MANAGERS);
	const priorities = await asStaff(event, (tx) => plans.priorityChoices(tx, area.id));
	return {
		priorities: priorities.map((p) => ({
			id: p.id,
			label: `${p.plan_title} (${p.plan_period}): priority ${p.number}, ${p.title}`
		})),
		priority: event.url.searchParams.get('priority') ?? ''
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { area } = requireArea(event, event.params.area, MANAGERS);
		const p = await parseForm(event.request, 'create', createSchema);
		if (!p.ok) return p.failure;
		let id: string | null;
		try {
			id = await asStaff(event, async (tx) => {
				const allowed = (await plans.priorityChoices(tx, area.id)).some((c) => c.id === p.data.priority_id);
				return allowed ? actionService.create(tx, area.id, p.data) : null;
			});
		} catch (e) {
			return refusedFailure(e, 'create', p.values, refused);
		}
		if (!id) return failure(400, 'create', { priority_id: 'Choose the priority this action belongs to' }, p.values);
		redirect(303, `/app/${area.slug}/actions/${id}`);
	}
} satisfies Actions;
