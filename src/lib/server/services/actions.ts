/**
 * Actions ("We did") for an area's staff: the list by priority, one action with its milestones,
 * progress updates and linked "You said" statements, the changes staff make to them, and (from
 * actions-csv.ts) the CSV export and all-or-nothing import of progress. Row-level security
 * decides what each person may read and change; `can_edit` / `can_manage` ask the same database
 * helpers so pages only offer what will be allowed.
 */
import type { Tx } from '../db/types';
import type { ActionStatus } from '../../status';
import {
	type CreateInput,
	type DetailsInput,
	type MilestoneInput,
	type OwnerType,
	type ProgressInput,
	type UpdateInput
} from '../../schemas/actions';
import { MANAGE, CAN_EDIT, OWNER } from './actions-sql';
export * from './actions-csv';

export interface ActionSummary {
	id: string;
	plan_id: string;
	plan_title: string;
	plan_period: string;
	priority_id: string;
	priority_number: number;
	priority_title: string;
	title: string;
	status: ActionStatus;
	owner: string | null;
	owner_type: OwnerType | null;
	owner_role: string | null;
	progress: number | null;
	due_on: string | null;
	updated_at: Date;
	milestones: number;
	milestones_done: number;
	can_edit: boolean;
}

export interface ListFilters {
	status?: ActionStatus | null;
	owner?: string | null;
	/** Only the actions the caller may change (partners see nothing else). */
	editable?: boolean;
}

/** The area's actions in plan and priority order, filtered. */
export async function list(tx: Tx, areaId: string, filters: ListFilters = {}): Promise<ActionSummary[]> {
	const { rows } = await tx.query<ActionSummary>(
		`select a.id, pl.id as plan_id, pl.title as plan_title, pl.period as plan_period,
			p.id as priority_id, p.number as priority_number, p.title as priority_title,
			a.title, a.status, ${OWNER} as owner, a.owner_type, a.owner_role, a.progress, a.due_on, a.updated_at,
			(select count(*)::int from public.action_milestones m where m.action_id = a.id) as milestones,
			(select count(*)::int from public.action_milestones m where m.action_id = a.id and m.done_on is not null) as milestones_done,
			${CAN_EDIT} as can_edit
		 from public.actions a
		 join public.priorities p on p.id = a.priority_id
		 join public.plans pl on pl.id = p.plan_id
		 where a.area_id = $1
			and ($2::public.action_status is null or a.status = $2)
			and ($3::text is null or ${OWNER} = $3)
			and (not $4 or ${CAN_EDIT})
		 order by pl.period desc, pl.title, p.number, a.position, a.created_at`,
		[areaId, filters.status ?? null, filters.owner ?? null, filters.editable ?? false]
	);
	return rows;
}

/** Every owner named on the area's actions, for the filter, with how many actions each has. */
export async function owners(tx: Tx, areaId: string, editable = false): Promise<{ owner: string; actions: number }[]> {
	const { rows } = await tx.query<{ owner: string; actions: number }>(
		`select ${OWNER} as owner, count(*)::int as actions from public.actions a
		 where a.area_id = $1 and ${OWNER} is not null and (not $2 or ${CAN_EDIT})
		 group by 1 order by 1`,
		[areaId, editable]
	);
	return rows;
}

export interface Milestone {
	id: string;
	title: string;
	due_on: string | null;
	done_on: string | null;
}

export interface Update {
	id: string;
	happened_on: string | null;
	period: string | null;
	body: string;
	evidence_url: string | null;
	created_at: Date;
	by_you: boolean;
}

export interface LinkedStatement {
	id: string;
	statement: string;
	status: 'draft' | 'agreed' | 'published' | 'archived';
}

export interface ActionDetail extends ActionSummary {
	description: string;
	/** The owner as the plan document names it (matched against partners' organisations). */
	owner_as_planned: string | null;
	owner_organisation: string | null;
	outcome: string | null;
	evidence_url: string | null;
	status_changed_at: Date | null;
	source_file: string | null;
	/** When the youth board confirmed what changed matches what young people said (done only). */
	done_confirmed_at: Date | null;
	can_manage: boolean;
	milestones_list: Milestone[];
	updates: Update[];
	statements: LinkedStatement[];
}

/** One action of the area with everything its page shows, or null when there is none to read. */
export async function get(tx: Tx, areaId: string, id: string): Promise<ActionDetail | null> {
	const { rows } = await tx.query<Omit<ActionDetail, 'milestones_list' | 'updates' | 'statements'>>(
		`select a.id, pl.id as plan_id, pl.title as plan_title, pl.period as plan_period,
			p.id as priority_id, p.number as priority_number, p.title as priority_title,
			a.title, a.description, a.status, ${OWNER} as owner, a.owner as owner_as_planned, a.owner_type,
			a.owner_organisation, a.owner_role, a.progress, a.due_on, a.updated_at, a.outcome, a.evidence_url,
			a.status_changed_at, a.source_file, a.done_confirmed_at,
			(select count(*)::int from public.action_milestones m where m.action_id = a.id) as milestones,
			(select count(*)::int from public.action_milestones m where m.action_id = a.id and m.done_on is not null) as milestones_done,
			${CAN_EDIT} as can_edit, ${MANAGE} as can_manage
		 from public.actions a
		 join public.priorities p on p.id = a.priority_id
		 join public.plans pl on pl.id = p.plan_id
		 where a.area_id = $1 and a.id = $2`,
		[areaId, id]
	);
	const action = rows[0];
	if (!action) return null;
	const milestones = await tx.query<Milestone>(
		`select id, title, due_on, done_on from public.action_milestones
		 where area_id = $1 and action_id = $2 order by position, due_on nulls last, created_at`,
		[areaId, id]
	);
	const updates = await tx.query<Update>(
		`select id, happened_on, period, body, evidence_url, created_at, coalesce(created_by = auth.uid(), false) as by_you
		 from public.action_updates where area_id = $1 and action_id = $2
		 order by happened_on desc nulls last, created_at desc, seed_key desc nulls first`,
		[areaId, id]
	);
	const statements = await tx.query<LinkedStatement>(
		`select y.id, y.statement, y.status from public.you_said_actions ya
		 join public.you_said y on y.id = ya.you_said_id
		 where ya.area_id = $1 and ya.action_id = $2 order by y.position, y.created_at`,
		[areaId, id]
	);
	return { ...action, milestones_list: milestones.rows, updates: updates.rows, statements: statements.rows };
}

/** The area's statements an action could answer, for the link form. */
export async function statementChoices(tx: Tx, areaId: string): Promise<LinkedStatement[]> {
	const { rows } = await tx.query<LinkedStatement>(
		`select id, statement, status from public.you_said where area_id = $1 and status <> 'archived'
		 order by status = 'published' desc, position, created_at`,
		[areaId]
	);
	return rows;
}

/** A new action at the end of its priority; its id. */
export async function create(tx: Tx, areaId: string, input: CreateInput): Promise<string> {
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.actions (area_id, priority_id, position, title, description, owner_type, owner_organisation,
			owner_role, due_on, status, progress, outcome, evidence_url)
		 select $1, $2, coalesce((select max(position) + 1 from public.actions where priority_id = $2), 0),
			$3, $4, $5, $6, $7, $8, $9, $10, $11, $12
		 returning id`,
		[
			areaId,
			input.priority_id,
			input.title,
			input.description,
			input.owner_type,
			input.owner_organisation,
			input.owner_role,
			input.due_on,
			input.status,
			input.progress,
			input.outcome,
			input.evidence_url
		]
	);
	return rows[0]!.id;
}

/** Changes what the action is and who owns it (commissioners and area admins). */
export async function updateDetails(tx: Tx, areaId: string, id: string, d: DetailsInput): Promise<boolean> {
	const { rows } = await tx.query(
		`update public.actions set priority_id = $3, title = $4, description = $5, owner_type = $6,
			owner_organisation = $7, owner_role = $8, due_on = $9
		 where area_id = $1 and id = $2 returning 1`,
		[areaId, id, d.priority_id, d.title, d.description, d.owner_type, d.owner_organisation, d.owner_role, d.due_on]
	);
	return rows.length === 1;
}

/** Records how far the action has got. False when the caller may not change it. */
export async function updateProgress(tx: Tx, areaId: string, id: string, p: ProgressInput): Promise<boolean> {
	const { rows } = await tx.query(
		`update public.actions set status = $3, progress = $4, outcome = $5, evidence_url = $6
		 where area_id = $1 and id = $2 returning 1`,
		[areaId, id, p.status, p.progress, p.outcome, p.evidence_url]
	);
	return rows.length === 1;
}

export async function addMilestone(tx: Tx, areaId: string, actionId: string, m: MilestoneInput): Promise<string> {
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.action_milestones (area_id, action_id, title, due_on, done_on, position)
		 select $1, $2, $3, $4, $5, coalesce((select max(position) + 1 from public.action_milestones where action_id = $2), 0)
		 returning id`,
		[areaId, actionId, m.title, m.due_on, m.done_on]
	);
	return rows[0]!.id;
}

export async function updateMilestone(
	tx: Tx,
	areaId: string,
	actionId: string,
	id: string,
	m: MilestoneInput
): Promise<boolean> {
	const { rows } = await tx.query(
		`update public.action_milestones set title = $4, due_on = $5, done_on = $6
		 where area_id = $1 and action_id = $2 and id = $3 returning 1`,
		[areaId, actionId, id, m.title, m.due_on, m.done_on]
	);
	return rows.length === 1;
}

export async function deleteMilestone(tx: Tx, areaId: string, actionId: string, id: string): Promise<boolean> {
	const { rows } = await tx.query(
		`delete from public.action_milestones where area_id = $1 and action_id = $2 and id = $3 returning 1`,
		[areaId, actionId, id]
	);
	return rows.length === 1;
}

/** A dated progress update, with a link to its evidence. */
export async function addUpdate(tx: Tx, areaId: string, actionId: string, u: UpdateInput): Promise<string> {
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.action_updates (area_id, action_id, happened_on, body, evidence_url)
		 values ($1, $2, $3, $4, $5) returning id`,
		[areaId, actionId, u.happened_on, u.body, u.evidence_url]
	);
	return rows[0]!.id;
}

export async function link(tx: Tx, areaId: string, actionId: string, youSaidId: string): Promise<void> {
	await tx.query(
		`insert into public.you_said_actions (you_said_id, action_id, area_id) values ($1, $2, $3) on conflict do nothing`,
		[youSaidId, actionId, areaId]
	);
}

export async function unlink(tx: Tx, areaId: string, actionId: string, youSaidId: string): Promise<boolean> {
	const { rows } = await tx.query(
		`delete from public.you_said_actions where area_id = $1 and action_id = $2 and you_said_id = $3 returning 1`,
		[areaId, actionId, youSaidId]
	);
	return rows.length === 1;
}

/**
 * The youth board's second key for "done" (issue 18): true once confirmed; false when the action
 * is not done or says nothing about what changed. Refused (42501) for anyone but the area's youth board.
 */
export async function confirmDone(tx: Tx, actionId: string): Promise<boolean> {
	const { rows } = await tx.query<{ ok: boolean }>('select app.confirm_done($1) as ok', [actionId]);
	return rows[0]?.ok ?? false;
}
