/**
 * Forms for "You said" statements and dot-voting in the console. The database enforces the same
 * rules (supabase/migrations/20261203009000_baseline.sql); these give the messages shown next
 * to each field.
 */
import { z } from 'zod';
import { typed } from './fields';

import {
	STATEMENT_STATUSES,
	STATEMENT_STATUS_LABEL,
	RESPONDENT_ROLE_LABEL,
	RESPONDENT_GROUP_LABEL
} from '../vocabulary';

export { STATEMENT_STATUSES, STATEMENT_STATUS_LABEL };
export type { StatementStatus } from '../vocabulary';

export const STATEMENT_MIN = 5;
export const STATEMENT_MAX = 1000;

const uuid = z.string().uuid();

/** The words of a statement and its themes (`theme_ids` comes from `FormData.getAll`). */
export const statementSchema = z.object({
	statement: typed(
		STATEMENT_MIN,
		'Write what young people said, in at least 5 characters',
		STATEMENT_MAX,
		'Keep the statement under 1,000 characters'
	),
	theme_ids: z
		.array(z.string().regex(/^[a-z][a-z0-9-]{1,60}$/, 'Choose themes from the list'))
		.min(1, 'Choose at least one theme')
		.max(10, 'Choose up to 10 themes')
});
export type StatementInput = z.infer<typeof statementSchema>;

/** A new statement may start from a candidate quote. */
export const newStatementSchema = statementSchema.extend({
	quote_item_id: z
		.string()
		.trim()
		.transform((v) => v || null)
		.pipe(uuid.nullable())
});
export type NewStatementInput = z.infer<typeof newStatementSchema>;

export const pickSchema = z.object({ item_ids: z.array(uuid).min(1, 'Tick at least one piece of feedback').max(200) });

export const publishSchema = z.object({
	confirm: z.literal('yes', { message: 'Confirm you have read the statement and its quotes before publishing' })
});

/** Starting a dot-vote. */
export const voteRoundSchema = z.object({
	title: typed(3, 'Give the vote a name, in at least 3 characters', 200, 'Keep the name under 200 characters'),
	votes_per_person: z
		.string()
		.trim()
		.refine(
			(v) => /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 20,
			'Enter how many dots each person has, from 1 to 20'
		)
		.transform(Number),
	theme_ids: z
		.array(z.string().regex(/^[a-z][a-z0-9-]{1,60}$/))
		.min(2, 'Choose at least two themes to vote on')
		.max(100)
});
export type VoteRoundInput = z.infer<typeof voteRoundSchema>;

/**
 * A ballot: dots per theme (`dots-{theme}` fields, empty is 0), at most `limit` in all. Returns
 * the dots by theme, or field errors keyed by the field names.
 */
export function parseBallot(
	values: Record<string, string>,
	themeIds: string[],
	limit: number
): { ok: true; dots: Record<string, number> } | { ok: false; errors: Record<string, string> } {
	const errors: Record<string, string> = {};
	const dots: Record<string, number> = {};
	for (const id of themeIds) {
		const raw = (values[`dots-${id}`] ?? '').trim();
		if (raw === '') continue;
		if (!/^\d{1,2}$/.test(raw)) {
			errors[`dots-${id}`] = 'Enter a whole number of dots, like 0, 1 or 2';
			continue;
		}
		const n = Number(raw);
		if (n > limit) errors[`dots-${id}`] = `You have ${limit} dots in all`;
		else if (n > 0) dots[id] = n;
	}
	const used = Object.values(dots).reduce((a, b) => a + b, 0);
	if (!Object.keys(errors).length && used > limit)
		errors[`dots-${themeIds.find((id) => dots[id]) ?? themeIds[0]}`] =
			`You placed ${used} dots but have ${limit}: take ${used - limit} off`;
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, dots };
}

/** Who said it, for one piece of feedback; who raised a statement, for a count of people. */
export { RESPONDENT_ROLE_LABEL, RESPONDENT_GROUP_LABEL as VOICE_ROLE_LABEL };
