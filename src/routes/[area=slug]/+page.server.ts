import * as plans from '$lib/server/services/plans';
import { asPublic } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = await event.parent();
	return { plans: await asPublic(event, (tx) => plans.forArea(tx, area.id)) };
}) satisfies PageServerLoad;
