/**
 * The projector wall and the facilitator's live feed of an event (re-exported by
 * services/events.ts).
 */
import type { Tx } from '../db/types';
import type { EventStatus } from '../../schemas/event';
import { topWords, type WordCount } from '../../nlp';
import type { EventRow } from './events';

export interface WallData {
	status: EventStatus;
	people: number;
	contributions: number;
	quotes: { id: string; text: string; prompt: string | null }[];
	words: string[];
	themes: Record<string, number>;
	ratings: Record<string, { n: number; average: number }>;
}

/** What the projector shows: counts, and only quotable, unflagged, unhidden words. */
export async function wall(tx: Tx, eventId: string): Promise<WallData | null> {
	const { rows } = await tx.query<{ wall: WallData | null }>('select app.event_wall($1) as wall', [eventId]);
	const w = rows[0]?.wall ?? null;
	if (!w) return null;
	return {
		...w,
		ratings: Object.fromEntries(
			Object.entries(w.ratings).map(([k, v]) => [k, { n: Number(v.n), average: Number(v.average) }])
		)
	};
}

export interface FeedItem {
	id: string;
	kind: 'words' | 'rating';
	text: string | null;
	rating: number | null;
	prompt: string | null;
	source: string;
	respondent_role: string | null;
	age_band: string | null;
	consent: string | null;
	safeguarding: boolean;
	hidden: boolean;
	created_at: Date;
}

/** The facilitator's live feed: everything, newest first, flagged items marked (staff only). */
export async function feed(tx: Tx, event: Pick<EventRow, 'id' | 'engagement_id'>, limit = 50): Promise<FeedItem[]> {
	const { rows } = await tx.query<FeedItem>(
		`(select f.id, 'words' as kind, f.redacted_text as text, null::int as rating, f.question_key as prompt, f.source,
			f.respondent_role, f.age_band, f.consent, f.safeguarding,
			exists (select 1 from public.event_wall_hidden h where h.feedback_item_id = f.id) as hidden, f.created_at
		 from public.feedback_items f where f.engagement_id = $1 and f.withdrawn_at is null
		 order by f.created_at desc limit $3)
		 union all
		 (select r.id, 'rating', null, r.rating, r.prompt_key, r.source, p.respondent_role, p.age_band, null, false, false, r.created_at
		 from public.event_ratings r left join public.event_participants p on p.id = r.participant_id
		 where r.event_id = $2 order by r.created_at desc limit $3)
		 order by created_at desc limit $3`,
		[event.engagement_id, event.id, limit]
	);
	return rows;
}

export async function openAlerts(tx: Tx, event: Pick<EventRow, 'engagement_id'>): Promise<number> {
	const { rows } = await tx.query<{ n: number }>(
		`select count(*)::int as n from public.safeguarding_alerts a
		 where a.engagement_id = $1 and a.closed_at is null`,
		[event.engagement_id]
	);
	return rows[0]?.n ?? 0;
}

export async function setHidden(
	tx: Tx,
	areaId: string,
	itemId: string,
	hidden: boolean,
	by: string | null
): Promise<boolean> {
	if (hidden) {
		const { rows } = await tx.query(
			`insert into public.event_wall_hidden (feedback_item_id, area_id, hidden_by) values ($1, $2, $3)
			 on conflict (feedback_item_id) do update set hidden_at = excluded.hidden_at returning 1`,
			[itemId, areaId, by]
		);
		return rows.length === 1;
	}
	await tx.query('delete from public.event_wall_hidden where feedback_item_id = $1 and area_id = $2', [itemId, areaId]);
	return true;
}

export interface WallView {
	name: string;
	code: string;
	status: EventStatus;
	people: number;
	contributions: number;
	quotes: { id: string; text: string; prompt: string | null }[];
	words: WordCount[];
	themes: { id: string; name: string; count: number }[];
	ratings: { key: string; text: string; n: number; average: number | null }[];
}

/** The wall as the projector shows it: theme names, top words and each rating prompt's average. */
export async function wallView(
	tx: Tx,
	event: Pick<EventRow, 'id' | 'area_id' | 'name' | 'code' | 'prompts'>
): Promise<WallView | null> {
	const w = await wall(tx, event.id);
	if (!w) return null;
	const ids = Object.keys(w.themes);
	const names = ids.length
		? (await tx.query<{ id: string; name: string }>(`select id, name from public.themes where id = any($1)`, [ids]))
				.rows
		: [];
	const nameOf = new Map(names.map((t) => [t.id, t.name]));
	return {
		name: event.name,
		code: event.code,
		status: w.status,
		people: w.people,
		contributions: w.contributions,
		quotes: w.quotes,
		words: topWords(w.words, 30),
		themes: Object.entries(w.themes)
			.map(([id, count]) => ({ id, name: nameOf.get(id) ?? id, count }))
			.sort((a, b) => b.count - a.count)
			.slice(0, 8),
		ratings: event.prompts
			.filter((p) => p.kind === 'rating')
			.map((p) => ({
				key: p.key,
				text: p.text,
				n: w.ratings[p.key]?.n ?? 0,
				average: w.ratings[p.key]?.average ?? null
			}))
	};
}
