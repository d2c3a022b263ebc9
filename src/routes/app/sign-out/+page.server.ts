import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/auth/sessions';
import { clearSessionCookie, cookieName } from '$lib/server/auth/cookies';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => redirect(303, '/app/account')) satisfies PageServerLoad;

export const actions = {
	default: async ({ cookies, url, locals }) => {
		const token = cookies.get(cookieName(url));
		if (token) await endSession(locals.db, token);
		clearSessionCookie(cookies, url);
		redirect(303, '/app/sign-in?signed_out=1');
	}
} satisfies Actions;
