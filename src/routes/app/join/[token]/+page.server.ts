import { waitInWords } from '$lib/server/auth/sign-in';
import { error, fail, redirect } from '@sveltejs/kit';
import * as invitations from '$lib/server/auth/invitations';
import { passwordProblem } from '$lib/server/auth/password';
import { beginSession } from '$lib/server/auth/cookies';
import { acceptStaffSchema, acceptYouthSchema } from '$lib/schemas/auth';
import { fieldErrors, formValues } from '$lib/forms';
import type { Actions, PageServerLoad } from './$types';

const GONE: Record<string, string> = {
	expired: 'This invitation has expired. Invitations last 7 days. Ask your area admin for a new one.',
	used: 'This invitation has already been used. If it was you, sign in instead.',
	revoked: 'This invitation was cancelled. Ask your area admin for a new one.',
	unknown: 'We could not find this invitation. Check you copied the whole link.'
};

export const load = (async ({ params, locals }) => {
	const inv = await invitations.lookup(locals.db, params.token);
	if (inv.state !== 'valid') error(inv.state === 'unknown' ? 404 : 410, GONE[inv.state]);
	return {
		invitation: {
			area_name: inv.area_name!,
			role: inv.role!,
			email: inv.email ?? null,
			existing_account: inv.existing_account ?? false
		}
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const inv = await invitations.lookup(event.locals.db, event.params.token);
		if (inv.state !== 'valid') error(inv.state === 'unknown' ? 404 : 410, GONE[inv.state]);
		const data = await event.request.formData();
		const values = formValues(data, ['password']);
		const youth = inv.role === 'youth_board' && !inv.email;
		const parsed = (youth ? acceptYouthSchema : acceptStaffSchema).safeParse({
			...values,
			// An existing account keeps its name; only its password is asked for.
			displayName: inv.existing_account ? 'existing account' : values.displayName,
			password: data.get('password') ?? ''
		});
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		const input = parsed.data as { displayName: string; password: string; username?: string };
		if (!inv.existing_account) {
			const problem = passwordProblem(input.password, [input.displayName, input.username ?? '', inv.email ?? '']);
			if (problem) return fail(400, { values, errors: { password: problem } });
		}
		const result = await invitations.accept(
			event.locals.db,
			event.params.token,
			youth
				? { kind: 'youth', displayName: input.displayName, username: input.username!, password: input.password }
				: { kind: 'staff', displayName: input.displayName, password: input.password },
			event.getClientAddress()
		);
		if (!result.ok) {
			if (result.problem === 'username_taken')
				return fail(400, { values, errors: { username: 'That username is taken. Try another.' } });
			if (result.problem === 'wait') {
				event.setHeaders({ 'retry-after': String(result.retryAfter) });
				return fail(429, {
					values,
					errors: { password: `Too many attempts. Wait ${waitInWords(result.retryAfter)} and try again.` }
				});
			}
			if (result.problem === 'wrong_password')
				return fail(400, { values, errors: { password: 'That is not the password for your existing account.' } });
			error(410, GONE.used);
		}
		await beginSession(event, result.personId);
		redirect(303, `/app/${result.areaSlug}`);
	}
} satisfies Actions;
