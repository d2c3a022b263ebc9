import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as trace from '$lib/server/services/trace';
import { READERS } from '../../access';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, READERS);
	const item = await asStaff(event, (tx) => trace.feedback(tx, area.id, event.params.id));
	// Withdrawn words and another area's are not found: row-level security hides them.
	if (!item)
		error(404, 'That feedback was not found in this area. It may have been taken back by the person who gave it.');
	return { item };
}) satisfies PageServerLoad;
