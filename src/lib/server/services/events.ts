/**
 * Engagement events: set-up (officers, through row-level security), joining and contributing from
 * a phone (anonymous), facilitator capture, the projector wall and the live feed. Words go through
 * the same feedback path as survey answers (services/feedback.ts): analysis, redaction,
 * originals and safeguarding alerts.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/types';
import * as feedback from './feedback';
import { newCode } from './surveys';
import {
	eventDefinition,
	promptSchema,
	type CaptureEntry,
	type EventDefinition,
	type EventStatus,
	type Prompt
} from '../../schemas/event';
import { z } from 'zod';
export * from './events-wall';
import type { Consent } from '../../vocabulary';

export interface EventRow {
	id: string;
	area_id: string;
	engagement_id: string;
	code: string;
	name: string;
	starts_at: Date;
	ends_at: Date | null;
	/** Local (Europe/London) times as the form shows them: "2026-12-03T18:30". */
	starts_local: string;
	ends_local: string | null;
	venue: string;
	locality: string | null;
	audience: EventDefinition['audience'];
	partner_organisation: string | null;
	prompts: Prompt[];
	head_count: number | null;
	status: EventStatus;
	priority_ids: string[];
	participants?: number;
	contributions?: number;
}

const COLUMNS = `e.id, e.area_id, e.engagement_id, e.code, e.name, e.starts_at, e.ends_at,
	to_char(e.starts_at at time zone 'Europe/London', 'YYYY-MM-DD"T"HH24:MI') as starts_local,
	to_char(e.ends_at at time zone 'Europe/London', 'YYYY-MM-DD"T"HH24:MI') as ends_local,
	e.venue, e.locality, e.audience, e.partner_organisation, e.prompts, e.head_count, e.status,
	coalesce((select array_agg(ep.priority_id) from public.event_priorities ep where ep.event_id = e.id), '{}') as priority_ids`;

const prompts = z.array(promptSchema);
const parseRow = (row: EventRow): EventRow => ({ ...row, prompts: prompts.parse(row.prompts) });

async function linkPriorities(tx: Tx, areaId: string, eventId: string, priorityIds: string[]) {
	await tx.query('delete from public.event_priorities where event_id = $1', [eventId]);
	if (priorityIds.length)
		await tx.query(
			`insert into public.event_priorities (event_id, priority_id, area_id)
			 select $1, p.id, $2 from public.priorities p where p.area_id = $2 and p.id = any($3::uuid[])`,
			[eventId, areaId, priorityIds]
		);
}

export async function create(
	tx: Tx,
	areaId: string,
	definition: EventDefinition,
	by: string | null
): Promise<EventRow> {
	const d = eventDefinition.parse(definition);
	const engagement = await tx.query<{ id: string }>(
		`insert into public.engagements (area_id, kind, title, location, held_label)
		 values ($1, 'event', $2, $3, to_char($4::timestamp, 'FMDD FMMonth YYYY')) returning id`,
		[areaId, d.name, d.venue || null, d.starts_at]
	);
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.events (area_id, engagement_id, code, name, starts_at, ends_at, venue, locality, audience,
			partner_organisation, prompts, created_by)
		 values ($1, $2, $3, $4, $5::timestamp at time zone 'Europe/London', $6::timestamp at time zone 'Europe/London',
			$7, $8, $9, $10, $11, $12) returning id`,
		[areaId, engagement.rows[0]!.id, newCode(), ...definitionColumns(d), by]
	);
	const id = rows[0]!.id;
	await linkPriorities(tx, areaId, id, d.priority_ids);
	return (await get(tx, areaId, id))!;
}

/** What create and update write from a definition, in the same order: name to prompts. */
const definitionColumns = (d: ReturnType<typeof eventDefinition.parse>) => [
	d.name,
	d.starts_at,
	d.ends_at,
	d.venue,
	d.locality,
	d.audience,
	d.partner_organisation,
	JSON.stringify(d.prompts)
];

export async function update(tx: Tx, areaId: string, id: string, definition: EventDefinition): Promise<boolean> {
	const d = eventDefinition.parse(definition);
	const { rows } = await tx.query<{ engagement_id: string }>(
		`update public.events set name = $3, starts_at = $4::timestamp at time zone 'Europe/London',
			ends_at = $5::timestamp at time zone 'Europe/London', venue = $6, locality = $7, audience = $8,
			partner_organisation = $9, prompts = $10
		 where area_id = $1 and id = $2 returning engagement_id`,
		[areaId, id, ...definitionColumns(d)]
	);
	if (!rows[0]) return false;
	await tx.query(`update public.engagements set title = $2, location = $3 where id = $1`, [
		rows[0].engagement_id,
		d.name,
		d.venue || null
	]);
	await linkPriorities(tx, areaId, id, d.priority_ids);
	return true;
}

export async function setStatus(tx: Tx, areaId: string, id: string, status: EventStatus): Promise<boolean> {
	const { rows } = await tx.query<{ engagement_id: string }>(
		`update public.events set status = $3 where area_id = $1 and id = $2 returning engagement_id`,
		[areaId, id, status]
	);
	if (rows[0])
		await tx.query(`update public.engagements set published = ($2 <> 'draft') where id = $1`, [
			rows[0].engagement_id,
			status
		]);
	return rows.length === 1;
}

export async function setHeadCount(tx: Tx, areaId: string, id: string, headCount: number | null): Promise<boolean> {
	const { rows } = await tx.query(
		`update public.events set head_count = $3 where area_id = $1 and id = $2 returning 1`,
		[areaId, id, headCount]
	);
	return rows.length === 1;
}

export async function list(tx: Tx, areaId: string): Promise<EventRow[]> {
	const { rows } = await tx.query<EventRow>(
		`select ${COLUMNS},
			(select count(*)::int from public.event_participants p where p.event_id = e.id) as participants,
			(select count(*)::int from public.feedback_items f where f.engagement_id = e.engagement_id)
				+ (select count(*)::int from public.event_ratings r where r.event_id = e.id) as contributions
		 from public.events e where e.area_id = $1 order by e.starts_at desc`,
		[areaId]
	);
	return rows.map(parseRow);
}

export async function get(tx: Tx, areaId: string, id: string): Promise<EventRow | null> {
	const { rows } = await tx.query<EventRow>(
		`select ${COLUMNS} from public.events e where e.area_id = $1 and e.id = $2`,
		[areaId, id]
	);
	return rows[0] ? parseRow(rows[0]) : null;
}

export type PublicEvent = EventRow & { area_slug: string; area_name: string };

/** An event by its public code (not drafts: row-level security hides them from the public). */
export async function byCode(tx: Tx, code: string): Promise<PublicEvent | null> {
	const { rows } = await tx.query<PublicEvent>(
		`select ${COLUMNS}, a.slug as area_slug, a.name as area_name from public.events e join public.areas a on a.id = e.area_id where e.code = $1`,
		[code]
	);
	return rows[0] ? (parseRow(rows[0]) as PublicEvent) : null;
}

/** Events still to come or happening now, for the area's public page. */
export async function upcomingForArea(
	tx: Tx,
	areaId: string
): Promise<Pick<EventRow, 'code' | 'name' | 'starts_at' | 'venue' | 'status'>[]> {
	const { rows } = await tx.query<Pick<EventRow, 'code' | 'name' | 'starts_at' | 'venue' | 'status'>>(
		`select code, name, starts_at, venue, status from public.events
		 where area_id = $1 and status in ('scheduled', 'open') and coalesce(ends_at, starts_at + interval '1 day') >= now()
		 order by starts_at`,
		[areaId]
	);
	return rows;
}

// ---- Participants -----------------------------------------------------------------------------

export interface Participant {
	id: string;
	respondent_role: string | null;
	age_band: string | null;
}

export async function participant(tx: Tx, eventId: string, tokenHash: string): Promise<Participant | null> {
	const { rows } = await tx.query<Participant>('select * from app.event_participant($1, $2)', [eventId, tokenHash]);
	return rows[0] ?? null;
}

/** A phone joins the room. The same key twice (a double tap) joins once. */
export async function join(
	tx: Tx,
	event: Pick<EventRow, 'id' | 'area_id' | 'engagement_id'>,
	p: { role: string; age_band: string; tokenHash: string; key: string }
): Promise<{ duplicate: boolean }> {
	if (await stored(tx, event.engagement_id, p.key)) return { duplicate: true };
	await tx.query(
		`insert into public.event_participants (id, area_id, event_id, source, respondent_role, age_band, token_hash, idempotency_key)
		 values ($1, $2, $3, 'phone', $4, $5, $6, $7)`,
		[randomUUID(), event.area_id, event.id, p.role, p.age_band, p.tokenHash, p.key]
	);
	return { duplicate: false };
}

async function stored(tx: Tx, engagementId: string, key: string): Promise<boolean> {
	const { rows } = await tx.query<{ stored: boolean }>('select app.contribution_stored($1, $2) as stored', [
		engagementId,
		key
	]);
	return rows[0]?.stored ?? false;
}

export interface ContributionResult {
	duplicate: boolean;
	safeguarding: boolean;
}

/** A participant's words against a prompt, from their phone. */
export async function say(
	tx: Tx,
	event: Pick<EventRow, 'area_id' | 'engagement_id' | 'locality'>,
	who: Participant,
	c: { prompt: string; text: string; consent: Consent; key: string }
): Promise<ContributionResult> {
	if (await stored(tx, event.engagement_id, c.key)) return { duplicate: true, safeguarding: false };
	const added = await feedback.add(tx, {
		areaId: event.area_id,
		engagementId: event.engagement_id,
		participantId: who.id,
		source: 'phone',
		questionKey: c.prompt,
		text: c.text,
		consent: c.consent,
		role: who.respondent_role,
		ageBand: who.age_band,
		locality: event.locality,
		idempotencyKey: c.key
	});
	return { duplicate: false, safeguarding: added.safeguarding };
}

/** A participant's 1-5 rating of a prompt, from their phone. */
export async function rate(
	tx: Tx,
	event: Pick<EventRow, 'id' | 'area_id' | 'engagement_id'>,
	who: Participant,
	r: { prompt: string; rating: number; key: string }
): Promise<ContributionResult> {
	if (await stored(tx, event.engagement_id, r.key)) return { duplicate: true, safeguarding: false };
	await tx.query(
		`insert into public.event_ratings (area_id, event_id, participant_id, prompt_key, rating, source, idempotency_key)
		 values ($1, $2, $3, $4, $5, 'phone', $6) on conflict do nothing`,
		[event.area_id, event.id, who.id, r.prompt, r.rating, r.key]
	);
	return { duplicate: false, safeguarding: false };
}

/**
 * One entry from a facilitator's device: a note, or a paper form (one person). Safe to repeat: an
 * entry whose key is already stored is reported as a duplicate and changes nothing.
 */
export async function capture(tx: Tx, event: EventRow, entry: CaptureEntry): Promise<ContributionResult> {
	if (await stored(tx, event.engagement_id, entry.key)) return { duplicate: true, safeguarding: false };
	const known = new Set(event.prompts.map((p) => p.key));
	if (entry.kind === 'note') {
		const added = await feedback.add(tx, {
			areaId: event.area_id,
			engagementId: event.engagement_id,
			source: entry.source,
			questionKey: entry.prompt && known.has(entry.prompt) ? entry.prompt : null,
			text: entry.text,
			consent: entry.consent,
			role: entry.role,
			ageBand: entry.age_band,
			locality: event.locality,
			idempotencyKey: entry.key
		});
		return { duplicate: false, safeguarding: added.safeguarding };
	}
	// A paper form is one person: a participant, their words and their ratings.
	const participantId = randomUUID();
	await tx.query(
		`insert into public.event_participants (id, area_id, event_id, source, respondent_role, age_band, idempotency_key)
		 values ($1, $2, $3, 'paper', $4, $5, $6)`,
		[participantId, event.area_id, event.id, entry.role, entry.age_band, entry.key]
	);
	let safeguarding = false;
	for (const [prompt, text] of Object.entries(entry.texts)) {
		if (!known.has(prompt)) continue;
		const added = await feedback.add(tx, {
			areaId: event.area_id,
			engagementId: event.engagement_id,
			participantId,
			source: 'paper',
			questionKey: prompt,
			text,
			consent: entry.consent,
			role: entry.role,
			ageBand: entry.age_band,
			locality: event.locality,
			idempotencyKey: `${entry.key}.${prompt}`
		});
		safeguarding ||= added.safeguarding;
	}
	for (const [prompt, rating] of Object.entries(entry.ratings)) {
		if (!known.has(prompt)) continue;
		await tx.query(
			`insert into public.event_ratings (area_id, event_id, participant_id, prompt_key, rating, source, idempotency_key)
			 values ($1, $2, $3, $4, $5, 'paper', $6)`,
			[event.area_id, event.id, participantId, prompt, rating, `${entry.key}.${prompt}`]
		);
	}
	return { duplicate: false, safeguarding };
}

/** The area's localities, for the event form's list. */
export async function localities(tx: Tx, areaId: string): Promise<string[]> {
	const { rows } = await tx.query<{ localities: string[] }>('select localities from public.areas where id = $1', [
		areaId
	]);
	return rows[0]?.localities ?? [];
}
