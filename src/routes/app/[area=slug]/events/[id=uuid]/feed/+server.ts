import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import { eventStream } from '$lib/server/live';
import * as events from '$lib/server/services/events';
import type { RequestHandler } from './$types';

/**
 * The facilitator's live feed as Server-Sent Events: every contribution, flagged ones marked.
 * Staff with the same roles in the area see the same feed, so their streams share one read; the
 * stream closes as soon as its session ends (sign out, or sign out everywhere).
 */
export const GET: RequestHandler = async (event) => {
	const { area, roles, session } = requireArea(event, event.params.area, 'read_feedback');
	const found = await asStaff(event, (tx) => events.get(tx, area.id, event.params.id));
	if (!found) error(404, 'That event was not found in this area');
	return eventStream(event.locals.db, {
		eventId: found.id,
		kind: 'feed',
		group: `feed:${[...roles].sort().join(',')}`,
		read: () =>
			asStaff(event, async (tx) => {
				const w = await events.wallView(tx, found);
				return {
					feed: await events.feed(tx, found),
					alerts: await events.openAlerts(tx, found),
					counts: w && { people: w.people, contributions: w.contributions }
				};
			}),
		signal: event.request.signal,
		// Counted per session: many staff may share one office address.
		address: `session:${session.id}`,
		sessionId: session.id
	});
};
