/** Safeguarding alerts for an area's staff: open ones first, with how long each has waited. */
import type { Tx } from '../db/types';
import type { SafeguardingSeverity } from '../../nlp/types';

export interface Alert {
	id: string;
	created_at: Date;
	reasons: string[];
	severity: SafeguardingSeverity;
	redacted_text: string;
	original_text: string | null;
	survey_title: string | null;
	acknowledged_at: Date | null;
	acknowledged_by_name: string | null;
	action_taken: string | null;
	closed_at: Date | null;
	waited_minutes: number;
}

export async function list(tx: Tx, areaId: string): Promise<Alert[]> {
	const { rows } = await tx.query<Alert>(
		// The alert's own copy of the words (issue 12b): withdrawal blanks the item, never the record,
		// and an alert raised when the answer could not be stored has no item at all.
		`select a.id, a.created_at, a.reasons, a.severity, coalesce(w.redacted_text, f.redacted_text) as redacted_text,
			coalesce(w.original_text, o.original_text) as original_text, e.title as survey_title,
			a.acknowledged_at, p.display_name as acknowledged_by_name, a.action_taken, a.closed_at,
			floor(extract(epoch from (coalesce(a.acknowledged_at, now()) - a.created_at)) / 60)::int as waited_minutes
		 from public.safeguarding_alerts a
		 left join public.safeguarding_alert_words w on w.alert_id = a.id
		 left join public.feedback_items f on f.id = a.feedback_item_id
		 left join public.feedback_originals o on o.feedback_item_id = f.id
		 left join public.engagements e on e.id = coalesce(a.engagement_id, f.engagement_id)
		 left join public.people p on p.id = a.acknowledged_by
		 where a.area_id = $1
		 order by a.closed_at is not null, a.created_at`,
		[areaId]
	);
	return rows;
}

export async function openCount(tx: Tx, areaId: string): Promise<number> {
	const { rows } = await tx.query<{ n: number }>(
		'select count(*)::int as n from public.safeguarding_alerts where area_id = $1 and closed_at is null',
		[areaId]
	);
	return rows[0]?.n ?? 0;
}

/** A person acknowledges an alert and records what they did; it then closes. */
export async function resolve(tx: Tx, areaId: string, id: string, by: string, action: string): Promise<boolean> {
	const { rows } = await tx.query(
		`update public.safeguarding_alerts
		 set acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, $3),
			action_taken = $4, closed_at = now()
		 where area_id = $1 and id = $2 and closed_at is null returning 1`,
		[areaId, id, by, action]
	);
	return rows.length === 1;
}

/**
 * Someone has seen the alert and is dealing with it: this stops escalation to the area admins.
 * Separate from closing, which needs what was done.
 */
export async function acknowledge(tx: Tx, areaId: string, id: string, by: string): Promise<boolean> {
	const { rows } = await tx.query(
		`update public.safeguarding_alerts set acknowledged_at = now(), acknowledged_by = $3
		 where area_id = $1 and id = $2 and acknowledged_at is null and closed_at is null returning 1`,
		[areaId, id, by]
	);
	return rows.length === 1;
}

export interface Delivery {
	alert_id: string;
	round: number;
	channel: 'email' | 'notify_email' | 'notify_sms';
	status: 'queued' | 'sending' | 'sent' | 'failed' | 'dead';
	attempts: number;
	sent_at: Date | null;
	display_name: string;
}

/** Who was told of each alert, how and when (row-level security: officers and admins only). */
export async function deliveries(tx: Tx, areaId: string): Promise<Delivery[]> {
	const { rows } = await tx.query<Delivery>(
		`select d.alert_id, d.round, d.channel, d.status, d.attempts, d.sent_at, p.display_name
		 from public.alert_deliveries d join public.people p on p.id = d.person_id
		 where d.area_id = $1 order by d.created_at, p.display_name, d.channel`,
		[areaId]
	);
	return rows;
}
