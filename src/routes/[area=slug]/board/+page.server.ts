import * as board from '$lib/server/services/board';
import { loadBoard } from './board-query';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = await event.parent();
	// The feedback figures are shared between visitors for a minute (and read alongside).
	const figures = board.publicFeedbackFigures(event.locals.db, area.id);
	const { board: b, problems } = await loadBoard(event, area.id, { figures });
	return { board: b, problems, origin: event.url.origin };
}) satisfies PageServerLoad;
