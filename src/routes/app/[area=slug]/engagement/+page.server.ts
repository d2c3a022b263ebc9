import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as report from '$lib/server/services/event-report';
import { fieldErrors } from '$lib/forms';
import { financialYear, londonToday, periodSchema } from '$lib/schemas/engagement';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, 'read_feedback');
	const q = event.url.searchParams;
	const year = financialYear(londonToday());
	// No dates at all: the current financial year. Anything typed is checked and kept as typed.
	const given = q.has('from') || q.has('to');
	const values = given ? { from: q.get('from') ?? '', to: q.get('to') ?? '' } : year;
	const parsed = periodSchema.safeParse(values);
	if (!parsed.success) return { values, errors: fieldErrors(parsed.error), summary: null, financialYear: year };
	const summary = await asStaff(event, (tx) => report.areaSummary(tx, area.id, parsed.data.from, parsed.data.to));
	return { values, errors: null, summary, financialYear: year };
}) satisfies PageServerLoad;
