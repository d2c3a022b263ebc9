import { requireArea } from '$lib/server/auth/guard';
import type { LayoutServerLoad } from './$types';

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	return { area, roles };
}) satisfies LayoutServerLoad;
