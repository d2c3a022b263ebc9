import { error } from '@sveltejs/kit';
import * as plans from '$lib/server/services/plans';
import * as board from '$lib/server/services/board';
import { asPublic } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = await event.parent();
	const { priority, statements } = await asPublic(event, async (tx) => ({
		priority: await plans.priority(tx, area.id, event.params.id),
		statements: await board.forPriority(tx, area.id, event.params.id)
	}));
	if (!priority) error(404, 'We could not find that priority');
	return { priority, statements };
}) satisfies PageServerLoad;
