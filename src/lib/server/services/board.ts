/**
 * The public "What you told us / What we did" board (issue 7, item 6): for each priority, the
 * published "You said" statements (quotes, how many voices) and the actions that answer them
 * (owner, status, progress, latest update, what changed); filters by priority, theme and action
 * status; themes by volume over time; "still hearing"; the published decision log; last updated.
 *
 * Everything runs as `anon` in one transaction (row-level security shows only what is published)
 * with a fixed number of queries, whatever the size of the area: no query per statement or
 * action. Counts of people and of feedback are counted once a UK day, rounded to the nearest 5 from
 * 10 up and null from 1 to 9, in SQL (app.board_snapshot, the baseline migration), so nobody
 * learns a small count by adding answers of their own and watching the board.
 *
 * The shapes are in board-types.ts, the feedback figures (and their shared copy) in
 * board-figures.ts, and board.json in board-json.ts; this module re-exports them all.
 */
import type { Tx } from '../db/types';
import { group, type ActionStatus } from './plans';
import { publishedDecisions } from './review';
import type { LinkBasis } from '../../schemas/seed';
import * as metricService from './metrics';
import type { MetricSeries } from './metrics';
import {
	ACTION_STATUS_ORDER,
	PAGE_SIZE,
	shownCount,
	type Board,
	type BoardAction,
	type BoardFilters,
	type BoardGroup,
	type BoardMilestone,
	type BoardOptions,
	type BoardPriority,
	type BoardStatement,
	type BoardUpdate,
	type Engagement,
	type FilterProblem,
	type StillHearing
} from './board-types';
import { glanceOf, lastChanged } from './board-glance';
import { londonToday } from '../../dates';
import { feedbackFigures, stillHearingFor, type FeedbackFigures } from './board-figures';
export * from './board-types';
export { feedbackFigures, publicFeedbackFigures, forgetFeedbackFigures, FIGURES_TTL_MS } from './board-figures';
export type { FeedbackFigures } from './board-figures';
export { boardJson } from './board-json';
export { followUp, type ThemeFollowUp } from './board-receipts';

const NO_FILTERS: BoardFilters = { priority: null, theme: null, status: null, page: 1 };

type StatementRow = {
	id: string;
	published_at: Date;
	updated_at: Date;
	quote_count: number;
	theme_ids: string[];
	priority_ids: string[];
	action_ids: string[];
	action_bases: LinkBasis[];
	/** Written on this site (not seeded): its own timestamps are news. */
	own: boolean;
	heard_on: string | null;
	heard_period: string | null;
};
type ThemeInfo = { id: string; name: string; position: number };
type ActionRow = Omit<BoardAction, 'latest_update' | 'milestones'> & { own: boolean };

/** A published statement with its themes, priorities and actions, before filtering and paging. */
interface Entry {
	row: StatementRow;
	themes: { id: string; name: string }[];
	priorities: BoardPriority[];
	actions: BoardAction[];
}

interface Group {
	priority: BoardPriority | null;
	entries: Entry[];
}

export async function forArea(
	tx: Tx,
	areaId: string,
	wanted: Partial<BoardFilters> = {},
	options: BoardOptions = {}
): Promise<Board> {
	const size = options.pageSize ?? PAGE_SIZE;
	const read = await readArea(tx, areaId);
	const { all, themeInfo, actionOrder } = assemble(read);

	// Read the feedback figures before filtering, so a theme heard about but on no statement yet
	// can still be chosen.
	const figures = options.compact ? null : await (options.figures ?? feedbackFigures(tx, areaId));
	const volumes = figures?.volumes ?? null;
	const { priorityOptions, themeOptions } = filterOptions(all, themeInfo, volumes);

	const { filters, problems } = checkFilters({ ...NO_FILTERS, ...wanted }, priorityOptions, themeOptions);
	const matching = all
		.filter((s) => !filters.priority || s.priorities.some((p) => p.id === filters.priority))
		.filter((s) => !filters.theme || s.themes.some((t) => t.id === filters.theme))
		.map((s) => ({ ...s, actions: filters.status ? s.actions.filter((a) => a.status === filters.status) : s.actions }))
		.filter((s) => !filters.status || s.actions.length > 0);
	const ordered = groupByPriority(matching, filters.priority ? priorityOptions.get(filters.priority)! : null);
	const { onPage, pages } = pageOf(ordered, matching.length, filters, problems, size);

	const toStatement = await pageDetails(tx, areaId, onPage);
	// The numbers beside the words (not on the embeddable board).
	const allMetrics = options.compact ? [] : await metricService.forBoard(tx, areaId);
	const groups = onPage.map(({ group: g, entries }) => toGroup(g, entries, toStatement, actionOrder, allMetrics));
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
		engagements = await reportedEngagements(tx, areaId);
	}

	const changed = lastChanged(read, decisions);
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
		last_updated: changed?.at ?? null,
		last_changed: changed,
		glance: glanceOf(matching, londonToday())
	};
}

/**
 * Reads the whole area once per table. One transaction is one connection, so its queries run one
 * after another; nothing runs per statement or per action.
 * (JIT is off for the app's connections, see db/postgres.ts: row-level security's nested
 * policies inflate cost estimates, and JIT would add 50-100 ms to each of these queries.)
 */
async function readArea(tx: Tx, areaId: string) {
	// Every published statement, with only what filtering, grouping and paging need: the words and
	// quotes are read by `pageDetails` for the statements on the page only.
	const statements = await tx.query<StatementRow>(
		`select y.id, y.published_at, y.updated_at, coalesce(q.n, 0) as quote_count,
			coalesce(t.ids, '{}') as theme_ids, coalesce(p.ids, '{}') as priority_ids, coalesce(a.ids, '{}') as action_ids,
			coalesce(a.bases, '{}') as action_bases, y.seed_key is null as own, y.heard_on, y.heard_period
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
	const actionRows = await tx.query<ActionRow>(
		`select a.id, a.title, a.status, coalesce(a.owner_organisation, a.owner) as owner, a.owner_role,
			a.progress, a.due_on, a.outcome, a.evidence_url, a.status_changed_at, a.updated_at,
			a.status = 'done' and a.done_confirmed_at is not null as done_confirmed, a.priority_id, p.number as priority_number,
			case when a.status = 'done' then app.action_helped(a.id) end as did_it_help, a.seed_key is null as own
		 from public.actions a join public.priorities p on p.id = a.priority_id
		 where a.area_id = $1 and exists (select 1 from public.you_said_actions ya where ya.action_id = a.id)
		 order by p.number, a.position, a.created_at, a.id`,
		[areaId]
	);
	const actionIds = actionRows.rows.map((a) => a.id);
	const updates = await tx.query<BoardUpdate & { action_id: string; own: boolean }>(
		`select distinct on (u.action_id) u.action_id, u.happened_on, u.period, u.body, u.evidence_url, u.created_at,
			u.seed_key is null as own
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

	return {
		statements: statements.rows,
		themes: themeRows.rows,
		priorities: priorityRows.rows,
		actions: actionRows.rows,
		updates: updates.rows,
		milestones: milestones.rows
	};
}

/** Each statement with its themes, priorities and actions in board order. */
function assemble(read: Awaited<ReturnType<typeof readArea>>) {
	const updateBy = new Map(read.updates.map(({ action_id, own: _own, ...u }) => [action_id, u]));
	const milestonesBy = group(read.milestones, (m) => m.action_id);
	const actions = new Map<string, BoardAction>(
		read.actions.map(({ own: _own, ...a }) => [
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
	const actionOrder = new Map(read.actions.map((a, i) => [a.id, i]));
	const themeInfo = new Map(read.themes.map((t, i) => [t.id, { id: t.id, name: t.name, position: i }]));
	const priorityInfo = new Map(read.priorities.map((p) => [p.id, p]));
	const all: Entry[] = read.statements.map((s) => ({
		row: s,
		themes: s.theme_ids
			.map((id) => themeInfo.get(id))
			.filter((t): t is ThemeInfo => Boolean(t))
			.sort((a, b) => a.position - b.position)
			.map(({ id, name }) => ({ id, name })),
		priorities: s.priority_ids.map((id) => priorityInfo.get(id)).filter((p): p is BoardPriority => Boolean(p)),
		actions: s.action_ids
			.map((id) => actions.get(id))
			.filter((a): a is BoardAction => Boolean(a))
			.sort((a, b) => actionOrder.get(a.id)! - actionOrder.get(b.id)!)
	}));
	return { all, themeInfo, actionOrder };
}

/** The priorities and themes that statements are linked to, and themes with feedback figures. */
function filterOptions(all: Entry[], themeInfo: Map<string, ThemeInfo>, volumes: FeedbackFigures['volumes'] | null) {
	const priorityOptions = new Map<string, BoardPriority>();
	for (const s of all) for (const p of s.priorities) if (!priorityOptions.has(p.id)) priorityOptions.set(p.id, p);
	const themeOptions = new Map<string, ThemeInfo>();
	for (const s of all)
		for (const t of s.themes) if (!themeOptions.has(t.id)) themeOptions.set(t.id, themeInfo.get(t.id)!);
	if (volumes)
		for (const s of volumes.series)
			if (!themeOptions.has(s.theme.id)) themeOptions.set(s.theme.id, { ...s.theme, position: Infinity });
	return { priorityOptions, themeOptions };
}

/** Drops a priority or theme filter that is not among the options, and says so. */
function checkFilters(
	asked: BoardFilters,
	priorityOptions: Map<string, BoardPriority>,
	themeOptions: Map<string, ThemeInfo>
): { filters: BoardFilters; problems: FilterProblem[] } {
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
	return { filters, problems };
}

/**
 * A statement sits under the first priority it is linked to (or, filtered by priority, under
 * that one: `home`); the page lists the others. Groups in plan and priority order, the
 * statements linked to no priority last.
 */
function groupByPriority(matching: Entry[], home: BoardPriority | null): Group[] {
	const grouped = new Map<string | null, Group>();
	for (const s of matching) {
		const at = home ?? s.priorities[0] ?? null;
		const key = at?.id ?? null;
		let g = grouped.get(key);
		if (!g)
			grouped.set(
				key,
				(g = {
					priority: at ? { id: at.id, number: at.number, title: at.title, plan_title: at.plan_title } : null,
					entries: []
				})
			);
		g.entries.push(s);
	}
	return [...grouped.values()].sort((a, b) => {
		if (!a.priority) return 1;
		if (!b.priority) return -1;
		return a.priority.plan_title.localeCompare(b.priority.plan_title) || a.priority.number - b.priority.number;
	});
}

/** The entries on the asked page; pages run through the groups in order. A page out of range is page 1. */
function pageOf(ordered: Group[], count: number, filters: BoardFilters, problems: FilterProblem[], size: number) {
	const pages = Math.max(1, Math.ceil(count / size));
	if (!Number.isInteger(filters.page) || filters.page < 1 || filters.page > pages) {
		problems.push('page');
		filters.page = 1;
	}
	const first = (filters.page - 1) * size;
	const onPage: { group: Group; entries: Entry[] }[] = [];
	let at = 0;
	for (const g of ordered) {
		const from = Math.max(first - at, 0);
		const to = Math.min(first + size - at, g.entries.length);
		if (to > from) onPage.push({ group: g, entries: g.entries.slice(from, to) });
		at += g.entries.length;
	}
	return { onPage, pages };
}

/** Reads words, quotes and voices for the statements on this page only; turns an entry into a statement. */
async function pageDetails(
	tx: Tx,
	areaId: string,
	onPage: { entries: Entry[] }[]
): Promise<(e: Entry) => BoardStatement> {
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
	// Counted once a day and rounded to 5 in SQL (null for 1 to 9): the baseline migration.
	const voices = await tx.query<{ you_said_id: string; n: number | null }>(
		`select v.you_said_id, v.n from app.board_statement_voices($1) v where v.you_said_id = any ($2::uuid[])`,
		[areaId, pageIds]
	);
	const quotesBy = group(quotes.rows, (q) => q.you_said_id);
	const voicesBy = new Map(voices.rows.map((v) => [v.you_said_id, v.n]));

	const detailsBy = new Map(details.rows.map((d) => [d.id, d]));
	return (e: Entry): BoardStatement => {
		const row = { ...detailsBy.get(e.row.id)!, published_at: e.row.published_at, updated_at: e.row.updated_at };
		const n = voicesBy.has(row.id) ? voicesBy.get(row.id)! : 0;
		return {
			...row,
			quotes: (quotesBy.get(row.id) ?? []).map(({ id, body, speaker }) => ({ id, body, speaker })),
			themes: e.themes,
			actions: e.actions,
			basis: Object.fromEntries(e.row.action_ids.map((id, i) => [id, e.row.action_bases[i]!])),
			priority_ids: e.priorities.map((p) => p.id),
			voices: n === null || n > 0 ? shownCount(n) : null
		};
	};
}

/**
 * One priority's part of the page: the actions answering its statements here, once each, and the
 * metric series linked to the priority.
 */
function toGroup(
	g: Group,
	entries: Entry[],
	toStatement: (e: Entry) => BoardStatement,
	actionOrder: Map<string, number>,
	allMetrics: MetricSeries[]
): BoardGroup {
	const answering = new Map<string, BoardAction>();
	for (const e of entries) for (const a of e.actions) answering.set(a.id, a);
	return {
		priority: g.priority,
		statements: entries.map(toStatement),
		statement_count: g.entries.length,
		actions: [...answering.values()].sort((a, b) => actionOrder.get(a.id)! - actionOrder.get(b.id)!),
		metrics: g.priority ? allMetrics.filter((m) => m.priority_ids.includes(g.priority!.id)) : []
	};
}

async function reportedEngagements(tx: Tx, areaId: string): Promise<Engagement[]> {
	const { rows } = await tx.query<Engagement>(
		`select id, title, held_label, location, description, figures, source_file
		 from public.engagements where area_id = $1 and kind = 'reported' order by seed_key`,
		[areaId]
	);
	return rows;
}

/** The published statements linked to one priority: the voices behind it. */
export async function forPriority(tx: Tx, areaId: string, priorityId: string): Promise<BoardStatement[]> {
	const board = await forArea(tx, areaId, { priority: priorityId }, { compact: true, pageSize: 10_000 });
	if (board.filters.priority !== priorityId) return [];
	return board.groups.flatMap((g) => g.statements);
}

// board.json ------------------------------------------------------------------------------------
