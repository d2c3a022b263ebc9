/**
 * "Who we heard from" (re-exported by services/trace.ts): the people heard from against the
 * area's population, small numbers suppressed, because that page may be shared.
 */
import type { Tx } from '../db/types';
import { AGE_LABEL } from '../../vocabulary';
import { EQUALITY_QUESTIONS } from '../../survey/answers';
import {
	populationShares,
	representation,
	type PopulationBasis,
	type Representation,
	type RepresentationRow
} from '../../reach/representation';
import { suppress, type Suppressed } from '../../privacy/small-numbers';
import { population, respondentCounts, type CountDimension, type PopulationRow } from './population';

/** A period of local dates, inclusive; null on either side is no limit. */
export interface Period {
	from: string | null;
	to: string | null;
}

export const ALL_TIME: Period = { from: null, to: null };

export { AGE_LABEL };

export interface WhoDimension {
	key: CountDimension;
	/** "Age", "Place", or the equality question. */
	title: string;
	/** Suppressed rows, gaps flagged; labels ready to show. */
	rows: (RepresentationRow & { label: string; flag: 'under_heard' | 'not_heard' | null })[];
	stated: Suppressed;
	total: Suppressed;
	/** What the comparison is with, or null when the area has no usable figures for this. */
	basis: { method: PopulationBasis<PopulationRow>['method']; figures: PopulationRow[] } | null;
	/** Nobody said which group they are in. */
	unanswered: boolean;
}

export interface WhoWeHeardFrom {
	period: Period;
	/**
	 * Everyone heard from (survey responses not taken back, and event participants), suppressed,
	 * and hidden when a breakdown hides its own total.
	 */
	total: Suppressed;
	/** When the total is hidden: the most people any breakdown shows (those who answered its question), if any. */
	atLeast: number | null;
	dimensions: WhoDimension[];
	/** Every population figure the area holds, with where it came from. */
	figures: (PopulationRow & { source_title: string | null; publisher: string | null })[];
}

const DIMENSION_TITLE: Record<string, string> = { age_band: 'Age', locality: 'Place' };

/**
 * The people heard from in the period by age band, place and equality group, against the area's
 * population figures where it has usable ones. Only suppressed figures are returned: counts of
 * 1 to 9 are "fewer than 10", with secondary suppression (see `reach/representation.ts`).
 */
export async function who(tx: Tx, areaId: string, period: Period = ALL_TIME): Promise<WhoWeHeardFrom> {
	const figures = await population(tx, areaId);
	const counts = await respondentCounts(tx, areaId, { from: period.from, to: period.to });
	const sources = (
		await tx.query<{ file: string; title: string; publisher: string }>(
			`select file, title, publisher from public.source_documents where area_id = $1`,
			[areaId]
		)
	).rows;
	const source = new Map(sources.map((s) => [s.file, s]));

	const keys: CountDimension[] = ['age_band', 'locality', ...EQUALITY_QUESTIONS.map((q) => q.key)];
	const dimensions = keys.map((key): WhoDimension => {
		const groups = counts.groups[key];
		const offered = groups.map((g) => g.group).filter((g) => g !== 'unknown' && g !== 'prefer_not_to_say');
		const basis = populationShares(figures, key, offered);
		const result: Representation = representation(groups, basis?.shares ?? []);
		const q = EQUALITY_QUESTIONS.find((e) => e.key === key);
		const label = (g: string) =>
			g === 'unknown'
				? 'Not known'
				: g === 'prefer_not_to_say'
					? 'Prefer not to say'
					: key === 'age_band'
						? (AGE_LABEL[g] ?? g)
						: g;
		const statedCount = groups.filter((g) => offered.includes(g.group)).reduce((n, g) => n + g.count, 0);
		return {
			key,
			title: DIMENSION_TITLE[key] ?? q?.label ?? key,
			rows: result.rows.map((r) => ({
				...r,
				label: label(r.group),
				flag:
					r.gap === 'under_heard'
						? 'under_heard'
						: r.gap === 'no_respondents' && r.populationShare !== null
							? 'not_heard'
							: null
			})),
			stated: result.stated,
			total: result.total,
			basis: basis ? { method: basis.method, figures: basis.figures } : null,
			unanswered: statedCount === 0
		};
	});
	// Everyone counted is each breakdown's total too: where a breakdown hides its total (so that a
	// small "not known" group cannot be worked out from it), the headline figure must be hidden as
	// well. Then the most people any breakdown shows as having answered is a safe "at least".
	const total = dimensions.find((d) => d.total.value === null)?.total ?? suppress(counts.total);
	const atLeast = total.value === null ? Math.max(0, ...dimensions.map((d) => d.stated.value ?? 0)) || null : null;
	return {
		period,
		total,
		atLeast,
		dimensions,
		figures: figures.map((f) => ({
			...f,
			source_title: f.source_file ? (source.get(f.source_file)?.title ?? null) : null,
			publisher: f.source_file ? (source.get(f.source_file)?.publisher ?? null) : null
		}))
	};
}
