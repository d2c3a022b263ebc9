/**
 * Submitting a survey response: one transaction as the (usually anonymous) respondent. Free-text
 * answers become feedback items, analysed on arrival: suggested themes, sentiment, redaction, and
 * safeguarding, which raises an alert for the area's staff at once. A retry with the same
 * idempotency key makes no second response and gets the same receipt code.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Db, Tx } from '../db/types';
import { asOwner } from '../db/privileged';
import * as analysis from './analysis';
import type { ParsedAnswers } from '../../survey/answers';
import type { Role } from '../../nlp';

let secret: Promise<string> | undefined;

/** The key that turns idempotency keys into receipt codes, made once and kept in Postgres. */
export function receiptSecret(db: Db): Promise<string> {
	secret ??= asOwner(db, async (tx) => {
		await tx.query(`insert into app.settings (key, value) values ('receipt_secret', $1) on conflict (key) do nothing`, [
			randomBytes(32).toString('hex')
		]);
		return (await tx.query<{ value: string }>(`select value from app.settings where key = 'receipt_secret'`)).rows[0]!.value;
	});
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

export const normaliseReceipt = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
export const receiptHash = (code: string) => createHash('sha256').update(normaliseReceipt(code)).digest('hex');

export interface Submission {
	survey: { id: string; area_id: string; engagement_id: string };
	idempotencyKey: string;
	parsed: ParsedAnswers;
}

export interface SubmitResult {
	receipt: string;
	/** True when this was a retry of a response already stored. */
	duplicate: boolean;
	/** True when any answer suggested someone may be at risk. */
	safeguarding: boolean;
}

const ROLE_FOR_NLP: Record<string, Role> = {
	young_person: 'young_person',
	parent_carer: 'parent_carer',
	vcse_partner: 'vcse_partner',
	professional: 'professional'
};

export async function submit(tx: Tx, key: string, s: Submission): Promise<SubmitResult> {
	const receipt = receiptCode(key, s.survey.id, s.idempotencyKey);
	const holder = async () =>
		(await tx.query<{ id: string | null }>('select app.response_id($1, $2) as id', [s.survey.id, s.idempotencyKey])).rows[0]?.id ?? null;
	if (await holder()) return { receipt, duplicate: true, safeguarding: false };

	const responseId = randomUUID();
	const p = s.parsed;
	// No RETURNING and no conflict target: both need read access, and a respondent may add a
	// response but never read responses back. A race with the same key is the only conflict.
	await tx.query(
		`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash, respondent_role, age_band,
			locality, equality, answers, easy_read)
		 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
		 on conflict do nothing`,
		[
			responseId,
			s.survey.area_id,
			s.survey.id,
			s.idempotencyKey,
			receiptHash(receipt),
			p.about.role,
			p.about.age_band,
			p.about.locality,
			JSON.stringify(p.equality),
			JSON.stringify(p.answers),
			p.easyRead
		]
	);
	// A concurrent request with the same key may have won the insert: then this one is the retry.
	if ((await holder()) !== responseId) return { receipt, duplicate: true, safeguarding: false };
	let safeguarding = false;
	for (const t of p.texts) {
		const result = await analysis.analyse(tx, s.survey.area_id, t.text, p.about.role ? ROLE_FOR_NLP[p.about.role] : undefined);
		const itemId = randomUUID();
		await tx.query(
			`insert into public.feedback_items (id, area_id, engagement_id, response_id, question_key, redacted_text,
				respondent_role, age_band, locality, consent, suggested_theme_ids, suggested_themes, sentiment, safeguarding)
			 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
			[
				itemId,
				s.survey.area_id,
				s.survey.engagement_id,
				responseId,
				t.key,
				result.redacted,
				p.about.role,
				p.about.age_band,
				p.about.locality,
				t.consent,
				result.themes,
				JSON.stringify(result.scores),
				result.sentiment,
				result.safeguarding
			]
		);
		await tx.query('insert into public.feedback_originals (feedback_item_id, area_id, original_text) values ($1, $2, $3)', [
			itemId,
			s.survey.area_id,
			t.text
		]);
		if (result.safeguarding) {
			safeguarding = true;
			await tx.query(
				`insert into public.safeguarding_alerts (area_id, feedback_item_id, reasons, severity) values ($1, $2, $3, $4)`,
				[s.survey.area_id, itemId, result.safeguarding_reasons, result.safeguarding_severity ?? 'high']
			);
			// Live consoles listen for this; the payload carries no words, only where to look.
			await tx.query(`select pg_notify('safeguarding_alert', $1)`, [s.survey.area_id]);
		}
	}
	return { receipt, duplicate: false, safeguarding };
}

/** Counts this address's submissions in the last 10 minutes (including this one). */
export async function noteAddress(tx: Tx, key: string, address: string): Promise<number> {
	const hashed = createHmac('sha256', key).update(`address:${address}`).digest('hex');
	const { rows } = await tx.query<{ n: number }>('select app.note_submission($1, 10) as n', [hashed]);
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

export async function receipt(tx: Tx, code: string): Promise<Receipt | null> {
	const { rows } = await tx.query<Receipt>('select * from app.receipt($1)', [receiptHash(code)]);
	return rows[0] ?? null;
}

export async function withdraw(tx: Tx, code: string, everything: boolean): Promise<boolean> {
	const { rows } = await tx.query<{ ok: boolean }>('select app.withdraw($1, $2) as ok', [receiptHash(code), everything]);
	return rows[0]?.ok ?? false;
}
