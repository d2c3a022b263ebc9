/**
 * Metric series (issue 15, item 2): the numbers beside what people told us. Reading them for the
 * board (as `anon`, published series only, by priority and theme), and officers adding values by
 * form or CSV (as themselves: row-level security lets only the area's staff write).
 */
import type { Tx } from '../db/types';
import { parseCsv, CsvParseError } from '../csv-parse';
import { metricValueInput, type MetricUnit, type MetricValueInput } from '../../schemas/metrics';
import { metricSentence } from '../../metrics-format';

export interface MetricPoint {
	period_label: string;
	period_end: string;
	value: number | null;
	target: number | null;
	note: string | null;
}

export interface MetricSeries {
	id: string;
	title: string;
	definition: string;
	phrase: string | null;
	unit: MetricUnit;
	geography: string;
	direction: 'higher' | 'lower' | null;
	source_file: string | null;
	source_title: string | null;
	source_section: string | null;
	published: boolean;
	priority_ids: string[];
	theme_ids: string[];
	points: MetricPoint[];
	/** One plain sentence about the latest value and its target. */
	sentence: string;
	updated_at: Date;
}

/** Every series of an area the caller may read, with its values oldest first (one query). */
export async function forArea(tx: Tx, areaId: string, only?: { seriesId?: string }): Promise<MetricSeries[]> {
	const series = await tx.query<Omit<MetricSeries, 'sentence'>>(
		`select s.id, s.title, s.definition, s.phrase, s.unit, s.geography, s.direction, s.source_file,
			d.title as source_title, s.source_section, s.published, s.updated_at,
			coalesce((select array_agg(mp.priority_id::text) from public.metric_priorities mp where mp.series_id = s.id), '{}') as priority_ids,
			coalesce((select array_agg(mt.theme_id) from public.metric_themes mt where mt.series_id = s.id), '{}') as theme_ids,
			coalesce((select json_agg(json_build_object('period_label', v.period_label, 'period_end', v.period_end::text,
					'value', v.value, 'target', v.target, 'note', v.note) order by v.period_end)
				from public.metric_values v where v.series_id = s.id), '[]') as points
		 from public.metric_series s
		 left join public.source_documents d on d.area_id = s.area_id and d.file = s.source_file
		 where s.area_id = $1 and ($2::uuid is null or s.id = $2)
		 order by s.seed_key nulls last, s.created_at, s.id`,
		[areaId, only?.seriesId ?? null]
	);
	return series.rows.map((s) => ({ ...s, sentence: metricSentence(s, s.points) }));
}

/** The published series linked to some priority or theme, as the board shows them. */
export async function forBoard(tx: Tx, areaId: string): Promise<MetricSeries[]> {
	return (await forArea(tx, areaId)).filter((s) => s.published && (s.priority_ids.length || s.theme_ids.length));
}

export class MetricInputError extends Error {
	constructor(readonly fields: Record<string, string>) {
		super(Object.values(fields).join('; '));
	}
}

/** Checks one typed value: field -> message for each problem, or the parsed value. */
export function checkValue(raw: Record<string, string>): { ok: MetricValueInput } | { errors: Record<string, string> } {
	const parsed = metricValueInput.safeParse(raw);
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
		return { errors };
	}
	if (parsed.data.value === null && parsed.data.target === null)
		return { errors: { value: 'Give a value, a target, or both' } };
	return { ok: parsed.data };
}

/** Adds a value, or replaces the one for the same period. */
export async function saveValue(tx: Tx, areaId: string, seriesId: string, v: MetricValueInput): Promise<void> {
	await tx.query(
		`insert into public.metric_values (area_id, series_id, period_label, period_end, value, target)
		 values ($1, $2, $3, $4, $5, $6)
		 on conflict (series_id, period_end) do update set period_label = excluded.period_label,
			value = excluded.value, target = excluded.target`,
		[areaId, seriesId, v.period, v.period_end, v.value, v.target]
	);
}

export const CSV_COLUMNS = ['period', 'period_end', 'value', 'target'] as const;

export interface CsvProblem {
	/** Spreadsheet row (1 is the header). */
	row: number;
	field: string;
	message: string;
}

/**
 * Reads a CSV of values for one series (columns period, period_end, value, target; header first).
 * Every problem is named by row and column; nothing is saved unless every row is right.
 */
export function readValuesCsv(csv: string): { values: MetricValueInput[]; problems: CsvProblem[] } {
	let records: string[][];
	try {
		records = parseCsv(csv);
	} catch (e) {
		if (e instanceof CsvParseError)
			return { values: [], problems: [{ row: e.row, field: 'file', message: e.message }] };
		throw e;
	}
	const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
	const missing = CSV_COLUMNS.filter((c) => c !== 'target' && !header.includes(c));
	if (!records.length || missing.length)
		return {
			values: [],
			problems: [{ row: 1, field: 'file', message: `The first row must name the columns: ${CSV_COLUMNS.join(', ')}` }]
		};
	const values: MetricValueInput[] = [];
	const problems: CsvProblem[] = [];
	const seen = new Map<string, number>();
	records.slice(1).forEach((cells, i) => {
		const row = i + 2;
		if (cells.every((c) => !c.trim())) return;
		const raw = Object.fromEntries(CSV_COLUMNS.map((c) => [c, cells[header.indexOf(c)] ?? '']));
		const checked = checkValue(raw);
		if ('errors' in checked) {
			for (const [field, message] of Object.entries(checked.errors)) problems.push({ row, field, message });
			return;
		}
		const earlier = seen.get(checked.ok.period_end);
		if (earlier) problems.push({ row, field: 'period_end', message: `Row ${earlier} is already for this period` });
		seen.set(checked.ok.period_end, row);
		values.push(checked.ok);
	});
	if (!values.length && !problems.length) problems.push({ row: 2, field: 'file', message: 'The file has no values' });
	return { values, problems };
}
