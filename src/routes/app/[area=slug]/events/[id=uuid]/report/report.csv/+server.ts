import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as events from '$lib/server/services/events';
import * as report from '$lib/server/services/event-report';
import { csvDownload, fileNamePart } from '$lib/server/csv';
import type { RequestHandler } from './$types';

/**
 * Every contribution to the event as spreadsheet-safe CSV, one row each: redacted words (never
 * the originals, nothing withdrawn) and ratings. Staff only: it has each contribution's role and
 * age band, so it is not for publication.
 */
export const GET: RequestHandler = async (event) => {
	const { area } = requireArea(event, event.params.area, 'read_feedback');
	const out = await asStaff(event, async (tx) => {
		const e = await events.get(tx, area.id, event.params.id);
		if (!e) return null;
		return { event: e, ...(await report.exportContributions(tx, e)) };
	});
	if (!out) error(404, 'We could not find that event');
	return csvDownload(out, `${fileNamePart(out.event.name, 'event')}-contributions.csv`);
};
