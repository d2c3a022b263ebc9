import { fail, redirect } from '@sveltejs/kit';
import { signIn } from '$lib/server/auth/sign-in';
import { createSession } from '$lib/server/auth/sessions';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { signInSchema } from '$lib/schemas/auth';
import { fieldErrors, type FieldErrors } from '$lib/schemas/form';
import { WINDOW_MINUTES } from '$lib/server/auth/sign-in';
import type { Actions, PageServerLoad } from './$types';

/** Only same-site paths, so the sign-in page cannot be used to send people elsewhere. */
const safeNext = (next: string | null) => (next && /^\/app(\/|$)/.test(next) && !next.startsWith('//') ? next : '/app');

export const load = (async ({ locals, url }) => {
	if (locals.session) redirect(303, safeNext(url.searchParams.get('next')));
	return { signedOut: url.searchParams.has('signed_out'), expired: url.searchParams.has('expired') };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const data = await event.request.formData();
		const account = String(data.get('account') ?? '');
		const parsed = signInSchema.safeParse({ account, password: data.get('password') ?? '' });
		if (!parsed.success) return fail(400, { account, errors: fieldErrors(parsed.error) });
		const result = await signIn(event.locals.db, { ...parsed.data, ip: event.getClientAddress() });
		if (!result.ok) {
			const message =
				result.reason === 'locked'
					? `Too many attempts. For your security, wait ${WINDOW_MINUTES} minutes and try again.`
					: 'The email address or username, or the password, is not right. Check them and try again.';
			return fail(result.reason === 'locked' ? 429 : 400, { account, errors: { account: message } as FieldErrors });
		}
		// A new token at every sign-in, so a token planted before sign-in is useless.
		const token = await createSession(event.locals.db, result.personId, {
			ip: event.getClientAddress(),
			userAgent: event.request.headers.get('user-agent') ?? undefined
		});
		setSessionCookie(event.cookies, event.url, token);
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
} satisfies Actions;
