import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as reports from '$lib/server/services/reports';
import { fieldErrors } from '$lib/schemas/form';
import { periodSchema } from '$lib/schemas/engagement';
import { READERS } from '../../trace/access';
import type { PageServerLoad } from './$types';

const planId = z.string().uuid();

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, READERS);
	const q = event.url.searchParams;
	const wanted = q.get('plan');
	return asStaff(event, async (tx) => {
		const plans = await reports.plans(tx, area.id);
		if (!wanted)
			return { plans, plan: null, values: { from: '', to: '' }, errors: null, report: null, madeOn: new Date() };
		const plan = planId.safeParse(wanted).success ? plans.find((p) => p.id === wanted) : undefined;
		if (!plan) error(404, 'That plan was not found in this area');
		// The plan's own period unless other dates are asked for (or the period is not a financial year).
		const given = Boolean(q.get('from') || q.get('to'));
		const values = given
			? { from: q.get('from') ?? '', to: q.get('to') ?? '' }
			: { from: plan.dates?.from ?? '', to: plan.dates?.to ?? '' };
		if (!given && !plan.dates) return { plans, plan, values, errors: null, report: null, madeOn: new Date() };
		const parsed = periodSchema.safeParse(values);
		if (!parsed.success)
			return { plans, plan, values, errors: fieldErrors(parsed.error), report: null, madeOn: new Date() };
		const report = await reports.steering(tx, area.id, plan.id, parsed.data);
		return { plans, plan, values, errors: null, report, madeOn: new Date() };
	});
}) satisfies PageServerLoad;
