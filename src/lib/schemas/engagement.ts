/**
 * The period of the area engagement summary: two local (Europe/London) dates, inclusive, by
 * default the financial year (1 April to 31 March) that today falls in.
 */
import { z } from 'zod';

const isoDate = (what: string) =>
	z
		.string({ message: `Enter the ${what} date` })
		.trim()
		.min(1, `Enter the ${what} date`)
		.regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${what} date as year-month-day, for example 2026-04-01`)
		.refine((s) => {
			const d = new Date(`${s}T00:00:00Z`);
			return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
		}, `The ${what} date must be a real date`)
		.refine((s) => s >= '2000-01-01' && s <= '2100-12-31', `The ${what} date must be between 2000 and 2100`);

export const periodSchema = z
	.object({ from: isoDate('start'), to: isoDate('end') })
	.refine((p) => p.to >= p.from, { message: 'The end date must be the same as or after the start date', path: ['to'] });
export type Period = z.infer<typeof periodSchema>;

/** Today's date in the UK, "YYYY-MM-DD" (from lib/dates.ts, where every date is formatted). */
export { londonToday } from '../dates';

/** The financial year (1 April to 31 March) that `today` ("YYYY-MM-DD") falls in. */
export function financialYear(today: string): Period {
	const year = Number(today.slice(0, 4));
	const start = today.slice(5) >= '04-01' ? year : year - 1;
	return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}
