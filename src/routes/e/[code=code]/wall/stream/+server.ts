import { error } from '@sveltejs/kit';
import { eventStream } from '$lib/server/live';
import * as events from '$lib/server/services/events';
import { asPublic } from '$lib/server/public';
import type { RequestHandler } from './$types';

/** The wall's live data as Server-Sent Events: only what the wall may show (app.event_wall). */
export const GET: RequestHandler = async (event) => {
	const found = await asPublic(event, (tx) => events.byCode(tx, event.params.code));
	if (!found || found.status === 'draft') error(404, 'We could not find that event');
	return eventStream(
		event.locals.db,
		found.id,
		() => asPublic(event, (tx) => events.wallView(tx, found)),
		event.request.signal
	);
};
