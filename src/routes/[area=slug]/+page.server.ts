import * as plans from '$lib/server/services/plans';
import * as surveys from '$lib/server/services/surveys';
import * as events from '$lib/server/services/events';
import { asPublic } from '$lib/server/public';
import type { PageServerLoad } from './$types';
import { formatClock, formatDay } from '$lib/dates';

// Events are listed with their UK date and time, worked out here so the page shows the same
// words whatever the reader's clock says.
const when = (d: Date) => `${formatDay(d)} at ${formatClock(d)}`;

export const load = (async (event) => {
	const { area } = await event.parent();
	return asPublic(event, async (tx) => ({
		// Only each plan's counts: the plan in full is one tap away (/[area]/plan), so the page stays small.
		plans: (await plans.forArea(tx, area.id)).map((p) => {
			const actions = p.priorities.flatMap((pr) => pr.actions);
			const by_status = { done: 0, in_progress: 0, planned: 0, not_doing: 0 };
			for (const a of actions) by_status[a.status]++;
			return {
				id: p.id,
				title: p.title,
				period: p.period,
				priorities: p.priorities.length,
				actions: actions.length,
				by_status
			};
		}),
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
