import * as plans from '$lib/server/services/plans';
import { asPublic } from '$lib/server/public';
import type { PageServerLoad } from './$types';

// The area's plans in full: every priority and action (one tap from the area page).
export const load = (async (event) => {
	const { area } = await event.parent();
	return asPublic(event, async (tx) => ({ plans: await plans.forArea(tx, area.id) }));
}) satisfies PageServerLoad;
