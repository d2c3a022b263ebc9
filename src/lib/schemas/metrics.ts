/**
 * Metric series (issue 15, item 2): a measure for one place over time, with the target a plan
 * states, which direction is better, and where in which document it comes from. Used for
 * `seeds/metrics/{slug}.json` and for values officers add by form or CSV.
 */
import { z } from 'zod';
import { typed } from './fields';

export const METRIC_UNITS = ['percent', 'count', 'days', 'pounds', 'wte', 'ratio'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];
export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;

const key = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]*$/, 'keys are lower-case letters, digits and hyphens')
	.max(80);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const seedMetricPoint = z.object({
	/** The period as the document names it, e.g. "Mar-24" or "2023/24". */
	period: z.string().min(2).max(40),
	/** The last day of that period, so periods sort. */
	period_end: isoDate,
	value: z.number().nullable(),
	target: z.number().nullable().default(null),
	note: z.string().min(2).max(500).nullable().default(null)
});

export const seedMetricSeries = z.object({
	key,
	title: z.string().min(3).max(300),
	definition: z.string().min(10).max(1000),
	/** How to say a value in a sentence: "{value} of young people ... were seen within 4 weeks". */
	phrase: z.string().min(10).max(300).includes('{value}').nullable().default(null),
	unit: z.enum(METRIC_UNITS),
	geography: z.string().min(2).max(200),
	direction: z.enum(METRIC_DIRECTIONS).nullable(),
	source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'the source file name'),
	section: z.string().min(2).max(300),
	/** Lines of the source, word for word, that carry the numbers (re-checked by the seeds test). */
	evidence: z.array(z.string().min(3)).min(1),
	priorities: z.array(key).default([]),
	themes: z.array(z.string()).default([]),
	points: z.array(seedMetricPoint).min(1)
});

export const areaMetrics = z.object({
	area: z.enum(['blmk', 'llr', 'kent-medway', 'ssot']),
	notes: z.string().default(''),
	series: z.array(seedMetricSeries)
});
export type AreaMetrics = z.infer<typeof areaMetrics>;
export type SeedMetricSeries = z.infer<typeof seedMetricSeries>;

/** A number as the documents print it: "1,635", "38%", "£ 26,945,000", "6.3%". */
export function parseFigure(text: string): number | null {
	const t = text.replace(/[£%,\s]/g, '');
	return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** One value typed into the console form, or one CSV row. */
export const metricValueInput = z.object({
	period: typed(2, 'Give the period, for example "Apr-25" or "2024/25"', 40, 'Keep the period under 40 characters'),
	period_end: z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the last day of the period as YYYY-MM-DD, for example 2025-04-30')
		.refine((d) => !Number.isNaN(Date.parse(d)), 'That is not a real date'),
	value: z
		.string()
		.trim()
		.transform((v) => (v === '' ? null : v))
		.pipe(
			z
				.string()
				.regex(/^-?\d+(\.\d+)?$/, 'Give the value as a number, like 72 or 72.5 (no % sign)')
				.transform(Number)
				.nullable()
		),
	target: z
		.string()
		.trim()
		.transform((v) => (v === '' ? null : v))
		.pipe(
			z
				.string()
				.regex(/^-?\d+(\.\d+)?$/, 'Give the target as a number, like 95, or leave it empty')
				.transform(Number)
				.nullable()
		)
});
export type MetricValueInput = z.output<typeof metricValueInput>;
