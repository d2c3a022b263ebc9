// The learnt half of theme tagging: one-vs-rest logistic regression over binary stem and
// stem-pair features. Hand-rolled rather than natural's classifiers because it is multi-label
// by construction, trains deterministically (so the committed model can be checked for
// staleness), serialises to a small JSON, and scores a statement in microseconds.
import NGrams from 'natural/lib/natural/ngrams/ngrams.js';
import type { ThemeModel, TrainingExample } from './types';
import { NEGATORS, STOPWORDS } from './text';

const SCOPE_BREAK = new Set(['but', 'though', 'although', 'however', 'because', 'until']);
const KEEP_NUMBERS = new Set(['18', '16', '25', '111', '999', '24', '7']);

/** Binary features of a statement: content stems and adjacent content-stem pairs. */
export function featuresOf(tokens: readonly string[], stems: readonly string[], role?: string): string[] {
	let base = featureCache.get(stems);
	if (!base) {
		base = baseFeatures(tokens, stems);
		featureCache.set(stems, base);
	}
	// Who is speaking shifts the odds: parents write about support for parents far more often.
	return role ? [...base, `role:${role}`] : [...base];
}

// Themes and sentiment both need a statement's features; compute them once per stems array.
const featureCache = new WeakMap<readonly string[], string[]>();

function baseFeatures(tokens: readonly string[], stems: readonly string[]): string[] {
	const content: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i] as string;
		if (STOPWORDS.has(tok) || NEGATORS.has(tok)) continue;
		if (/^\d+$/.test(tok) && !KEEP_NUMBERS.has(tok)) continue;
		if (tok.length < 2 && !/\d/.test(tok)) continue;
		content.push(stems[i] as string);
	}
	const set = new Set(content);
	for (const [a, b] of NGrams.bigrams(content)) set.add(`${a as string} ${b as string}`);
	// Negation scope: "didn't listen", "never explained", "no support" become their own features,
	// up to three content words after the negator and never across "but".
	let scope = 0;
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i] as string;
		if (NEGATORS.has(tok) || tok.endsWith("n't")) scope = 3;
		else if (SCOPE_BREAK.has(tok)) scope = 0;
		else if (scope > 0 && !STOPWORDS.has(tok)) {
			set.add(`not:${stems[i] as string}`);
			scope--;
		}
	}
	return [...set];
}

export interface CompiledModel {
	source: ThemeModel;
	themeIndex: Map<string, number>;
	/** feature -> weights per theme, in source.themes order. */
	weights: Map<string, Float64Array>;
	bias: Float64Array;
}

/** A model of weights alone (no lexicon, no training record): how sentiment and prior weights are kept. */
export function weightsModel(
	themes: string[],
	weights: Record<string, Record<string, number>>,
	bias: Record<string, number>,
	threshold = 0.5
): ThemeModel {
	return {
		format: 'said-and-done/theme-model',
		version: 1,
		themes,
		weights,
		bias,
		lexiconShare: 0,
		threshold,
		trainedOn: { examples: 0, positives: {} }
	};
}

export function compileModel(model: ThemeModel): CompiledModel {
	const n = model.themes.length;
	const weights = new Map<string, Float64Array>();
	model.themes.forEach((id, t) => {
		for (const [f, w] of Object.entries(model.weights[id] ?? {})) {
			let arr = weights.get(f);
			if (!arr) {
				arr = new Float64Array(n);
				weights.set(f, arr);
			}
			arr[t] = w;
		}
	});
	return {
		source: model,
		themeIndex: new Map(model.themes.map((id, i) => [id, i])),
		weights,
		bias: Float64Array.from(model.themes.map((id) => model.bias[id] ?? 0))
	};
}

/** Classifier probability per model theme for one statement's features. */
export function classify(model: CompiledModel, features: readonly string[]): Float64Array {
	const n = model.source.themes.length;
	const z = Float64Array.from(model.bias);
	const hit: Float64Array[] = [];
	for (const f of features) {
		const w = model.weights.get(f);
		if (w) hit.push(w);
	}
	// Same length normalisation as training: each present feature counts 1/sqrt(#features).
	const scale = features.length ? 1 / Math.sqrt(features.length) : 0;
	for (const w of hit) {
		for (let t = 0; t < n; t++) z[t] = (z[t] as number) + (w[t] as number) * scale;
	}
	for (let t = 0; t < n; t++) z[t] = 1 / (1 + Math.exp(-(z[t] as number)));
	return z;
}

/** Validates and returns a model read back from JSON (e.g. a Postgres jsonb column). */
export function loadModel(json: unknown): ThemeModel {
	const m = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<ThemeModel> | null;
	if (!m || m.format !== 'said-and-done/theme-model' || m.version !== 1) {
		throw new Error('not a said-and-done theme model (format/version mismatch)');
	}
	if (
		!Array.isArray(m.themes) ||
		typeof m.weights !== 'object' ||
		m.weights === null ||
		typeof m.bias !== 'object' ||
		m.bias === null
	) {
		throw new Error('theme model is missing themes, weights or bias');
	}
	if (typeof m.threshold !== 'number' || typeof m.lexiconShare !== 'number') {
		throw new Error('theme model is missing threshold or lexiconShare');
	}
	return m as ThemeModel;
}

const MIN_DF = 2;

export interface FitOptions {
	epochs: number;
	learningRate: number;
	l2: number;
	prior?: ThemeModel | null;
}

export interface Vectorised {
	features: string[][];
	labels: string[][];
}

/**
 * Fits one logistic regression per theme with plain SGD in a fixed order, so the same
 * examples always give the same weights. With a prior model, weights are pulled towards the
 * prior instead of towards zero: reviewers' labels adjust the built-in model rather than
 * replace it.
 */
export function fit(
	data: Vectorised,
	themes: readonly string[],
	opts: FitOptions
): { weights: Record<string, Record<string, number>>; bias: Record<string, number> } {
	// A feature seen in only one statement is mostly noise and bloats the stored model.
	const df = new Map<string, number>();
	for (const fs of data.features) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
	const vocab = new Map<string, number>();
	const rows = data.features.map((fs) => {
		const idx: number[] = [];
		for (const f of fs) {
			if ((df.get(f) as number) < MIN_DF) continue;
			let i = vocab.get(f);
			if (i === undefined) {
				i = vocab.size;
				vocab.set(f, i);
			}
			idx.push(i);
		}
		return idx;
	});
	// Features of the prior that these examples never show still belong in the model.
	if (opts.prior) {
		for (const id of themes) {
			for (const f of Object.keys(opts.prior.weights[id] ?? {})) if (!vocab.has(f)) vocab.set(f, vocab.size);
		}
	}
	const featureNames = [...vocab.keys()];
	const weights: Record<string, Record<string, number>> = {};
	const bias: Record<string, number> = {};
	for (const id of themes) {
		const prior = new Float64Array(vocab.size);
		const priorW = opts.prior?.weights[id];
		if (priorW) for (const [f, w] of Object.entries(priorW)) prior[vocab.get(f) as number] = w;
		const w = Float64Array.from(prior);
		let b = opts.prior?.bias[id] ?? -2;
		const y = data.labels.map((ls) => (ls.includes(id) ? 1 : 0));
		const pos = y.reduce<number>((a, v) => a + v, 0);
		if (pos === 0 && !priorW) {
			weights[id] = {};
			bias[id] = -6;
			continue;
		}
		// Positives are rare for most themes; weight them up, but gently.
		const posWeight = Math.min(4, Math.sqrt(Math.max(1, (y.length - pos) / Math.max(1, pos))));
		for (let epoch = 0; epoch < opts.epochs; epoch++) {
			const lr = opts.learningRate / (1 + epoch * 0.05);
			for (let r = 0; r < rows.length; r++) {
				const idx = rows[r] as number[];
				// Scale by all of the statement's features, as classify() does, not just the kept ones.
				const n = (data.features[r] as string[]).length;
				const scale = n ? 1 / Math.sqrt(n) : 0;
				let z = b;
				for (const i of idx) z += (w[i] as number) * scale;
				const p = 1 / (1 + Math.exp(-z));
				const target = y[r] as number;
				const g = (p - target) * (target ? posWeight : 1);
				for (const i of idx) {
					w[i] = (w[i] as number) - lr * (g * scale + opts.l2 * ((w[i] as number) - (prior[i] as number)));
				}
				b -= lr * g * 0.5;
			}
		}
		const out: Record<string, number> = {};
		for (let i = 0; i < featureNames.length; i++) {
			const v = Math.round((w[i] as number) * 1e4) / 1e4;
			if (Math.abs(v) >= 0.01) out[featureNames[i] as string] = v;
		}
		weights[id] = sortKeys(out);
		bias[id] = Math.round(b * 1e4) / 1e4;
	}
	return { weights, bias };
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
	const out: Record<string, T> = {};
	for (const k of Object.keys(o).sort()) out[k] = o[k] as T;
	return out;
}

export type { TrainingExample };
