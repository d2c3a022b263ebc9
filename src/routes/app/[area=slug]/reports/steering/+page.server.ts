import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as reports from '$lib/server/services/reports';
import { fieldErrors } from '$lib/forms';
import { periodSchema } from '$lib/schemas/engagement';
import { READERS } from '../../trace/access';
import type { PageServerLoad } from './$types';

const planId = z.string().uuid();

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, READERS);
	const q = event.url.searchParams;
	return asStaff(event, async (tx) => {
		const plans = await reports.plans(tx, area.id);
		// Asked for no plan: the report opens on the newest published plan (newest period first), and so
		// on the latest period with feedback below, never on an empty page.
		const wanted = q.get('plan') ?? (plans.find((p) => p.published) ?? plans[0])?.id ?? null;
		if (!wanted)
			return {
				plans,
				plan: null,
				values: { from: '', to: '' },
				errors: null,
				report: null,
				movedFrom: null,
				madeOn: new Date()
			};
		const plan = planId.safeParse(wanted).success ? plans.find((p) => p.id === wanted) : undefined;
		if (!plan) error(404, 'That plan was not found in this area');
		// The plan's own period unless other dates are asked for; when it has no feedback (or is not a
		// financial year), the latest year that has some, so the report never opens empty.
		const given = Boolean(q.get('from') || q.get('to'));
		let movedFrom: string | null = null;
		let dates = plan.dates;
		if (!given && !(dates && (await reports.heardBetween(tx, area.id, dates)))) {
			const latest = await reports.latestPeriodWithData(tx, area.id);
			if (latest) {
				movedFrom = plan.period;
				dates = latest;
			}
		}
		const values = given
			? { from: q.get('from') ?? '', to: q.get('to') ?? '' }
			: { from: dates?.from ?? '', to: dates?.to ?? '' };
		if (!given && !dates) return { plans, plan, values, errors: null, report: null, movedFrom, madeOn: new Date() };
		const parsed = periodSchema.safeParse(values);
		if (!parsed.success)
			return { plans, plan, values, errors: fieldErrors(parsed.error), report: null, movedFrom, madeOn: new Date() };
		const report = await reports.steering(tx, area.id, plan.id, parsed.data);
		return { plans, plan, values, errors: null, report, movedFrom, madeOn: new Date() };
	});
}) satisfies PageServerLoad;
