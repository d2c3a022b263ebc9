import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as trace from '$lib/server/services/trace';
import { fieldErrors } from '$lib/forms';
import { optionalPeriodSchema, traceQuerySchema } from '$lib/schemas/trace';
import { READERS } from './access';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, READERS);
	const q = event.url.searchParams;
	const values = { priority: q.get('priority') ?? '', from: q.get('from') ?? '', to: q.get('to') ?? '' };
	const period = optionalPeriodSchema.safeParse(values);
	const query = traceQuerySchema.safeParse({ priority: values.priority, page: q.get('page') ?? '1' });
	const errors = {
		...(period.success ? {} : fieldErrors(period.error)),
		...(query.success ? {} : fieldErrors(query.error))
	};
	const wanted = query.success ? query.data.priority : null;
	return asStaff(event, async (tx) => {
		const options = await trace.priorityOptions(tx, area.id);
		if (wanted && !options.some((o) => o.id === wanted)) error(404, 'That priority was not found in this area');
		const found =
			wanted && period.success
				? await trace.priority(tx, area.id, wanted, period.data, query.success ? query.data.page : 1)
				: null;
		return { options, values, errors: Object.keys(errors).length ? errors : null, trace: found };
	});
}) satisfies PageServerLoad;
