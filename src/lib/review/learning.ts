/**
 * How much the theme suggestions improved from an area's own reviews (issue 17, item 4): the
 * newest reviews are held out; the suggestions every area starts with and a model learnt from the
 * older reviews are both scored on them (micro-F1 against what reviewers confirmed). Pure, server
 * side (it trains a model, which takes a fraction of a second for a few hundred reviews).
 */
import { builtInModel, tagThemes, train, type ThemeDef, type TrainingExample } from '../nlp';
import { suggestionAccuracy } from './accuracy';

/** Fewer reviews than this give no figure: the held-out part would be too small to mean much. */
export const MIN_REVIEWS_FOR_FIGURE = 20;

export interface Learnt {
	/** Reviews learnt from, and reviews held out to test on. */
	trainedOn: number;
	testedOn: number;
	/** Micro-F1 (0..1) on the held-out reviews: before any reviews, and learnt from the older ones. */
	before: number;
	after: number;
}

const f1 = (p: number | null, r: number | null) =>
	p === null || r === null || p + r === 0 ? 0 : (2 * p * r) / (p + r);

function score(test: readonly TrainingExample[], suggest: (e: TrainingExample) => string[]): number {
	const a = suggestionAccuracy(test.map((e) => ({ suggested: suggest(e), confirmed: e.themes })));
	return f1(a.total.precision, a.total.recall);
}

/** `examples` oldest review first. Null below MIN_REVIEWS_FOR_FIGURE. */
export function learntFromReviews(examples: readonly TrainingExample[], themes: readonly ThemeDef[]): Learnt | null {
	if (examples.length < MIN_REVIEWS_FOR_FIGURE) return null;
	const cut = Math.floor(examples.length * 0.75);
	const older = examples.slice(0, cut);
	const newest = examples.slice(cut);
	const model = train(older, { themes: [...themes] });
	const suggest = (m: typeof model) => (e: TrainingExample) =>
		tagThemes(e.text, { themes: [...themes], model: m, ...(e.role ? { role: e.role } : {}) }).themes;
	return {
		trainedOn: older.length,
		testedOn: newest.length,
		before: score(newest, suggest(builtInModel)),
		after: score(newest, suggest(model))
	};
}
