/**
 * Submitting a survey response: one transaction as the (usually anonymous) respondent. Free-text
 * answers become feedback items, analysed on arrival: suggested themes, sentiment, redaction, and
 * safeguarding, which raises an alert for the area's staff at once. A retry with the same
 * idempotency key makes no second response and gets the same receipt code.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Db, Tx } from '../db/types';
import { asOwner } from '../db/privileged';
import * as feedback from './feedback';
import type { ParsedAnswers } from '../../survey/answers';
import { normaliseReceipt } from '../../schemas/receipt';

export { normaliseReceipt };

const secrets = new WeakMap<Db, Promise<string>>();

/** The key that turns idempotency keys into receipt codes, made once and kept in Postgres. */
export function receiptSecret(db: Db): Promise<string> {
	let secret = secrets.get(db);
	if (!secret) {
		secret = asOwner(db, async (tx) => {
			await tx.query(
				`insert into app.settings (key, value) values ('receipt_secret', $1) on conflict (key) do nothing`,
				[randomBytes(32).toString('hex')]
			);
			return (await tx.query<{ value: string }>(`select value from app.settings where key = 'receipt_secret'`)).rows[0]!
				.value;
		});
		secrets.set(db, secret);
	}
	return secret;
}

// Receipt codes: 10 characters people can read out and type, shown as ABCD-EFGH-JK.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function receiptCode(key: string, surveyId: string, idempotencyKey: string): string {
	const mac = createHmac('sha256', key).update(`${surveyId}:${idempotencyKey}`).digest();
	let code = '';
	for (let i = 0; i < 10; i++) code += ALPHABET[mac[i]! % ALPHABET.length];
	return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * What is stored for a receipt: an HMAC, keyed with the server's receipt secret, of the code's
 * SHA-256. Staff can read responses; with a plain hash they could try every code offline, with
 * the HMAC they would need the secret, which no signed-in role can read. Hashing the SHA-256
 * (not the code) let the migration (20261202060400_receipt_hmac) convert the old hashes in place.
 */
export const receiptHash = (secret: string, code: string) =>
	createHmac('sha256', secret)
		.update(createHash('sha256').update(normaliseReceipt(code)).digest('hex'))
		.digest('hex');

export interface Submission {
	survey: { id: string; area_id: string; engagement_id: string };
	idempotencyKey: string;
	parsed: ParsedAnswers;
	/**
	 * Counts this submission against its network address (as `noteAddress`, in the same
	 * statement as the insert) and stores nothing if the address has sent more than `max`.
	 */
	limit?: { address: string; max: number };
}

export interface SubmitResult {
	receipt: string;
	/** True when this was a retry of a response already stored. */
	duplicate: boolean;
	/** True when any answer suggested someone may be at risk. */
	safeguarding: boolean;
	/** True when nothing was stored because the address went over `limit.max`. */
	limited?: boolean;
}

export async function submit(tx: Tx, key: string, s: Submission): Promise<SubmitResult> {
	const receipt = receiptCode(key, s.survey.id, s.idempotencyKey);
	const responseId = randomUUID();
	const p = s.parsed;
	// No RETURNING and no conflict target: both need read access, and a respondent may add a
	// response but never read responses back. The only conflict is the same key again (a retry,
	// or a second tap racing the first); the command tag's row count says whether this insert
	// stored the response, so a first submission needs no read at all.
	const columns = `insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash, respondent_role,
		age_band, locality, equality, answers, easy_read)`;
	const limit = s.limit && [addressHash(key, s.limit.address), s.limit.max];
	const inserted = await tx.query(
		limit
			? // The address's attempt is counted in the same statement; over the limit, nothing is inserted.
				`with attempt as (select app.note_submission($12, ${WINDOW_MINUTES}) as n) ${columns}
				 select $1::uuid, $2::uuid, $3::uuid, $4::text, $5::text, $6::text, $7::text, $8::text, $9::jsonb, $10::jsonb, $11::boolean
				 from attempt where attempt.n <= $13
				 on conflict do nothing`
			: `${columns} values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict do nothing`,
		[
			responseId,
			s.survey.area_id,
			s.survey.id,
			s.idempotencyKey,
			receiptHash(key, receipt),
			p.about.role,
			p.about.age_band,
			p.about.locality,
			JSON.stringify(p.equality),
			JSON.stringify(p.answers),
			p.easyRead,
			...(limit || [])
		]
	);
	if (inserted.rowCount !== 1) {
		// Not stored: the key is taken (a retry, or a concurrent tap that won, so this is the retry),
		// or, if nobody holds it, the address was over its limit.
		const holder =
			limit &&
			(await tx.query<{ id: string | null }>('select app.response_id($1, $2) as id', [s.survey.id, s.idempotencyKey]))
				.rows[0]?.id;
		if (limit && !holder) return { receipt, duplicate: false, safeguarding: false, limited: true };
		return { receipt, duplicate: true, safeguarding: false };
	}
	let safeguarding = false;
	for (const t of p.texts) {
		const added = await feedback.add(tx, {
			areaId: s.survey.area_id,
			engagementId: s.survey.engagement_id,
			responseId,
			source: 'survey',
			questionKey: t.key,
			text: t.text,
			consent: t.consent,
			role: p.about.role,
			ageBand: p.about.age_band,
			locality: p.about.locality,
			alertKey: alertKey(s.survey.id, s.idempotencyKey, t.key)
		});
		safeguarding ||= added.safeguarding;
	}
	return { receipt, duplicate: false, safeguarding };
}

/** Names one answer of one submission, so an alert raised before it was stored is not raised again. */
export const alertKey = (surveyId: string, idempotencyKey: string, questionKey: string) =>
	`survey:${surveyId}:${idempotencyKey}:${questionKey}`;

const WINDOW_MINUTES = 10;
/** Addresses are stored only as a keyed hash. */
const addressHash = (key: string, address: string) =>
	createHmac('sha256', key).update(`address:${address}`).digest('hex');

/** Counts this address's submissions in the last 10 minutes (including this one). */
export async function noteAddress(tx: Tx, key: string, address: string): Promise<number> {
	const { rows } = await tx.query<{ n: number }>(`select app.note_submission($1, ${WINDOW_MINUTES}) as n`, [
		addressHash(key, address)
	]);
	return rows[0]?.n ?? 0;
}

export interface Receipt {
	survey_title: string;
	area_slug: string;
	area_name: string;
	submitted_at: Date;
	withdrawn: boolean;
	quoted_items: number;
	items: number;
	themes: string[];
}

export async function receipt(tx: Tx, secret: string, code: string): Promise<Receipt | null> {
	const { rows } = await tx.query<Receipt>('select * from app.receipt($1)', [receiptHash(secret, code)]);
	return rows[0] ?? null;
}

export async function withdraw(tx: Tx, secret: string, code: string, everything: boolean): Promise<boolean> {
	const { rows } = await tx.query<{ ok: boolean }>('select app.withdraw($1, $2) as ok', [
		receiptHash(secret, code),
		everything
	]);
	return rows[0]?.ok ?? false;
}
