/**
 * What the review pages accept: the queue's filters (GET query parameters), a review, and the
 * theme decisions. Parsed with zod at the route, so services get clean values.
 */
import { z } from 'zod';
import { typed } from './fields';
import { AGE_BANDS, RESPONDENT_ROLES } from './survey';

export const THEME_ID = /^[a-z][a-z0-9-]{1,60}$/;
const themeId = z.string().regex(THEME_ID);
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine(
		(s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)
	);

/** Which items the queue lists: those that still need the person's review, or all of them. */
export const SHOW = ['todo', 'all'] as const;

export const queueFilters = z.object({
	engagement: z.string().uuid().optional(),
	theme: themeId.optional(),
	role: z.enum(RESPONDENT_ROLES).optional(),
	age_band: z.enum(AGE_BANDS).optional(),
	from: isoDate.optional(),
	to: isoDate.optional(),
	show: z.enum(SHOW).default('todo')
});
export type QueueFilters = z.infer<typeof queueFilters>;
export const FILTER_KEYS = ['engagement', 'theme', 'role', 'age_band', 'from', 'to', 'show'] as const;

export interface ParsedFilters {
	filters: QueueFilters;
	/** A message per filter that was not understood (it is then ignored). */
	errors: Record<string, string>;
}

const FILTER_ERROR: Record<string, string> = {
	engagement: 'Choose a survey or event from the list',
	theme: 'Choose a theme from the list',
	role: 'Choose who wrote it from the list',
	age_band: 'Choose an age group from the list',
	from: 'Enter the first date like 2026-03-31',
	to: 'Enter the last date like 2026-03-31',
	show: 'Choose which feedback to show'
};

/**
 * Reads the filters from the query string. A filter that is not valid is dropped, with a message
 * to show next to it, so a bad link still shows the queue.
 */
export function parseFilters(params: URLSearchParams): ParsedFilters {
	const raw: Record<string, string> = {};
	for (const key of FILTER_KEYS) {
		const v = params.get(key)?.trim();
		if (v) raw[key] = v;
	}
	const errors: Record<string, string> = {};
	const clean: Record<string, string> = {};
	for (const [key, value] of Object.entries(raw)) {
		const field = queueFilters.shape[key as (typeof FILTER_KEYS)[number]];
		if (field.safeParse(value).success) clean[key] = value;
		else errors[key] = FILTER_ERROR[key] ?? 'This filter was not understood';
	}
	const filters = queueFilters.parse(clean);
	if (filters.from && filters.to && filters.from > filters.to) {
		errors.to = 'The last date must be the same as or after the first date';
		delete filters.to;
	}
	return { filters, errors };
}

/** The query string for a set of filters (and extra parameters), e.g. "theme=x&show=all". */
export function filterQuery(filters: Partial<QueueFilters>, extra: Record<string, string | undefined> = {}): string {
	const q = new URLSearchParams();
	for (const key of FILTER_KEYS) {
		const v = filters[key];
		if (v && !(key === 'show' && v === 'todo')) q.set(key, v);
	}
	for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
	return q.toString();
}

/**
 * One review from the form: `item`; for each suggested theme a field `s_{id}` of 'yes' or 'no';
 * `add` once per added theme; `redaction_checked` and `candidate_quote` ticked as 'yes'.
 */
export interface ReviewForm {
	item: string;
	decisions: Record<string, 'yes' | 'no'>;
	added: string[];
	redactionChecked: boolean;
	candidateQuote: boolean;
}

export function readReviewForm(
	data: FormData
): { ok: true; value: ReviewForm } | { ok: false; errors: Record<string, string> } {
	const item = z.string().uuid().safeParse(data.get('item'));
	if (!item.success)
		return {
			ok: false,
			errors: { form: 'We could not tell which feedback this was. Go back to the list and try again.' }
		};
	const decisions: Record<string, 'yes' | 'no'> = {};
	for (const [key, value] of data.entries()) {
		if (!key.startsWith('s_') || typeof value !== 'string') continue;
		const id = key.slice(2);
		if (THEME_ID.test(id) && (value === 'yes' || value === 'no')) decisions[id] = value;
	}
	const added = data
		.getAll('add')
		.filter((v): v is string => typeof v === 'string' && THEME_ID.test(v))
		.slice(0, 50);
	return {
		ok: true,
		value: {
			item: item.data,
			decisions,
			added: [...new Set(added)],
			redactionChecked: data.get('redaction_checked') === 'yes',
			candidateQuote: data.get('candidate_quote') === 'yes'
		}
	};
}

export const sampleSchema = z.object({
	size: z.coerce
		.number({ message: 'Enter how many, as a number' })
		.int('Enter a whole number')
		.min(1, 'Pick at least 1')
		.max(100, 'Pick 100 or fewer at a time')
});

const themeName = typed(3, 'Give the theme a name of at least 3 letters', 120, 'Keep the name under 120 characters');
const reason = z.string().trim().max(2000, 'Keep the reason under 2,000 characters').default('');

export const newThemeSchema = z.object({
	name: themeName,
	description: z.string().trim().max(500, 'Keep the description under 500 characters').default(''),
	keywords: z.string().trim().max(500, 'Keep the words under 500 characters').default(''),
	reason,
	// Set when the theme comes from an emerging-theme suggestion.
	emerging: z.string().trim().max(120).default('')
});

export const renameSchema = z.object({
	theme: themeId,
	name: themeName,
	reason
});

export const mergeSchema = z
	.object({
		from: themeId,
		into: z
			.string({ message: 'Choose the theme to merge it into' })
			.regex(THEME_ID, 'Choose the theme to merge it into'),
		reason
	})
	.refine((v) => v.from !== v.into, { path: ['into'], message: 'Choose a different theme to merge it into' });

export const splitSchema = z.object({
	theme: themeId,
	names: z
		.string()
		.transform((s) =>
			s
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean)
		)
		.pipe(
			z
				.array(
					z.string().min(3, 'Each new name needs at least 3 letters').max(120, 'Keep each name under 120 characters')
				)
				.min(2, 'Write at least 2 new themes, one on each line')
				.max(6, 'Split into 6 themes or fewer')
		),
	reason
});

export const ratifySchema = z.object({
	title: typed(3, 'Name the round, for example "Spring 2026 survey"', 200, 'Keep the name under 200 characters'),
	engagement: z.union([z.literal(''), z.string().uuid()]).default(''),
	notes: z.string().trim().max(2000, 'Keep the notes under 2,000 characters').default(''),
	agreed: z.literal('yes', { message: 'Tick to say the youth board agreed this list' })
});

export const publishSchema = z.object({
	id: z.string().uuid(),
	published: z.enum(['yes', 'no'])
});
