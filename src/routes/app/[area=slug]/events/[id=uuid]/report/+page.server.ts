import { error } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as report from '$lib/server/services/event-report';
import { suppressBreakdown } from '$lib/privacy/small-numbers';
import { AGE_BAND_LABEL } from '$lib/schemas/survey';
import type { PageServerLoad } from './$types';

export interface BreakdownTable {
	rows: { label: string; people: string; contributions: string }[];
	total: { people: string; contributions: string };
}

const ageLabel = (v: string) => AGE_BAND_LABEL[v as keyof typeof AGE_BAND_LABEL] ?? 'Not given';
const roleLabel = (v: string) => report.RESPONDENT_ROLE_LABEL[v] ?? v;
const exactly = (n: number) => n.toLocaleString('en-GB');

/**
 * A breakdown by role or age band as the page shows it. By default small groups (1 to 9) are
 * suppressed as on anything that could be published, and only the suppressed text leaves the
 * server; with `exact` the staff-only counts are sent and the page says so on every printout.
 */
function table(rows: report.GroupCount[], label: (v: string) => string, exact: boolean): BreakdownTable {
	if (exact)
		return {
			rows: rows.map((r) => ({
				label: label(r.value),
				people: exactly(r.people),
				contributions: exactly(r.contributions)
			})),
			total: {
				people: exactly(rows.reduce((s, r) => s + r.people, 0)),
				contributions: exactly(rows.reduce((s, r) => s + r.contributions, 0))
			}
		};
	const people = suppressBreakdown(rows.map((r) => ({ label: label(r.value), count: r.people })));
	const contributions = suppressBreakdown(rows.map((r) => ({ label: label(r.value), count: r.contributions })));
	return {
		rows: rows.map((r, i) => ({
			label: label(r.value),
			people: people.rows[i]!.text,
			contributions: contributions.rows[i]!.text
		})),
		total: { people: people.total.label, contributions: contributions.total.label }
	};
}

export const load = (async (event) => {
	const { area } = requireArea(event, event.params.area, 'read_feedback');
	const exact = event.url.searchParams.get('exact') === '1';
	const r = await asStaff(event, (tx) => report.forEvent(tx, area.id, event.params.id));
	if (!r) error(404, 'We could not find that event');
	const { byRole, byAgeBand, ...rest } = r;
	return {
		report: rest,
		exact,
		byRole: table(byRole, roleLabel, exact),
		byAgeBand: table(byAgeBand, ageLabel, exact),
		madeOn: new Date()
	};
}) satisfies PageServerLoad;
