import { error, fail } from '@sveltejs/kit';
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
		if ('errors' in checked) return fail(400, { form: 'add', errors: checked.errors, values });
		await asStaff(event, (tx) => metrics.saveValue(tx, area.id, event.params.id, checked.ok));
		return { form: 'add', saved: 1 };
	},

	csv: async (event) => {
		const { area } = requireArea(event, event.params.area, [...METRIC_EDITORS]);
		const data = await event.request.formData();
		const file = data.get('file');
		let csv = String(data.get('csv') ?? '');
		if (file instanceof File && file.size > 0) {
			if (file.size > MAX_CSV)
				return fail(400, { form: 'csv', errors: { csv: 'The file must be smaller than 200 KB' }, csv: '' });
			csv = await file.text();
		}
		if (csv.length > MAX_CSV)
			return fail(400, { form: 'csv', errors: { csv: 'Keep the values under 200 KB' }, csv: '' });
		if (!csv.trim()) return fail(400, { form: 'csv', errors: { csv: 'Paste the values, or choose a CSV file' }, csv });
		const { values, problems } = metrics.readValuesCsv(csv);
		if (problems.length)
			return fail(400, {
				form: 'csv',
				errors: {
					csv: `${problems.length} problem${problems.length === 1 ? '' : 's'} in the values: nothing was saved`
				},
				problems,
				csv
			});
		// All or nothing: one transaction.
		await asStaff(event, async (tx) => {
			for (const v of values) await metrics.saveValue(tx, area.id, event.params.id, v);
		});
		return { form: 'csv', saved: values.length };
	}
} satisfies Actions;
