import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as trace from '$lib/server/services/trace';
import { fieldErrors } from '$lib/forms';
import { optionalPeriodSchema } from '$lib/schemas/trace';
import { READERS } from '../access';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, READERS);
	const q = event.url.searchParams;
	const values = { from: q.get('from') ?? '', to: q.get('to') ?? '' };
	const parsed = optionalPeriodSchema.safeParse(values);
	if (!parsed.success) return { values, errors: fieldErrors(parsed.error), who: null };
	// Only suppressed figures leave the service: this page may be shared.
	return { values, errors: null, who: await asStaff(event, (tx) => trace.who(tx, area.id, parsed.data)) };
}) satisfies PageServerLoad;
