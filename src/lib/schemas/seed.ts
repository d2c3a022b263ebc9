/**
 * The shape of one area's seed file (`seeds/areas/{slug}.json`), extracted by hand from the
 * area's published plan documents. Every item names the source file it came from so a
 * commissioner can check it against the document. Keys (`key`) are stable within an area
 * file: the seeder upserts on (area, key), so re-running it changes nothing.
 */
import { z } from 'zod';

import { THRIVE_GROUPS, ACTION_STATUSES, VOICES, LINK_BASES } from '../vocabulary';

export { THRIVE_GROUPS, ACTION_STATUSES, VOICES, LINK_BASES };
export type { Voice, LinkBasis } from '../vocabulary';

const key = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]*$/, 'keys are lower-case letters, digits and hyphens')
	.max(80);
const source = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'the source file name from shared/seeds');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const seedSourceDocument = z.object({
	file: source,
	title: z.string().min(3),
	publisher: z.string().min(2),
	published: z.string().min(4).describe('year or month as the document gives it, e.g. "2024" or "February 2024"')
});

export const seedActionUpdate = z.object({
	date: isoDate.nullable(),
	period: z.string().nullable().describe('when the document only gives a period, e.g. "2023/24"'),
	text: z.string().min(3)
});

export const seedAction = z.object({
	key,
	title: z.string().min(3).max(300),
	description: z.string().max(4000).default(''),
	status: z.enum(ACTION_STATUSES),
	owner: z.string().max(300).nullable(),
	due: isoDate.nullable(),
	/** Where an action answers feedback: what changed for young people. */
	outcome: z.string().max(2000).nullable().default(null),
	updates: z.array(seedActionUpdate).default([]),
	thrive: z.array(z.enum(THRIVE_GROUPS)).default([]),
	source
});

export const seedPriority = z.object({
	key,
	/** Ordinal as the document numbers it (1-based). */
	number: z.number().int().positive(),
	/** Exactly as the document names it. */
	title: z.string().min(3).max(500),
	summary: z.string().max(4000).default(''),
	thrive: z.array(z.enum(THRIVE_GROUPS)).default([]),
	source,
	actions: z.array(seedAction)
});

export const seedPlan = z.object({
	key,
	title: z.string().min(3),
	period: z.string().min(4),
	summary: z.string().max(4000).default(''),
	source,
	published: z.boolean().default(true),
	priorities: z.array(seedPriority).min(1)
});

export const seedQuote = z.object({
	/** Verbatim, as printed in the plan. */
	text: z.string().min(2).max(2000),
	/** Who said it, as the document describes them (e.g. "young person", "parent", "YAB member"). */
	speaker: z.string().max(200).nullable(),
	source
});

export const seedEngagementFigure = z.object({
	label: z.string().min(2).max(200),
	value: z.number().nonnegative()
});

export const seedEngagement = z.object({
	key,
	title: z.string().min(3).max(300),
	/** reported = an engagement a plan describes; later issues add survey | event | import. */
	kind: z.literal('reported').default('reported'),
	held: z.string().nullable().describe('when, as the document gives it'),
	location: z.string().nullable(),
	description: z.string().max(4000).default(''),
	figures: z.array(seedEngagementFigure).default([]),
	source
});

export const seedYouSaid = z.object({
	key,
	/** "You said ..." in plain words, close to the document's own summary of the feedback. */
	text: z.string().min(5).max(1000),
	/** Whose voice it is, as the document describes them (inspectors, professionals, ...). */
	voice: z.enum(VOICES),
	source,
	heard_on: isoDate.nullable(),
	heard_period: z.string().nullable(),
	how_heard: z.string().max(300).nullable(),
	where_heard: z.string().max(300).nullable(),
	engagement: key.nullable().default(null),
	theme_ids: z.array(z.string()).default([]),
	quotes: z.array(seedQuote).default([]),
	/** Priority keys within this area file. */
	priorities: z.array(key).default([]),
	/** Action keys within this area file: what was done, or is planned, in response. */
	actions: z.array(key).default([]),
	/** For every action above: does the plan make the link (documented) or did we (inferred)? */
	basis: z.record(key, z.enum(LINK_BASES)).default({})
});

export const seedArea = z.object({
	area: z.object({
		slug: z.enum(['blmk', 'llr', 'kent-medway', 'ssot']),
		name: z.string().min(3),
		short_name: z.string().min(2),
		summary: z.string().max(2000),
		localities: z.array(z.string()).min(1),
		sources: z.array(seedSourceDocument).min(1)
	}),
	plans: z.array(seedPlan).min(1),
	engagements: z.array(seedEngagement).default([]),
	you_said: z.array(seedYouSaid).default([])
});

export type SeedArea = z.infer<typeof seedArea>;
export type SeedPlan = z.infer<typeof seedPlan>;
export type SeedYouSaid = z.infer<typeof seedYouSaid>;

/** Cross-reference checks zod cannot express: keys unique, references resolve. */
export function seedReferenceErrors(seed: SeedArea): string[] {
	const errors: string[] = [];
	const seen = new Map<string, string>();
	const claim = (k: string, what: string) => {
		if (seen.has(k)) errors.push(`duplicate key "${k}" (${what} and ${seen.get(k)})`);
		else seen.set(k, what);
	};
	const priorities = new Set<string>();
	const actions = new Set<string>();
	const engagements = new Set<string>();
	for (const plan of seed.plans) {
		claim(plan.key, 'plan');
		for (const p of plan.priorities) {
			claim(p.key, 'priority');
			priorities.add(p.key);
			for (const a of p.actions) {
				claim(a.key, 'action');
				actions.add(a.key);
			}
		}
	}
	for (const e of seed.engagements) {
		claim(e.key, 'engagement');
		engagements.add(e.key);
	}
	for (const y of seed.you_said) {
		claim(y.key, 'you said');
		for (const p of y.priorities) if (!priorities.has(p)) errors.push(`${y.key}: unknown priority "${p}"`);
		for (const a of y.actions) if (!actions.has(a)) errors.push(`${y.key}: unknown action "${a}"`);
		for (const a of y.actions) if (!y.basis[a]) errors.push(`${y.key}: no basis for the link to "${a}"`);
		for (const a of Object.keys(y.basis))
			if (!y.actions.includes(a)) errors.push(`${y.key}: basis for "${a}", which it is not linked to`);
		if (y.engagement && !engagements.has(y.engagement)) errors.push(`${y.key}: unknown engagement "${y.engagement}"`);
	}
	return errors;
}
