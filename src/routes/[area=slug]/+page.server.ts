import * as plans from '$lib/server/services/plans';
import * as surveys from '$lib/server/services/surveys';
import { asPublic } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = await event.parent();
	return asPublic(event, async (tx) => ({
		plans: await plans.forArea(tx, area.id),
		surveys: await surveys.openForArea(tx, area.id)
	}));
}) satisfies PageServerLoad;
