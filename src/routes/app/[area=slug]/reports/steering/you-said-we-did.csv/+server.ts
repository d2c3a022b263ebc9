import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as reports from '$lib/server/services/reports';
import { csvDownload } from '$lib/server/csv';
import { READERS } from '../../../trace/access';
import type { RequestHandler } from './$types';

/** The steering group report's "You said, we did" table as spreadsheet-safe CSV: one row per statement and linked action. */
export const GET: RequestHandler = async (event) => {
	const { area } = requireArea(event, event.params.area, READERS);
	const parsed = z.string().uuid().safeParse(event.url.searchParams.get('plan'));
	if (!parsed.success) error(400, 'Choose a plan');
	const found = await asStaff(event, async (tx) => {
		const plan = (await reports.plans(tx, area.id)).find((p) => p.id === parsed.data);
		return plan ? { plan, rows: await reports.youSaidWeDid(tx, area.id, plan.id) } : null;
	});
	if (!found) error(404, 'That plan was not found in this area');
	const period = found.plan.period.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return csvDownload(reports.youSaidCsv(found.rows), `${area.slug}-you-said-we-did-${period || 'plan'}.csv`);
};
