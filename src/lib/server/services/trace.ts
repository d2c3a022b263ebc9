/**
 * Trace for commissioners (issue 7, item 7): from a plan priority to its actions, the "You said"
 * statements linked to it (directly, or through one of its actions), their themes and the
 * feedback behind them (supporting feedback and quotes), with exact counts by role, age band,
 * place and engagement; and back from one piece of feedback to the statements it supports or is
 * quoted in, and the priorities and actions those link to. Also "Who we heard from": the people
 * heard from against the area's population, small numbers suppressed.
 *
 * Runs as the caller. Priorities, actions, statements and single items are read through
 * row-level security. The feedback behind many statements (thousands of rows in a busy area) and
 * the statement counts per priority come from `app.trace_feedback` and `app.trace_statement_counts`
 * (migration 001100_trace): security definer functions that check once that the caller is an area
 * admin, engagement officer or commissioner of the area and then apply the same rules as the
 * policies for them (never anything withdrawn), because evaluating the policies row by row cost
 * most of a second (tests/bench/trace.ts). Anyone else gets nothing from them.
 *
 * The feedback counts are exact: the trace pages are for staff and say so. `who` returns only
 * suppressed figures, because that page may be shared.
 *
 * From feedback back to priorities is in trace-feedback.ts, "Who we heard from" in trace-who.ts,
 * the engagement plans report in trace-reported.ts; this module re-exports them.
 */
import type { Tx } from '../db/types';
import type { PriorityChoice } from './plans';
import type { ActionStatus } from '../../status';
import type { StatementStatus } from '../../schemas/statements';
import { ALL_TIME, type Period } from './trace-who';
import { FLAGGED_TEXT, type HeardFeedback } from './trace-feedback';
import { AGE_LABEL, AGE_ORDER, RESPONDENT_ROLE_LABEL, RESPONDENT_ROLE_ORDER } from '../../vocabulary';
import { ENGAGEMENT_KIND_LABEL } from '../../schemas/trace';
import { reportedBehind, type ReportedEngagement } from './trace-reported';
export { who, type Period, type WhoDimension, type WhoWeHeardFrom } from './trace-who';
export { feedback, type FeedbackTrace } from './trace-feedback';
export type { ReportedEngagement } from './trace-reported';

/** How many pieces of feedback a trace page lists at a time. */
export const FEEDBACK_PAGE_SIZE = 50;

const ROLE_ORDER = RESPONDENT_ROLE_ORDER;

/** The statements linked to priority $2: directly, or through one of its actions. */
const PRIORITY_STATEMENTS = `
	select yp.you_said_id as id, true as direct, null::uuid as action_id
	from public.you_said_priorities yp where yp.priority_id = $2 and yp.area_id = $1
	union all
	select ya.you_said_id, false, ya.action_id
	from public.you_said_actions ya join public.actions a on a.id = ya.action_id
	where a.priority_id = $2 and a.area_id = $1 and ya.area_id = $1`;

// ---- Choosing a priority ----------------------------------------------------------------------

export interface PriorityOption extends PriorityChoice {
	actions: number;
	statements: number;
}

/** The area's priorities, newest plan first, with how many actions and statements each has. */
export async function priorityOptions(tx: Tx, areaId: string): Promise<PriorityOption[]> {
	const { rows } = await tx.query<PriorityOption>(
		`select p.id, p.number, p.title, pl.id as plan_id, pl.title as plan_title, pl.period as plan_period,
			(select count(*)::int from public.actions a where a.priority_id = p.id) as actions,
			coalesce(c.statements, 0) as statements
		 from public.priorities p join public.plans pl on pl.id = p.plan_id
		 left join app.trace_statement_counts($1) c on c.priority_id = p.id
		 where p.area_id = $1
		 order by pl.period desc, pl.title, p.number`,
		[areaId]
	);
	return rows;
}

// ---- Priority -> actions, statements, themes, feedback ----------------------------------------

export interface TraceAction {
	id: string;
	position: number;
	title: string;
	status: ActionStatus;
	owner: string | null;
	progress: number | null;
	due_on: string | null;
	outcome: string | null;
	evidence_url: string | null;
	/** The most recent progress update, if any: its date (or the period it covers) and words. */
	latest_update: { body: string; on: string | null; period: string | null; evidence_url: string | null } | null;
}

export interface TraceStatement {
	id: string;
	statement: string;
	status: StatementStatus;
	/** Linked to the priority itself (not only through an action). */
	direct: boolean;
	/** The priority's actions it is linked to. */
	action_ids: string[];
	themes: { id: string; name: string }[];
	/** Feedback behind it (supporting or quoted, not withdrawn), heard in the period. */
	feedback: number;
}

export interface TraceTheme {
	id: string;
	name: string;
	/** The statements linked to the priority that carry this theme. */
	statements: number;
}

export interface TraceFeedback extends HeardFeedback {
	/** The statements (of this priority) it is behind, and whether it is quoted in any of them. */
	statement_ids: string[];
	quoted: boolean;
}

/** One row of an exact breakdown: distinct people and pieces of feedback. */
export interface CountRow {
	value: string;
	label: string;
	people: number;
	items: number;
}

export interface FeedbackBreakdown {
	/** Pieces of feedback and distinct people (a survey response, an event participant, else the item). */
	items: number;
	people: number;
	byRole: CountRow[];
	byAgeBand: CountRow[];
	byLocality: CountRow[];
	byEngagement: CountRow[];
}

export interface PriorityTrace {
	priority: {
		id: string;
		number: number;
		title: string;
		summary: string;
		plan_id: string;
		plan_title: string;
		plan_period: string;
	};
	actions: TraceAction[];
	statements: TraceStatement[];
	themes: TraceTheme[];
	feedback: FeedbackBreakdown & { page: number; pages: number; list: TraceFeedback[] };
	/** Engagement the plan reports behind these statements, with its figures (any date). */
	reported: ReportedEngagement[];
	period: Period;
}
function ordered(
	rows: { value: string; people: number; items: number }[],
	order: string[],
	labels: Record<string, string>
): CountRow[] {
	// Values not in `order` (places) come before "not given", alphabetically.
	const rank = (v: string) =>
		order.includes(v)
			? order.indexOf(v)
			: order.includes('not_given')
				? order.indexOf('not_given') - 0.5
				: order.length;
	return [...rows]
		.sort((a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value))
		.map((r) => ({ ...r, label: labels[r.value] ?? r.value }));
}

/**
 * The trace of one priority of the area, or null when the caller cannot see it. Feedback is
 * counted and listed only when heard within `period`; a page of `FEEDBACK_PAGE_SIZE` items, newest first.
 */
export async function priority(
	tx: Tx,
	areaId: string,
	priorityId: string,
	period: Period = ALL_TIME,
	page = 1
): Promise<PriorityTrace | null> {
	const head = (
		await tx.query<PriorityTrace['priority']>(
			`select p.id, p.number, p.title, p.summary, pl.id as plan_id, pl.title as plan_title, pl.period as plan_period
			 from public.priorities p join public.plans pl on pl.id = p.plan_id
			 where p.area_id = $1 and p.id = $2`,
			[areaId, priorityId]
		)
	).rows[0];
	if (!head) return null;

	const actions = (
		await tx.query<
			Omit<TraceAction, 'latest_update'> & {
				u_body: string | null;
				u_on: string | null;
				u_period: string | null;
				u_evidence: string | null;
			}
		>(
			`select a.id, a.position, a.title, a.status, coalesce(a.owner_organisation, a.owner) as owner, a.progress, a.due_on,
				a.outcome, a.evidence_url, u.body as u_body, u.happened_on as u_on, u.period as u_period, u.evidence_url as u_evidence
			 from public.actions a
			 left join lateral (
				select u.body, u.happened_on, u.period, u.evidence_url from public.action_updates u where u.action_id = a.id
				order by u.happened_on desc nulls last, u.created_at desc, u.seed_key desc nulls first limit 1
			 ) u on true
			 where a.area_id = $1 and a.priority_id = $2
			 order by a.position, a.created_at, a.id`,
			[areaId, priorityId]
		)
	).rows.map(({ u_body, u_on, u_period, u_evidence, ...a }) => ({
		...a,
		latest_update: u_body === null ? null : { body: u_body, on: u_on, period: u_period, evidence_url: u_evidence }
	}));

	const statements = (
		await tx.query<TraceStatement & { position: number }>(
			`with links as (${PRIORITY_STATEMENTS}),
			st as (
				select l.id, bool_or(l.direct) as direct, coalesce(array_agg(l.action_id) filter (where l.action_id is not null), '{}') as action_ids
				from links l group by l.id
			)
			select y.id, y.statement, y.status, y.position, st.direct, st.action_ids,
				coalesce((select jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) order by t.position, t.name)
					from public.you_said_themes yt join public.themes t on t.id = yt.theme_id where yt.you_said_id = y.id), '[]'::jsonb) as themes
			 from st join public.you_said y on y.id = st.id
			 where y.area_id = $1
			 order by y.status = 'archived', y.position, y.created_at, y.id`,
			[areaId, priorityId]
		)
	).rows.map(({ position: _, ...s }) => ({ ...s, feedback: 0 }));

	const themeCount = new Map<string, TraceTheme>();
	for (const s of statements)
		for (const t of s.themes) {
			const seen = themeCount.get(t.id) ?? { id: t.id, name: t.name, statements: 0 };
			seen.statements++;
			themeCount.set(t.id, seen);
		}
	const themes = [...themeCount.values()].sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));

	const { perStatement, ...feedback } = await feedbackBehind(
		tx,
		areaId,
		statements.map((s) => s.id),
		period,
		page
	);
	for (const s of statements) s.feedback = perStatement.get(s.id) ?? 0;
	const reported = await reportedBehind(
		tx,
		areaId,
		statements.map((s) => s.id)
	);
	return { priority: head, actions, statements, themes, feedback, reported, period };
}

/**
 * The feedback behind a set of statements (supporting feedback and quotes, not withdrawn, heard in
 * the period): exact counts by role, age band, place and engagement, and one page of the items.
 * One query, so the set is found once.
 */
async function feedbackBehind(
	tx: Tx,
	areaId: string,
	statementIds: string[],
	period: Period,
	page: number
): Promise<PriorityTrace['feedback'] & { perStatement: Map<string, number> }> {
	const empty = {
		items: 0,
		people: 0,
		byRole: [],
		byAgeBand: [],
		byLocality: [],
		byEngagement: [],
		page: 1,
		pages: 1,
		list: [],
		perStatement: new Map<string, number>()
	};
	if (!statementIds.length) return empty;
	const offset = (Math.max(1, page) - 1) * FEEDBACK_PAGE_SIZE;
	type Row = {
		items: number;
		people: number;
		groups: { dim: string; value: string; label: string | null; people: number; items: number }[] | null;
		list: (Omit<TraceFeedback, 'text'> & { text: string })[] | null;
	};
	const row = (
		await tx.query<Row>(
			`with fb as materialized (
				select f.id, f.created_at, f.redacted_text, f.safeguarding, f.consent, f.source, f.engagement_id,
					f.engagement_title, f.engagement_kind,
					coalesce(f.respondent_role, 'not_given') as role, coalesce(f.age_band, 'not_given') as age_band,
					coalesce(f.locality, 'not_given') as locality, f.person, f.statement_ids, f.quoted
				from app.trace_feedback($1, $2::uuid[], $3::date, $4::date) f
			),
			groups as (
				select 'role' as dim, role as value, null::text as label, count(distinct person)::int as people, count(*)::int as items from fb group by role
				union all
				select 'age_band', age_band, null, count(distinct person)::int, count(*)::int from fb group by age_band
				union all
				select 'locality', locality, null, count(distinct person)::int, count(*)::int from fb group by locality
				union all
				select 'engagement', engagement_id::text, min(engagement_kind) || ': ' || min(engagement_title), count(distinct person)::int, count(*)::int
				from fb group by engagement_id
				union all
				select 'statement', s::text, null, 0, count(*)::int from fb cross join unnest(fb.statement_ids) s group by s
			),
			listed as (
				select fb.*, to_char(fb.created_at at time zone 'Europe/London', 'YYYY-MM-DD') as heard_on
				from fb order by fb.created_at desc, fb.id limit ${FEEDBACK_PAGE_SIZE} offset $5
			)
			select (select count(*)::int from fb) as items,
				(select count(distinct person)::int from fb) as people,
				(select jsonb_agg(jsonb_build_object('dim', dim, 'value', value, 'label', label, 'people', people, 'items', items)) from groups) as groups,
				(select jsonb_agg(jsonb_build_object(
					'id', l.id, 'text', l.redacted_text, 'safeguarding', l.safeguarding, 'consent', l.consent, 'source', l.source,
					'engagement', jsonb_build_object('id', l.engagement_id, 'title', l.engagement_title, 'kind', l.engagement_kind),
					'respondent_role', nullif(l.role, 'not_given'), 'age_band', nullif(l.age_band, 'not_given'),
					'locality', nullif(l.locality, 'not_given'), 'heard_on', l.heard_on,
					'statement_ids', l.statement_ids, 'quoted', l.quoted) order by l.created_at desc, l.id)
				 from listed l) as list`,
			[areaId, statementIds, period.from, period.to, offset]
		)
	).rows[0];
	if (!row || !row.items) return empty;
	const groups = row.groups ?? [];
	const dim = (d: string) => groups.filter((g) => g.dim === d);
	const engagementLabel = (label: string | null) => {
		const [kind, ...title] = (label ?? '').split(': ');
		return `${title.join(': ')} (${(ENGAGEMENT_KIND_LABEL[kind ?? ''] ?? kind ?? '').toLowerCase()})`;
	};
	return {
		items: row.items,
		people: row.people,
		byRole: ordered(dim('role'), ROLE_ORDER, RESPONDENT_ROLE_LABEL),
		byAgeBand: ordered(dim('age_band'), AGE_ORDER, AGE_LABEL),
		byLocality: ordered(dim('locality'), ['not_given'], { not_given: 'Not given' }),
		byEngagement: dim('engagement')
			.map((g) => ({ value: g.value, label: engagementLabel(g.label), people: g.people, items: g.items }))
			.sort((a, b) => b.items - a.items || a.label.localeCompare(b.label)),
		page: Math.max(1, page),
		pages: Math.max(1, Math.ceil(row.items / FEEDBACK_PAGE_SIZE)),
		list: (row.list ?? []).map((f) => ({ ...f, text: f.safeguarding ? FLAGGED_TEXT : f.text })),
		perStatement: new Map(dim('statement').map((g) => [g.value, g.items]))
	};
}
