import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as report from '$lib/server/services/event-report';
import { csvDownload } from '$lib/server/csv';
import { financialYear, londonToday, periodSchema } from '$lib/schemas/engagement';
import type { RequestHandler } from './$types';

/** The engagement summary's table as spreadsheet-safe CSV: one row per event or survey. */
export const GET: RequestHandler = async (event) => {
	const { area } = requireArea(event, event.params.area, 'read_feedback');
	const q = event.url.searchParams;
	const given = q.has('from') || q.has('to');
	const parsed = periodSchema.safeParse(
		given ? { from: q.get('from') ?? '', to: q.get('to') ?? '' } : financialYear(londonToday())
	);
	if (!parsed.success) error(400, parsed.error.issues[0]?.message ?? 'Check the dates');
	const summary = await asStaff(event, (tx) => report.areaSummary(tx, area.id, parsed.data.from, parsed.data.to));
	return csvDownload(report.summaryCsv(summary), `${area.slug}-engagement-${summary.from}-to-${summary.to}.csv`);
};
