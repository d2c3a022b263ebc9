import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as alerts from '$lib/server/services/alerts';
import { failure, parseForm } from '$lib/forms';
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
		if (!parsed.success) return failure(400, 'acknowledge', 'That alert was not found.');
		const ok = await asStaff(event, (tx) => alerts.acknowledge(tx, area.id, parsed.data, session.person.id));
		if (!ok) return failure(403, 'acknowledge', 'You cannot acknowledge this alert, or someone already has.');
		return { acknowledged: parsed.data };
	},
	resolve: async (event) => {
		const { area, session } = requireArea(event, event.params.area);
		const parsed = await parseForm(event.request, 'resolve', resolveSchema);
		if (!parsed.ok) return parsed.failure;
		const ok = await asStaff(event, (tx) =>
			alerts.resolve(tx, area.id, parsed.data.id, session.person.id, parsed.data.action_taken)
		);
		if (!ok) return failure(403, 'resolve', 'You cannot close this alert, or it is already closed.', parsed.values);
		return { resolved: parsed.data.id };
	}
} satisfies Actions;
