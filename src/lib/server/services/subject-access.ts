/**
 * Subject access by receipt: everything held about one receipt, as JSON and as CSV. The receipt
 * holder is the only person who can ask (answers are anonymous), so the download is keyed by
 * the code like the receipt page. Safeguarding records are left out on purpose (see the
 * the baseline migration); the download says so and how to ask.
 */
import type { Tx } from '../db/types';
import { toCsv, type CsvCell } from '../csv';
import { receiptHash } from './responses';
import { receiptAnswers } from './action-feedback';
import { HELPED_SAID, type HelpedAnswer } from '../../vocabulary';

export interface HeldWords {
	question: string | null;
	as_typed: string | null;
	as_redacted: string;
	may_quote: boolean;
	themes: string[];
	feeling: string | null;
	withdrawn_at: string | null;
	quoted_in: { statement: string; published: boolean }[];
	behind: string[];
}

export interface HeldData {
	area: string;
	survey: string;
	submitted_at: string;
	withdrawn_at: string | null;
	about_you: {
		respondent_role: string | null;
		age_band: string | null;
		locality: string | null;
		easy_read: boolean;
		equality: Record<string, unknown>;
	};
	answers: Record<string, unknown>;
	words: HeldWords[];
	/** "Did this help?" answers about done actions (issue 18), words as others may see them. */
	did_it_help: { action: string; answer: HelpedAnswer; words: string | null; answered_at: string }[];
}

export const NOT_INCLUDED =
	'If something you wrote made us worry about your safety, we keep a safeguarding record. It is not in this download, ' +
	'because sharing it with whoever holds the receipt code could put someone at risk. To ask about it, contact the ' +
	"area's data protection officer, as the privacy page says.";

export async function heldData(tx: Tx, secret: string, code: string): Promise<HeldData | null> {
	const { rows } = await tx.query<{ data: Omit<HeldData, 'did_it_help'> | null }>(
		'select app.receipt_data($1) as data',
		[receiptHash(secret, code)]
	);
	const data = rows[0]?.data;
	return data ? { ...data, did_it_help: await receiptAnswers(tx, secret, code) } : null;
}

/** The JSON download: what is held, plus what is not included and why. */
export function asJson(held: HeldData): string {
	return JSON.stringify({ ...held, not_included: NOT_INCLUDED }, null, 2);
}

const text = (v: unknown): CsvCell =>
	v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number);

/** The CSV download: one row per thing held, as section, question, what, value. */
export function asCsv(held: HeldData): string {
	const rows: CsvCell[][] = [
		['receipt', '', 'area', held.area],
		['receipt', '', 'survey', held.survey],
		['receipt', '', 'sent', held.submitted_at],
		['receipt', '', 'taken back', held.withdrawn_at ?? '']
	];
	for (const [k, v] of Object.entries(held.about_you)) {
		if (k === 'equality') continue;
		rows.push(['about you', '', k, text(v)]);
	}
	for (const [k, v] of Object.entries(held.about_you.equality ?? {})) rows.push(['about you', '', k, text(v)]);
	for (const [k, v] of Object.entries(held.answers)) rows.push(['answers', k, 'answer', text(v)]);
	for (const w of held.words) {
		const q = w.question ?? '';
		rows.push(['your words', q, 'as you typed them', w.as_typed ?? '']);
		rows.push(['your words', q, 'as others may see them', w.as_redacted]);
		rows.push(['your words', q, 'may quote without your name', w.may_quote ? 'yes' : 'no']);
		rows.push(['your words', q, 'themes the computer chose', w.themes.join('; ')]);
		rows.push(['your words', q, 'feeling the computer chose', w.feeling ?? '']);
		rows.push(['your words', q, 'taken back', w.withdrawn_at ?? '']);
		for (const s of w.quoted_in)
			rows.push(['your words', q, s.published ? 'quoted on the board in' : 'chosen as a quote for', s.statement]);
		for (const s of w.behind) rows.push(['your words', q, 'one of the voices behind', s]);
	}
	for (const h of held.did_it_help) {
		rows.push(['did this help', h.action, 'your answer', HELPED_SAID[h.answer]]);
		if (h.words) rows.push(['did this help', h.action, 'what you wrote, as others may see it', h.words]);
		rows.push(['did this help', h.action, 'answered', h.answered_at]);
	}
	rows.push(['not included', '', 'safeguarding records', NOT_INCLUDED]);
	return toCsv(['section', 'question', 'what', 'value'], rows);
}
