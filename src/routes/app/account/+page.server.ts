import { redirect } from '@sveltejs/kit';
import { requireSession } from '$lib/server/auth/guard';
import { endAllSessions } from '$lib/server/auth/sessions';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const session = requireSession(event);
	return { person: session.person };
}) satisfies PageServerLoad;

export const actions = {
	everywhere: async (event) => {
		const session = requireSession(event);
		await endAllSessions(event.locals.db, session.person.id);
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/app/sign-in?signed_out=1');
	}
} satisfies Actions;
