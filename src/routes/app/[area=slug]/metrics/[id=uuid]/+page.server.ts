import { error } from '@sveltejs/kit';
import { failure } from '$lib/forms';
import { readForm } from '$lib/server/forms';
import { METRIC_CSV_MAX_BYTES, kb } from '$lib/limits';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as metrics from '$lib/server/services/metrics';
import { METRIC_EDITORS } from '../access';
import type { Actions, PageServerLoad } from './$types';

const MAX_CSV = METRIC_CSV_MAX_BYTES;
const TOO_BIG = `Keep the values to ${kb(MAX_CSV)} or less: send them in parts`;
const field = (data: FormData, name: string) => String(data.get(name) ?? '').slice(0, 1000);

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, [...METRIC_EDITORS]);
	const [series] = await asStaff(event, (tx) => metrics.forArea(tx, area.id, { seriesId: event.params.id }));
	if (!series) error(404, 'We could not find that measure');
	return { series, columns: [...metrics.CSV_COLUMNS], maxSize: kb(MAX_CSV) };
}) satisfies PageServerLoad;

export const actions = {
	add: async (event) => {
		const { area } = requireArea(event, event.params.area, [...METRIC_EDITORS]);
		const data = await event.request.formData();
		const values = Object.fromEntries(['period', 'period_end', 'value', 'target'].map((k) => [k, field(data, k)]));
		const checked = metrics.checkValue(values);
		if ('errors' in checked) return failure(400, 'add', checked.errors, values);
		await asStaff(event, (tx) => metrics.saveValue(tx, area.id, event.params.id, checked.ok));
		return { form: 'add', saved: 1 };
	},

	csv: async (event) => {
		const { area } = requireArea(event, event.params.area, [...METRIC_EDITORS]);
		// The values, and the file's copy of them, with room for the form around them.
		const data = await readForm(event.request, 2 * MAX_CSV + 10_000);
		if (!data) return failure(413, 'csv', { csv: TOO_BIG });
		const file = data.get('file');
		let csv = String(data.get('csv') ?? '');
		if (file instanceof File && file.size > 0) {
			if (file.size > MAX_CSV) return failure(413, 'csv', { csv: TOO_BIG });
			csv = await file.text();
		}
		if (Buffer.byteLength(csv) > MAX_CSV) return failure(413, 'csv', { csv: TOO_BIG }, { csv: csv.slice(0, MAX_CSV) });
		if (!csv.trim()) return failure(400, 'csv', { csv: 'Paste the values, or choose a CSV file' }, { csv });
		const { values, problems } = metrics.readValuesCsv(csv);
		if (problems.length)
			return failure(
				400,
				'csv',
				{
					csv: `${problems.length} problem${problems.length === 1 ? '' : 's'} in the values: nothing was saved`,
					// Each problem by row, for the summary and the list under the box.
					...Object.fromEntries(problems.map((p, i) => [`problem-${i}`, `Row ${p.row}, ${p.field}: ${p.message}`]))
				},
				{ csv }
			);
		// All or nothing: one transaction.
		await asStaff(event, async (tx) => {
			for (const v of values) await metrics.saveValue(tx, area.id, event.params.id, v);
		});
		return { form: 'csv', saved: values.length };
	}
} satisfies Actions;
