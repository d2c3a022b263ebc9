import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as youth from '$lib/server/services/youth';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area, session } = requireArea(event, event.params.area);
	return { record: await asStaff(event, (tx) => youth.record(tx, area.id, session.person.id)) };
}) satisfies PageServerLoad;
