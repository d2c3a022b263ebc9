// Theme tagging: lexicon evidence blended with the learnt classifier, per theme, 0..1.
import type { Sentiment, SentimentModel, ThemeDef, ThemeModel, ThemeResult, TrainingExample } from './types';
import { scoreSentiment, sentimentFeatures } from './sentiment';
import { compileLexicon, lexiconEvidence, type CompiledLexicon } from './lexicon';
import { classify, compileModel, featuresOf, fit, weightsModel, type CompiledModel } from './model';
import { prepare, SpellFixer, stem, STOPWORDS, type Prepared } from './text';
import { findPersonalDetails } from './redact';
import type { Redaction } from './types';

// Placeholders stand in for personal details while tagging, so "thanks Sarah" and "thanks Priya"
// look the same to the classifier, and a named school still says "school".
const PLACEHOLDER_WORD: Record<Redaction['kind'], string> = {
	name: 'personname',
	school: 'schoolname',
	email: 'emailaddress',
	phone: 'phonenumber',
	postcode: 'postcodearea',
	address: 'streetaddress',
	handle: 'socialhandle',
	url: 'weblink'
};

/** Prepared text for theme tagging, with personal details swapped for placeholder words. */
export function prepareForThemes(text: string, spans?: readonly Redaction[]): Prepared {
	const found = spans ?? findPersonalDetails(text);
	if (!found.length) return prepare(text);
	let out = '';
	let at = 0;
	for (const s of found) {
		out += text.slice(at, s.start) + ' ' + PLACEHOLDER_WORD[s.kind] + ' ';
		at = s.end;
	}
	return prepare(out + text.slice(at));
}

/** How fast lexicon evidence saturates: one strong cue (3) gives ~0.74, two give ~0.93. */
const LEX_RATE = 0.45;
/** Themes the classifier has never seen rely on the lexicon alone and need firmer evidence. */
const LEXICON_ONLY_THRESHOLD = 0.55;
/** Scores below this are left out of `scores` to keep results small. */
const REPORT_FLOOR = 0.1;

export interface Tagger {
	themes: readonly ThemeDef[];
	lexicon: CompiledLexicon;
	model: CompiledModel | null;
	/** For each theme, its index in the model, or -1 when the model does not know it. */
	modelIndex: Int32Array;
	spell: SpellFixer;
	knownStems: Set<string>;
}

export function createTagger(themes: readonly ThemeDef[], model: ThemeModel | null): Tagger {
	const lexicon = compileLexicon(themes);
	const compiled = model ? compileModel(model) : null;
	const knownStems = new Set<string>();
	if (compiled) for (const f of compiled.weights.keys()) if (!f.includes(' ')) knownStems.add(f);
	for (const key of lexicon.entries.keys()) for (const s of key.split(' ')) knownStems.add(s);
	return {
		themes,
		lexicon,
		model: compiled,
		modelIndex: Int32Array.from(themes.map((t) => compiled?.themeIndex.get(t.id) ?? -1)),
		spell: new SpellFixer(lexicon.words, STOPWORDS),
		knownStems
	};
}

/** Fixes likely typos of lexicon words ("apointment", "councelling") before stemming. */
function correctedStems(tagger: Tagger, p: Prepared): { tokens: string[]; stems: string[] } {
	let tokens = p.tokens;
	let stems = p.stems;
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i] as string;
		if (tok.length < 5 || tagger.knownStems.has(stems[i] as string)) continue;
		const fixed = tagger.spell.fix(tok);
		if (fixed !== tok) {
			if (tokens === p.tokens) {
				tokens = [...p.tokens];
				stems = [...p.stems];
			}
			tokens[i] = fixed;
			stems[i] = stem(fixed);
		}
	}
	return { tokens, stems };
}

/**
 * The lexicon's verdicts as classifier features ("lex:being-heard:2"), so the classifier learns
 * where hand-written cues over- or under-call a theme next to another (listening praise is both
 * staff-relationships and being-heard; "no idea where to go" is not staff).
 */
function withLexicon(features: string[], themes: readonly ThemeDef[], ev: Float64Array): string[] {
	themes.forEach((t, i) => {
		const e = ev[i] as number;
		if (e > 0) features.push(`lex:${t.id}:${e >= 3 ? 3 : e >= 1.5 ? 2 : 1}`);
	});
	return features;
}

export interface RawThemeScores {
	lexicon: Float64Array;
	classifier: Float64Array | null;
}

export function rawScores(tagger: Tagger, p: Prepared, role?: string): RawThemeScores {
	const { tokens, stems } = correctedStems(tagger, p);
	const ev = lexiconEvidence(tagger.lexicon, stems);
	const lexicon = ev.map((e) => 1 - Math.exp(-LEX_RATE * e));
	const classifier = tagger.model
		? classify(tagger.model, withLexicon(featuresOf(tokens, stems, role), tagger.themes, ev))
		: null;
	return { lexicon, classifier };
}

export function blend(
	tagger: Tagger,
	raw: RawThemeScores,
	share: number,
	threshold: number,
	perTheme?: Readonly<Record<string, number>>
): ThemeResult {
	const themes: string[] = [];
	const scores: Record<string, number> = {};
	const ranked: Array<[string, number]> = [];
	tagger.themes.forEach((theme, t) => {
		const lex = raw.lexicon[t] as number;
		const m = tagger.modelIndex[t] as number;
		let score: number;
		let cut: number;
		if (m >= 0 && raw.classifier) {
			score = share * lex + (1 - share) * (raw.classifier[m] as number);
			cut = perTheme?.[theme.id] ?? threshold;
		} else {
			score = lex;
			cut = LEXICON_ONLY_THRESHOLD;
		}
		const rounded = Math.round(score * 100) / 100;
		if (score >= cut) ranked.push([theme.id, rounded]);
		if (rounded >= REPORT_FLOOR) scores[theme.id] = rounded;
	});
	ranked.sort((a, b) => b[1] - a[1]);
	for (const [id] of ranked) themes.push(id);
	return { themes, scores };
}

export function tagPrepared(tagger: Tagger, p: Prepared, role?: string): ThemeResult {
	const share = tagger.model?.source.lexiconShare ?? 1;
	const threshold = tagger.model?.source.threshold ?? LEXICON_ONLY_THRESHOLD;
	return blend(tagger, rawScores(tagger, p, role), share, threshold, tagger.model?.source.thresholds);
}

export interface TrainOptions {
	/** The area's themes; labels outside this list are still learnt. Default: the 14 defaults. */
	themes?: readonly ThemeDef[];
	/** Start from, and stay close to, this model. Pass null to learn from the examples alone. */
	prior?: ThemeModel | null;
	/** Choose lexiconShare and threshold by 5-fold cross-validation (needs ~100+ examples). */
	tune?: boolean;
	epochs?: number;
	l2?: number;
	learningRate?: number;
}

export const TRAIN_DEFAULTS = {
	epochs: 40,
	l2: 0.002,
	learningRate: 0.6,
	lexiconShare: 0.5,
	threshold: 0.4
};

/**
 * Learns a theme model from labelled statements. Deterministic: the same examples and options
 * always give the same JSON.
 */
export function trainModel(
	examples: readonly TrainingExample[],
	themes: readonly ThemeDef[],
	opts: TrainOptions
): ThemeModel {
	const ids = [...themes.map((t) => t.id)];
	for (const e of examples) for (const id of e.themes) if (!ids.includes(id)) ids.push(id);
	const allThemes: ThemeDef[] = ids.map((id) => themes.find((t) => t.id === id) ?? { id, name: id });
	const prior = opts.prior ?? null;
	const fitOpts = {
		epochs: opts.epochs ?? TRAIN_DEFAULTS.epochs,
		l2: opts.l2 ?? TRAIN_DEFAULTS.l2,
		learningRate: opts.learningRate ?? TRAIN_DEFAULTS.learningRate,
		prior
	};
	// Spelling fixes during training use the lexicon (and prior) only, as at run time.
	const lexTagger = createTagger(allThemes, prior);
	const vectors = examples.map((e) => {
		const c = correctedStems(lexTagger, prepareForThemes(e.text));
		return withLexicon(featuresOf(c.tokens, c.stems, e.role), allThemes, lexiconEvidence(lexTagger.lexicon, c.stems));
	});
	const labels = examples.map((e) => e.themes);

	let share = prior?.lexiconShare ?? TRAIN_DEFAULTS.lexiconShare;
	let threshold = prior?.threshold ?? TRAIN_DEFAULTS.threshold;
	let thresholds = prior?.thresholds;
	if (opts.tune && examples.length >= 50) {
		({ share, threshold, thresholds } = tune(examples, allThemes, vectors, labels, fitOpts));
	}
	const { weights, bias } = fit({ features: vectors, labels }, ids, fitOpts);
	const positives: Record<string, number> = {};
	for (const id of ids) positives[id] = labels.filter((l) => l.includes(id)).length;
	const model: ThemeModel = {
		format: 'said-and-done/theme-model',
		version: 1,
		themes: ids,
		weights,
		bias,
		lexiconShare: share,
		threshold,
		...(thresholds ? { thresholds } : {}),
		trainedOn: { examples: examples.length, positives }
	};
	const sentiment = trainSentiment(examples, fitOpts, prior?.sentiment);
	if (sentiment) model.sentiment = sentiment;
	return model;
}

const SENTIMENT_THRESHOLD = 0.45;
// Four labels from a few hundred examples overfit quickly: fewer passes, firmer pull to zero.
const SENTIMENT_FIT = { l2: 0.01, epochs: 15 };
const SENTIMENT_LABELS: readonly Sentiment[] = ['positive', 'negative', 'mixed', 'neutral'];

/** Sentiment features of a training example, exactly as sentimentOf() builds them at run time. */
function sentimentVector(e: TrainingExample): string[] {
	const p = prepareForThemes(e.text);
	return sentimentFeatures(p, scoreSentiment(p.canonical));
}

/**
 * The learnt sentiment layer, when enough examples carry a sentiment label: praise/complaint
 * detectors (kept for older readers) and a four-way classifier with a real `mixed` class.
 */
function trainSentiment(
	examples: readonly TrainingExample[],
	fitOpts: { epochs: number; l2: number; learningRate: number },
	prior: SentimentModel | undefined
): SentimentModel | undefined {
	const labelled = examples.filter((e) => e.sentiment);
	if (labelled.length < 50) return prior;
	const features = labelled.map(sentimentVector);
	const labels = labelled.map((e) => [
		...(e.sentiment === 'positive' || e.sentiment === 'mixed' ? ['positive'] : []),
		...(e.sentiment === 'negative' || e.sentiment === 'mixed' ? ['negative'] : [])
	]);
	const priorModel = prior ? weightsModel(['positive', 'negative'], prior.weights, prior.bias, prior.threshold) : null;
	const { weights, bias } = fit({ features, labels }, ['positive', 'negative'], { ...fitOpts, prior: priorModel });
	const classPrior = prior?.classes
		? weightsModel([...SENTIMENT_LABELS], prior.classes.weights, prior.classes.bias)
		: null;
	const classes = fit({ features, labels: labelled.map((e) => [e.sentiment as Sentiment]) }, SENTIMENT_LABELS, {
		...fitOpts,
		...SENTIMENT_FIT,
		prior: classPrior
	});
	return {
		weights: { positive: weights.positive ?? {}, negative: weights.negative ?? {} },
		bias: { positive: bias.positive ?? 0, negative: bias.negative ?? 0 },
		threshold: prior?.threshold ?? SENTIMENT_THRESHOLD,
		classes: {
			weights: Object.fromEntries(SENTIMENT_LABELS.map((l) => [l, classes.weights[l] ?? {}])) as Record<
				Sentiment,
				Record<string, number>
			>,
			bias: Object.fromEntries(SENTIMENT_LABELS.map((l) => [l, classes.bias[l] ?? 0])) as Record<Sentiment, number>
		}
	};
}

/** Which cross-validation fold an example falls in: a whole source stays together. */
function foldOf(e: TrainingExample, i: number, k: number): number {
	if (!e.source) return i % k;
	let h = 0;
	for (let c = 0; c < e.source.length; c++) h = (h * 31 + e.source.charCodeAt(c)) >>> 0;
	return h % k;
}

const f1Of = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);

/**
 * 5-fold cross-validation (grouped by source where examples have one): picks the lexicon share
 * and a global threshold on micro-F1, then a threshold per theme on that theme's held-out F1,
 * pulled towards the global one when the theme has few positives.
 */
function tune(
	examples: readonly TrainingExample[],
	themes: readonly ThemeDef[],
	vectors: string[][],
	labels: string[][],
	fitOpts: Parameters<typeof fit>[2]
): { share: number; threshold: number; thresholds: Record<string, number> } {
	const k = 5;
	// Capped at 0.7 so reviewers' labels (the classifier) always move the result.
	const shares = [0.3, 0.4, 0.5, 0.6, 0.7];
	const grid: number[] = [];
	for (let t = 0.2; t <= 0.701; t += 0.025) grid.push(Math.round(t * 1000) / 1000);
	const ids = themes.map((t) => t.id);
	const n = examples.length;
	// Out-of-fold lexicon and classifier scores for every example.
	const lex: Float64Array[] = new Array<Float64Array>(n);
	const cls: Float64Array[] = new Array<Float64Array>(n);
	for (let fold = 0; fold < k; fold++) {
		const trainIdx: number[] = [];
		const testIdx: number[] = [];
		examples.forEach((e, i) => (foldOf(e, i, k) === fold ? testIdx : trainIdx).push(i));
		if (!testIdx.length) continue;
		const part = fit(
			{ features: trainIdx.map((i) => vectors[i] as string[]), labels: trainIdx.map((i) => labels[i] as string[]) },
			ids,
			fitOpts
		);
		const tagger = createTagger(themes, weightsModel(ids, part.weights, part.bias));
		for (const i of testIdx) {
			const e = examples[i] as TrainingExample;
			const raw = rawScores(tagger, prepareForThemes(e.text), e.role);
			lex[i] = raw.lexicon;
			cls[i] = raw.classifier as Float64Array;
		}
	}
	const done = [...Array(n).keys()].filter((i) => lex[i]);
	const gold = labels.map((l) => new Set(l));
	// counts[share][theme][threshold]
	let best = { share: TRAIN_DEFAULTS.lexiconShare, threshold: TRAIN_DEFAULTS.threshold, f1: -1 };
	let bestCounts: Array<Array<{ tp: number; fp: number; fn: number }>> = [];
	for (const share of shares) {
		const counts = ids.map(() => grid.map(() => ({ tp: 0, fp: 0, fn: 0 })));
		for (const i of done) {
			ids.forEach((id, t) => {
				const score =
					share * ((lex[i] as Float64Array)[t] as number) + (1 - share) * ((cls[i] as Float64Array)[t] as number);
				const isGold = (gold[i] as Set<string>).has(id);
				grid.forEach((cut, g) => {
					const c = (counts[t] as Array<{ tp: number; fp: number; fn: number }>)[g] as {
						tp: number;
						fp: number;
						fn: number;
					};
					if (score >= cut) {
						if (isGold) c.tp++;
						else c.fp++;
					} else if (isGold) c.fn++;
				});
			});
		}
		grid.forEach((cut, g) => {
			const sum = { tp: 0, fp: 0, fn: 0 };
			for (const row of counts) {
				const c = row[g] as { tp: number; fp: number; fn: number };
				sum.tp += c.tp;
				sum.fp += c.fp;
				sum.fn += c.fn;
			}
			const f1 = f1Of(sum);
			if (f1 > best.f1 + 1e-9) {
				best = { share, threshold: cut, f1 };
				bestCounts = counts;
			}
		});
	}
	const thresholds: Record<string, number> = {};
	ids.forEach((id, t) => {
		const row = bestCounts[t];
		if (!row) return;
		const positives = (row[0] as { tp: number; fn: number }).tp + (row[0] as { tp: number; fn: number }).fn;
		if (positives < 5) return;
		let bestG = grid.indexOf(best.threshold);
		let bestF = -1;
		row.forEach((c, g) => {
			const f = f1Of(c);
			if (f > bestF + 1e-9) {
				bestF = f;
				bestG = g;
			}
		});
		// Few positives make a noisy optimum: shrink towards the global threshold.
		const w = positives / (positives + SHRINK);
		thresholds[id] = Math.round((w * (grid[bestG] as number) + (1 - w) * best.threshold) * 1000) / 1000;
	});
	return { share: best.share, threshold: best.threshold, thresholds };
}

const SHRINK = 20;
