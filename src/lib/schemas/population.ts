/**
 * Population figures an area's plan documents give (`seeds/population/{slug}.json`), so the
 * people we heard from can be compared with the people who live there ("Who we heard from").
 *
 * Only figures a document states are recorded, each with its source file and the sentence it
 * came from, word for word (`quote`), so anyone can check it. Nothing is split, projected or
 * derived: a plan that gives "0-25 year olds" is recorded as `age_range: "0-25"`, never spread
 * over the app's age bands.
 */
import { z } from 'zod';
import { AGE_BANDS } from './survey';
import { EQUALITY_QUESTIONS } from '../survey/answers';

export const POPULATION_DIMENSIONS = [
	'age_band',
	'locality',
	'ethnic_group',
	'send',
	'care_experienced',
	'young_carer',
	'gender',
	'total'
] as const;
export type PopulationDimension = (typeof POPULATION_DIMENSIONS)[number];

const options = (key: string): readonly string[] => EQUALITY_QUESTIONS.find((q) => q.key === key)?.options ?? [];

/** The ONS 2021 high-level ethnic groups, exactly as the survey stores them. */
export const ETHNIC_GROUPS = options('ethnic_group');
/**
 * "Ethnic minority backgrounds" as plans report it (everyone but White British, usually): not one
 * of the ONS high-level groups and not a sum of them (White includes minorities), so it cannot
 * be compared group by group with survey answers.
 */
export const ETHNIC_MINORITY = 'ethnic_minority';
export const GENDER_GROUPS = options('gender');
/** send, care_experienced and young_carer figures count the people for whom the answer is "Yes". */
export const YES = 'Yes';

/** How a document qualifies a figure ("around 1,300", "over 2,200"). */
export const QUALIFIERS = ['around', 'about', 'over', 'under'] as const;

const key = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]*$/, 'keys are lower-case letters, digits and hyphens')
	.max(80);
const source = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'the source file name from shared/seeds');

export const populationFigure = z
	.object({
		/** Stable within the area file: the seeder matches rows on (area, key). */
		key,
		dimension: z.enum(POPULATION_DIMENSIONS),
		/**
		 * The app's own value: an age band key (AGE_BANDS), a locality exactly as the area's seed
		 * file names it, an ONS ethnic group (or ETHNIC_MINORITY), a gender option, or "Yes" for
		 * send / care_experienced / young_carer. Null for `total`, and for an age range that is
		 * not one of the app's bands (then `age_range` says what it is).
		 */
		group: z.string().min(1).max(120).nullable(),
		/** The place the figure is about when it is narrower than the whole area. */
		locality: z.string().min(1).max(120).nullable().default(null),
		/** Ages as the document gives them ("0-25", "0-19", "all ages"); null when it does not say. */
		age_range: z.string().min(1).max(40).nullable().default(null),
		count: z.number().int().nonnegative().nullable().default(null),
		/** Percent, 0 to 100, as the document gives it. */
		share: z.number().min(0).max(100).nullable().default(null),
		qualifier: z.enum(QUALIFIERS).nullable().default(null),
		/** Who the count is of, or the share is a share of, in words: "residents of all ages". */
		population: z.string().min(3).max(200),
		/** When, as the document gives it ("2021", "July 2024"); null when it does not say. */
		year: z.string().min(4).max(40).nullable().default(null),
		source_file: source,
		/** The sentence the figure came from, word for word. */
		quote: z.string().min(10).max(1000)
	})
	.superRefine((f, ctx) => {
		const issue = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
		if (f.count === null && f.share === null) issue('give a count, a share or both', 'count');
		switch (f.dimension) {
			case 'total':
				if (f.group !== null) issue('a total has no group', 'group');
				if (f.age_range === null) issue('a total says which ages it covers', 'age_range');
				break;
			case 'age_band':
				if (f.group === null ? f.age_range === null : !(AGE_BANDS as readonly string[]).includes(f.group))
					issue(`an age band is one of ${AGE_BANDS.join(', ')}, or null with the age range as stated`, 'group');
				break;
			case 'locality':
				if (f.group === null) issue('name the locality', 'group');
				if (f.locality !== null) issue('a locality figure names its place in group, not locality', 'locality');
				break;
			case 'ethnic_group':
				if (f.group !== ETHNIC_MINORITY && !ETHNIC_GROUPS.includes(f.group ?? ''))
					issue(`an ethnic group is one of ${ETHNIC_GROUPS.join('; ')} or ${ETHNIC_MINORITY}`, 'group');
				break;
			case 'gender':
				if (!GENDER_GROUPS.includes(f.group ?? '')) issue(`a gender is one of ${GENDER_GROUPS.join(', ')}`, 'group');
				break;
			default:
				if (f.group !== YES) issue(`${f.dimension} figures count the people for whom it is "${YES}"`, 'group');
		}
	});

export const areaPopulation = z.object({
	area: z.enum(['blmk', 'llr', 'kent-medway', 'ssot']),
	/** What a reader should know, e.g. that the documents give no population figures. */
	notes: z.string().max(2000).default(''),
	figures: z.array(populationFigure)
});

export type PopulationFigure = z.infer<typeof populationFigure>;
export type AreaPopulation = z.infer<typeof areaPopulation>;

/**
 * Checks against the area's own seed file: localities named exactly as the area names them,
 * sources the area lists, keys unique. Returns one message per problem.
 */
export function populationReferenceErrors(
	pop: AreaPopulation,
	area: { slug: string; localities: string[]; sources: { file: string }[] }
): string[] {
	const errors: string[] = [];
	if (pop.area !== area.slug) errors.push(`figures for "${pop.area}" checked against area "${area.slug}"`);
	const files = new Set(area.sources.map((s) => s.file));
	const seen = new Set<string>();
	for (const f of pop.figures) {
		if (seen.has(f.key)) errors.push(`duplicate key "${f.key}"`);
		seen.add(f.key);
		if (!files.has(f.source_file))
			errors.push(`${f.key}: source "${f.source_file}" is not one of the area's documents`);
		if (f.dimension === 'locality' && !area.localities.includes(f.group ?? ''))
			errors.push(`${f.key}: unknown locality "${f.group}"`);
		if (f.locality !== null && !area.localities.includes(f.locality))
			errors.push(`${f.key}: unknown locality "${f.locality}"`);
	}
	return errors;
}
