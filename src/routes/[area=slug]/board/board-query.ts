/**
 * Reading the board's filters (?priority=, ?theme=, ?status=, ?page=) for the board, its
 * embeddable version and board.json: values that are not valid, or not on this board, are
 * dropped and explained in words, never an error page.
 */
import type { RequestEvent } from '@sveltejs/kit';
import * as board from '$lib/server/services/board';
import { asPublic } from '$lib/server/public';
import { parseBoardQuery, type BoardQueryField } from '$lib/schemas/board-json';

export const FILTER_MESSAGES: Record<BoardQueryField, string> = {
	priority: 'We could not find that priority on this board, so we are showing all priorities.',
	theme: 'We could not find that theme, so we are showing all themes.',
	status: 'Choose a status from the list. We are showing actions with any status.',
	page: 'We could not find that page, so we are showing the first page.'
};

export async function loadBoard(
	event: Pick<RequestEvent, 'locals' | 'url'>,
	areaId: string,
	options: board.BoardOptions = {}
) {
	const { filters, invalid } = parseBoardQuery(event.url.searchParams);
	const b = await asPublic(event, (tx) => board.forArea(tx, areaId, filters, options));
	const fields = new Set<BoardQueryField>([...invalid, ...b.problems]);
	const problems: Partial<Record<BoardQueryField, string>> = {};
	for (const f of ['priority', 'theme', 'status', 'page'] as const) if (fields.has(f)) problems[f] = FILTER_MESSAGES[f];
	return { board: b, problems };
}
