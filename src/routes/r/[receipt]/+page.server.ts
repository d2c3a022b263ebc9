import { error, fail, redirect } from '@sveltejs/kit';
import * as responses from '$lib/server/services/responses';
import * as board from '$lib/server/services/board';
import { asPublic } from '$lib/server/public';
import { noteWithdrawal } from '$lib/server/review-retrain';
import { formatReceipt, receiptCode } from '$lib/schemas/receipt';
import * as hearBack from '$lib/server/services/hear-back';
import { hearBackChannels } from '$lib/server/jobs';
import { encrypt, hearBackKey } from '$lib/server/hear-back/crypto';
import { didItHelpForm, hearBackForm } from '$lib/schemas/hear-back';
import { check, failure, formInput, parseForm } from '$lib/forms';
import * as helped from '$lib/server/services/action-feedback';
import { worrying } from '$lib/server/services/feedback';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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
			replies: receipt.withdrawn ? [] : await hearBack.receiptReplies(tx, secret, code),
			doneActions: receipt.withdrawn ? [] : await helped.receiptActions(tx, secret, code)
		};
	});
	if (!found) error(404, 'We could not find that receipt. Check the code');
	const { receipt, followUp, hearing, replies, doneActions } = found;
	return {
		code: formatReceipt(code),
		receipt,
		followUp,
		hearing: hearing.map(({ id: _id, ...h }) => h),
		replies,
		doneActions: doneActions.map(({ area_id: _area, ...a }) => a),
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
	// "Did this help?" for one done action. Worrying words raise an alert and bring urgent help
	// even when the rest of the form is wrong: validation never stands between a person and help.
	didItHelp: async (event) => {
		const values = formInput(await event.request.formData());
		const actionId = typeof values.action === 'string' && UUID.test(values.action) ? values.action : '';
		const words = typeof values.words === 'string' ? values.words : '';
		const p = check('didItHelp', didItHelpForm, values, { prefix: `dh-${actionId}-` });
		const secret = await responses.receiptSecret(event.locals.db);
		const code = event.params.receipt;
		const worried = worrying([words]);
		if (!p.ok) {
			if (worried && actionId)
				await asPublic(event, (tx) => helped.answer(tx, secret, code, { actionId, answer: null, words }));
			return worried ? fail(400, { ...p.failure.data, help: true }) : p.failure;
		}
		const out = await asPublic(event, (tx) =>
			helped.answer(tx, secret, code, { actionId: p.data.action, answer: p.data.answer, words: p.data.words })
		);
		if (!out.saved)
			return failure(
				404,
				'didItHelp',
				'We could not find that on your receipt any more. Go back to your receipt and try again',
				values,
				{ help: out.safeguarding || worried }
			);
		return { form: 'didItHelp', saved: p.data.action, help: out.safeguarding || worried };
	},
	stopHearBack: async (event) => {
		const secret = await responses.receiptSecret(event.locals.db);
		await asPublic(event, (tx) => hearBack.stopReceipt(tx, secret, event.params.receipt));
		redirect(303, `/r/${encodeURIComponent(event.params.receipt)}?done=stopped`);
	}
} satisfies Actions;
