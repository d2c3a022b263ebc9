/**
 * Actions ("We did") for an area's staff: the list by priority, one action with its milestones,
 * progress updates and linked "You said" statements, the changes staff make to them, and the CSV
 * export and all-or-nothing import of progress. Row-level security decides what each person may
 * read and change; `can_edit` / `can_manage` ask the same database helpers so pages only offer
 * what will be allowed.
 */
import { createHash } from 'node:crypto';
import type { Tx } from '../db/types';
import type { ActionStatus } from '../../status';
import {
	CSV_COLUMNS,
	csvRowSchema,
	outcomeProblem,
	type CreateInput,
	type CsvColumn,
	type DetailsInput,
	type MilestoneInput,
	type OwnerType,
	type ProgressInput,
	type UpdateInput
} from '../../schemas/actions';
import { parseCsv, unguardCell, CsvParseError } from '../csv-parse';
import type { CsvCell } from '../csv';

const MANAGE = `app.can_manage_plans(a.area_id)`;
const CAN_EDIT = `(${MANAGE} or app.is_partner_for(a.area_id, a.owner))`;
/** The owner as people should read it: the recorded organisation, else the plan's wording. */
const OWNER = `coalesce(a.owner_organisation, a.owner)`;
const LATEST_UPDATE = `(select u.body from public.action_updates u where u.action_id = a.id
	order by u.happened_on desc nulls last, u.created_at desc, u.seed_key desc nulls first limit 1)`;

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
			a.status_changed_at, a.source_file,
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

// CSV export and import --------------------------------------------------------------------------

interface CsvCurrent {
	id: string;
	priority_number: number;
	title: string;
	owner: string | null;
	owner_role: string | null;
	status: ActionStatus;
	progress: number | null;
	outcome: string | null;
	latest_update: string | null;
	evidence_url: string | null;
	can_edit: boolean;
}

async function csvCurrent(tx: Tx, areaId: string, editable: boolean): Promise<CsvCurrent[]> {
	const { rows } = await tx.query<CsvCurrent>(
		`select a.id, p.number as priority_number, a.title, ${OWNER} as owner, a.owner_role, a.status, a.progress,
			a.outcome, ${LATEST_UPDATE} as latest_update, a.evidence_url, ${CAN_EDIT} as can_edit
		 from public.actions a
		 join public.priorities p on p.id = a.priority_id
		 join public.plans pl on pl.id = p.plan_id
		 where a.area_id = $1 and (not $2 or ${CAN_EDIT})
		 order by pl.period desc, pl.title, p.number, a.position, a.created_at`,
		[areaId, editable]
	);
	return rows;
}

/** The export: one row per action, in the columns an import reads back. */
export async function exportRows(
	tx: Tx,
	areaId: string,
	editable: boolean
): Promise<{ header: string[]; rows: CsvCell[][] }> {
	const rows = (await csvCurrent(tx, areaId, editable)).map((a) => [
		a.id,
		a.priority_number,
		a.title,
		a.owner,
		a.owner_role,
		a.status,
		a.progress,
		a.outcome,
		a.latest_update,
		a.evidence_url
	]);
	return { header: [...CSV_COLUMNS], rows };
}

export interface ImportChange {
	field: CsvColumn;
	from: string;
	to: string;
}

export interface ImportRow {
	/** The spreadsheet row: 1 is the header, so the first action is row 2. */
	row: number;
	id: string | null;
	title: string;
	changes: ImportChange[];
	errors: { field: CsvColumn | 'row'; message: string }[];
}

export interface ImportPlan {
	/** Problems with the file as a whole (not CSV, wrong header): nothing else is checked. */
	fileErrors: string[];
	rows: ImportRow[];
	/** Rows with every cell empty, which spreadsheets often leave at the end. */
	blankRows: number[];
	errorCount: number;
	changeCount: number;
	/** Identifies exactly these changes from these values, so an apply can tell if anything moved since. */
	fingerprint: string;
	/** What an apply writes, per action. */
	writes: ImportWrite[];
}

interface ImportWrite {
	id: string;
	set: Partial<
		Record<
			'status' | 'progress' | 'outcome' | 'evidence_url' | 'owner_organisation' | 'owner_role',
			string | number | null
		>
	>;
	update: string | null;
}

const show = (v: string | number | null | undefined) =>
	v === null || v === undefined || v === '' ? '(empty)' : String(v);

/**
 * Reads an edited export and compares every row with the database: what would change, and every
 * problem by row and column. Writes nothing.
 */
export async function planImport(
	tx: Tx,
	areaId: string,
	csv: string,
	{ canManage }: { canManage: boolean }
): Promise<ImportPlan> {
	const plan: ImportPlan = {
		fileErrors: [],
		rows: [],
		blankRows: [],
		errorCount: 0,
		changeCount: 0,
		fingerprint: '',
		writes: []
	};
	let records: string[][];
	try {
		records = parseCsv(csv);
	} catch (e) {
		if (e instanceof CsvParseError) {
			plan.fileErrors.push(`This is not a CSV file we can read. ${e.message}`);
			return finish(plan);
		}
		throw e;
	}
	const header = records[0]?.map((h) => h.trim().toLowerCase());
	if (!header || header.every((h) => h === '')) {
		plan.fileErrors.push('The file is empty. Download the export, change it and upload it again.');
		return finish(plan);
	}
	if (header.length !== CSV_COLUMNS.length || header.some((h, i) => h !== CSV_COLUMNS[i])) {
		plan.fileErrors.push(`Row 1 must be the export’s header, in this order: ${CSV_COLUMNS.join(', ')}.`);
		return finish(plan);
	}
	const current = new Map((await csvCurrent(tx, areaId, false)).map((a) => [a.id, a]));
	const seen = new Map<string, number>();

	for (const [index, record] of records.slice(1).entries()) {
		const rowNumber = index + 2;
		if (record.every((cell) => cell.trim() === '')) {
			plan.blankRows.push(rowNumber);
			continue;
		}
		const row: ImportRow = { row: rowNumber, id: null, title: record[2]?.trim() ?? '', changes: [], errors: [] };
		plan.rows.push(row);
		if (record.length !== CSV_COLUMNS.length) {
			row.errors.push({
				field: 'row',
				message: `This row has ${record.length} cells but the header has ${CSV_COLUMNS.length}`
			});
			continue;
		}
		// Line breaks inside a cell as the database keeps them, whatever the spreadsheet saved.
		const values = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, unguardCell(record[i]!).replace(/\r\n?/g, '\n')]));
		const parsed = csvRowSchema.safeParse(values);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				row.errors.push({ field: (issue.path[0] as CsvColumn | undefined) ?? 'row', message: issue.message });
			continue;
		}
		const r = parsed.data;
		row.id = r.id;
		const now = current.get(r.id);
		if (!now) {
			row.errors.push({ field: 'id', message: 'No action in this area has this id. Keep the id from the export.' });
			continue;
		}
		row.title = now.title;
		// Compared as a spreadsheet shows them: surrounding spaces do not count.
		const was = (v: string | null) => v?.trim() || null;
		const earlier = seen.get(r.id);
		if (earlier) {
			row.errors.push({ field: 'id', message: `This action is already in row ${earlier}. Keep one row per action.` });
			continue;
		}
		seen.set(r.id, rowNumber);
		if (!now.can_edit) {
			row.errors.push({ field: 'id', message: 'You cannot change this action: your organisation does not own it' });
			continue;
		}
		if (r['priority number'] !== String(now.priority_number))
			row.errors.push({
				field: 'priority number',
				message: `Keep priority ${now.priority_number}: move an action to another priority on its page`
			});
		if (r.title !== now.title.trim())
			row.errors.push({
				field: 'title',
				message: 'Keep the title from the export: change a title on the action’s page'
			});

		const write: ImportWrite = { id: r.id, set: {}, update: null };
		const change = (
			field: CsvColumn,
			column: keyof ImportWrite['set'],
			from: string | number | null,
			to: string | number | null
		) => {
			if ((from ?? null) === (to ?? null)) return;
			row.changes.push({ field, from: show(from), to: show(to) });
			write.set[column] = to;
		};
		const owner = r['owner organisation'] || null;
		const role = r['owner role'] || null;
		if (owner !== was(now.owner) || role !== was(now.owner_role)) {
			if (!canManage) {
				row.errors.push({
					field: owner !== was(now.owner) ? 'owner organisation' : 'owner role',
					message: 'Only commissioners and area admins can change who owns an action'
				});
			} else {
				if (!owner)
					row.errors.push({ field: 'owner organisation', message: 'Enter the organisation that owns this action' });
				// Recording the organisation makes it the owner partners are matched on.
				change('owner organisation', 'owner_organisation', was(now.owner), owner);
				change('owner role', 'owner_role', was(now.owner_role), role);
			}
		}
		change('status', 'status', now.status, r.status);
		change('progress', 'progress', now.progress, r.progress);
		change('what changed / reason', 'outcome', was(now.outcome), r['what changed / reason']);
		change('evidence url', 'evidence_url', was(now.evidence_url), r['evidence url']);
		// The database's rule, checked only where this row changes it (seeded done actions without
		// an outcome pass through an unchanged round trip, as they do in the database).
		if (r.status !== now.status || r['what changed / reason'] !== was(now.outcome)) {
			const problem = outcomeProblem(r.status, r['what changed / reason']);
			if (problem) row.errors.push({ field: 'what changed / reason', message: problem });
		}
		const latest = r['latest update'];
		if (latest !== '' && latest !== (now.latest_update ?? '').trim()) {
			row.changes.push({
				field: 'latest update',
				from: show(now.latest_update),
				to: `new update dated today: ${latest}`
			});
			write.update = latest;
		}
		if (row.errors.length === 0 && row.changes.length) plan.writes.push(write);
	}
	return finish(plan);
}

function finish(plan: ImportPlan): ImportPlan {
	plan.errorCount = plan.fileErrors.length + plan.rows.reduce((n, r) => n + r.errors.length, 0);
	plan.changeCount = plan.rows.reduce((n, r) => n + r.changes.length, 0);
	plan.fingerprint = createHash('sha256')
		.update(JSON.stringify(plan.rows.map((r) => [r.row, r.id, r.changes, r.errors])))
		.digest('hex');
	return plan;
}

const SETTABLE = new Set(['status', 'progress', 'outcome', 'evidence_url', 'owner_organisation', 'owner_role']);

export class ImportRejected extends Error {}

/**
 * Applies a checked plan in the caller's transaction: every write or none. Throws ImportRejected
 * when the plan has errors or a row can no longer be changed, so the transaction rolls back.
 */
export async function applyImport(
	tx: Tx,
	areaId: string,
	plan: ImportPlan
): Promise<{ actions: number; updates: number }> {
	if (plan.errorCount > 0) throw new ImportRejected('The file has problems: nothing was changed.');
	let updates = 0;
	for (const w of plan.writes) {
		const columns = Object.keys(w.set).filter((c) => SETTABLE.has(c));
		if (columns.length) {
			// Column names come from the fixed list above, never from the file.
			const assignments = columns.map((c, i) => `${c} = $${i + 3}`).join(', ');
			const { rows } = await tx.query(
				`update public.actions set ${assignments} where area_id = $1 and id = $2 returning 1`,
				[areaId, w.id, ...columns.map((c) => w.set[c as keyof ImportWrite['set']])]
			);
			if (rows.length !== 1) throw new ImportRejected(`Action ${w.id} could not be changed: nothing was changed.`);
		}
		if (w.update) {
			await tx.query(
				`insert into public.action_updates (area_id, action_id, happened_on, body) values ($1, $2, current_date, $3)`,
				[areaId, w.id, w.update]
			);
			updates++;
		}
	}
	return { actions: plan.writes.length, updates };
}
