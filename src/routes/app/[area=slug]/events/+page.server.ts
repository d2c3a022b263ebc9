import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as events from '$lib/server/services/events';
import { ORGANISERS, eventLink } from './form';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area, roles } = requireArea(event, event.params.area);
	const list = await asStaff(event, (tx) => events.list(tx, area.id));
	return {
		events: list.map((e) => ({
			id: e.id,
			name: e.name,
			starts_at: e.starts_at,
			venue: e.venue,
			status: e.status,
			participants: e.participants ?? 0,
			contributions: e.contributions ?? 0,
			link: eventLink(event.url.origin, e.code)
		})),
		canOrganise: roles.some((r) => (ORGANISERS as readonly string[]).includes(r))
	};
}) satisfies PageServerLoad;
