/**
 * The steering group report for one plan period (issue 7, item 8): engagement figures for the
 * period (the engagement summary's own counting, `event-report.areaSummary`), the top themes of
 * what was heard, the "You said, we did" table for the plan (each statement linked to one of its
 * priorities or actions, and the actions it is linked to with their progress), and the gaps in
 * who we heard from (`trace.who`, suppressed). Runs as the caller, so row-level security decides.
 *
 * Dates: a plan's period "2025/26" is 1 April 2025 to 31 March 2026 (`planPeriod`); other dates
 * may be chosen instead.
 */
import type { Tx } from '../db/types';
import { ACTION_STATUS_LABEL, STATEMENT_STATUS_LABEL } from '../../vocabulary';
import type { ActionStatus } from '../../status';
import type { StatementStatus } from '../../schemas/statements';
import { planPeriod, type PlanPeriod } from '../../schemas/trace';
import { areaSummary, type EngagementSummary } from './event-report';
import { who, type WhoDimension } from './trace';
import type { CsvCell } from '../csv';

export interface PlanOption {
	id: string;
	title: string;
	period: string;
	published: boolean;
	/** The dates the period stands for, or null when it is not a financial year. */
	dates: PlanPeriod | null;
}

/** The area's plans, newest period first. */
/**
 * The financial year (1 April to 31 March, UK time) holding the area's latest heard feedback, or
 * null when it has none. The report opens on it when the plan's own period has nothing to show.
 */
export async function latestPeriodWithData(tx: Tx, areaId: string): Promise<PlanPeriod | null> {
	const { rows } = await tx.query<{ day: string | null }>(
		`select to_char(max(created_at) at time zone 'Europe/London', 'YYYY-MM-DD') as day
		 from public.feedback_items where area_id = $1 and withdrawn_at is null`,
		[areaId]
	);
	const day = rows[0]?.day;
	if (!day) return null;
	const [y, m] = day.split('-').map(Number) as [number, number];
	const start = m >= 4 ? y : y - 1;
	return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** Whether the area heard any feedback between the dates (inclusive, UK time). */
export async function heardBetween(tx: Tx, areaId: string, dates: PlanPeriod): Promise<boolean> {
	const { rows } = await tx.query(
		`select 1 from public.feedback_items where area_id = $1 and withdrawn_at is null
			and created_at >= ($2::date)::timestamp at time zone 'Europe/London'
			and created_at < (($3::date) + 1)::timestamp at time zone 'Europe/London' limit 1`,
		[areaId, dates.from, dates.to]
	);
	return rows.length > 0;
}

export async function plans(tx: Tx, areaId: string): Promise<PlanOption[]> {
	const { rows } = await tx.query<Omit<PlanOption, 'dates'>>(
		`select id, title, period, published from public.plans where area_id = $1 order by period desc, title`,
		[areaId]
	);
	return rows.map((p) => ({ ...p, dates: planPeriod(p.period) }));
}

export interface ThemeRow {
	id: string;
	name: string;
	/** Pieces of feedback on the theme. */
	items: number;
	/** Of those, how many by a reviewer's confirmed labels (the rest by the analyser's suggestions). */
	confirmed: number;
}

export interface TopThemes {
	rows: ThemeRow[];
	/** Feedback heard in the period (not withdrawn, not flagged for safeguarding). */
	items: number;
	/** Of those, how many a person has reviewed. */
	reviewed: number;
}

/**
 * The most common themes of the feedback heard in the period: an item's confirmed labels (its most
 * recent review, as `review.labels` and the public board count them) where someone reviewed it,
 * else the analyser's suggestions. Words flagged for safeguarding and withdrawn words are left
 * out. Counted by `app.trace_theme_counts` (security definer, for the area's staff only): a year
 * of feedback read through row-level security took seconds.
 */
export async function topThemes(tx: Tx, areaId: string, from: string, to: string, limit = 8): Promise<TopThemes> {
	const { rows } = await tx.query<{ id: string | null; name: string | null; items: number; confirmed: number }>(
		`select c.theme_id as id, coalesce(th.name, c.theme_id) as name, c.items, c.confirmed
		 from app.trace_theme_counts($1, $2::date, $3::date) c left join public.themes th on th.id = c.theme_id
		 order by c.theme_id is not null, c.items desc, name`,
		[areaId, from, to]
	);
	const totals = rows.find((r) => r.id === null);
	return {
		rows: rows
			.filter((r) => r.id !== null)
			.slice(0, limit)
			.map((r) => ({ id: r.id!, name: r.name!, items: r.items, confirmed: r.confirmed })),
		items: totals?.items ?? 0,
		reviewed: totals?.confirmed ?? 0
	};
}

export interface WeDid {
	id: string;
	title: string;
	priority_number: number;
	status: ActionStatus;
	owner: string | null;
	progress: number | null;
	/** What changed for young people (done), or why not (not doing). */
	outcome: string | null;
	/** The action's evidence, else the latest update's. */
	evidence_url: string | null;
	/** The latest progress update's date (or the period it covers). */
	latest_update_on: string | null;
	latest_update_period: string | null;
}

export interface YouSaidRow {
	id: string;
	statement: string;
	status: StatementStatus;
	priority_numbers: number[];
	actions: WeDid[];
}

/**
 * "You said, we did" for a plan: the statements linked to any of its priorities or actions (not
 * archived), in priority order, each with the plan's actions it is linked to.
 */
export async function youSaidWeDid(tx: Tx, areaId: string, planId: string): Promise<YouSaidRow[]> {
	// Each table is read once (each row read goes through row-level security, so no correlated
	// subquery per statement): the links, the plan's actions, and their latest updates.
	const { rows } = await tx.query<YouSaidRow & { first: number }>(
		`with plan_priorities as (
			select p.id, p.number from public.priorities p where p.area_id = $1 and p.plan_id = $2
		), plan_actions as (
			select a.id, a.title, a.position, a.status, coalesce(a.owner_organisation, a.owner) as owner, a.progress, a.outcome,
				a.evidence_url, pp.number
			from public.actions a join plan_priorities pp on pp.id = a.priority_id
			where a.area_id = $1
		), latest as (
			select distinct on (u.action_id) u.action_id, u.happened_on, u.period, u.evidence_url
			from public.action_updates u join plan_actions pa on pa.id = u.action_id
			order by u.action_id, u.happened_on desc nulls last, u.created_at desc, u.seed_key desc nulls first
		), action_links as (
			select ya.you_said_id, pa.*, l.happened_on, l.period, l.evidence_url as update_evidence
			from public.you_said_actions ya join plan_actions pa on pa.id = ya.action_id
			left join latest l on l.action_id = pa.id
			where ya.area_id = $1
		), links as (
			select yp.you_said_id, pp.number from public.you_said_priorities yp join plan_priorities pp on pp.id = yp.priority_id
			where yp.area_id = $1
			union
			select al.you_said_id, al.number from action_links al
		), st as (
			select you_said_id as id, array_agg(distinct number order by number) as priority_numbers, min(number) as first from links group by you_said_id
		), acts as (
			select al.you_said_id, jsonb_agg(jsonb_build_object(
					'id', al.id, 'title', al.title, 'priority_number', al.number, 'status', al.status, 'owner', al.owner,
					'progress', al.progress, 'outcome', al.outcome, 'evidence_url', coalesce(al.evidence_url, al.update_evidence),
					'latest_update_on', al.happened_on, 'latest_update_period', al.period
				) order by al.number, al.position, al.title) as actions
			from action_links al group by al.you_said_id
		)
		select y.id, y.statement, y.status, st.priority_numbers, st.first, coalesce(acts.actions, '[]'::jsonb) as actions
		 from st join public.you_said y on y.id = st.id
		 left join acts on acts.you_said_id = st.id
		 where y.area_id = $1 and y.status <> 'archived'
		 order by st.first, y.position, y.created_at, y.id`,
		[areaId, planId]
	);
	return rows.map(({ first: _, ...r }) => r);
}

export interface Gap {
	dimension: string;
	group: string;
	flag: 'under_heard' | 'not_heard';
	/** e.g. "fewer than 10" or "0" or "12 (4% of those who said, 27% of the population)". */
	heard: string;
	respondentShare: number | null;
	populationShare: number;
}

export interface SteeringReport {
	plan: Omit<PlanOption, 'dates'>;
	from: string;
	to: string;
	/** Whether the dates are the plan's own period (else chosen by the reader). */
	planDates: boolean;
	engagement: EngagementSummary;
	themes: TopThemes;
	youSaid: YouSaidRow[];
	gaps: Gap[];
	/** The parts of "who we heard from" the area has population figures for. */
	compared: { title: string; population: string }[];
	/** Those it has none for. */
	notCompared: string[];
}

function gapsOf(dimensions: WhoDimension[]): Pick<SteeringReport, 'gaps' | 'compared' | 'notCompared'> {
	const gaps: Gap[] = [];
	const compared: SteeringReport['compared'] = [];
	const notCompared: string[] = [];
	for (const d of dimensions) {
		if (!d.basis) {
			if (d.key === 'age_band' || d.key === 'locality' || !d.unanswered) notCompared.push(d.title);
			continue;
		}
		compared.push({ title: d.title, population: [...new Set(d.basis.figures.map((f) => f.population))].join('; ') });
		for (const r of d.rows)
			if (r.flag && r.populationShare !== null)
				gaps.push({
					dimension: d.title,
					group: r.label,
					flag: r.flag,
					heard: r.text,
					respondentShare: r.respondentShare,
					populationShare: r.populationShare
				});
	}
	return { gaps, compared, notCompared };
}

/** The report for a plan of the area over `dates` (by default the plan's period), or null when there is no such plan. */
export async function steering(
	tx: Tx,
	areaId: string,
	planId: string,
	dates?: PlanPeriod | null
): Promise<SteeringReport | null> {
	const plan = (
		await tx.query<Omit<PlanOption, 'dates'>>(
			`select id, title, period, published from public.plans where area_id = $1 and id = $2`,
			[areaId, planId]
		)
	).rows[0];
	if (!plan) return null;
	const own = planPeriod(plan.period);
	const period = dates ?? own;
	if (!period) throw new RangeError(`The plan's period "${plan.period}" is not a financial year: choose the dates`);
	const engagement = await areaSummary(tx, areaId, period.from, period.to);
	const themes = await topThemes(tx, areaId, period.from, period.to);
	const youSaid = await youSaidWeDid(tx, areaId, planId);
	const heard = await who(tx, areaId, period);
	return {
		plan,
		from: period.from,
		to: period.to,
		planDates: own !== null && own.from === period.from && own.to === period.to,
		engagement,
		themes,
		youSaid,
		...gapsOf(heard.dimensions)
	};
}

const STATUS_CSV: Record<string, string> = ACTION_STATUS_LABEL;
const STATEMENT_CSV: Record<string, string> = STATEMENT_STATUS_LABEL;

/** The "You said, we did" table as CSV rows: one per statement and linked action (a statement with none has one row). */
export function youSaidCsv(rows: YouSaidRow[]): { header: string[]; rows: CsvCell[][] } {
	const header = [
		'you said',
		'statement status',
		'priorities',
		'we did (action)',
		'action priority',
		'owner',
		'action status',
		'progress (%)',
		'what changed (or why not)',
		'evidence',
		'latest update'
	];
	const out: CsvCell[][] = [];
	for (const r of rows) {
		const base = [r.statement, STATEMENT_CSV[r.status] ?? r.status, r.priority_numbers.join('; ')];
		if (!r.actions.length) out.push([...base, null, null, null, null, null, null, null, null]);
		for (const a of r.actions)
			out.push([
				...base,
				a.title,
				a.priority_number,
				a.owner,
				STATUS_CSV[a.status] ?? a.status,
				a.progress,
				a.outcome,
				a.evidence_url,
				a.latest_update_on ?? a.latest_update_period
			]);
	}
	return { header, rows: out };
}
