import { fail } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as retention from '$lib/server/services/retention';
import { retentionSchema } from '$lib/schemas/retention';
import { fieldErrors, formValues } from '$lib/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, 'manage_area');
	return asStaff(event, async (tx) => ({
		schedule: (await retention.schedule(tx, area.id))!,
		runs: await retention.recentRuns(tx)
	}));
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { area } = requireArea(event, event.params.area, 'manage_area');
		const values = formValues(await event.request.formData());
		const parsed = retentionSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		await asStaff(event, (tx) => retention.setSchedule(tx, area.id, parsed.data));
		return { saved: true };
	}
} satisfies Actions;
