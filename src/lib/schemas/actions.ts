/**
 * Forms and CSV rows for managing actions ("We did") in the console. The database enforces the
 * same rules (supabase/migrations/20261203009000_baseline.sql); these give the messages shown next
 * to each field.
 */
import { z } from 'zod';
import { typed } from './fields';
import { ACTION_STATUSES } from './seed';
import type { ActionStatus } from '../status';

export { ACTION_STATUSES };

export const OWNER_TYPES = ['icb', 'nhs_trust', 'council', 'school', 'vcse'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];
export const OWNER_TYPE_LABEL: Record<OwnerType, string> = {
	icb: 'ICB',
	nhs_trust: 'NHS trust',
	council: 'Council',
	school: 'School',
	vcse: 'VCSE partner'
};

/** The shortest "what changed" or reason the database accepts. */
export const OUTCOME_MIN = 3;
export const OUTCOME_MAX = 2000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (v: string) =>
	ISO_DATE.test(v) &&
	!Number.isNaN(new Date(`${v}T12:00:00Z`).getTime()) &&
	new Date(`${v}T12:00:00Z`).toISOString().startsWith(v);

/** An optional date from a date input: '' is null. */
const optionalDate = (message: string) =>
	z
		.string()
		.trim()
		.refine((v) => v === '' || validDate(v), message)
		.transform((v) => v || null);

/** An optional http(s) link: '' is null. */
export const optionalUrl = z
	.string()
	.trim()
	.max(2000, 'Keep the link under 2,000 characters')
	.refine(
		(v) => v === '' || (/^https?:\/\/[^\s]+\.[^\s]+/.test(v) && URL.canParse(v)),
		'Enter a full web address starting with https://, like https://www.example.org/report'
	)
	.transform((v) => v || null);

/** Progress from a text box: '' is "not reported", "40" or "40%" is 40. */
export const progressField = z
	.string()
	.trim()
	.refine(
		(v) => v === '' || (/^\d{1,3}%?$/.test(v) && Number.parseInt(v, 10) <= 100),
		'Enter progress as a whole number from 0 to 100'
	)
	.transform((v) => (v === '' ? null : Number.parseInt(v, 10)));

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);

/** The message for a done or dropped action without its outcome, or null when it is fine. */
export function outcomeProblem(status: ActionStatus, outcome: string | null): string | null {
	const length = outcome?.trim().length ?? 0;
	if (status === 'done' && length < OUTCOME_MIN) return 'Say what changed for young people, in a sentence or two';
	if (status === 'not_doing' && length < OUTCOME_MIN) return 'Say why this is not going ahead';
	return null;
}

/** What partners, commissioners and area admins may change: how far an action has got. */
export const progressSchema = z
	.object({
		status: z.enum(ACTION_STATUSES, { message: 'Choose a status' }),
		progress: progressField,
		outcome: text(OUTCOME_MAX, 'Keep this under 2,000 characters').transform((v) => v || null),
		evidence_url: optionalUrl
	})
	.superRefine((v, ctx) => {
		const problem = outcomeProblem(v.status, v.outcome);
		if (problem) ctx.addIssue({ code: 'custom', path: ['outcome'], message: problem });
	});
export type ProgressInput = z.infer<typeof progressSchema>;

/** What only commissioners and area admins change: the action itself and who owns it. */
export const detailsSchema = z.object({
	priority_id: z.string().uuid('Choose the priority this action belongs to'),
	title: typed(3, 'Enter what the action is, in at least 3 characters', 300, 'Keep the title under 300 characters'),
	description: text(4000, 'Keep the description under 4,000 characters'),
	owner_type: z
		.union([z.enum(OWNER_TYPES), z.literal('')], { message: 'Choose the kind of organisation' })
		.transform((v) => v || null),
	owner_organisation: text(200, 'Keep the organisation under 200 characters')
		.refine((v) => v === '' || v.length >= 2, 'Enter the organisation’s name')
		.transform((v) => v || null),
	owner_role: text(200, 'Keep the role under 200 characters')
		.refine((v) => v === '' || v.length >= 2, 'Enter the role, like Head of CAMHS commissioning')
		.transform((v) => v || null),
	due_on: optionalDate('Enter the due date as a real date, like 2026-03-31')
});
export type DetailsInput = z.infer<typeof detailsSchema>;

/** A new action: its details and where it starts. */
export const createSchema = detailsSchema.and(progressSchema);
export type CreateInput = z.infer<typeof createSchema>;

export const milestoneSchema = z.object({
	title: typed(3, 'Enter the milestone, in at least 3 characters', 300, 'Keep the milestone under 300 characters'),
	due_on: optionalDate('Enter the due date as a real date, like 2026-03-31'),
	done_on: optionalDate('Enter the date it was done as a real date, like 2026-03-31')
});
export type MilestoneInput = z.infer<typeof milestoneSchema>;

export const updateSchema = z.object({
	body: typed(3, 'Write what happened, in at least 3 characters', 4000, 'Keep the update under 4,000 characters'),
	happened_on: z
		.string()
		.trim()
		.refine((v) => validDate(v), 'Enter the date as a real date, like 2026-03-31'),
	evidence_url: optionalUrl
});
export type UpdateInput = z.infer<typeof updateSchema>;

// CSV --------------------------------------------------------------------------------------------

/** The columns of the export, in order; an import must have the same header. */
export const CSV_COLUMNS = [
	'id',
	'priority number',
	'title',
	'owner organisation',
	'owner role',
	'status',
	'progress',
	'what changed / reason',
	'latest update',
	'evidence url'
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const STATUS_WORDS: Record<string, ActionStatus> = {
	planned: 'planned',
	in_progress: 'in_progress',
	'in progress': 'in_progress',
	done: 'done',
	not_doing: 'not_doing',
	'not doing': 'not_doing'
};

/** One row of an import, by column name, before it is compared with the database. */
export const csvRowSchema = z
	.object({
		id: z.string().trim().uuid('Keep the id from the export: it says which action this row is'),
		'priority number': z.string().trim(),
		title: z.string().trim(),
		'owner organisation': text(200, 'Keep the organisation under 200 characters'),
		'owner role': text(200, 'Keep the role under 200 characters'),
		status: z
			.string()
			.trim()
			.transform((v, ctx) => {
				const status = STATUS_WORDS[v.toLowerCase()];
				if (!status) {
					ctx.addIssue({ code: 'custom', message: 'Status must be planned, in_progress, done or not_doing' });
					return z.NEVER;
				}
				return status;
			}),
		progress: progressField,
		'what changed / reason': text(OUTCOME_MAX, 'Keep this under 2,000 characters').transform((v) => v || null),
		'latest update': text(4000, 'Keep the update under 4,000 characters'),
		'evidence url': optionalUrl
	})
	// Done without "what changed" is checked against the database's row (services/actions.ts):
	// an unchanged seeded row may lack it, as the database allows.
	.superRefine((v, ctx) => {
		if (v['latest update'] !== '' && v['latest update'].length < 3)
			ctx.addIssue({
				code: 'custom',
				path: ['latest update'],
				message: 'Write the update in at least 3 characters, or leave it as it was'
			});
	});
export type CsvRow = z.infer<typeof csvRowSchema>;
