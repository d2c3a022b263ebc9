import * as board from '$lib/server/services/board';
import { asPublic } from '$lib/server/public';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = await event.parent();
	return { board: await asPublic(event, (tx) => board.forArea(tx, area.id)) };
}) satisfies PageServerLoad;
