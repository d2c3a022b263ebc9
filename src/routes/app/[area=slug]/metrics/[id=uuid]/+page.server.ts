import { error } from '@sveltejs/kit';
import { failure } from '$lib/forms';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as metrics from '$lib/server/services/metrics';
import { METRIC_EDITORS } from '../access';
import type { Actions, PageServerLoad } from './$types';

const MAX_CSV = 200_000;
const field = (data: FormData, name: string) => String(data.get(name) ?? '').slice(0, 1000);

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, [...METRIC_EDITORS]);
	const [series] = await asStaff(event, (tx) => metrics.forArea(tx, area.id, { seriesId: event.params.id }));
	if (!series) error(404, 'We could not find that measure');
	return { series, columns: [...metrics.CSV_COLUMNS] };
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
		const data = await event.request.formData();
		const file = data.get('file');
		let csv = String(data.get('csv') ?? '');
		if (file instanceof File && file.size > 0) {
			if (file.size > MAX_CSV) return failure(400, 'csv', { csv: 'The file must be smaller than 200 KB' });
			csv = await file.text();
		}
		if (csv.length > MAX_CSV) return failure(400, 'csv', { csv: 'Keep the values under 200 KB' });
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
