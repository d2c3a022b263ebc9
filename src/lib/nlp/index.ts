// Said & Done text analysis: themes, sentiment, safeguarding and redaction, as pure functions.
// No database, no network. The built-in model is trained at build time (npm run nlp:train).
import type { Analysis, Role, Sentiment, ThemeDef, ThemeModel, ThemeResult, TrainingExample } from './types';
import { defaultThemes } from './taxonomy';
import { createTagger, prepareForThemes, tagPrepared, trainModel, type Tagger, type TrainOptions } from './themes';
import { loadModel } from './model';
import { compileSentiment, sentimentOf } from './sentiment';
import { detectInCanonical, detectSafeguarding } from './safeguarding';
import { applyRedactions, findPersonalDetails, redact, type RedactOptions } from './redact';
import { findEmerging, type EmergingCandidate, type EmergingInput, type EmergingOptions } from './emerging';
import { themeUncertainty } from './uncertainty';
import builtInModelJson from './model/default-model.json';

export type * from './types';
export type { RedactOptions, EmergingCandidate, EmergingInput, EmergingOptions, TrainOptions };
export { defaultThemes, detectSafeguarding, redact, loadModel };

/** The model trained from the project's labelled examples (TRAIN split), for the default themes. */
export const builtInModel: ThemeModel = loadModel(builtInModelJson);

export interface AnalyseOptions {
	/** The area's themes (default: the 14 default themes). */
	themes?: readonly ThemeDef[];
	/** The area's trained model (default: the built-in model). null: lexicon only. */
	model?: ThemeModel | null;
	/** Who wrote it, when known; parents' statements lean towards parent support, for example. */
	role?: Role;
	redaction?: RedactOptions;
}

// Compiling a lexicon and model takes a few milliseconds, so taggers are cached per model object
// and per theme list (by content, so a list rebuilt for each request still hits the cache).
// Models are cached by identity: load an area's model once, or hold an Analyser from
// createAnalyser().
const taggers = new WeakMap<ThemeModel | typeof NO_MODEL, Map<string, Tagger>>();
const NO_MODEL = {};

function themesKey(themes: readonly ThemeDef[]): string {
	return themes
		.map((t) => `${t.id}\u0001${t.name}\u0001${t.description ?? ''}\u0001${(t.keywords ?? []).join('\u0002')}`)
		.join('\u0003');
}

function taggerFor(themes: readonly ThemeDef[] = defaultThemes, model: ThemeModel | null | undefined): Tagger {
	const m = model === undefined ? builtInModel : model;
	const modelKey = m ?? NO_MODEL;
	let byThemes = taggers.get(modelKey);
	if (!byThemes) {
		byThemes = new Map();
		taggers.set(modelKey, byThemes);
	}
	const key = themes === defaultThemes ? '' : themesKey(themes);
	let tagger = byThemes.get(key);
	if (!tagger) {
		tagger = createTagger(themes, m);
		if (byThemes.size >= 32) byThemes.clear();
		byThemes.set(key, tagger);
	}
	return tagger;
}

function sentimentModelOf(tagger: Tagger) {
	const s = tagger.model?.source.sentiment ?? builtInModel.sentiment;
	return s ? compileSentiment(s) : null;
}

function analyseWith(
	tagger: Tagger,
	text: string,
	role: Role | undefined,
	redaction: RedactOptions | undefined
): Analysis {
	const spans = findPersonalDetails(text, redaction);
	const redacted = applyRedactions(text, spans);
	// One canonical pass serves themes, sentiment and safeguarding; personal details are already
	// placeholders, so "Sarah" and "Priya" read the same and never reach a model.
	const p = prepareForThemes(text, spans);
	const { themes, scores } = tagPrepared(tagger, p, role);
	const sg = detectInCanonical(p.canonical);
	const result: Analysis = {
		themes,
		scores,
		sentiment: sentimentOf(p, sentimentModelOf(tagger)),
		safeguarding: sg.safeguarding,
		safeguarding_reasons: sg.safeguarding_reasons,
		redacted,
		redactions: spans.map((s) => ({ kind: s.kind, start: s.start, end: s.end }))
	};
	if (sg.safeguarding_severity) result.safeguarding_severity = sg.safeguarding_severity;
	if (sg.safeguarding_about) result.safeguarding_about = sg.safeguarding_about;
	return result;
}

/**
 * Everything at once: suggested themes with 0..1 scores, indicative sentiment, a safeguarding
 * flag with reasons and severity, and the text with personal details replaced.
 */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
	return analyseWith(taggerFor(options.themes, options.model), text, options.role, options.redaction);
}

/** Suggested themes (zero, one or several) with scores in 0..1. */
export function tagThemes(text: string, options: AnalyseOptions = {}): ThemeResult {
	const tagger = taggerFor(options.themes, options.model);
	return tagPrepared(tagger, prepareForThemes(text), options.role);
}

/** Indicative sentiment: positive, negative, mixed or neutral. */
export function sentiment(text: string, options: Pick<AnalyseOptions, 'model'> = {}): Sentiment {
	const tagger = taggerFor(defaultThemes, options.model);
	return sentimentOf(prepareForThemes(text), sentimentModelOf(tagger));
}

/**
 * Learns a model from confirmed labels. By default it starts from, and stays close to, the
 * built-in model, so a few dozen reviewer decisions adjust it rather than replace it.
 * The result is plain JSON: store it (e.g. jsonb) and pass it back via loadModel().
 */
export function train(examples: readonly TrainingExample[], options: TrainOptions = {}): ThemeModel {
	const prior = options.prior === undefined ? builtInModel : options.prior;
	return trainModel(examples, options.themes ?? defaultThemes, { ...options, prior });
}

/** Candidate new themes from statements that fit no existing theme well. */
export function emergingThemes(
	statements: ReadonlyArray<string | EmergingInput>,
	options: EmergingOptions & Pick<AnalyseOptions, 'themes' | 'model'> = {}
): EmergingCandidate[] {
	return findEmerging(taggerFor(options.themes, options.model), statements, options);
}

/** A bound analyser for one area: compile its themes and model once, then call per statement. */
export interface Analyser {
	themes: readonly ThemeDef[];
	model: ThemeModel | null;
	analyse(text: string, options?: { role?: Role; redaction?: RedactOptions }): Analysis;
	tagThemes(text: string, options?: { role?: Role }): ThemeResult;
	emergingThemes(statements: ReadonlyArray<string | EmergingInput>, options?: EmergingOptions): EmergingCandidate[];
}

export function createAnalyser(options: Pick<AnalyseOptions, 'themes' | 'model'> = {}): Analyser {
	const themes = options.themes ?? defaultThemes;
	const model = options.model === undefined ? builtInModel : options.model;
	const tagger = createTagger(themes, model);
	return {
		themes,
		model,
		analyse: (text, o = {}) => analyseWith(tagger, text, o.role, o.redaction),
		tagThemes: (text, o = {}) => tagPrepared(tagger, prepareForThemes(text), o.role),
		emergingThemes: (statements, o = {}) => findEmerging(tagger, statements, o)
	};
}

export { findPersonalDetails };
export { topWords, type WordCount } from './words';
export { codebook, type CodebookEntry } from './codebook';
export { leastCertainFirst } from './uncertainty';

/**
 * How unsure the theme suggestions are, 0 (sure) .. 1 (a coin toss), for a statement or a result
 * already computed with the same themes and model. Pure; sort a review queue by it, highest first.
 */
export function uncertainty(input: string | Pick<ThemeResult, 'scores'>, options: AnalyseOptions = {}): number {
	const themes = options.themes ?? defaultThemes;
	const model = options.model === undefined ? builtInModel : options.model;
	const result = typeof input === 'string' ? tagThemes(input, options) : input;
	return themeUncertainty(
		result,
		themes.map((t) => t.id),
		model
	);
}
