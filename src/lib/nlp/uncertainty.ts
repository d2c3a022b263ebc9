// How unsure the tagger is about a statement, so a review queue can offer the least certain
// items first (uncertainty sampling): reviewers' time then goes where a label teaches the most.
import type { ThemeModel, ThemeResult } from './types';

/** Distance from a theme's cut-off at which a decision counts as fully certain. */
const CERTAIN_MARGIN = 0.3;

/**
 * 0 (sure) .. 1 (a coin toss): the closest any theme's score came to its cut-off. A statement
 * with one theme at 0.95 and the rest near 0 is certain; one with a theme at 0.41 against a
 * cut-off of 0.4 is not. Themes missing from `scores` were below 0.1.
 */
export function themeUncertainty(
	result: Pick<ThemeResult, 'scores'>,
	themes: readonly string[],
	model: Pick<ThemeModel, 'threshold' | 'thresholds'> | null
): number {
	let closest = Infinity;
	for (const id of themes) {
		const cut = model?.thresholds?.[id] ?? model?.threshold ?? 0.55;
		const score = result.scores[id] ?? 0;
		closest = Math.min(closest, Math.abs(score - cut));
	}
	if (!Number.isFinite(closest)) return 0;
	return Math.max(0, 1 - closest / CERTAIN_MARGIN);
}

/** Items sorted least certain first (stable for ties), each with its uncertainty. */
export function leastCertainFirst<T>(
	items: readonly T[],
	uncertaintyOf: (item: T) => number
): Array<{ item: T; uncertainty: number }> {
	return items
		.map((item, i) => ({ item, uncertainty: uncertaintyOf(item), i }))
		.sort((a, b) => b.uncertainty - a.uncertainty || a.i - b.i)
		.map(({ item, uncertainty }) => ({ item, uncertainty }));
}
