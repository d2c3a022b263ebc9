import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireSession } from '$lib/server/auth/guard';
import { endAllSessions } from '$lib/server/auth/sessions';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import * as reminders from '$lib/server/services/reminders';
import { REMINDER_KINDS } from '$lib/server/jobs/reminders';
import { failure } from '$lib/forms';
import type { Actions, PageServerLoad } from './$types';

const remindersSchema = z.object({
	area: z.string().uuid(),
	on: z.array(z.enum(REMINDER_KINDS as [string, ...string[]])).max(REMINDER_KINDS.length)
});

export const load = (async (event) => {
	const session = requireSession(event);
	const areas = [...new Map(session.memberships.map((m) => [m.area_id, m.area_name])).entries()];
	const switches = await asStaff(event, async (tx) =>
		Promise.all(
			areas.map(async ([id, name]) => ({
				id,
				name,
				kinds: (await reminders.mine(tx, id)).map((r) => ({ ...r, label: reminders.REMINDER_LABELS[r.kind] }))
			}))
		)
	);
	return { person: session.person, reminders: switches.filter((a) => a.kinds.length) };
}) satisfies PageServerLoad;

export const actions = {
	everywhere: async (event) => {
		const session = requireSession(event);
		await endAllSessions(event.locals.db, session.person.id);
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/app/sign-in?signed_out=1');
	},
	reminders: async (event) => {
		requireSession(event);
		const data = await event.request.formData();
		const parsed = remindersSchema.safeParse({ area: data.get('area'), on: data.getAll('on') });
		if (!parsed.success) return failure(400, 'reminders', 'Those reminder choices could not be saved.');
		await asStaff(event, (tx) => reminders.save(tx, parsed.data.area, parsed.data.on));
		return { remindersSaved: parsed.data.area };
	}
} satisfies Actions;
