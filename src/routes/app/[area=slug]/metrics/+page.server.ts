import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as metrics from '$lib/server/services/metrics';
import type { PageServerLoad } from './$types';

import { METRIC_EDITORS } from './access';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, [...METRIC_EDITORS]);
	const series = await asStaff(event, (tx) => metrics.forArea(tx, area.id));
	return {
		series: series.map((s) => ({
			id: s.id,
			title: s.title,
			geography: s.geography,
			published: s.published,
			linked: s.priority_ids.length > 0,
			latest: [...s.points].reverse().find((p) => p.value !== null) ?? null,
			unit: s.unit
		}))
	};
}) satisfies PageServerLoad;
