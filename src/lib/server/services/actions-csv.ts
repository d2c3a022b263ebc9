/**
 * The CSV export of an area's actions and the all-or-nothing import of progress (re-exported by
 * services/actions.ts).
 */
import { createHash } from 'node:crypto';
import type { Tx } from '../db/types';
import type { ActionStatus } from '../../status';
import { CSV_COLUMNS, csvRowSchema, outcomeProblem, type CsvColumn } from '../../schemas/actions';
import { parseCsv, unguardCell, CsvParseError } from '../csv-parse';
import type { CsvCell } from '../csv';
import { CAN_EDIT, LATEST_UPDATE, OWNER } from './actions-sql';

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
