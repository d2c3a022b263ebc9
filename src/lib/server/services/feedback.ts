/**
 * Adding words someone said (a survey answer, a note at an event): one path for every source, so
 * every contribution is analysed on arrival the same way: suggested themes, sentiment,
 * redaction, and safeguarding, which raises an alert for the area's staff at once. The words as
 * typed go to feedback_originals; only the redacted text is stored with the item.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/types';
import * as analysis from './analysis';
import type { Role } from '../../nlp';

export type FeedbackSource = 'survey' | 'phone' | 'sticky_note' | 'said_aloud' | 'paper';

export interface NewFeedback {
	areaId: string;
	engagementId: string;
	text: string;
	consent: 'quote' | 'staff_only';
	source: FeedbackSource;
	questionKey?: string | null;
	responseId?: string | null;
	participantId?: string | null;
	role?: string | null;
	ageBand?: string | null;
	locality?: string | null;
	idempotencyKey?: string | null;
}

const NLP_ROLES: readonly string[] = ['young_person', 'parent_carer', 'vcse_partner', 'professional'];

export async function add(tx: Tx, f: NewFeedback): Promise<{ id: string; safeguarding: boolean }> {
	const role = f.role && NLP_ROLES.includes(f.role) ? (f.role as Role) : undefined;
	const result = await analysis.analyse(tx, f.areaId, f.text, role);
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
			result.redacted,
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
		[id, f.areaId, f.text]
	);
	if (result.safeguarding) {
		await tx.query(
			`insert into public.safeguarding_alerts (area_id, feedback_item_id, reasons, severity) values ($1, $2, $3, $4)`,
			[f.areaId, id, result.safeguarding_reasons, result.safeguarding_severity ?? 'urgent']
		);
		// The insert's trigger queues delivery to the area's safeguarding contacts (app.jobs).
	}
	return { id, safeguarding: result.safeguarding };
}
