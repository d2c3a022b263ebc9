/**
 * Hearing back (issue 18): a receipt holder's contact (encrypted by the caller, see
 * hear-back/crypto.ts), its confirmation and stop, and named replies to feedback. Every statement
 * goes through a security definer function (the baseline migration): nobody
 * signed in can read the contacts table, staff and youth board included.
 */
import type { Tx } from '../db/types';
import { receiptHash } from './responses';

export type HearBackChannel = 'email' | 'sms';
export type Frequency = 'as_it_happens' | 'weekly';

export interface HearBackStatus {
	id: string;
	channel: HearBackChannel;
	frequency: Frequency;
	confirmed: boolean;
	expires_at: Date;
}

export interface Reply {
	id: string;
	signed_as: string;
	body: string;
	created_at: Date;
}

/** Leaves or replaces a contact and queues its confirmation; null if the receipt is unknown or was just used. */
export async function subscribe(
	tx: Tx,
	secret: string,
	code: string,
	input: { channel: HearBackChannel; sealed: string; frequency: Frequency }
): Promise<string | null> {
	const { rows } = await tx.query<{ id: string | null }>('select app.hear_back_subscribe($1, $2, $3, $4) as id', [
		receiptHash(secret, code),
		input.channel,
		input.sealed,
		input.frequency
	]);
	return rows[0]?.id ?? null;
}

export async function status(tx: Tx, secret: string, code: string): Promise<HearBackStatus[]> {
	const { rows } = await tx.query<HearBackStatus>('select * from app.hear_back_status($1)', [
		receiptHash(secret, code)
	]);
	return rows;
}

export async function confirm(tx: Tx, contactId: string): Promise<boolean> {
	const { rows } = await tx.query<{ ok: boolean }>('select app.hear_back_confirm($1) as ok', [contactId]);
	return rows[0]?.ok ?? false;
}

/** Deletes the contact (and what was queued for it). */
export async function stop(tx: Tx, contactId: string): Promise<boolean> {
	const { rows } = await tx.query<{ ok: boolean }>('select app.hear_back_stop($1) as ok', [contactId]);
	return rows[0]?.ok ?? false;
}

export async function stopReceipt(tx: Tx, secret: string, code: string): Promise<number> {
	const { rows } = await tx.query<{ n: number }>('select app.hear_back_stop_receipt($1) as n', [
		receiptHash(secret, code)
	]);
	return rows[0]?.n ?? 0;
}

/** Replies to the receipt holder's own words. */
export async function receiptReplies(tx: Tx, secret: string, code: string): Promise<Reply[]> {
	const { rows } = await tx.query<Reply>('select * from app.receipt_replies($1)', [receiptHash(secret, code)]);
	return rows;
}

export type ReplyOutcome = { ok: true; id: string } | { ok: false; reason: 'not_allowed' | 'not_repliable' };

/** An officer's named reply; refused for flagged or withdrawn words and for other roles. */
export async function reply(tx: Tx, itemId: string, signedAs: string, body: string): Promise<ReplyOutcome> {
	await tx.query('savepoint reply');
	try {
		const { rows } = await tx.query<{ id: string }>('select app.reply_to_feedback($1, $2, $3) as id', [
			itemId,
			signedAs,
			body
		]);
		await tx.query('release savepoint reply');
		return { ok: true, id: rows[0]!.id };
	} catch (err) {
		await tx.query('rollback to savepoint reply');
		const code = (err as { code?: string }).code;
		if (code === '42501') return { ok: false, reason: 'not_allowed' };
		if (code === '22023') return { ok: false, reason: 'not_repliable' };
		throw err;
	}
}

export async function repliesFor(tx: Tx, itemId: string): Promise<Reply[]> {
	const { rows } = await tx.query<Reply>('select * from app.feedback_replies_for($1)', [itemId]);
	return rows;
}
