import { loadBoard } from '../board-query';
import type { PageServerLoad } from './$types';

/** Statements on the embeddable board: a short version, with a link to the rest. */
const EMBED_PAGE_SIZE = 12;

export const load = (async (event) => {
	const { area } = await event.parent();
	const { board, problems } = await loadBoard(event, area.id, { compact: true, pageSize: EMBED_PAGE_SIZE });
	// The same for every visitor (the embed shows nothing about who is signed in).
	event.setHeaders({ 'cache-control': 'public, max-age=60' });
	return { board, problems, origin: event.url.origin };
}) satisfies PageServerLoad;
