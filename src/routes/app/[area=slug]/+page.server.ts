import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as areaHome from '$lib/server/services/area-home';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area);
	return { summary: await asStaff(event, (tx) => areaHome.summary(tx, area.id)) };
}) satisfies PageServerLoad;
