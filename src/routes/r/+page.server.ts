import { redirect } from '@sveltejs/kit';
import * as responses from '$lib/server/services/responses';
import { asPublic } from '$lib/server/public';
import { formatReceipt, receiptCode } from '$lib/schemas/receipt';
import type { PageServerLoad } from './$types';

/** The receipt box: a typed code goes to its receipt page; a wrong one keeps the box and says why. */
export const load = (async (event) => {
	const typed = event.url.searchParams.get('code');
	if (typed === null) return { code: '', error: '' };
	const parsed = receiptCode.safeParse(typed);
	if (!parsed.success) return { code: typed, error: parsed.error.issues[0]?.message ?? 'Enter your receipt code' };
	const secret = await responses.receiptSecret(event.locals.db);
	const found = await asPublic(event, (tx) => responses.receipt(tx, secret, parsed.data));
	if (found) redirect(303, `/r/${formatReceipt(parsed.data)}`);
	return { code: typed, error: 'We could not find that receipt. Check the code and try again' };
}) satisfies PageServerLoad;
