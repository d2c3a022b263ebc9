/**
 * How often the analyser's suggested themes were right, judged against the themes reviewers
 * confirmed. Pure functions, no database.
 *
 * For one theme over the reviewed items:
 *   precision = items suggested AND confirmed / items suggested   ("when it suggests X, how often is it right")
 *   recall    = items suggested AND confirmed / items confirmed   ("of the items about X, how many did it suggest")
 * Either is null when its denominator is 0. The total row adds the counts of every theme
 * together (micro-average).
 */

export interface Labelled {
	suggested: readonly string[];
	confirmed: readonly string[];
}

export interface AccuracyRow {
	themeId: string;
	suggested: number;
	confirmed: number;
	both: number;
	precision: number | null;
	recall: number | null;
}

export interface Accuracy {
	items: number;
	rows: AccuracyRow[];
	total: Omit<AccuracyRow, 'themeId'>;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** One row per theme in `themeIds` (default: every theme suggested or confirmed, sorted). */
export function suggestionAccuracy(items: readonly Labelled[], themeIds?: readonly string[]): Accuracy {
	const ids = themeIds ?? [...new Set(items.flatMap((i) => [...i.suggested, ...i.confirmed]))].sort();
	const rows = ids.map((themeId): AccuracyRow => {
		let suggested = 0;
		let confirmed = 0;
		let both = 0;
		for (const item of items) {
			const s = item.suggested.includes(themeId);
			const c = item.confirmed.includes(themeId);
			if (s) suggested++;
			if (c) confirmed++;
			if (s && c) both++;
		}
		return { themeId, suggested, confirmed, both, precision: ratio(both, suggested), recall: ratio(both, confirmed) };
	});
	const sum = (k: 'suggested' | 'confirmed' | 'both') => rows.reduce((n, r) => n + r[k], 0);
	const suggested = sum('suggested');
	const confirmed = sum('confirmed');
	const both = sum('both');
	return {
		items: items.length,
		rows,
		total: { suggested, confirmed, both, precision: ratio(both, suggested), recall: ratio(both, confirmed) }
	};
}

/** "72%" or "-" for a share that cannot be worked out. */
export function percent(share: number | null): string {
	return share === null ? '-' : `${Math.round(share * 100)}%`;
}
