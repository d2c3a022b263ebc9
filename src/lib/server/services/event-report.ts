/**
 * What an engagement event heard, for the area's staff (area admins, engagement officers and
 * commissioners: row-level security lets nobody else read participants or ratings), and the
 * area's engagement summary across events and surveys for a period.
 *
 * Counting rules, shared by the report, the summary and their CSV files:
 * - People engaged at an event: the larger of the distinct participants (phones that joined plus
 *   paper forms typed in) and the facilitator's head count, when one was recorded. Not the sum:
 *   most people in the room are also the ones who joined on a phone.
 * - A contribution: one piece of words (feedback item) that has not been withdrawn, from any
 *   source, flagged for safeguarding or not; or one rating. A survey response's rating answers
 *   count as ratings, its free-text answers as words.
 * - Nothing withdrawn is counted or shown; no original (unredacted) words are read here.
 * - Example quotes: only words their author agreed may be quoted, not flagged for safeguarding,
 *   not withdrawn and not taken off the wall by the facilitator.
 */
import type { Tx } from '../db/types';
import { AGE_ORDER, RESPONDENT_ROLE_LABEL, RESPONDENT_ROLE_ORDER } from '../../vocabulary';
import * as events from './events';
import type { EventRow } from './events';
import { FLAGGED_WORDS_WITHHELD } from './results';

export type ContributionKind = 'phone' | 'sticky_note' | 'said_aloud' | 'paper' | 'rating';
export const CONTRIBUTION_KINDS: ContributionKind[] = ['phone', 'sticky_note', 'said_aloud', 'paper', 'rating'];
export const CONTRIBUTION_KIND_LABEL: Record<ContributionKind, string> = {
	phone: 'Words from phones',
	sticky_note: 'Sticky notes',
	said_aloud: 'Said aloud',
	paper: 'Words on paper forms',
	rating: 'Ratings'
};
/** One contribution's kind in the CSV (singular). */
const KIND_CSV: Record<string, string> = {
	phone: 'Words from a phone',
	sticky_note: 'Sticky note',
	said_aloud: 'Said aloud',
	paper: 'Paper form',
	rating: 'Rating'
};

export { RESPONDENT_ROLE_LABEL };
const ROLE_ORDER = RESPONDENT_ROLE_ORDER;

/** A row of the role or age band breakdown: raw counts, suppressed by the caller before display. */
export interface GroupCount {
	value: string;
	people: number;
	contributions: number;
}

export interface ThemeSummary {
	id: string;
	name: string;
	/** Contributions (words) the analyser linked to this theme. */
	count: number;
	quotes: { id: string; text: string; prompt: string | null }[];
}

export interface RatingSummary {
	key: string;
	text: string;
	n: number;
	/** Mean of 1-5 to one decimal place; null with no ratings. */
	average: number | null;
	/** Counts for 1..5 in order. */
	distribution: { value: number; count: number }[];
}

export interface EventReport {
	event: EventRow;
	people: {
		/** Distinct participants: phones that joined plus paper forms. */
		participants: number;
		phone: number;
		paper: number;
		headCount: number | null;
		/** The larger of participants and the head count. */
		engaged: number;
	};
	contributions: { total: number; byKind: { kind: ContributionKind; count: number }[] };
	byRole: GroupCount[];
	byAgeBand: GroupCount[];
	themes: ThemeSummary[];
	ratings: RatingSummary[];
	priorities: { id: string; number: number; title: string; plan_title: string }[];
	/** Local (Europe/London) time of the first and last contribution, "YYYY-MM-DD HH:MM". */
	span: { first: string | null; last: string | null };
}

const THEMES_SHOWN = 6;
const QUOTES_PER_THEME = 2;

function ordered(rows: { value: string; people: number; contributions: number }[], order: string[]): GroupCount[] {
	return [...rows].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
}

export async function forEvent(tx: Tx, areaId: string, eventId: string): Promise<EventReport | null> {
	const event = await events.get(tx, areaId, eventId);
	if (!event) return null;
	const ids = [event.id, event.engagement_id];

	const p = (
		await tx.query<{ participants: number; phone: number; paper: number }>(
			`select count(*)::int as participants, count(*) filter (where source = 'phone')::int as phone,
				count(*) filter (where source = 'paper')::int as paper
			 from public.event_participants where event_id = $1`,
			[event.id]
		)
	).rows[0]!;

	const kinds = (
		await tx.query<{ kind: string; count: number }>(
			`select source as kind, count(*)::int as count from public.feedback_items
			 where engagement_id = $2 and withdrawn_at is null group by source
			 union all
			 select 'rating', count(*)::int from public.event_ratings where event_id = $1`,
			ids
		)
	).rows;
	const kindCount = new Map(kinds.map((k) => [k.kind, k.count]));
	const byKind = CONTRIBUTION_KINDS.map((kind) => ({ kind, count: kindCount.get(kind) ?? 0 }));

	// Who: participants by their role and age band, and every contribution by the role and age band
	// it carries (words keep their own; a rating takes its participant's).
	const groups = async (col: 'respondent_role' | 'age_band') =>
		(
			await tx.query<{ value: string; people: number; contributions: number }>(
				`with people as (
					select coalesce(${col}, 'not_given') as value, count(*)::int as n
					from public.event_participants where event_id = $1 group by 1
				), contributions as (
					select coalesce(v, 'not_given') as value, count(*)::int as n from (
						select f.${col} as v from public.feedback_items f where f.engagement_id = $2 and f.withdrawn_at is null
						union all
						select p.${col} from public.event_ratings r left join public.event_participants p on p.id = r.participant_id
						where r.event_id = $1
					) x group by 1
				)
				select coalesce(p.value, c.value) as value, coalesce(p.n, 0) as people, coalesce(c.n, 0) as contributions
				from people p full join contributions c on c.value = p.value`,
				ids
			)
		).rows;
	const byRole = ordered(await groups('respondent_role'), ROLE_ORDER);
	const byAgeBand = ordered(await groups('age_band'), AGE_ORDER);

	const themeCounts = (
		await tx.query<{ id: string; name: string | null; count: number }>(
			`select t.id, th.name, t.count from (
				select tid as id, count(*)::int as count
				from public.feedback_items f cross join unnest(f.suggested_theme_ids) as tid
				where f.engagement_id = $1 and f.withdrawn_at is null group by tid
			) t left join public.themes th on th.id = t.id
			order by t.count desc, t.id limit ${THEMES_SHOWN}`,
			[event.engagement_id]
		)
	).rows;
	// Quotable words, most readable first: a sentence rather than a single word or an essay.
	const quotable = (
		await tx.query<{ id: string; text: string; prompt: string | null; theme_ids: string[] }>(
			`select f.id, f.redacted_text as text, f.question_key as prompt, f.suggested_theme_ids as theme_ids
			 from public.feedback_items f
			 where f.engagement_id = $1 and f.withdrawn_at is null and f.consent = 'quote' and not f.safeguarding
				and not exists (select 1 from public.event_wall_hidden h where h.feedback_item_id = f.id)
			 order by (length(f.redacted_text) between 25 and 240) desc, f.created_at, f.id`,
			[event.engagement_id]
		)
	).rows;
	const used = new Set<string>();
	const themes = themeCounts.map((t) => {
		const quotes = [];
		for (const q of quotable) {
			if (quotes.length >= QUOTES_PER_THEME) break;
			if (used.has(q.id) || !q.theme_ids.includes(t.id)) continue;
			used.add(q.id);
			quotes.push({ id: q.id, text: q.text, prompt: q.prompt });
		}
		return { id: t.id, name: t.name ?? t.id, count: t.count, quotes };
	});

	const ratingRows = (
		await tx.query<{ key: string; rating: number; count: number }>(
			`select prompt_key as key, rating::int as rating, count(*)::int as count from public.event_ratings
			 where event_id = $1 group by 1, 2`,
			[event.id]
		)
	).rows;
	const ratingKeys = [
		...event.prompts.filter((q) => q.kind === 'rating').map((q) => ({ key: q.key, text: q.text })),
		// Ratings of a prompt since taken off the event still count; show them under their key.
		...[...new Set(ratingRows.map((r) => r.key))]
			.filter((k) => !event.prompts.some((q) => q.key === k && q.kind === 'rating'))
			.map((k) => ({ key: k, text: event.prompts.find((q) => q.key === k)?.text ?? `Prompt ${k}` }))
	];
	const ratings = ratingKeys.map(({ key, text }) => {
		const distribution = [1, 2, 3, 4, 5].map((value) => ({
			value,
			count: ratingRows.find((r) => r.key === key && r.rating === value)?.count ?? 0
		}));
		const n = distribution.reduce((s, d) => s + d.count, 0);
		const sum = distribution.reduce((s, d) => s + d.value * d.count, 0);
		return { key, text, n, average: n ? Math.round((10 * sum) / n) / 10 : null, distribution };
	});

	const priorities = (
		await tx.query<EventReport['priorities'][number]>(
			`select p.id, p.number, p.title, pl.title as plan_title
			 from public.event_priorities ep
			 join public.priorities p on p.id = ep.priority_id
			 join public.plans pl on pl.id = p.plan_id
			 where ep.event_id = $1 order by pl.title, p.number`,
			[event.id]
		)
	).rows;

	const span = (
		await tx.query<{ first: string | null; last: string | null }>(
			`select to_char(min(at) at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI') as first,
				to_char(max(at) at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI') as last
			 from (select created_at as at from public.feedback_items where engagement_id = $2 and withdrawn_at is null
				union all select created_at from public.event_ratings where event_id = $1) x`,
			ids
		)
	).rows[0] ?? { first: null, last: null };

	return {
		event,
		people: {
			participants: p.participants,
			phone: p.phone,
			paper: p.paper,
			headCount: event.head_count,
			engaged: Math.max(p.participants, event.head_count ?? 0)
		},
		contributions: { total: byKind.reduce((s, k) => s + k.count, 0), byKind },
		byRole,
		byAgeBand,
		themes,
		ratings,
		priorities,
		span
	};
}

export type CsvRow = (string | number | null)[];

/**
 * Every contribution to the event, one row each, oldest first: words (redacted, never the
 * original; withdrawn words left out entirely; words flagged for safeguarding replaced by a note,
 * as on screen) and ratings.
 */
export async function exportContributions(
	tx: Tx,
	event: Pick<EventRow, 'id' | 'engagement_id' | 'prompts'>
): Promise<{ header: string[]; rows: CsvRow[] }> {
	const { rows } = await tx.query<{
		at: string;
		kind: string;
		prompt: string | null;
		respondent_role: string | null;
		age_band: string | null;
		consent: string | null;
		theme_names: string[] | null;
		text: string | null;
		safeguarding: boolean;
		can_act: boolean;
		rating: number | null;
	}>(
		`select to_char(x.created_at at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI') as at, x.* from (
			select f.created_at, f.id, f.source as kind, f.question_key as prompt, f.respondent_role, f.age_band, f.consent,
				(select array_agg(coalesce(th.name, t) order by o)
				 from unnest(f.suggested_theme_ids) with ordinality as u(t, o) left join public.themes th on th.id = u.t) as theme_names,
				f.redacted_text as text, f.safeguarding,
				exists (select 1 from public.safeguarding_alerts a where a.feedback_item_id = f.id) as can_act, null::int as rating
			from public.feedback_items f where f.engagement_id = $2 and f.withdrawn_at is null
			union all
			select r.created_at, r.id, 'rating', r.prompt_key, p.respondent_role, p.age_band, null, null, null, false, false, r.rating::int
			from public.event_ratings r left join public.event_participants p on p.id = r.participant_id
			where r.event_id = $1
		) x order by x.created_at, x.id`,
		[event.id, event.engagement_id]
	);
	const promptText = new Map(event.prompts.map((p) => [p.key, p.text]));
	const header = [
		'time (UK)',
		'kind',
		'prompt',
		'role',
		'age band',
		'can quote',
		'themes (suggested)',
		'words (names and details removed)',
		'flagged for safeguarding',
		'rating'
	];
	return {
		header,
		rows: rows.map((r) => [
			r.at,
			KIND_CSV[r.kind] ?? r.kind,
			r.prompt ? (promptText.get(r.prompt) ?? r.prompt) : null,
			r.respondent_role ? (RESPONDENT_ROLE_LABEL[r.respondent_role] ?? r.respondent_role) : null,
			r.age_band,
			r.consent === null ? null : r.consent === 'quote' ? 'yes' : 'no',
			r.theme_names?.join('; ') ?? null,
			// Flagged words only for those who can see the alert, and so act on it.
			r.safeguarding && !r.can_act ? FLAGGED_WORDS_WITHHELD : r.text,
			r.kind === 'rating' ? null : r.safeguarding ? 'yes' : 'no',
			r.rating
		])
	};
}

// ---- Area engagement summary ------------------------------------------------------------------

export interface EngagementRow {
	kind: 'event' | 'survey';
	id: string;
	title: string;
	/** Local dates, "YYYY-MM-DD": an event's day, or a survey's first and last response in the period. */
	first: string;
	last: string;
	people: number;
	/** Words (feedback items) not withdrawn. */
	written: number;
	ratings: number;
	contributions: number;
}

export interface EngagementSummary {
	from: string;
	to: string;
	rows: EngagementRow[];
	totals: { people: number; written: number; ratings: number; contributions: number; events: number; surveys: number };
}

/**
 * Every event and survey that engaged people between `from` and `to` (local dates, inclusive):
 * events that have started (not drafts) and whose start falls in the period, with all their
 * contributions; surveys with the responses (not withdrawn) submitted in the period.
 * The same person may be counted at two engagements: nobody is identified, so nobody can be
 * de-duplicated, and plans report "people engaged" this way too.
 */
export async function areaSummary(tx: Tx, areaId: string, from: string, to: string): Promise<EngagementSummary> {
	const range = `($2::date)::timestamp at time zone 'Europe/London'`;
	const rangeEnd = `(($3::date) + 1)::timestamp at time zone 'Europe/London'`;
	const eventRows = (
		await tx.query<Omit<EngagementRow, 'kind' | 'contributions'>>(
			`select e.id, e.name as title, to_char(e.starts_at at time zone 'Europe/London', 'YYYY-MM-DD') as first,
				to_char(e.starts_at at time zone 'Europe/London', 'YYYY-MM-DD') as last,
				greatest(coalesce(e.head_count, 0), (select count(*)::int from public.event_participants p where p.event_id = e.id)) as people,
				(select count(*)::int from public.feedback_items f where f.engagement_id = e.engagement_id and f.withdrawn_at is null) as written,
				(select count(*)::int from public.event_ratings r where r.event_id = e.id) as ratings
			 from public.events e
			 where e.area_id = $1 and e.status <> 'draft' and e.starts_at <= now()
				and e.starts_at >= ${range} and e.starts_at < ${rangeEnd}
			 order by e.starts_at, e.id`,
			[areaId, from, to]
		)
	).rows;
	const surveyRows = (
		await tx.query<Omit<EngagementRow, 'kind' | 'contributions'>>(
			`with r as (
				select r.id, r.survey_id, r.created_at, r.answers from public.responses r
				where r.area_id = $1 and r.withdrawn_at is null and r.created_at >= ${range} and r.created_at < ${rangeEnd}
			)
			select s.id, s.title,
				to_char(min(r.created_at) at time zone 'Europe/London', 'YYYY-MM-DD') as first,
				to_char(max(r.created_at) at time zone 'Europe/London', 'YYYY-MM-DD') as last,
				count(*)::int as people,
				coalesce(sum((select count(*) from public.feedback_items f where f.response_id = r.id and f.withdrawn_at is null)), 0)::int as written,
				coalesce(sum((select count(*) from jsonb_array_elements(s.definition -> 'questions') q
					where q ->> 'kind' = 'rating' and r.answers ? (q ->> 'key')
						and jsonb_typeof(r.answers -> (q ->> 'key')) = 'number')), 0)::int as ratings
			from r join public.surveys s on s.id = r.survey_id
			group by s.id, s.title
			order by min(r.created_at), s.id`,
			[areaId, from, to]
		)
	).rows;
	const rows: EngagementRow[] = [
		...eventRows.map((r) => ({ ...r, kind: 'event' as const, contributions: r.written + r.ratings })),
		...surveyRows.map((r) => ({ ...r, kind: 'survey' as const, contributions: r.written + r.ratings }))
	].sort((a, b) => a.first.localeCompare(b.first) || a.title.localeCompare(b.title));
	const sum = (k: 'people' | 'written' | 'ratings' | 'contributions') => rows.reduce((s, r) => s + r[k], 0);
	return {
		from,
		to,
		rows,
		totals: {
			people: sum('people'),
			written: sum('written'),
			ratings: sum('ratings'),
			contributions: sum('contributions'),
			events: eventRows.length,
			surveys: surveyRows.length
		}
	};
}

export function summaryCsv(s: EngagementSummary): { header: string[]; rows: CsvRow[] } {
	return {
		header: ['kind', 'title', 'first date', 'last date', 'people', 'written contributions', 'ratings', 'contributions'],
		rows: s.rows.map((r) => [
			r.kind === 'event' ? 'Event' : 'Survey',
			r.title,
			r.first,
			r.last,
			r.people,
			r.written,
			r.ratings,
			r.contributions
		])
	};
}
