/**
 * Filters of the trace pages and the steering group report (issue 7, items 7 and 8): an optional
 * period of two local (Europe/London) dates, inclusive, either of which may be left blank, and
 * the plan period a plan's `period` text ("2025/26") stands for.
 */
import { z } from 'zod';

const realDate = (s: string) => {
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A date that may be left blank (null): no limit on that side. */
const optionalDate = (what: string) =>
	z
		.string({ message: `Enter the ${what} date` })
		.trim()
		.refine(
			(s) => s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s),
			`Enter the ${what} date as year-month-day, for example 2026-04-01`
		)
		.refine((s) => s === '' || !/^\d{4}-\d{2}-\d{2}$/.test(s) || realDate(s), `The ${what} date must be a real date`)
		.refine(
			(s) => s === '' || !realDate(s) || (s >= '2000-01-01' && s <= '2100-12-31'),
			`The ${what} date must be between 2000 and 2100`
		)
		.transform((s) => (s === '' ? null : s));

export const optionalPeriodSchema = z
	.object({ from: optionalDate('start'), to: optionalDate('end') })
	.refine((p) => p.from === null || p.to === null || p.to >= p.from, {
		message: 'The end date must be the same as or after the start date',
		path: ['to']
	});
export type OptionalPeriod = z.infer<typeof optionalPeriodSchema>;

export const traceQuerySchema = z.object({
	priority: z
		.string()
		.trim()
		.transform((s) => (s === '' ? null : s))
		.pipe(z.string().uuid('Choose a priority from the list').nullable()),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});

/** The period a plan's `period` stands for. */
export interface PlanPeriod {
	from: string;
	to: string;
}

/**
 * A plan's period as dates: a financial year written "2025/26", "2025-26", "2025/2026" or
 * "2025 to 2026" runs from 1 April 2025 to 31 March 2026. Anything else (for example
 * "February 2024 (contracts from 2025)") is not a financial year: null, and the reader chooses
 * the dates.
 */
export function planPeriod(period: string): PlanPeriod | null {
	const m = /^\s*(\d{4})\s*(?:\/|-|–|to)\s*(\d{2}|\d{4})\s*$/i.exec(period);
	if (!m) return null;
	const start = Number(m[1]);
	const end =
		m[2]!.length === 2
			? Math.floor(start / 100) * 100 + Number(m[2]) + (Number(m[2]) < start % 100 ? 100 : 0)
			: Number(m[2]);
	if (end !== start + 1 || start < 2000 || start > 2099) return null;
	return { from: `${start}-04-01`, to: `${end}-03-31` };
}

export { FEEDBACK_SOURCE_LONG_LABEL as SOURCE_LABEL, ENGAGEMENT_KIND_LABEL } from '../vocabulary';
