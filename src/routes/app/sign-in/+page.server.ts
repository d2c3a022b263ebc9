import { fail, redirect } from '@sveltejs/kit';
import { signIn, waitInWords, WINDOW_MINUTES } from '$lib/server/auth/sign-in';
import { beginSession } from '$lib/server/auth/cookies';
import { emailSchema, signInSchema } from '$lib/schemas/auth';
import { fieldErrors, type FieldErrors } from '$lib/forms';
import { sendCode, supabaseClient, supabaseConfigured, verifyCode } from '$lib/server/auth/supabase';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const codeSchema = z.object({
	email: emailSchema,
	code: z
		.string()
		.trim()
		.regex(/^\d{6,10}$/, 'Enter the code from the email, in numbers only')
});

/** Only same-site paths, so the sign-in page cannot be used to send people elsewhere. */
const safeNext = (next: string | null) => (next && /^\/app(\/|$)/.test(next) && !next.startsWith('//') ? next : '/app');

export const load = (async ({ locals, url }) => {
	if (locals.session) redirect(303, safeNext(url.searchParams.get('next')));
	const next = url.searchParams.get('next');
	return {
		signedOut: url.searchParams.has('signed_out'),
		emailCodes: supabaseConfigured(),
		// Named actions post to "?/name", which would drop ?next=; carry it along.
		nextQuery: next ? `&next=${encodeURIComponent(safeNext(next))}` : ''
	};
}) satisfies PageServerLoad;

async function startSession(event: Parameters<Actions[string]>[0], personId: string) {
	// A new token at every sign-in, so a token planted before sign-in is useless.
	await beginSession(event, personId);
	redirect(303, safeNext(event.url.searchParams.get('next')));
}

export const actions = {
	/** Supabase Auth: email a one-time code to an invited person. */
	sendCode: async (event) => {
		if (!supabaseConfigured())
			return fail(404, { email: '', errors: { email: 'Email codes are not switched on here.' } as FieldErrors });
		const email = String((await event.request.formData()).get('email') ?? '');
		const parsed = emailSchema.safeParse(email);
		if (!parsed.success) return fail(400, { email, errors: { email: parsed.error.issues[0]!.message } as FieldErrors });
		// The same answer whether or not the address has an account.
		await sendCode(supabaseClient(event.cookies), parsed.data);
		return { email: parsed.data, codeSent: true };
	},
	verifyCode: async (event) => {
		if (!supabaseConfigured())
			return fail(404, { email: '', errors: { email: 'Email codes are not switched on here.' } as FieldErrors });
		const data = await event.request.formData();
		const email = String(data.get('email') ?? '');
		const parsed = codeSchema.safeParse({ email, code: data.get('code') ?? '' });
		if (!parsed.success) return fail(400, { email, codeSent: true, errors: fieldErrors(parsed.error) });
		const result = await verifyCode(event.locals.db, supabaseClient(event.cookies), {
			...parsed.data,
			ip: event.getClientAddress()
		});
		if (!result.ok) {
			const message =
				result.reason === 'locked'
					? `Too many attempts. For your security, wait ${WINDOW_MINUTES} minutes and try again.`
					: 'That code is not right or has expired. Check the latest email, or ask for a new code.';
			return fail(result.reason === 'locked' ? 429 : 400, {
				email,
				codeSent: true,
				errors: { code: message } as FieldErrors
			});
		}
		await startSession(event, result.personId);
	},
	/** Email (or username) and password. */
	password: async (event) => {
		const data = await event.request.formData();
		const account = String(data.get('account') ?? '');
		const parsed = signInSchema.safeParse({ account, password: data.get('password') ?? '' });
		if (!parsed.success) return fail(400, { account, errors: fieldErrors(parsed.error) });
		const result = await signIn(event.locals.db, { ...parsed.data, ip: event.getClientAddress() });
		if (!result.ok) {
			if (result.reason === 'locked') {
				event.setHeaders({ 'retry-after': String(result.retryAfter) });
				const message = `Too many attempts. For your security, wait ${waitInWords(result.retryAfter)} and try again.`;
				return fail(429, { account, errors: { account: message } as FieldErrors });
			}
			const message =
				result.reason === 'demo_off'
					? 'Demo accounts are switched off on this site. Sign in with your own account.'
					: 'The email address or username, or the password, is not right. Check them and try again.';
			return fail(400, { account, errors: { account: message } as FieldErrors });
		}
		await startSession(event, result.personId);
	}
} satisfies Actions;
