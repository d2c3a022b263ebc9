/**
 * "Did this help?" (issue 18, item 4): on the receipt page, for each done action their words fed,
 * a person says whether it helped (helped, partly, no), with optional words. The words are
 * analysed like every other free-text answer (`analysis.analyse`: themes, feeling, redaction,
 * safeguarding); only the redacted text is kept, and flagged words raise a safeguarding alert in
 * the database (the baseline migration). The board shows counts only, and
 * only from 10 answers up; staff who read feedback see the unflagged words beside the action.
 */
import type { Tx } from '../db/types';
import * as analysis from './analysis';
import { storable } from './feedback';
import { receiptHash } from './responses';
import { clipText } from '../../text/clean';
import { HELPED_ANSWERS, type HelpedAnswer } from '../../vocabulary';

/** Below this many answers the board shows no counts for an action. */
export const HELPED_THRESHOLD = 10;

/** A done action a receipt's words fed, with the holder's answer if they gave one. */
export interface ReceiptAction {
	action_id: string;
	area_id: string;
	title: string;
	owner: string | null;
	done_confirmed: boolean;
	answer: HelpedAnswer | null;
	/** What they wrote (redacted), unless it was flagged for safeguarding. */
	words: string | null;
	answered_at: Date | null;
}

/** What young people said about a done action: counts only from 10 answers up, else all null. */
export interface HelpedFigures {
	answered: number | null;
	helped: number | null;
	partly: number | null;
	no: number | null;
}

export async function receiptActions(tx: Tx, secret: string, code: string): Promise<ReceiptAction[]> {
	const { rows } = await tx.query<ReceiptAction>('select * from app.receipt_done_actions($1)', [
		receiptHash(secret, code)
	]);
	return rows;
}

export type AnswerOutcome = { saved: boolean; safeguarding: boolean };

/**
 * Saves or replaces the answer. With `answer` null (the form was not complete) nothing is saved,
 * but worrying words still raise the alert: help first, whatever else is missing.
 */
export async function answer(
	tx: Tx,
	secret: string,
	code: string,
	input: { actionId: string; answer: HelpedAnswer | null; words: string }
): Promise<AnswerOutcome> {
	const mine = (await receiptActions(tx, secret, code)).find((a) => a.action_id === input.actionId);
	if (!mine) return { saved: false, safeguarding: false };
	const text = storable(input.words);
	const result = text === null ? null : await analysis.analyse(tx, mine.area_id, text);
	const safeguarding = result?.safeguarding ?? false;
	if (input.answer === null && !safeguarding) return { saved: false, safeguarding };
	const { rows } = await tx.query<{ ok: boolean }>(
		'select app.answer_action_feedback($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) as ok',
		[
			receiptHash(secret, code),
			input.actionId,
			input.answer,
			result ? clipText(result.redacted) : null,
			result?.themes ?? [],
			result?.sentiment ?? null,
			safeguarding,
			result?.safeguarding_reasons ?? [],
			result?.safeguarding_severity ?? 'urgent',
			text === null ? null : clipText(text)
		]
	);
	return { saved: (rows[0]?.ok ?? false) && input.answer !== null, safeguarding };
}

/** The board's figures for one action, as app.action_helped gives them (null: not done, or not seen). */
export function figures(raw: unknown): HelpedFigures | null {
	if (!raw || typeof raw !== 'object') return null;
	const r = raw as Record<string, number | null>;
	return { answered: r.answered ?? null, helped: r.helped ?? null, partly: r.partly ?? null, no: r.no ?? null };
}

export interface StaffHelped {
	/** Exact counts, for staff only. */
	counts: Record<HelpedAnswer, number>;
	answered: number;
	/** Words that were not flagged for safeguarding, redacted, newest first. */
	words: { answer: HelpedAnswer; words: string; at: Date }[];
	/** How many answers came with flagged words (read through the alerts, never here). */
	flagged: number;
}

/** For the action's staff page: row-level security shows the rows only to staff who read feedback. */
export async function forAction(tx: Tx, actionId: string): Promise<StaffHelped> {
	const { rows } = await tx.query<{ answer: HelpedAnswer; words: string | null; safeguarding: boolean; at: Date }>(
		`select answer, words, safeguarding, updated_at as at from public.action_feedback
		 where action_id = $1 order by updated_at desc`,
		[actionId]
	);
	const counts = Object.fromEntries(HELPED_ANSWERS.map((a) => [a, 0])) as Record<HelpedAnswer, number>;
	for (const r of rows) counts[r.answer] += 1;
	return {
		counts,
		answered: rows.length,
		words: rows.flatMap((r) => (r.words && !r.safeguarding ? [{ answer: r.answer, words: r.words, at: r.at }] : [])),
		flagged: rows.filter((r) => r.safeguarding && r.words).length
	};
}

/** Everything answered with a receipt, for the holder's download. */
export async function receiptAnswers(
	tx: Tx,
	secret: string,
	code: string
): Promise<{ action: string; answer: HelpedAnswer; words: string | null; answered_at: string }[]> {
	const { rows } = await tx.query<{ action: string; answer: HelpedAnswer; words: string | null; answered_at: Date }>(
		'select * from app.receipt_action_answers($1)',
		[receiptHash(secret, code)]
	);
	return rows.map((r) => ({ ...r, answered_at: new Date(r.answered_at).toISOString() }));
}
