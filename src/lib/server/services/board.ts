/**
 * The public "What you told us / What we did" board: each published "You said" statement with
 * its quotes and where it was heard, and the actions that answer it, grouped by priority.
 */
import type { Tx } from '../db';
import { group, type ActionStatus } from './plans';

export interface BoardAction {
	id: string;
	title: string;
	status: ActionStatus;
	owner: string | null;
	due_on: string | null;
	outcome: string | null;
	evidence_url: string | null;
	status_changed_at: Date | null;
	priority_id: string;
	priority_number: number;
}

export interface BoardStatement {
	id: string;
	statement: string;
	heard_on: string | null;
	heard_period: string | null;
	how_heard: string | null;
	where_heard: string | null;
	engagement_title: string | null;
	source_file: string | null;
	published_at: Date;
	quotes: { id: string; body: string; speaker: string | null }[];
	themes: { id: string; name: string }[];
	actions: BoardAction[];
	priority_ids: string[];
}

export interface BoardGroup {
	priority: { id: string; number: number; title: string; plan_title: string } | null;
	statements: BoardStatement[];
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

export interface Board {
	groups: BoardGroup[];
	engagements: Engagement[];
	totals: { statements: number; quotes: number; actions: number; done: number };
}

export async function forArea(tx: Tx, areaId: string): Promise<Board> {
	// One transaction is one connection, so its queries run one after another.
	const statements = await tx.query<Omit<BoardStatement, 'quotes' | 'themes' | 'actions' | 'priority_ids'>>(
			`select y.id, y.statement, y.heard_on, y.heard_period, y.how_heard, y.where_heard,
				e.title as engagement_title, y.source_file, y.published_at
			 from public.you_said y left join public.engagements e on e.id = y.engagement_id
			 where y.area_id = $1 and y.status = 'published'
			 order by y.position, y.published_at`,
			[areaId]
		);
	const quotes = await tx.query<{ id: string; you_said_id: string; body: string; speaker: string | null }>(
			`select id, you_said_id, body, speaker from public.you_said_quotes
			 where area_id = $1 and published order by position`,
			[areaId]
		);
	const themes = await tx.query<{ you_said_id: string; id: string; name: string }>(
			`select yt.you_said_id, t.id, t.name from public.you_said_themes yt
			 join public.themes t on t.id = yt.theme_id where yt.area_id = $1 order by t.position`,
			[areaId]
		);
	const actions = await tx.query<BoardAction & { you_said_id: string }>(
			`select ya.you_said_id, a.id, a.title, a.status, a.owner, a.due_on, a.outcome, a.evidence_url,
				a.status_changed_at, a.priority_id, p.number as priority_number
			 from public.you_said_actions ya
			 join public.actions a on a.id = ya.action_id
			 join public.priorities p on p.id = a.priority_id
			 where ya.area_id = $1
			 order by p.number, a.position`,
			[areaId]
		);
	const priorities = await tx.query<{ you_said_id: string; id: string; number: number; title: string; plan_title: string }>(
			`select yp.you_said_id, p.id, p.number, p.title, pl.title as plan_title
			 from public.you_said_priorities yp
			 join public.priorities p on p.id = yp.priority_id
			 join public.plans pl on pl.id = p.plan_id
			 where yp.area_id = $1
			 order by pl.period desc, p.number`,
			[areaId]
		);
	const engagements = await tx.query<Engagement>(
			`select id, title, held_label, location, description, figures, source_file
			 from public.engagements where area_id = $1 and kind = 'reported' order by seed_key`,
			[areaId]
		);

	const quotesBy = group(quotes.rows, (q) => q.you_said_id);
	const themesBy = group(themes.rows, (t) => t.you_said_id);
	const actionsBy = group(actions.rows, (a) => a.you_said_id);
	const prioritiesBy = group(priorities.rows, (p) => p.you_said_id);

	const groups = new Map<string | null, BoardGroup>();
	for (const s of statements.rows) {
		const linked = prioritiesBy.get(s.id) ?? [];
		const statement: BoardStatement = {
			...s,
			quotes: (quotesBy.get(s.id) ?? []).map(({ id, body, speaker }) => ({ id, body, speaker })),
			themes: (themesBy.get(s.id) ?? []).map(({ id, name }) => ({ id, name })),
			actions: (actionsBy.get(s.id) ?? []).map(({ you_said_id: _, ...a }) => a),
			priority_ids: linked.map((p) => p.id)
		};
		// A statement sits under the first priority it is linked to; the page lists the others.
		const first = linked[0];
		const key = first?.id ?? null;
		let g = groups.get(key);
		if (!g) {
			g = {
				priority: first ? { id: first.id, number: first.number, title: first.title, plan_title: first.plan_title } : null,
				statements: []
			};
			groups.set(key, g);
		}
		g.statements.push(statement);
	}
	const ordered = [...groups.values()].sort((a, b) => {
		if (!a.priority) return 1;
		if (!b.priority) return -1;
		return a.priority.plan_title.localeCompare(b.priority.plan_title) || a.priority.number - b.priority.number;
	});
	const answering = new Map(actions.rows.map((a) => [a.id, a.status]));
	return {
		groups: ordered,
		engagements: engagements.rows,
		totals: {
			statements: statements.rows.length,
			quotes: quotes.rows.length,
			actions: answering.size,
			done: [...answering.values()].filter((s) => s === 'done').length
		}
	};
}

/** The published statements linked to one priority: the voices behind it. */
export async function forPriority(tx: Tx, areaId: string, priorityId: string): Promise<BoardStatement[]> {
	const board = await forArea(tx, areaId);
	return board.groups.flatMap((g) => g.statements).filter((s) => s.priority_ids.includes(priorityId));
}

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
	const { rows } = await tx.query<{ theme_id: string; theme_name: string; id: string | null; statement: string | null; actions: { title: string; status: BoardAction['status'] }[] | null }>(
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
