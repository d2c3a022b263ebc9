import type { Tx } from '../db';

import type { ActionStatus } from '../../status';
export type { ActionStatus };

export interface ActionUpdate {
	id: string;
	happened_on: string | null;
	period: string | null;
	body: string;
	evidence_url: string | null;
}

export interface ActionMilestone {
	id: string;
	title: string;
	due_on: string | null;
	done_on: string | null;
}

/** What an action's owner reports: shared by the plan (below) and the public board (board-types.ts). */
export interface ActionOwnerReport {
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
}

export interface Action extends ActionOwnerReport {
	id: string;
	priority_id: string;
	title: string;
	description: string;
	evidence_url: string | null;
	thrive: string[];
	source_file: string | null;
	status_changed_at: Date | null;
	updates: ActionUpdate[];
	milestones: ActionMilestone[];
	/** How many published "You said" statements this action answers. */
	answers: number;
}

export interface Priority {
	id: string;
	plan_id: string;
	number: number;
	title: string;
	summary: string;
	thrive: string[];
	source_file: string | null;
	actions: Action[];
	statements: number;
}

export interface Plan {
	id: string;
	title: string;
	period: string;
	summary: string;
	source_file: string | null;
	priorities: Priority[];
}

/** Every plan of an area with every priority, its actions and their updates, in document order. */
export async function forArea(tx: Tx, areaId: string): Promise<Plan[]> {
	// One transaction is one connection, so its queries run one after another.
	const plans = await tx.query<Omit<Plan, 'priorities'>>(
		`select id, title, period, summary, source_file from public.plans where area_id = $1 order by period desc, title`,
		[areaId]
	);
	const priorities = await tx.query<Omit<Priority, 'actions'>>(
		`select p.id, p.plan_id, p.number, p.title, p.summary, p.thrive, p.source_file,
				(select count(*)::int from public.you_said_priorities yp
					join public.you_said y on y.id = yp.you_said_id where yp.priority_id = p.id) as statements
			 from public.priorities p where p.area_id = $1 order by p.number`,
		[areaId]
	);
	const actions = await tx.query<Omit<Action, 'updates' | 'milestones'>>(
		`select a.id, a.priority_id, a.title, a.description, a.status, coalesce(a.owner_organisation, a.owner) as owner,
				a.owner_role, a.progress, a.due_on, a.outcome,
				a.evidence_url, a.thrive, a.source_file, a.status_changed_at,
				(select count(*)::int from public.you_said_actions ya
					join public.you_said y on y.id = ya.you_said_id where ya.action_id = a.id) as answers
			 from public.actions a where a.area_id = $1 order by a.position, a.created_at`,
		[areaId]
	);
	const updates = await tx.query<ActionUpdate & { action_id: string }>(
		`select id, action_id, happened_on, period, body, evidence_url from public.action_updates
			 where area_id = $1 order by happened_on nulls last, seed_key, created_at`,
		[areaId]
	);
	const milestones = await tx.query<ActionMilestone & { action_id: string }>(
		`select id, action_id, title, due_on, done_on from public.action_milestones
			 where area_id = $1 order by position, due_on nulls last, created_at`,
		[areaId]
	);
	const updatesByAction = group(updates.rows, (u) => u.action_id);
	const milestonesByAction = group(milestones.rows, (m) => m.action_id);
	const actionsByPriority = group(
		actions.rows.map((a) => ({
			...a,
			updates: updatesByAction.get(a.id) ?? [],
			milestones: (milestonesByAction.get(a.id) ?? []).map(({ action_id: _, ...m }) => m)
		})),
		(a) => a.priority_id
	);
	const prioritiesByPlan = group(
		priorities.rows.map((p) => ({ ...p, actions: actionsByPriority.get(p.id) ?? [] })),
		(p) => p.plan_id
	);
	return plans.rows.map((plan) => ({ ...plan, priorities: prioritiesByPlan.get(plan.id) ?? [] }));
}

export interface PriorityDetail extends Priority {
	plan: { id: string; title: string; period: string };
}

export async function priority(tx: Tx, areaId: string, priorityId: string): Promise<PriorityDetail | null> {
	const plans = await forArea(tx, areaId);
	for (const plan of plans)
		for (const p of plan.priorities)
			if (p.id === priorityId) return { ...p, plan: { id: plan.id, title: plan.title, period: plan.period } };
	return null;
}

export function group<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
	const map = new Map<K, T[]>();
	for (const row of rows) {
		const k = key(row);
		const list = map.get(k);
		if (list) list.push(row);
		else map.set(k, [row]);
	}
	return map;
}

/** A priority as a choice: enough to name it in a form or next to what links to it. */
export interface PriorityChoice {
	id: string;
	number: number;
	title: string;
	plan_id: string;
	plan_title: string;
	plan_period: string;
}

/**
 * Every priority of an area's plans that the caller may read (staff: every plan; the public:
 * published ones), newest plan first and in document order within a plan.
 */
export async function priorityChoices(tx: Tx, areaId: string): Promise<PriorityChoice[]> {
	const { rows } = await tx.query<PriorityChoice>(
		`select p.id, p.number, p.title, pl.id as plan_id, pl.title as plan_title, pl.period as plan_period
		 from public.priorities p join public.plans pl on pl.id = p.plan_id and pl.area_id = p.area_id
		 where p.area_id = $1 order by pl.period desc, pl.title, p.number`,
		[areaId]
	);
	return rows;
}
