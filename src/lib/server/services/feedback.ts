/**
 * Adding words someone said (a survey answer, a note at an event): one path for every source, so
 * every contribution is analysed on arrival the same way: suggested themes, sentiment,
 * redaction, and safeguarding, which raises an alert for the area's staff at once. The words as
 * typed go to feedback_originals; only the redacted text is stored with the item. An alert keeps
 * its own copy of the words (safeguarding_alert_words), which withdrawal never touches.
 */
import { randomUUID } from 'node:crypto';
import { RESPONDENT_ROLES } from '../../vocabulary';
import type { Tx } from '../db/types';
import * as analysis from './analysis';
import { analyse as analyseText, type Role } from '../../nlp';
import { cleanText, clipText } from '../../text/clean';
import type { Consent } from '../../vocabulary';

export type FeedbackSource = 'survey' | 'phone' | 'sticky_note' | 'said_aloud' | 'paper';

export interface NewFeedback {
	areaId: string;
	engagementId: string;
	text: string;
	consent: Consent;
	source: FeedbackSource;
	questionKey?: string | null;
	responseId?: string | null;
	participantId?: string | null;
	role?: string | null;
	ageBand?: string | null;
	locality?: string | null;
	idempotencyKey?: string | null;
	/**
	 * Names this answer of this submission (e.g. survey, idempotency key and question), so an alert
	 * raised before the answer could be stored is joined to it rather than raised twice.
	 */
	alertKey?: string | null;
}

/** The alert key of a contribution with its own idempotency key (event words). */
export const itemAlertKey = (engagementId: string, idempotencyKey: string) => `item:${engagementId}:${idempotencyKey}`;

const NLP_ROLES: readonly string[] = RESPONDENT_ROLES;

/** The words as they may be stored: control characters gone, trimmed; null when nothing is left. */
export function storable(text: string): string | null {
	const t = cleanText(text).trim();
	return t === '' ? null : t;
}

export async function add(tx: Tx, f: NewFeedback): Promise<{ id: string | null; safeguarding: boolean }> {
	const text = storable(f.text);
	if (text === null) return { id: null, safeguarding: false };
	const role = f.role && NLP_ROLES.includes(f.role) ? (f.role as Role) : undefined;
	const result = await analysis.analyse(tx, f.areaId, text, role);
	// Redaction can make text longer ("@ab" becomes "[handle]"): cut to the limit, never refuse.
	const original = clipText(text);
	const redacted = clipText(result.redacted);
	const id = randomUUID();
	// No RETURNING: anonymous contributors may add feedback but never read it back.
	await tx.query(
		`insert into public.feedback_items (id, area_id, engagement_id, response_id, participant_id, source, idempotency_key,
			question_key, redacted_text, respondent_role, age_band, locality, consent, suggested_theme_ids, suggested_themes,
			sentiment, safeguarding)
		 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
		[
			id,
			f.areaId,
			f.engagementId,
			f.responseId ?? null,
			f.participantId ?? null,
			f.source,
			f.idempotencyKey ?? null,
			f.questionKey ?? null,
			redacted,
			f.role ?? null,
			f.ageBand ?? null,
			f.locality ?? null,
			f.consent,
			result.themes,
			JSON.stringify(result.scores),
			result.sentiment,
			result.safeguarding
		]
	);
	await tx.query(
		'insert into public.feedback_originals (feedback_item_id, area_id, original_text) values ($1, $2, $3)',
		[id, f.areaId, original]
	);
	if (result.safeguarding)
		await raise(tx, {
			areaId: f.areaId,
			engagementId: f.engagementId,
			itemId: id,
			key: f.alertKey ?? (f.idempotencyKey ? itemAlertKey(f.engagementId, f.idempotencyKey) : null),
			reasons: result.safeguarding_reasons,
			severity: result.safeguarding_severity ?? 'urgent',
			original,
			redacted
		});
	return { id, safeguarding: result.safeguarding };
}

interface Raise {
	areaId: string;
	engagementId: string;
	itemId: string | null;
	key: string | null;
	reasons: string[];
	severity: string;
	original: string;
	redacted: string;
}

/** Inserts the alert row and its words (app.raise_alert checks the caller may). */
async function raise(tx: Tx, r: Raise): Promise<void> {
	await tx.query('select app.raise_alert($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
		randomUUID(),
		r.areaId,
		r.engagementId,
		r.itemId,
		r.key,
		r.reasons,
		r.severity,
		r.original,
		r.redacted
	]);
	// The alert row's trigger queues delivery to the area's safeguarding contacts (app.jobs).
}

export interface Unstored {
	areaId: string;
	engagementId: string;
	texts: { text: string; key: string | null }[];
}

/** Which of these texts are worrying? Pure: needs no database, so help is shown even when it is down. */
export function worrying(texts: readonly string[]): boolean {
	return texts.some((t) => {
		const s = storable(t);
		return s !== null && analyseText(s).safeguarding;
	});
}

/**
 * Raises alerts for worrying words that are not (or could not be) stored as feedback: a form sent
 * with another answer missing, or a submission whose storing failed. Its own transaction, as the
 * caller (`run`), so it holds whatever else went wrong. Returns whether any text was worrying.
 */
export async function raiseUnstored(run: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>, u: Unstored): Promise<boolean> {
	const flagged = u.texts.flatMap((t) => {
		const text = storable(t.text);
		return text === null ? [] : [{ text, key: t.key }];
	});
	if (!flagged.length) return false;
	return run(async (tx) => {
		let any = false;
		for (const t of flagged) {
			const result = await analysis.analyse(tx, u.areaId, t.text);
			if (!result.safeguarding) continue;
			any = true;
			await raise(tx, {
				areaId: u.areaId,
				engagementId: u.engagementId,
				itemId: null,
				key: t.key,
				reasons: result.safeguarding_reasons,
				severity: result.safeguarding_severity ?? 'urgent',
				original: clipText(t.text),
				redacted: clipText(result.redacted)
			});
		}
		return any;
	});
}
