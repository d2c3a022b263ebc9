import { error, fail, redirect } from '@sveltejs/kit';
import * as responses from '$lib/server/services/responses';
import * as board from '$lib/server/services/board';
import { asPublic } from '$lib/server/public';
import { noteWithdrawal } from '$lib/server/review-retrain';
import { formatReceipt, receiptCode } from '$lib/schemas/receipt';
import * as hearBack from '$lib/server/services/hear-back';
import { hearBackChannels } from '$lib/server/jobs';
import { encrypt, hearBackKey } from '$lib/server/hear-back/crypto';
import { hearBackForm } from '$lib/schemas/hear-back';
import { failure, parseForm } from '$lib/forms';
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
		return {
			receipt,
			followUp: receipt.withdrawn ? [] : await board.followUp(tx, receipt.area_slug, receipt.themes),
			hearing: receipt.withdrawn ? [] : await hearBack.status(tx, secret, code),
			replies: receipt.withdrawn ? [] : await hearBack.receiptReplies(tx, secret, code)
		};
	});
	if (!found) error(404, 'We could not find that receipt. Check the code');
	const { receipt, followUp, hearing, replies } = found;
	return {
		code: formatReceipt(code),
		receipt,
		followUp,
		hearing: hearing.map(({ id: _id, ...h }) => h),
		replies,
		hearBackChannels: hearBackChannels(),
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
	},
	hearBack: async (event) => {
		const p = await parseForm(event.request, 'hearBack', hearBackForm);
		if (!p.ok) return p.failure;
		const secret = await responses.receiptSecret(event.locals.db);
		const channels = hearBackChannels();
		if (!channels[p.data.channel])
			return failure(
				400,
				'hearBack',
				{ channel: 'We cannot send messages that way yet. Choose another way' },
				p.values
			);
		const sealed = encrypt(await hearBackKey(event.locals.db), p.data.contact);
		const id = await asPublic(event, (tx) =>
			hearBack.subscribe(tx, secret, event.params.receipt, {
				channel: p.data.channel,
				sealed,
				frequency: p.data.frequency
			})
		);
		if (!id)
			return failure(
				429,
				'hearBack',
				'We sent a message to check it is you less than 2 minutes ago. Wait a moment before you try again',
				p.values
			);
		redirect(303, `/r/${encodeURIComponent(event.params.receipt)}?done=hear-back`);
	},
	stopHearBack: async (event) => {
		const secret = await responses.receiptSecret(event.locals.db);
		await asPublic(event, (tx) => hearBack.stopReceipt(tx, secret, event.params.receipt));
		redirect(303, `/r/${encodeURIComponent(event.params.receipt)}?done=stopped`);
	}
} satisfies Actions;
