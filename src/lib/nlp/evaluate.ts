// Measuring theme and sentiment quality: per-theme precision/recall/F1, micro-F1, bootstrap
// intervals (seeded, so a benchmark prints the same numbers twice) and sentiment confusion.
// Pure: the benchmark and a future "how much has the model learnt from your board" page share it.
import type { Sentiment } from './types';

export interface Labelled {
	gold: readonly string[];
	got: readonly string[];
}

export interface Counts {
	tp: number;
	fp: number;
	fn: number;
}

export interface Prf {
	precision: number;
	recall: number;
	f1: number;
	support: number;
}

export function prf(c: Counts): Prf {
	const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
	const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return { precision, recall, f1, support: c.tp + c.fn };
}

/** Counts per theme over a set of statements (only the themes listed). */
export function themeCounts(items: readonly Labelled[], themes: readonly string[]): Map<string, Counts> {
	const per = new Map<string, Counts>(themes.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
	for (const it of items) {
		const gold = new Set(it.gold);
		const got = new Set(it.got);
		for (const [t, c] of per) {
			if (got.has(t) && gold.has(t)) c.tp++;
			else if (got.has(t)) c.fp++;
			else if (gold.has(t)) c.fn++;
		}
	}
	return per;
}

export function microF1(items: readonly Labelled[], themes: readonly string[]): Prf {
	const sum: Counts = { tp: 0, fp: 0, fn: 0 };
	for (const c of themeCounts(items, themes).values()) {
		sum.tp += c.tp;
		sum.fp += c.fp;
		sum.fn += c.fn;
	}
	return prf(sum);
}

/** Deterministic PRNG (mulberry32) for bootstrap resampling. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Interval {
	value: number;
	low: number;
	high: number;
}

/** 95% percentile bootstrap interval of any statistic over statements (resampled with replacement). */
export function bootstrap<T>(
	items: readonly T[],
	stat: (sample: readonly T[]) => number,
	rounds = 1000,
	seed = 17
): Interval {
	const value = stat(items);
	const next = rng(seed);
	const values: number[] = [];
	for (let r = 0; r < rounds; r++) {
		const sample: T[] = new Array<T>(items.length);
		for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(next() * items.length)] as T;
		values.push(stat(sample));
	}
	values.sort((a, b) => a - b);
	return {
		value,
		low: values[Math.floor(rounds * 0.025)] as number,
		high: values[Math.min(rounds - 1, Math.floor(rounds * 0.975))] as number
	};
}

export interface ThemeReport {
	micro: Prf & { f1Interval: Interval };
	perTheme: Array<{ id: string } & Prf & { precisionInterval: Interval; recallInterval: Interval }>;
}

/** Per-theme precision and recall with bootstrap intervals, and micro-F1 with its interval. */
export function themeReport(items: readonly Labelled[], themes: readonly string[], rounds = 1000): ThemeReport {
	const counts = themeCounts(items, themes);
	const perTheme = themes.map((id) => {
		const one = [id];
		return {
			id,
			...prf(counts.get(id) as Counts),
			precisionInterval: bootstrap(items, (s) => prf(themeCounts(s, one).get(id) as Counts).precision, rounds),
			recallInterval: bootstrap(items, (s) => prf(themeCounts(s, one).get(id) as Counts).recall, rounds)
		};
	});
	const micro = microF1(items, themes);
	return { micro: { ...micro, f1Interval: bootstrap(items, (s) => microF1(s, themes).f1, rounds) }, perTheme };
}

export const SENTIMENTS: readonly Sentiment[] = ['positive', 'negative', 'mixed', 'neutral'];

/** Accuracy and confusion (gold -> predicted -> count) of sentiment labels. */
export function sentimentReport(items: ReadonlyArray<{ gold: Sentiment; got: Sentiment }>): {
	accuracy: Interval;
	confusion: Record<Sentiment, Record<Sentiment, number>>;
	recall: Record<Sentiment, number>;
} {
	const confusion = Object.fromEntries(
		SENTIMENTS.map((g) => [g, Object.fromEntries(SENTIMENTS.map((p) => [p, 0]))])
	) as Record<Sentiment, Record<Sentiment, number>>;
	for (const it of items) confusion[it.gold][it.got]++;
	const recall = Object.fromEntries(
		SENTIMENTS.map((g) => {
			const n = SENTIMENTS.reduce((a, p) => a + confusion[g][p], 0);
			return [g, n ? confusion[g][g] / n : 0];
		})
	) as Record<Sentiment, number>;
	const acc = (s: readonly { gold: Sentiment; got: Sentiment }[]) =>
		s.length ? s.filter((x) => x.gold === x.got).length / s.length : 0;
	return { accuracy: bootstrap(items, acc), confusion, recall };
}
