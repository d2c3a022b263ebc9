/**
 * The public "What you told us / What we did" board (issue 7, item 6): for each priority, the
 * published "You said" statements (quotes, how many voices) and the actions that answer them
 * (owner, status, progress, latest update, what changed); filters by priority, theme and action
 * status; themes by volume over time; "still hearing"; the published decision log; last updated.
 *
 * Everything runs as `anon` in one transaction (row-level security shows only what is published)
 * with a fixed number of queries, whatever the size of the area: no query per statement or
 * action. Counts of people and of feedback are small-number suppressed before they leave this
 * module (voices here; feedback counts already in SQL, migration 20261122001000_board.sql).
 * `boardJson` turns a board into the documented `/{area}/board.json` format (docs/board-json.md).
 */
import { withClaims } from '../db/claims';
import { ANON, type Db, type Tx } from '../db/types';
import { group, type ActionStatus } from './plans';
import { publishedDecisions, type Decision } from './review';
import { suppress } from '../../privacy/small-numbers';
import { STATUS_LABEL } from '../../status';
import { boardQuery, type BoardJson } from '../../schemas/board-json';
import type { LinkBasis, Voice } from '../../schemas/seed';
import * as metricService from './metrics';
import type { MetricSeries } from './metrics';
import { VOICE_HEADING } from '../../voice';

export const ACTION_STATUS_ORDER: ActionStatus[] = ['planned', 'in_progress', 'done', 'not_doing'];

/** Statements per page of the board (and of board.json). */
export const PAGE_SIZE = 25;

/** A count that may be small: `count` is null from 1 to 9, and `label` says "fewer than 10". */
export interface Count {
	count: number | null;
	label: string;
}

export function countOf(n: number): Count {
	const s = suppress(n);
	return { count: s.value, label: s.label };
}

export interface BoardUpdate {
	happened_on: string | null;
	period: string | null;
	body: string;
	evidence_url: string | null;
	created_at: Date;
}

export interface BoardMilestone {
	id: string;
	title: string;
	due_on: string | null;
	done_on: string | null;
}

export interface BoardAction {
	id: string;
	title: string;
	status: ActionStatus;
	/** The owning organisation (or the owner as the plan names it). */
	owner: string | null;
	/** The role responsible there, e.g. "Head of CAMHS commissioning". */
	owner_role: string | null;
	/** Percent done, as the owner reports it. */
	progress: number | null;
	due_on: string | null;
	/** Done: what changed for young people. Not doing: why not. */
	outcome: string | null;
	evidence_url: string | null;
	/** Null when the status is as the plan document reported it. */
	status_changed_at: Date | null;
	updated_at: Date;
	priority_id: string;
	priority_number: number;
	latest_update: BoardUpdate | null;
	milestones: BoardMilestone[];
}

export interface BoardStatement {
	id: string;
	statement: string;
	/** Whose voice: the board says "You said" only for young people and families. */
	voice: Voice;
	/** For each action answering it (by id): does the plan make the link, or did we? */
	basis: Record<string, LinkBasis>;
	heard_on: string | null;
	heard_period: string | null;
	how_heard: string | null;
	where_heard: string | null;
	engagement_title: string | null;
	source_file: string | null;
	published_at: Date;
	updated_at: Date;
	quotes: { id: string; body: string; speaker: string | null }[];
	themes: { id: string; name: string }[];
	/** The actions that answer it (only those with the chosen status, when filtered by status). */
	actions: BoardAction[];
	priority_ids: string[];
	/**
	 * How many people the feedback behind it came from, suppressed; null when no feedback on this
	 * site is linked (e.g. statements taken from a plan document).
	 */
	voices: Count | null;
}

export interface BoardPriority {
	id: string;
	number: number;
	title: string;
	plan_title: string;
}

export interface BoardGroup {
	priority: BoardPriority | null;
	/** The group's statements on this page. */
	statements: BoardStatement[];
	/** The group's statements on every page. */
	statement_count: number;
	/** What we did: every action answering the group's statements on this page, once each. */
	actions: BoardAction[];
	/** What the numbers say: the published metric series linked to the group's priority. */
	metrics: MetricSeries[];
}

export interface Engagement {
	id: string;
	title: string;
	held_label: string | null;
	location: string | null;
	description: string;
	figures: { label: string; value: number }[];
	source_file: string | null;
}

export interface ThemeSeries {
	theme: { id: string; name: string };
	/** One per period, in order. */
	counts: Count[];
}

export interface StillHearing {
	theme: { id: string; name: string };
	/** When the last done action on the theme was marked done. */
	since: Date;
	/** Feedback on the theme that arrived after that. */
	count: Count;
	/** The done actions on the theme, newest first (at most STILL_HEARING_ACTIONS). */
	actions: { id: string; title: string; status_changed_at: Date }[];
	/** How many done actions there are on the theme in all. */
	action_count: number;
}

/** How many of a theme's done actions "still hearing" names. */
export const STILL_HEARING_ACTIONS = 5;

export interface BoardFilters {
	priority: string | null;
	theme: string | null;
	status: ActionStatus | null;
	page: number;
}

export type FilterProblem = 'priority' | 'theme' | 'page';

export interface Board {
	/** The filters applied (unknown ones are dropped and listed in `problems`). */
	filters: BoardFilters;
	problems: FilterProblem[];
	options: { priorities: BoardPriority[]; themes: { id: string; name: string }[] };
	groups: BoardGroup[];
	page: { number: number; size: number; pages: number };
	/** Over the filtered board, every page. */
	totals: { statements: number; quotes: number; actions: number; by_status: Record<ActionStatus, number> };
	/** Feedback per theme per calendar month ('YYYY-MM'), oldest first, months without any as 0. */
	volumes: { periods: string[]; series: ThemeSeries[] };
	still_hearing: StillHearing[];
	decisions: Omit<Decision, 'published'>[];
	engagements: Engagement[];
	/**
	 * Every published metric series linked to a priority or theme (empty on the embeddable
	 * board); with a theme filter, only that theme's and those of the priorities shown.
	 */
	metrics: MetricSeries[];
	/** The newest change to anything the board shows. */
	last_updated: Date | null;
}

export interface BoardOptions {
	/** The embeddable board leaves out the charts, still hearing, the decision log and engagements. */
	compact?: boolean;
	pageSize?: number;
	/**
	 * The feedback figures, when the caller has them (pages use `publicFeedbackFigures`, shared
	 * for a minute); otherwise they are read in this transaction.
	 */
	figures?: FeedbackFigures | Promise<FeedbackFigures>;
}

const NO_FILTERS: BoardFilters = { priority: null, theme: null, status: null, page: 1 };

const latest = (dates: (Date | null | undefined)[]): Date | null =>
	dates.reduce<Date | null>((m, d) => (d && (!m || d > m) ? d : m), null);

export async function forArea(
	tx: Tx,
	areaId: string,
	wanted: Partial<BoardFilters> = {},
	options: BoardOptions = {}
): Promise<Board> {
	const size = options.pageSize ?? PAGE_SIZE;
	const asked: BoardFilters = { ...NO_FILTERS, ...wanted };
	// One transaction is one connection, so its queries run one after another. Each reads the
	// whole area once; nothing runs per statement or per action.
	// (JIT is off for the app's connections, see db/postgres.ts: row-level security's nested
	// policies inflate cost estimates, and JIT would add 50-100 ms to each of these queries.)
	// Every published statement, with only what filtering, grouping and paging need: the words and
	// quotes are read below for the statements on this page only.
	const statements = await tx.query<{
		id: string;
		published_at: Date;
		updated_at: Date;
		quote_count: number;
		theme_ids: string[];
		priority_ids: string[];
		action_ids: string[];
		action_bases: LinkBasis[];
	}>(
		`select y.id, y.published_at, y.updated_at, coalesce(q.n, 0) as quote_count,
			coalesce(t.ids, '{}') as theme_ids, coalesce(p.ids, '{}') as priority_ids, coalesce(a.ids, '{}') as action_ids,
			coalesce(a.bases, '{}') as action_bases
		 from public.you_said y
		 left join (select you_said_id, count(*)::int as n from public.you_said_quotes
			where area_id = $1 and published group by you_said_id) q on q.you_said_id = y.id
		 left join (select you_said_id, array_agg(theme_id) as ids from public.you_said_themes
			where area_id = $1 group by you_said_id) t on t.you_said_id = y.id
		 left join (select yp.you_said_id, array_agg(yp.priority_id::text order by pl.period desc, pl.title, pr.number) as ids
			from public.you_said_priorities yp
			join public.priorities pr on pr.id = yp.priority_id
			join public.plans pl on pl.id = pr.plan_id
			where yp.area_id = $1 group by yp.you_said_id) p on p.you_said_id = y.id
		 left join (select you_said_id, array_agg(action_id::text order by action_id) as ids,
			array_agg(basis order by action_id) as bases from public.you_said_actions
			where area_id = $1 group by you_said_id) a on a.you_said_id = y.id
		 where y.area_id = $1 and y.status = 'published'
		 order by y.position, y.published_at, y.id`,
		[areaId]
	);
	const themeRows = await tx.query<{ id: string; name: string }>(
		`select id, name from public.themes where area_id is null or area_id = $1 order by position, name`,
		[areaId]
	);
	const priorityRows = await tx.query<BoardPriority>(
		`select p.id, p.number, p.title, pl.title as plan_title
		 from public.priorities p join public.plans pl on pl.id = p.plan_id where p.area_id = $1`,
		[areaId]
	);
	const actionRows = await tx.query<Omit<BoardAction, 'latest_update' | 'milestones'>>(
		`select a.id, a.title, a.status, coalesce(a.owner_organisation, a.owner) as owner, a.owner_role,
			a.progress, a.due_on, a.outcome, a.evidence_url, a.status_changed_at, a.updated_at,
			a.priority_id, p.number as priority_number
		 from public.actions a join public.priorities p on p.id = a.priority_id
		 where a.area_id = $1 and exists (select 1 from public.you_said_actions ya where ya.action_id = a.id)
		 order by p.number, a.position, a.created_at, a.id`,
		[areaId]
	);
	const actionIds = actionRows.rows.map((a) => a.id);
	const updates = await tx.query<BoardUpdate & { action_id: string }>(
		`select distinct on (u.action_id) u.action_id, u.happened_on, u.period, u.body, u.evidence_url, u.created_at
		 from public.action_updates u
		 where u.area_id = $1 and u.action_id = any ($2::uuid[])
		 order by u.action_id, u.happened_on desc nulls last, u.created_at desc, u.seed_key desc nulls first`,
		[areaId, actionIds]
	);
	const milestones = await tx.query<BoardMilestone & { action_id: string; updated_at: Date }>(
		`select m.id, m.action_id, m.title, m.due_on, m.done_on, m.updated_at from public.action_milestones m
		 where m.area_id = $1 and m.action_id = any ($2::uuid[])
		 order by m.position, m.due_on nulls last, m.created_at`,
		[areaId, actionIds]
	);

	// Put the pieces together ------------------------------------------------------------------
	const updateBy = new Map(updates.rows.map(({ action_id, ...u }) => [action_id, u]));
	const milestonesBy = group(milestones.rows, (m) => m.action_id);
	const actions = new Map<string, BoardAction>(
		actionRows.rows.map((a) => [
			a.id,
			{
				...a,
				latest_update: updateBy.get(a.id) ?? null,
				milestones: (milestonesBy.get(a.id) ?? []).map(({ id, title, due_on, done_on }) => ({
					id,
					title,
					due_on,
					done_on
				}))
			}
		])
	);
	const actionOrder = new Map(actionRows.rows.map((a, i) => [a.id, i]));
	const themeInfo = new Map(themeRows.rows.map((t, i) => [t.id, { id: t.id, name: t.name, position: i }]));
	const priorityInfo = new Map(priorityRows.rows.map((p) => [p.id, p]));
	const all = statements.rows.map((s) => ({
		row: s,
		themes: s.theme_ids
			.map((id) => themeInfo.get(id))
			.filter((t): t is { id: string; name: string; position: number } => Boolean(t))
			.sort((a, b) => a.position - b.position)
			.map(({ id, name }) => ({ id, name })),
		priorities: s.priority_ids.map((id) => priorityInfo.get(id)).filter((p): p is BoardPriority => Boolean(p)),
		actions: s.action_ids
			.map((id) => actions.get(id))
			.filter((a): a is BoardAction => Boolean(a))
			.sort((a, b) => actionOrder.get(a.id)! - actionOrder.get(b.id)!)
	}));

	// Filter options: the priorities and themes that statements are linked to.
	const priorityOptions = new Map<string, BoardPriority>();
	for (const s of all) for (const p of s.priorities) if (!priorityOptions.has(p.id)) priorityOptions.set(p.id, p);
	const themeOptions = new Map<string, { id: string; name: string; position: number }>();
	for (const s of all)
		for (const t of s.themes) if (!themeOptions.has(t.id)) themeOptions.set(t.id, themeInfo.get(t.id)!);

	// Read the feedback figures before filtering, so a theme heard about but on no statement yet
	// can still be chosen.
	const figures = options.compact ? null : await (options.figures ?? feedbackFigures(tx, areaId));
	const volumes = figures?.volumes ?? null;
	if (volumes)
		for (const s of volumes.series)
			if (!themeOptions.has(s.theme.id)) themeOptions.set(s.theme.id, { ...s.theme, position: Infinity });

	const problems: FilterProblem[] = [];
	const filters: BoardFilters = { ...asked };
	if (filters.priority && !priorityOptions.has(filters.priority)) {
		problems.push('priority');
		filters.priority = null;
	}
	if (filters.theme && !themeOptions.has(filters.theme)) {
		problems.push('theme');
		filters.theme = null;
	}

	const matching = all
		.filter((s) => !filters.priority || s.priorities.some((p) => p.id === filters.priority))
		.filter((s) => !filters.theme || s.themes.some((t) => t.id === filters.theme))
		.map((s) => ({ ...s, actions: filters.status ? s.actions.filter((a) => a.status === filters.status) : s.actions }))
		.filter((s) => !filters.status || s.actions.length > 0);

	// Groups: a statement sits under the first priority it is linked to (or, filtered by
	// priority, under that one); the page lists the others.
	type Entry = (typeof matching)[number];
	const grouped = new Map<string | null, { priority: BoardPriority | null; entries: Entry[] }>();
	for (const s of matching) {
		const home = filters.priority ? priorityOptions.get(filters.priority)! : (s.priorities[0] ?? null);
		const key = home?.id ?? null;
		let g = grouped.get(key);
		if (!g)
			grouped.set(
				key,
				(g = {
					priority: home ? { id: home.id, number: home.number, title: home.title, plan_title: home.plan_title } : null,
					entries: []
				})
			);
		g.entries.push(s);
	}
	const ordered = [...grouped.values()].sort((a, b) => {
		if (!a.priority) return 1;
		if (!b.priority) return -1;
		return a.priority.plan_title.localeCompare(b.priority.plan_title) || a.priority.number - b.priority.number;
	});

	// Pages run through the groups in order.
	const pages = Math.max(1, Math.ceil(matching.length / size));
	if (!Number.isInteger(filters.page) || filters.page < 1 || filters.page > pages) {
		problems.push('page');
		filters.page = 1;
	}
	const first = (filters.page - 1) * size;
	const onPage: { group: (typeof ordered)[number]; entries: Entry[] }[] = [];
	let at = 0;
	for (const g of ordered) {
		const from = Math.max(first - at, 0);
		const to = Math.min(first + size - at, g.entries.length);
		if (to > from) onPage.push({ group: g, entries: g.entries.slice(from, to) });
		at += g.entries.length;
	}

	// Words, quotes and voices only for the statements on this page.
	const pageIds = onPage.flatMap((g) => g.entries.map((e) => e.row.id));
	const details = await tx.query<
		Pick<
			BoardStatement,
			| 'id'
			| 'statement'
			| 'voice'
			| 'heard_on'
			| 'heard_period'
			| 'how_heard'
			| 'where_heard'
			| 'engagement_title'
			| 'source_file'
		>
	>(
		`select y.id, y.statement, y.voice, y.heard_on, y.heard_period, y.how_heard, y.where_heard, e.title as engagement_title, y.source_file
		 from public.you_said y left join public.engagements e on e.id = y.engagement_id
		 where y.area_id = $1 and y.id = any ($2::uuid[])`,
		[areaId, pageIds]
	);
	const quotes = await tx.query<{ id: string; you_said_id: string; body: string; speaker: string | null }>(
		`select id, you_said_id, body, speaker from public.you_said_quotes
		 where area_id = $1 and published and you_said_id = any ($2::uuid[]) order by position`,
		[areaId, pageIds]
	);
	const voices = await tx.query<{ you_said_id: string; n: number }>(
		`select v.you_said_id, sum(v.n)::int as n from app.statement_voices($1::uuid[]) v group by v.you_said_id`,
		[pageIds]
	);
	const quotesBy = group(quotes.rows, (q) => q.you_said_id);
	const voicesBy = new Map(voices.rows.map((v) => [v.you_said_id, v.n]));

	const detailsBy = new Map(details.rows.map((d) => [d.id, d]));
	const toStatement = (e: Entry): BoardStatement => {
		const row = { ...detailsBy.get(e.row.id)!, published_at: e.row.published_at, updated_at: e.row.updated_at };
		const n = voicesBy.get(row.id) ?? 0;
		return {
			...row,
			quotes: (quotesBy.get(row.id) ?? []).map(({ id, body, speaker }) => ({ id, body, speaker })),
			themes: e.themes,
			actions: e.actions,
			basis: Object.fromEntries(e.row.action_ids.map((id, i) => [id, e.row.action_bases[i]!])),
			priority_ids: e.priorities.map((p) => p.id),
			voices: n > 0 ? countOf(n) : null
		};
	};
	// The numbers beside the words (not on the embeddable board).
	const allMetrics = options.compact ? [] : await metricService.forBoard(tx, areaId);
	const metricsOf = (priorityId: string | undefined) =>
		priorityId ? allMetrics.filter((m) => m.priority_ids.includes(priorityId)) : [];
	const groups: BoardGroup[] = onPage.map(({ group: g, entries }) => {
		const answering = new Map<string, BoardAction>();
		for (const e of entries) for (const a of e.actions) answering.set(a.id, a);
		return {
			priority: g.priority,
			statements: entries.map(toStatement),
			statement_count: g.entries.length,
			actions: [...answering.values()].sort((a, b) => actionOrder.get(a.id)! - actionOrder.get(b.id)!),
			metrics: metricsOf(g.priority?.id)
		};
	});
	const shownPriorities = new Set(groups.map((g) => g.priority?.id).filter(Boolean));
	const metrics = allMetrics.filter((m) =>
		filters.priority
			? m.priority_ids.includes(filters.priority)
			: filters.theme
				? m.theme_ids.includes(filters.theme) || m.priority_ids.some((p) => shownPriorities.has(p))
				: true
	);

	const answering = new Map<string, BoardAction>();
	for (const s of matching) for (const a of s.actions) answering.set(a.id, a);
	const by_status = Object.fromEntries(ACTION_STATUS_ORDER.map((st) => [st, 0])) as Record<ActionStatus, number>;
	for (const a of answering.values()) by_status[a.status]++;

	let stillHearing: StillHearing[] = [];
	let decisions: Board['decisions'] = [];
	let engagements: Engagement[] = [];
	if (!options.compact) {
		stillHearing = stillHearingFor(figures!.still_hearing, all);
		decisions = await publishedDecisions(tx, areaId);
		engagements = (
			await tx.query<Engagement>(
				`select id, title, held_label, location, description, figures, source_file
				 from public.engagements where area_id = $1 and kind = 'reported' order by seed_key`,
				[areaId]
			)
		).rows;
	}

	const byTheme = (list: { id: string }[]) => (filters.theme ? list.filter((t) => t.id === filters.theme) : list);
	return {
		filters,
		problems,
		options: {
			priorities: [...priorityOptions.values()].sort(
				(a, b) => a.plan_title.localeCompare(b.plan_title) || a.number - b.number
			),
			themes: [...themeOptions.values()]
				.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))
				.map(({ id, name }) => ({ id, name }))
		},
		groups,
		page: { number: filters.page, size, pages },
		totals: {
			statements: matching.length,
			quotes: matching.reduce((n, s) => n + s.row.quote_count, 0),
			actions: answering.size,
			by_status
		},
		volumes: volumes
			? { periods: volumes.periods, series: volumes.series.filter((s) => byTheme([s.theme]).length) }
			: { periods: [], series: [] },
		still_hearing: stillHearing.filter((s) => byTheme([s.theme]).length),
		decisions,
		engagements,
		metrics,
		last_updated: latest([
			...statements.rows.flatMap((s) => [s.published_at, s.updated_at]),
			...actionRows.rows.map((a) => a.updated_at),
			...updates.rows.map((u) => u.created_at),
			...milestones.rows.map((m) => m.updated_at),
			...decisions.map((d) => d.decided_at)
		])
	};
}

// Feedback figures ------------------------------------------------------------------------------

/** What the board shows about feedback itself (not about statements): counts, never words. */
export interface FeedbackFigures {
	volumes: { periods: string[]; series: ThemeSeries[] };
	still_hearing: { theme: { id: string; name: string }; since: Date; count: Count }[];
}

/**
 * Feedback per theme per month and "still hearing", both suppressed in SQL (migration
 * 20261122001000_board.sql). Two queries, each reading the area's feedback once.
 */
export async function feedbackFigures(tx: Tx, areaId: string): Promise<FeedbackFigures> {
	const volumes = await tx.query<{
		theme_id: string;
		name: string;
		position: number;
		period: string;
		n: number | null;
	}>(
		`select v.theme_id, t.name, t.position, v.period::text as period, v.n
		 from app.board_theme_volumes($1) v join public.themes t on t.id = v.theme_id`,
		[areaId]
	);
	const still = await tx.query<{ theme_id: string; name: string; since: Date; n: number | null }>(
		`select s.theme_id, t.name, s.since, s.n from app.board_still_hearing($1) s join public.themes t on t.id = s.theme_id`,
		[areaId]
	);
	return {
		volumes: volumeSeries(volumes.rows),
		still_hearing: still.rows.map((r) => ({
			theme: { id: r.theme_id, name: r.name },
			since: r.since,
			count: suppressedCount(r.n)
		}))
	};
}

/** A count that SQL already suppressed (null for 1 to 9). */
const suppressedCount = (n: number | null): Count =>
	n === null ? { count: null, label: 'fewer than 10' } : countOf(n);

/**
 * How long this server shares an area's feedback figures between visitors. Counting 100,000
 * pieces of feedback takes a PostgreSQL server a few hundred milliseconds, and the figures are
 * monthly counts that a minute's delay cannot mislead (the board itself is cached by browsers
 * for a minute too). Statements and actions are always read fresh.
 */
export const FIGURES_TTL_MS = 60_000;
const FIGURES_CACHE_LIMIT = 500;
const figuresCache = new Map<string, { db: Db; at: number; figures: Promise<FeedbackFigures>; refreshing: boolean }>();

function readFigures(db: Db, areaId: string): Promise<FeedbackFigures> {
	return withClaims(db, ANON, (tx) => feedbackFigures(tx, areaId));
}

/**
 * `feedbackFigures` as an anonymous visitor, shared by every visitor to an area's board for up to
 * FIGURES_TTL_MS. After that the next visitor still gets the copy at once while a fresh one is
 * read in the background (so only the very first visitor waits). Everyone has the same claims, so
 * sharing shows nobody anything they could not read. Treat the result as read-only.
 */
export function publicFeedbackFigures(db: Db, areaId: string): Promise<FeedbackFigures> {
	const now = Date.now();
	const hit = figuresCache.get(areaId);
	if (hit && hit.db === db) {
		if (now - hit.at >= FIGURES_TTL_MS && !hit.refreshing) {
			hit.refreshing = true;
			readFigures(db, areaId).then(
				(fresh) => {
					if (figuresCache.get(areaId) === hit)
						figuresCache.set(areaId, { db, at: Date.now(), figures: Promise.resolve(fresh), refreshing: false });
				},
				() => {
					hit.refreshing = false;
				}
			);
		}
		return hit.figures;
	}
	const figures = readFigures(db, areaId);
	const entry = { db, at: now, figures, refreshing: false };
	figuresCache.delete(areaId);
	if (figuresCache.size >= FIGURES_CACHE_LIMIT) figuresCache.delete(figuresCache.keys().next().value!);
	figuresCache.set(areaId, entry);
	// A failure is not kept: the next visitor asks again.
	figures.catch(() => {
		if (figuresCache.get(areaId) === entry) figuresCache.delete(areaId);
	});
	return figures;
}

/** Forgets this server's copy of every area's feedback figures (tests, and after imports). */
export function forgetFeedbackFigures(): void {
	figuresCache.clear();
}

const monthKey = (d: string) => d.slice(0, 7);
function monthsBetween(from: string, to: string): string[] {
	const out: string[] = [];
	let [y, m] = from.split('-').map(Number) as [number, number];
	const [ty, tm] = to.split('-').map(Number) as [number, number];
	while (y < ty || (y === ty && m <= tm)) {
		out.push(`${y}-${String(m).padStart(2, '0')}`);
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	return out;
}

/** Rows of (theme, month, n) as one series per theme over every month; the most heard first. */
function volumeSeries(
	rows: { theme_id: string; name: string; position: number; period: string; n: number | null }[]
): FeedbackFigures['volumes'] {
	if (!rows.length) return { periods: [], series: [] };
	const keys = rows.map((r) => monthKey(r.period)).sort();
	const periods = monthsBetween(keys[0]!, keys.at(-1)!);
	const index = new Map(periods.map((p, i) => [p, i]));
	const series = new Map<
		string,
		{ theme: { id: string; name: string }; position: number; values: (number | null)[] }
	>();
	for (const r of rows) {
		let s = series.get(r.theme_id);
		if (!s)
			series.set(
				r.theme_id,
				(s = { theme: { id: r.theme_id, name: r.name }, position: r.position, values: periods.map(() => 0) })
			);
		s.values[index.get(monthKey(r.period))!] = r.n;
	}
	// Ordered by the counts that may be shown (a hidden one counts as nothing).
	const shown = (s: { values: (number | null)[] }) => s.values.reduce<number>((n, v) => n + (v ?? 0), 0);
	return {
		periods,
		series: [...series.values()]
			.sort((a, b) => shown(b) - shown(a) || a.position - b.position)
			.map((s) => ({ theme: s.theme, counts: s.values.map(suppressedCount) }))
	};
}

/** Still hearing, with the done actions on each theme (from the statements, read fresh). */
function stillHearingFor(
	rows: FeedbackFigures['still_hearing'],
	statements: { themes: { id: string }[]; actions: BoardAction[] }[]
): StillHearing[] {
	return rows.map((r) => {
		const done = new Map<string, { id: string; title: string; status_changed_at: Date }>();
		for (const s of statements)
			if (s.themes.some((t) => t.id === r.theme.id))
				for (const a of s.actions)
					if (a.status === 'done' && a.status_changed_at)
						done.set(a.id, { id: a.id, title: a.title, status_changed_at: a.status_changed_at });
		const newest = [...done.values()].sort((a, b) => b.status_changed_at.getTime() - a.status_changed_at.getTime());
		return {
			theme: r.theme,
			since: r.since,
			count: r.count,
			actions: newest.slice(0, STILL_HEARING_ACTIONS),
			action_count: newest.length
		};
	});
}

/** The published statements linked to one priority: the voices behind it. */
export async function forPriority(tx: Tx, areaId: string, priorityId: string): Promise<BoardStatement[]> {
	const board = await forArea(tx, areaId, { priority: priorityId }, { compact: true, pageSize: 10_000 });
	if (board.filters.priority !== priorityId) return [];
	return board.groups.flatMap((g) => g.statements);
}

// board.json ------------------------------------------------------------------------------------

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The board in the documented JSON format (docs/board-json.md, schema in schemas/board-json.ts). */
export function boardJson(
	board: Board,
	area: { slug: string; name: string; short_name: string },
	origin: string,
	now: Date = new Date()
): BoardJson {
	const base = `${origin}/${area.slug}`;
	const query = (page: number) => boardQuery(board.filters, page);
	type JsonAction = BoardJson['priorities'][number]['actions'][number];
	const action = (a: BoardAction): JsonAction => ({
		id: a.id,
		title: a.title,
		status: a.status,
		status_label: STATUS_LABEL[a.status] as JsonAction['status_label'],
		status_changed_at: iso(a.status_changed_at),
		owner: { organisation: a.owner, role: a.owner_role },
		progress: a.progress,
		due_on: a.due_on,
		outcome: a.outcome ? { kind: a.status === 'not_doing' ? 'why_not' : 'what_changed', text: a.outcome } : null,
		evidence_url: a.evidence_url,
		priority: { id: a.priority_id, number: a.priority_number },
		latest_update: a.latest_update
			? {
					date: a.latest_update.happened_on,
					period: a.latest_update.period,
					text: a.latest_update.body,
					evidence_url: a.latest_update.evidence_url
				}
			: null,
		milestones: a.milestones.map((m) => ({ id: m.id, title: m.title, due_on: m.due_on, done_on: m.done_on })),
		url: `${base}/priorities/${a.priority_id}`
	});
	return {
		schema_version: 2,
		area: { slug: area.slug, name: area.name, short_name: area.short_name },
		board_url: `${base}/board${query(board.page.number)}`,
		embed_url: `${base}/board/embed`,
		generated_at: now.toISOString(),
		last_updated: iso(board.last_updated),
		filters: { priority: board.filters.priority, theme: board.filters.theme, status: board.filters.status },
		page: {
			number: board.page.number,
			size: board.page.size,
			pages: board.page.pages,
			next_url: board.page.number < board.page.pages ? `${base}/board.json${query(board.page.number + 1)}` : null
		},
		totals: { ...board.totals, by_status: { ...board.totals.by_status } },
		priorities: board.groups.map((g) => ({
			id: g.priority?.id ?? null,
			number: g.priority?.number ?? null,
			title: g.priority?.title ?? null,
			plan_title: g.priority?.plan_title ?? null,
			url: g.priority ? `${base}/priorities/${g.priority.id}` : null,
			statement_count: g.statement_count,
			statements: g.statements.map((s) => ({
				id: s.id,
				statement: s.statement,
				heard: {
					on: s.heard_on,
					period: s.heard_period,
					how: s.how_heard,
					where: s.where_heard,
					engagement: s.engagement_title
				},
				published_at: iso(s.published_at)!,
				themes: s.themes.map((t) => ({ id: t.id, name: t.name })),
				quotes: s.quotes.map((q) => ({ id: q.id, text: q.body, speaker: q.speaker })),
				voice: { kind: s.voice, heading: VOICE_HEADING[s.voice] },
				voices: s.voices ? { ...s.voices } : null,
				action_ids: s.actions.map((a) => a.id),
				links: s.actions.map((a) => ({ action_id: a.id, basis: s.basis[a.id] ?? 'inferred' })),
				priority_ids: [...s.priority_ids],
				source_file: s.source_file
			})),
			actions: g.actions.map(action),
			metric_ids: g.metrics.map((m) => m.id)
		})),
		metrics: board.metrics.map((m) => ({
			id: m.id,
			title: m.title,
			definition: m.definition,
			unit: m.unit,
			geography: m.geography,
			direction: m.direction,
			sentence: m.sentence,
			source: { file: m.source_file, title: m.source_title, section: m.source_section },
			priority_ids: [...m.priority_ids],
			theme_ids: [...m.theme_ids],
			points: m.points.map((p) => ({
				period: p.period_label,
				period_end: p.period_end,
				value: p.value,
				target: p.target,
				note: p.note
			}))
		})),
		themes_over_time: {
			periods: [...board.volumes.periods],
			series: board.volumes.series.map((s) => ({ theme: { ...s.theme }, counts: s.counts.map((c) => ({ ...c })) }))
		},
		still_hearing: board.still_hearing.map((s) => ({
			theme: { ...s.theme },
			since: iso(s.since)!,
			count: { ...s.count },
			actions: s.actions.map((a) => ({ id: a.id, title: a.title, done_at: iso(a.status_changed_at)! })),
			action_count: s.action_count
		})),
		decision_log: board.decisions.map((d) => ({
			id: d.id,
			kind: d.kind,
			summary: d.summary,
			reason: d.reason,
			theme_ids: [...d.theme_ids],
			from_theme_ids: [...d.from_theme_ids],
			decided_by: d.decided_by,
			decided_at: iso(d.decided_at)!
		})),
		engagements: board.engagements.map((e) => ({
			id: e.id,
			title: e.title,
			when: e.held_label,
			where: e.location,
			description: e.description,
			figures: e.figures.map((f) => ({ label: f.label, value: f.value }))
		}))
	};
}

// Receipts --------------------------------------------------------------------------------------

export interface ThemeFollowUp {
	theme: { id: string; name: string };
	statements: { id: string; statement: string; actions: { title: string; status: BoardAction['status'] }[] }[];
}

/**
 * For a receipt: for each theme a person raised, the area's published "You said" statements on
 * that theme and where their actions have got to, so people see their words travel.
 */
export async function followUp(tx: Tx, areaSlug: string, themeIds: string[]): Promise<ThemeFollowUp[]> {
	if (!themeIds.length) return [];
	const { rows } = await tx.query<{
		theme_id: string;
		theme_name: string;
		id: string | null;
		statement: string | null;
		actions: { title: string; status: BoardAction['status'] }[] | null;
	}>(
		`select t.id as theme_id, t.name as theme_name, y.id, y.statement,
			(select json_agg(json_build_object('title', a.title, 'status', a.status) order by a.position)
			 from public.you_said_actions ya join public.actions a on a.id = ya.action_id where ya.you_said_id = y.id) as actions
		 from public.themes t
		 left join public.you_said_themes yt on yt.theme_id = t.id
			and yt.area_id = (select id from public.areas where slug = $1)
		 left join public.you_said y on y.id = yt.you_said_id and y.status = 'published'
		 where t.id = any ($2::text[])
		 order by t.position, y.position`,
		[areaSlug, themeIds]
	);
	const out = new Map<string, ThemeFollowUp>();
	for (const r of rows) {
		const f = out.get(r.theme_id) ?? { theme: { id: r.theme_id, name: r.theme_name }, statements: [] };
		if (r.id && r.statement) f.statements.push({ id: r.id, statement: r.statement, actions: r.actions ?? [] });
		out.set(r.theme_id, f);
	}
	return [...out.values()];
}
