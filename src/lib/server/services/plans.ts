import type { Tx } from '../db';

import type { ActionStatus } from '../../status';
export type { ActionStatus };

export interface ActionUpdate {
	id: string;
	happened_on: string | null;
	period: string | null;
	body: string;
}

export interface Action {
	id: string;
	priority_id: string;
	title: string;
	description: string;
	status: ActionStatus;
	owner: string | null;
	due_on: string | null;
	outcome: string | null;
	evidence_url: string | null;
	thrive: string[];
	source_file: string | null;
	status_changed_at: Date | null;
	updates: ActionUpdate[];
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
	const actions = await tx.query<Omit<Action, 'updates'>>(
			`select a.id, a.priority_id, a.title, a.description, a.status, a.owner, a.due_on, a.outcome,
				a.evidence_url, a.thrive, a.source_file, a.status_changed_at,
				(select count(*)::int from public.you_said_actions ya
					join public.you_said y on y.id = ya.you_said_id where ya.action_id = a.id) as answers
			 from public.actions a where a.area_id = $1 order by a.position, a.created_at`,
			[areaId]
		);
	const updates = await tx.query<ActionUpdate & { action_id: string }>(
			`select id, action_id, happened_on, period, body from public.action_updates
			 where area_id = $1 order by happened_on nulls last, seed_key`,
			[areaId]
		);
	const updatesByAction = group(updates.rows, (u) => u.action_id);
	const actionsByPriority = group(
		actions.rows.map((a) => ({ ...a, updates: updatesByAction.get(a.id) ?? [] })),
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

