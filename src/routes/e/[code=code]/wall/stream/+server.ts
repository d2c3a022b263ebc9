import { error } from '@sveltejs/kit';
import { eventStream } from '$lib/server/live';
import * as events from '$lib/server/services/events';
import { asPublic } from '$lib/server/public';
import { ENDED } from '$lib/server/event-ended';
import type { RequestHandler } from './$types';

/**
 * The wall's live data as Server-Sent Events: only what the wall may show (app.event_wall).
 * Every wall of an event shares one read per change; a closed event's wall is gone (410).
 */
export const GET: RequestHandler = async (event) => {
	const found = await asPublic(event, (tx) => events.byCode(tx, event.params.code));
	if (!found || found.status === 'draft') error(404, 'We could not find that event');
	if (found.status === 'closed') error(410, ENDED(found));
	return eventStream(event.locals.db, {
		eventId: found.id,
		kind: 'wall',
		group: 'wall',
		read: () => asPublic(event, (tx) => events.wallView(tx, found)),
		signal: event.request.signal,
		address: event.getClientAddress(),
		// The last update tells the wall the event has ended; then the stream ends too.
		endWhen: (data) => (data as events.WallView | null)?.status === 'closed'
	});
};
