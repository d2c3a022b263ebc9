import { fail, redirect } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as actionService from '$lib/server/services/actions';
import * as plans from '$lib/server/services/plans';
import { createSchema } from '$lib/schemas/actions';
import { fieldErrors, formValues } from '$lib/forms';
import { MANAGERS } from '../access';
import { refusal } from '../refusal';
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
		const values = formValues(await event.request.formData());
		const parsed = createSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		let id: string | null;
		try {
			id = await asStaff(event, async (tx) => {
				const allowed = (await plans.priorityChoices(tx, area.id)).some((p) => p.id === parsed.data.priority_id);
				return allowed ? actionService.create(tx, area.id, parsed.data) : null;
			});
		} catch (e) {
			const r = refusal(e);
			if (!r) throw e;
			return fail(r.field ? 400 : 403, {
				values,
				errors: { [r.field ?? 'form']: r.message } as Record<string, string>
			});
		}
		if (!id)
			return fail(400, {
				values,
				errors: { priority_id: 'Choose the priority this action belongs to' } as Record<string, string>
			});
		redirect(303, `/app/${area.slug}/actions/${id}`);
	}
} satisfies Actions;
