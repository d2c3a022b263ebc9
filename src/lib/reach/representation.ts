/**
 * "Who we heard from": the people heard from in each group (age band, place, ethnic group, ...)
 * set against the group's share of the area's population, with under-heard groups flagged and
 * small numbers hidden (DOMAIN.md, Privacy).
 *
 * Pure: counts in, a table out. Shares of respondents are shares of the people who said which
 * group they are in, since that is what a population share compares with; "prefer not to say"
 * and not known are rows of their own, counted but not compared.
 *
 * Suppression works at two levels, so no hidden count can be worked out from what is shown:
 * - the groups, whose total is the people who said (`stated`): counts 1-9 are "fewer than 10",
 *   and if exactly one is hidden another is too (`suppressBreakdown`);
 * - the stated total, "prefer not to say" and not known, whose sum is everyone (`total`). The
 *   stated total can be worked out from any shown group's count and share, so it is never hidden
 *   as a second cell: if one of the other two is small the other is hidden, or else the total.
 * A hidden count also hides its share and ratio (count = share x stated).
 */
import {
	SECONDARY_LABEL,
	DEFAULT_THRESHOLD,
	suppress,
	suppressBreakdown,
	type Suppressed
} from '../privacy/small-numbers';
import { PREFER_NOT } from '../survey/answers';

export { PREFER_NOT };
/** The group of people whose answer is not known (not asked, skipped, or not recorded). */
export const UNKNOWN = 'unknown';
/** Heard from at less than half the rate their share of the population would suggest. */
export const UNDER_HEARD_RATIO = 0.5;

export interface GroupCount {
	group: string;
	count: number;
}

export interface PopulationShare {
	group: string;
	/** Percent (0-100) of the area's population, all shares of the same whole. */
	share: number;
}

/**
 * - no_respondents: nobody in the group was heard from;
 * - under_heard: heard from at less than half the rate of the group's population share;
 * - too_few: fewer than 10 heard from, too few to compare (the count itself is hidden).
 */
export type Gap = 'no_respondents' | 'under_heard' | 'too_few';

export interface RepresentationRow {
	group: string;
	kind: 'group' | 'prefer_not_to_say' | 'unknown';
	/** The count when it is safe to show, otherwise null. */
	respondents: number | null;
	/** "42", "fewer than 10" or "not shown". */
	text: string;
	/** Percent of the people who said which group they are in; null when hidden, and for the two other kinds. */
	respondentShare: number | null;
	/** Percent of the population, as given; null when no figure exists for the group. */
	populationShare: number | null;
	/** respondentShare / populationShare: 1 is heard in proportion, below 0.5 under-heard. */
	ratio: number | null;
	gap: Gap | null;
}

export interface Representation {
	/** Groups with a population figure in the given order, then other groups, then "prefer not to say", then not known. */
	rows: RepresentationRow[];
	/** Everyone counted. */
	total: Suppressed;
	/** The people who said which group they are in: the base of `respondentShare`. */
	stated: Suppressed;
}

export interface RepresentationOptions {
	threshold?: number;
	underHeardRatio?: number;
}

function merge(counts: GroupCount[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const { group, count } of counts) {
		suppress(count); // checks it is a whole number of 0 or more
		out.set(group, (out.get(group) ?? 0) + count);
	}
	return out;
}

export function representation(
	respondents: GroupCount[],
	population: PopulationShare[],
	options: RepresentationOptions = {}
): Representation {
	const threshold = options.threshold ?? DEFAULT_THRESHOLD;
	const underHeard = options.underHeardRatio ?? UNDER_HEARD_RATIO;
	const counts = merge(respondents);
	const shares = new Map<string, number>();
	for (const p of population) {
		if (!(p.share >= 0 && p.share <= 100))
			throw new RangeError(`A population share is a percent from 0 to 100, not ${p.share}`);
		if (p.group === PREFER_NOT || p.group === UNKNOWN) throw new RangeError(`"${p.group}" has no population share`);
		shares.set(p.group, p.share);
	}

	const groups = [
		...new Set([...shares.keys(), ...[...counts.keys()].filter((g) => g !== PREFER_NOT && g !== UNKNOWN)])
	];
	const known = suppressBreakdown(
		groups.map((group) => ({ label: group, count: counts.get(group) ?? 0 })),
		threshold
	);
	const stated = known.total;
	const statedCount = groups.reduce((n, g) => n + (counts.get(g) ?? 0), 0);

	// The second level: stated, prefer not to say, not known.
	const others = ([PREFER_NOT, UNKNOWN] as const)
		.filter((g) => counts.has(g))
		.map((group) => ({ group, count: counts.get(group)!, shown: suppress(counts.get(group)!, threshold) }));
	let total = suppress(statedCount + others.reduce((n, o) => n + o.count, 0), threshold);
	const hidden = [stated, ...others.map((o) => o.shown)].filter((s) => s.value === null).length;
	if (total.value !== null && hidden === 1) {
		const spare = others.filter((o) => o.shown.value !== null && o.count > 0).sort((a, b) => a.count - b.count)[0];
		if (spare) spare.shown = { value: null, label: SECONDARY_LABEL };
		else total = { value: null, label: SECONDARY_LABEL };
	}

	const rows: RepresentationRow[] = known.rows.map((cell) => {
		const count = counts.get(cell.label) ?? 0;
		const populationShare = shares.get(cell.label) ?? null;
		if (cell.value === null)
			return {
				group: cell.label,
				kind: 'group',
				respondents: null,
				text: cell.text,
				respondentShare: null,
				populationShare,
				ratio: null,
				gap: cell.text === SECONDARY_LABEL ? null : 'too_few'
			};
		const respondentShare = statedCount > 0 ? (count / statedCount) * 100 : null;
		const ratio =
			respondentShare !== null && populationShare !== null && populationShare > 0
				? respondentShare / populationShare
				: null;
		const gap: Gap | null =
			count === 0
				? populationShare === 0
					? null
					: 'no_respondents'
				: ratio !== null && ratio < underHeard
					? 'under_heard'
					: null;
		return {
			group: cell.label,
			kind: 'group',
			respondents: cell.value,
			text: cell.text,
			respondentShare,
			populationShare,
			ratio,
			gap
		};
	});
	for (const o of others)
		rows.push({
			group: o.group,
			kind: o.group === PREFER_NOT ? 'prefer_not_to_say' : 'unknown',
			respondents: o.shown.value,
			text: o.shown.label,
			respondentShare: null,
			populationShare: null,
			ratio: null,
			gap: null
		});
	return { rows, total, stated };
}

/** What `populationShares` needs of a population figure (the seed file's or the database's). */
export interface ShareFigure {
	dimension: string;
	group: string | null;
	locality: string | null;
	age_range: string | null;
	count: number | null;
	share: number | null;
	population: string;
	year: string | null;
}

export interface PopulationBasis<F extends ShareFigure> {
	shares: PopulationShare[];
	/** Whether the shares are as the documents give them, or worked out from counts for every group. */
	method: 'stated' | 'from_counts';
	/** The figures used, so a page can say what the comparison is with and where it came from. */
	figures: F[];
}

/**
 * Population shares for one dimension from the figures of that dimension that cover the whole area
 * (figures about one place only are left out):
 * - shares the documents give, all of the same population, age range and year (the set covering
 *   most of `groups` wins);
 * - otherwise, counts of the same age range and year for every one of `groups`, as shares of
 *   their sum (e.g. each place's residents as a share of the area's).
 * Null when the figures allow neither: then there is nothing to compare with.
 */
export function populationShares<F extends ShareFigure>(
	figures: F[],
	dimension: string,
	groups: string[]
): PopulationBasis<F> | null {
	const wanted = new Set(groups);
	const usable = figures.filter(
		(f) => f.dimension === dimension && f.locality === null && f.group !== null && wanted.has(f.group)
	);
	const bases = (pick: (f: F) => boolean, basis: (f: F) => string) => {
		const by = new Map<string, Map<string, F>>();
		for (const f of usable.filter(pick)) {
			const k = basis(f);
			if (!by.has(k)) by.set(k, new Map());
			if (!by.get(k)!.has(f.group!)) by.get(k)!.set(f.group!, f);
		}
		return [...by.values()].sort((a, b) => b.size - a.size);
	};

	const stated = bases(
		(f) => f.share !== null,
		(f) => JSON.stringify([f.population, f.age_range, f.year])
	)[0];
	if (stated)
		return {
			method: 'stated',
			figures: [...stated.values()],
			shares: [...stated.values()].map((f) => ({ group: f.group!, share: f.share! }))
		};

	const counted = bases(
		(f) => f.count !== null,
		(f) => JSON.stringify([f.age_range, f.year])
	).find((set) => groups.every((g) => set.has(g)));
	if (!counted) return null;
	const sum = [...counted.values()].reduce((n, f) => n + f.count!, 0);
	if (sum === 0) return null;
	return {
		method: 'from_counts',
		figures: groups.map((g) => counted.get(g)!),
		shares: groups.map((g) => ({ group: g, share: (counted.get(g)!.count! / sum) * 100 }))
	};
}
