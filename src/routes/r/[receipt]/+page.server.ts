import { error, fail, redirect } from '@sveltejs/kit';
import * as responses from '$lib/server/services/responses';
import * as board from '$lib/server/services/board';
import { asPublic } from '$lib/server/public';
import { noteWithdrawal } from '$lib/server/review-retrain';
import { formatReceipt, receiptCode } from '$lib/schemas/receipt';
import type { Actions, PageServerLoad } from './$types';

const valid = (code: string) => receiptCode.safeParse(code).success;

export const load = (async (event) => {
	const code = event.params.receipt;
	if (!valid(code)) error(404, 'We could not find that receipt. Check the code');
	const secret = await responses.receiptSecret(event.locals.db);
	const found = await asPublic(event, async (tx) => {
		const receipt = await responses.receipt(tx, secret, code);
		if (!receipt) return null;
		// The themes the analyser chose for their words; follow them to the board.
		return { receipt, followUp: receipt.withdrawn ? [] : await board.followUp(tx, receipt.area_slug, receipt.themes) };
	});
	if (!found) error(404, 'We could not find that receipt. Check the code');
	const { receipt, followUp } = found;
	return {
		code: formatReceipt(code),
		receipt,
		followUp,
		fresh: event.url.searchParams.has('new'),
		done: event.url.searchParams.get('done')
	};
}) satisfies PageServerLoad;

export const actions = {
	withdraw: async (event) => {
		const data = await event.request.formData();
		const what = data.get('what');
		if (what !== 'quotes' && what !== 'everything') return fail(400, { error: 'Choose what to take back' });
		if (what === 'everything' && data.get('confirm') !== 'yes')
			return fail(400, { error: 'Tick the box to confirm you want to take back all your answers' });
		const secret = await responses.receiptSecret(event.locals.db);
		const { ok, slug } = await asPublic(event, async (tx) => ({
			slug: (await responses.receipt(tx, secret, event.params.receipt))?.area_slug,
			ok: await responses.withdraw(tx, secret, event.params.receipt, what === 'everything')
		}));
		if (!ok) return fail(404, { error: 'These answers have already been taken back' });
		// The area's theme model may hold the withdrawn words: retrain it now, in the background.
		if (what === 'everything' && slug) void noteWithdrawal(event.locals.db, slug).catch(() => {});
		redirect(303, `/r/${encodeURIComponent(event.params.receipt)}?done=${what}`);
	}
} satisfies Actions;
