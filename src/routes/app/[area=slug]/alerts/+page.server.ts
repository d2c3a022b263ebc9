import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as alerts from '$lib/server/services/alerts';
import { fieldErrors, formValues } from '$lib/forms';
import type { Actions, PageServerLoad } from './$types';

const resolveSchema = z.object({
	id: z.string().uuid(),
	action_taken: z
		.string()
		.trim()
		.min(5, 'Write what you did, for example who you told')
		.max(2000, 'Keep it under 2,000 characters')
});

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area);
	return asStaff(event, async (tx) => ({
		alerts: await alerts.list(tx, area.id),
		deliveries: await alerts.deliveries(tx, area.id)
	}));
}) satisfies PageServerLoad;

export const actions = {
	acknowledge: async (event) => {
		const { area, session } = requireArea(event, event.params.area);
		const parsed = z
			.string()
			.uuid()
			.safeParse((await event.request.formData()).get('id'));
		if (!parsed.success) return fail(400, { errors: { form: 'That alert was not found.' } as Record<string, string> });
		const ok = await asStaff(event, (tx) => alerts.acknowledge(tx, area.id, parsed.data, session.person.id));
		if (!ok)
			return fail(403, {
				errors: { form: 'You cannot acknowledge this alert, or someone already has.' } as Record<string, string>
			});
		return { acknowledged: parsed.data };
	},
	resolve: async (event) => {
		const { area, session } = requireArea(event, event.params.area);
		const values = formValues(await event.request.formData());
		const parsed = resolveSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		const ok = await asStaff(event, (tx) =>
			alerts.resolve(tx, area.id, parsed.data.id, session.person.id, parsed.data.action_taken)
		);
		if (!ok)
			return fail(403, {
				values,
				errors: { form: 'You cannot close this alert, or it is already closed.' } as Record<string, string>
			});
		return { resolved: parsed.data.id };
	}
} satisfies Actions;
