/**
 * The format of `/{area}/board.json`, schema_version 2 (docs/board-json.md describes each field).
 * Field names are stable: a change that removes or renames a field, or changes its meaning, gets a
 * new schema_version; new fields may be added within a version. The tests check every response
 * against this schema, which is strict (no field may appear that is not documented here).
 */
import { z } from 'zod';
import { ACTION_STATUSES, ACTION_STATUS_LABEL, LINK_BASES, VOICES } from '../vocabulary';

const uuid = z.uuid();
/** An instant, as ISO 8601 in UTC ("2026-11-22T14:03:00.000Z"). */
const instant = z.iso.datetime();
/** A calendar date, "YYYY-MM-DD". */
const day = z.iso.date();
const themeRef = z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/), name: z.string() });

/**
 * A count of people or of feedback that may be small. From 1 to 9 it is never given: `count` is
 * null and `label` is "fewer than 10". Otherwise `count` is the number and `label` the same
 * number written out ("1,234"); 0 is given as 0.
 */
export const countSchema = z
	.strictObject({ count: z.number().int().min(0).nullable(), label: z.string().min(1) })
	.refine((c) => c.count === null || c.count === 0 || c.count >= 10, 'A count from 1 to 9 must not be given')
	.refine(
		(c) => (c.count === null ? c.label === 'fewer than 10' : c.label === c.count.toLocaleString('en-GB')),
		'The label must match the count'
	);

const statusSchema = z.enum(ACTION_STATUSES);

export const boardActionSchema = z.strictObject({
	id: uuid,
	title: z.string(),
	status: statusSchema,
	status_label: z.enum(ACTION_STATUSES.map((s) => ACTION_STATUS_LABEL[s])),
	/** Null when the status is as the plan document reported it. */
	status_changed_at: instant.nullable(),
	/** For done actions: who says it is done. Null for other statuses. */
	done: z.enum(['confirmed_by_young_people', 'reported_by_owner']).nullable(),
	/** For done actions: "Did this help?" counts, all null until 10 people have answered. */
	did_it_help: z
		.strictObject({
			answered: z.number().int().min(10).nullable(),
			helped: z.number().int().min(0).nullable(),
			partly: z.number().int().min(0).nullable(),
			no: z.number().int().min(0).nullable()
		})
		.nullable(),
	owner: z.strictObject({ organisation: z.string().nullable(), role: z.string().nullable() }),
	progress: z.number().int().min(0).max(100).nullable(),
	due_on: day.nullable(),
	outcome: z.strictObject({ kind: z.enum(['what_changed', 'why_not']), text: z.string() }).nullable(),
	evidence_url: z.url().nullable(),
	priority: z.strictObject({ id: uuid, number: z.number().int().positive() }),
	latest_update: z
		.strictObject({
			date: day.nullable(),
			period: z.string().nullable(),
			text: z.string(),
			evidence_url: z.url().nullable()
		})
		.nullable(),
	milestones: z.array(z.strictObject({ id: uuid, title: z.string(), due_on: day.nullable(), done_on: day.nullable() })),
	url: z.url()
});

export const boardStatementSchema = z.strictObject({
	id: uuid,
	statement: z.string(),
	heard: z.strictObject({
		on: day.nullable(),
		period: z.string().nullable(),
		how: z.string().nullable(),
		where: z.string().nullable(),
		engagement: z.string().nullable()
	}),
	published_at: instant,
	themes: z.array(themeRef),
	quotes: z.array(z.strictObject({ id: uuid, text: z.string(), speaker: z.string().nullable() })),
	/** Whose voice it is, and the heading the board shows it under ("You said", "Inspectors found"). */
	voice: z.strictObject({
		kind: z.enum(VOICES),
		heading: z.string()
	}),
	/** People behind the statement; null when no feedback gathered on this site is linked to it. */
	voices: countSchema.nullable(),
	action_ids: z.array(uuid),
	/** One per action id: documented = the plan makes the link; inferred = we made it. */
	links: z.array(z.strictObject({ action_id: uuid, basis: z.enum(LINK_BASES) })),
	priority_ids: z.array(uuid),
	source_file: z.string().nullable()
});

const metricSchema = z.strictObject({
	id: uuid,
	title: z.string(),
	definition: z.string(),
	unit: z.enum(['percent', 'count', 'days', 'pounds', 'wte', 'ratio']),
	geography: z.string(),
	direction: z.enum(['higher', 'lower']).nullable(),
	sentence: z.string(),
	source: z.strictObject({ file: z.string().nullable(), title: z.string().nullable(), section: z.string().nullable() }),
	priority_ids: z.array(uuid),
	theme_ids: z.array(z.string()),
	points: z.array(
		z.strictObject({
			period: z.string(),
			period_end: day,
			value: z.number().nullable(),
			target: z.number().nullable(),
			note: z.string().nullable()
		})
	)
});

export const boardJsonSchema = z
	.strictObject({
		schema_version: z.literal(2),
		area: z.strictObject({ slug: z.string(), name: z.string(), short_name: z.string() }),
		board_url: z.url(),
		embed_url: z.url(),
		generated_at: instant,
		last_updated: instant.nullable(),
		filters: z.strictObject({
			priority: uuid.nullable(),
			theme: z.string().nullable(),
			status: statusSchema.nullable()
		}),
		page: z.strictObject({
			number: z.number().int().positive(),
			size: z.number().int().positive(),
			pages: z.number().int().positive(),
			next_url: z.url().nullable()
		}),
		totals: z.strictObject({
			statements: z.number().int().min(0),
			quotes: z.number().int().min(0),
			actions: z.number().int().min(0),
			by_status: z.strictObject({
				planned: z.number().int().min(0),
				in_progress: z.number().int().min(0),
				done: z.number().int().min(0),
				not_doing: z.number().int().min(0)
			})
		}),
		priorities: z.array(
			z.strictObject({
				/** All null for the group of statements linked to no priority. */
				id: uuid.nullable(),
				number: z.number().int().positive().nullable(),
				title: z.string().nullable(),
				plan_title: z.string().nullable(),
				url: z.url().nullable(),
				statement_count: z.number().int().min(0),
				statements: z.array(boardStatementSchema),
				actions: z.array(boardActionSchema),
				/** The metric series linked to this priority (each is in the top-level `metrics`). */
				metric_ids: z.array(uuid)
			})
		),
		metrics: z.array(metricSchema),
		themes_over_time: z.strictObject({
			/** Calendar months, "YYYY-MM", oldest first, with no gaps. */
			periods: z.array(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
			series: z.array(z.strictObject({ theme: themeRef, counts: z.array(countSchema) }))
		}),
		still_hearing: z.array(
			z.strictObject({
				theme: themeRef,
				since: instant,
				count: countSchema,
				/** The newest five done actions on the theme. */
				actions: z.array(z.strictObject({ id: uuid, title: z.string(), done_at: instant })).max(5),
				action_count: z.number().int().min(0)
			})
		),
		decision_log: z.array(
			z.strictObject({
				id: uuid,
				kind: z.enum(['new', 'rename', 'merge', 'split', 'ratify']),
				summary: z.string(),
				reason: z.string(),
				theme_ids: z.array(z.string()),
				from_theme_ids: z.array(z.string()),
				decided_by: z.string().nullable(),
				decided_at: instant
			})
		),
		engagements: z.array(
			z.strictObject({
				id: uuid,
				title: z.string(),
				when: z.string().nullable(),
				where: z.string().nullable(),
				description: z.string(),
				figures: z.array(z.strictObject({ label: z.string(), value: z.number() }))
			})
		)
	})
	.superRefine((b, ctx) => {
		for (const [i, s] of b.themes_over_time.series.entries())
			if (s.counts.length !== b.themes_over_time.periods.length)
				ctx.addIssue({
					code: 'custom',
					path: ['themes_over_time', 'series', i, 'counts'],
					message: 'One count per period'
				});
	});

export type BoardJson = z.infer<typeof boardJsonSchema>;

/** Query parameters shared by the board, its embeddable version and board.json. */
export const boardQuerySchema = z.object({
	priority: uuid.nullable(),
	theme: z
		.string()
		.regex(/^[a-z][a-z0-9-]{1,60}$/)
		.nullable(),
	status: statusSchema.nullable(),
	page: z.coerce.number().int().min(1).max(100_000).nullable()
});

export type BoardQueryField = keyof z.infer<typeof boardQuerySchema>;

/**
 * Reads ?priority=, ?theme=, ?status= and ?page=. A value that is not valid is dropped (the
 * board shows everything for that filter) and named in `invalid`, so pages can say so rather
 * than fail. Empty values mean "all".
 */
export function parseBoardQuery(params: URLSearchParams): {
	filters: {
		priority: string | null;
		theme: string | null;
		status: (typeof ACTION_STATUSES)[number] | null;
		page: number;
	};
	invalid: BoardQueryField[];
} {
	const raw = (k: string) => params.get(k)?.trim() || null;
	const fields: BoardQueryField[] = ['priority', 'theme', 'status', 'page'];
	const invalid: BoardQueryField[] = [];
	const values: Record<string, unknown> = {};
	for (const f of fields) {
		const r = boardQuerySchema.shape[f].safeParse(raw(f));
		if (r.success) values[f] = r.data;
		else {
			invalid.push(f);
			values[f] = null;
		}
	}
	return {
		filters: {
			priority: values.priority as string | null,
			theme: values.theme as string | null,
			status: values.status as (typeof ACTION_STATUSES)[number] | null,
			page: (values.page as number | null) ?? 1
		},
		invalid
	};
}

/** The query string for the board with these filters (and page), '' when there are none. */
export function boardQuery(
	filters: { priority?: string | null; theme?: string | null; status?: string | null },
	page = 1
): string {
	const q = new URLSearchParams();
	if (filters.priority) q.set('priority', filters.priority);
	if (filters.theme) q.set('theme', filters.theme);
	if (filters.status) q.set('status', filters.status);
	if (page > 1) q.set('page', String(page));
	const s = q.toString();
	return s ? `?${s}` : '';
}
