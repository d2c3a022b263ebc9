import * as plans from '$lib/server/services/plans';
import * as surveys from '$lib/server/services/surveys';
import * as events from '$lib/server/services/events';
import { asPublic } from '$lib/server/public';
import type { PageServerLoad } from './$types';

// Events are listed with their UK date and time, worked out here so the page shows the same
// words whatever the reader's clock says.
const day = new Intl.DateTimeFormat('en-GB', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/London'
});
const clock = new Intl.DateTimeFormat('en-GB', {
	hour: 'numeric',
	minute: '2-digit',
	hour12: true,
	timeZone: 'Europe/London'
});
const when = (d: Date) => `${day.format(d).replace(',', '')} at ${clock.format(d).replace(/\s/g, '')}`;

export const load = (async (event) => {
	const { area } = await event.parent();
	return asPublic(event, async (tx) => ({
		plans: await plans.forArea(tx, area.id),
		surveys: await surveys.openForArea(tx, area.id),
		events: (await events.upcomingForArea(tx, area.id)).map((e) => ({
			code: e.code,
			name: e.name,
			venue: e.venue,
			open: e.status === 'open',
			when: when(new Date(e.starts_at)),
			datetime: new Date(e.starts_at).toISOString()
		}))
	}));
}) satisfies PageServerLoad;
