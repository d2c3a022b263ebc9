/**
 * The board as data (docs/board-json.md; schema in src/lib/schemas/board-json.ts): public,
 * readable from any website, cached for a minute. Takes the board's filters (?priority=,
 * ?theme=, ?status=, ?page=); a value that is not valid or not on this board is a 400 that says
 * which, rather than a silently different answer.
 */
import * as areas from '$lib/server/services/areas';
import * as board from '$lib/server/services/board';
import { asPublic } from '$lib/server/public';
import { loadBoard } from '../board/board-query';
import type { RequestHandler } from './$types';

const HEADERS = {
	'access-control-allow-origin': '*',
	'cache-control': 'public, max-age=60'
};

export const GET: RequestHandler = async (event) => {
	const area = await asPublic(event, (tx) => areas.bySlug(tx, event.params.area));
	if (!area)
		return Response.json(
			{ error: { code: 'not_found', message: 'We could not find that area' } },
			{ status: 404, headers: HEADERS }
		);
	const figures = board.publicFeedbackFigures(event.locals.db, area.id);
	const { board: b, problems } = await loadBoard(event, area.id, { figures });
	if (Object.keys(problems).length)
		return Response.json(
			{ error: { code: 'invalid_filter', message: 'Some filters could not be used', fields: problems } },
			{ status: 400, headers: HEADERS }
		);
	return Response.json(board.boardJson(b, area, event.url.origin), { headers: HEADERS });
};
