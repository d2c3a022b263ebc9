// Indicative sentiment: natural's AFINN-165 word scores, adjusted for this domain, with
// negation that flips only the next few words ("not helpful", "didn't listen") and a
// "mixed" label when a statement clearly holds both praise and complaint.
import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer.js';
import type { Sentiment, SentimentModel } from './types';
import { NEGATORS, prepare, type Prepared } from './text';
import { classify, compileModel, featuresOf, weightsModel, type CompiledModel } from './model';

// In feedback about services these words describe the topic, not the writer's feeling
// ("crisis team", "self-harm support", "waiting list"), or are slang that AFINN reads backwards.
const DOMAIN: Readonly<Record<string, number>> = {
	crisis: 0,
	support: 0,
	help: 0,
	care: 0,
	mental: 0,
	health: 0,
	disorder: 0,
	disorders: 0,
	suicide: 0,
	suicidal: 0,
	harm: 0,
	self: 0,
	anxiety: 0,
	depression: 0,
	abuse: 0,
	emergency: 0,
	urgent: 0,
	risk: 0,
	safeguarding: 0,
	killed: 0,
	killing: 0,
	kill: 0,
	die: 0,
	dying: 0,
	dead: 0,
	death: 0,
	cut: 0,
	cuts: 0,
	no: 0,
	lol: 0,
	joke: -2,
	joking: 0,
	pressure: -1,
	pray: 0,
	like: 0,
	fine: 1,
	well: 0,
	please: 0,
	pls: 0,
	hospital: 0,
	attack: 0,
	panic: -1,
	fight: 0,
	ill: 0,
	sick: -1,
	mad: -1,
	class: 0,
	proper: 0,
	lush: 3,
	sound: 2,
	cosy: 2,
	legend: 3,
	lifesaver: 3,
	lifeline: 3,
	brill: 3,
	decent: 2,
	listened: 2,
	listen: 1,
	listens: 2,
	understood: 2,
	understanding: 2,
	explained: 1,
	kind: 2,
	patient: 2,
	calm: 1,
	safe: 1,
	welcoming: 2,
	friendly: 2,
	caring: 2,
	relaxed: 1,
	chill: 1,
	ignored: -2,
	dismissed: -2,
	judged: -2,
	patronising: -2,
	rushed: -1,
	rude: -2,
	cancelled: -2,
	rejected: -2,
	discharged: -1,
	waited: -1,
	waiting: 0,
	wait: 0,
	months: 0,
	years: 0,
	nightmare: -3,
	rubbish: -2,
	useless: -2,
	pointless: -2,
	exhausting: -2,
	exhausted: -2,
	embarrassing: -2,
	frightening: -2,
	scary: -2,
	scared: -2,
	awkward: -1,
	lonely: -2,
	alone: -1,
	invisible: -2,
	confusing: -2,
	confused: -1,
	struggle: -1,
	struggling: -1,
	helped: 2,
	helpful: 2,
	useful: 2,
	brilliant: 3,
	amazing: 3,
	great: 3,
	excellent: 3,
	lovely: 3,
	best: 2,
	worst: -3,
	worse: -2,
	insane: -2,
	ridiculous: -2,
	relentless: -2,
	blamed: -2,
	stuck: -1,
	gap: -1,
	shut: -1,
	closing: -1,
	forever: -1,
	ages: -1,
	nobody: -1,
	nothing: -1,
	disaster: -3,
	easier: 1,
	easy: 1,
	quick: 1,
	quicker: 0,
	sooner: 0,
	faster: 0,
	free: 0,
	matter: 1,
	matters: 1,
	mattered: 2,
	trust: 1,
	clear: 1,
	confident: 2,
	confidence: 1,
	proud: 2,
	fun: 2,
	enjoy: 2,
	enjoyed: 2,
	love: 3,
	loved: 3,
	loves: 2,
	sane: 1,
	normal: 0,
	scars: 0,
	weight: 0,
	fat: 0,
	hate: -3,
	hated: -3,
	unsafe: -2
};
// Two-word cues AFINN cannot see.
const PHRASES: ReadonlyArray<[RegExp, number]> = [
	[/\b(?:waiting list|wait list|waiting time)s?\b[^.!?]{0,40}\b(?:months|years|ages|forever)\b/g, -2],
	[/\b(?:still|been) waiting\b/g, -2],
	[/\b(?:took|takes|taking) (?:so |too |far too )?(?:long|ages|forever)\b/g, -2],
	[/\bfall(?:s|ing)? through\b/g, -2],
	[/\bnot (?:ill|sick|unwell|bad) enough\b/g, -2],
	[/\b(?:is|was|so|proper) class\b/g, 2],
	[/\bkilled it\b|\bkilling it\b/g, 2],
	[/\bmade (?:me|us) feel (?:safe|welcome|better|listened|heard|normal)\b/g, 2],
	[/\bfor once\b|\bfirst time (?:someone|anyone|i)\b/g, 1],
	[/\bthank (?:you|u)\b|\bthanks\b|\bcheers\b|\bshout ?out\b/g, 2],
	[/\b(?:no|nothing|nobody|no one) (?:support|help|information|info|contact|follow up|one to ring)\b/g, -2],
	[/\bgame changer\b|\bmassive relief\b|\bsaved my life\b|\bsaved me\b/g, 3],
	[/\btick box\b|\bround and round\b|\bblack hole\b|\bfalling apart\b/g, -2]
];

const PHRASES_RE = new RegExp(PHRASES.map(([re]) => `(${re.source})`).join('|'), 'g');
// Words every phrase cue contains one of; statements without any skip the phrase scan.
const PHRASE_HINT =
	/wait|took|take|long|fall|enough|class|kill|made|once|first|thank|cheers|shout|no|game|relief|saved|tick|round|black|apart/;
const CLAUSE_TOKEN = /[a-z0-9]+(?:'[a-z]+)*|[.,;:!?()]/g;
const PUNCT = new Set(['.', ',', ';', ':', '!', '?', '(', ')']);

const SCOPE_BREAK = new Set(['but', 'and', 'though', 'although', 'however', 'so', 'because', 'until', 'while']);
const INTENSIFIERS = new Set([
	'so',
	'really',
	'very',
	'super',
	'absolutely',
	'totally',
	'extremely',
	'proper',
	'well',
	'literally',
	'massively',
	'completely',
	'honestly'
]);

let vocabulary: Record<string, number> | null = null;
/** AFINN-165 via natural, loaded on first use (it parses ~30 MB of lexicons once). */
function afinn(): Record<string, number> {
	if (!vocabulary) {
		const analyser = new SentimentAnalyzer('English', undefined, 'afinn') as unknown as {
			vocabulary: Record<string, number>;
		};
		vocabulary = { ...analyser.vocabulary, ...DOMAIN };
	}
	return vocabulary;
}

export interface SentimentScore {
	label: Sentiment;
	positive: number;
	negative: number;
}

/** Indicative only: shown to people as a hint, never used to decide anything. */
export function sentiment(text: string, model?: SentimentModel | null): Sentiment {
	const p = prepare(text);
	return sentimentOf(p, model ? compileSentiment(model) : null);
}

const bucket = (x: number) => (x >= 4 ? '3' : x >= 2 ? '2' : x > 0 ? '1' : '0');
const CONTRAST = /\b(?:but|though|although|however|except|apart from|only thing|shame|wish)\b/;
const SUGGESTION =
	/\b(?:should|could|would (?:be|like|help)|need(?:s)? to|want(?:s|ed)? (?:more|a|to)|please|pls|more)\b/;

/** Words and word pairs plus what AFINN made of the statement, for the learnt layer. */
export function sentimentFeatures(p: Prepared, s: SentimentScore): string[] {
	const f = featuresOf(p.tokens, p.stems);
	f.push(`afinn:pos${bucket(s.positive)}`, `afinn:neg${bucket(s.negative)}`, `afinn:rule:${s.label}`);
	// Praise and complaint together, joined by "but", is what `mixed` looks like; suggestions
	// ("there should be...") are usually neutral even when they name a problem.
	if (CONTRAST.test(p.canonical)) {
		f.push('cue:contrast');
		if (s.positive > 0 && s.negative > 0) f.push('cue:contrast+both');
	}
	if (SUGGESTION.test(p.canonical)) f.push('cue:suggest');
	if (p.canonical.includes('?')) f.push('cue:question');
	if (p.canonical.includes('!')) f.push('cue:exclaim');
	return f;
}

export interface CompiledSentiment {
	binary: CompiledModel;
	classes: CompiledModel | null;
}

const ORDER: readonly Sentiment[] = ['positive', 'negative', 'mixed', 'neutral'];
const compiledCache = new WeakMap<SentimentModel, CompiledSentiment>();
export function compileSentiment(m: SentimentModel): CompiledSentiment {
	let c = compiledCache.get(m);
	if (!c) {
		const asModel = (themes: string[], weights: Record<string, Record<string, number>>, bias: Record<string, number>) =>
			compileModel(weightsModel(themes, weights, bias, m.threshold));
		c = {
			binary: asModel(['positive', 'negative'], m.weights, m.bias),
			classes: m.classes ? asModel([...ORDER], m.classes.weights, m.classes.bias) : null
		};
		compiledCache.set(m, c);
	}
	return c;
}

/** Probability of each label from the four-way classifier (null when the model has none). */
export function sentimentProbabilities(p: Prepared, model: CompiledSentiment | null): Record<Sentiment, number> | null {
	if (!model?.classes) return null;
	const z = classify(model.classes, sentimentFeatures(p, scoreSentiment(p.canonical)));
	let sum = 0;
	for (const v of z) sum += v;
	const out = {} as Record<Sentiment, number>;
	ORDER.forEach((l, i) => (out[l] = (z[i] as number) / (sum || 1)));
	return out;
}

/** AFINN rules alone, or AFINN plus the learnt layer when a model carries one. */
export function sentimentOf(p: Prepared, model: CompiledSentiment | null): Sentiment {
	const s = scoreSentiment(p.canonical);
	if (!model) return s.label;
	const f = sentimentFeatures(p, s);
	if (model.classes) {
		const z = classify(model.classes, f);
		let best = 0;
		for (let i = 1; i < z.length; i++) if ((z[i] as number) > (z[best] as number)) best = i;
		return ORDER[best] as Sentiment;
	}
	const [pp = 0, pn = 0] = classify(model.binary, f);
	const t = model.binary.source.threshold;
	if (pp >= t && pn >= t) return 'mixed';
	if (pp >= t && pp > pn) return 'positive';
	if (pn >= t) return 'negative';
	if (pp >= t) return 'positive';
	return 'neutral';
}

export function scoreSentiment(c: string): SentimentScore {
	const vocab = afinn();
	let pos = 0;
	let neg = 0;
	const add = (v: number) => {
		if (v > 0) pos += v;
		else neg -= v;
	};
	// One scan finds every phrase cue; the capture group that matched says which.
	if (PHRASE_HINT.test(c)) {
		for (const m of c.matchAll(PHRASES_RE)) {
			for (let g = 1; g < m.length; g++) if (m[g] !== undefined) add((PHRASES[g - 1] as [RegExp, number])[1]);
		}
	}
	// Punctuation ends a negation's reach.
	let negateLeft = 0;
	let boost = 1;
	for (const m of c.matchAll(CLAUSE_TOKEN)) {
		const w = m[0];
		if (w.length === 1 && PUNCT.has(w)) {
			negateLeft = 0;
			boost = 1;
			continue;
		}
		{
			if (NEGATORS.has(w) || w.endsWith("n't")) {
				negateLeft = 3;
				continue;
			}
			if (SCOPE_BREAK.has(w)) negateLeft = 0;
			if (INTENSIFIERS.has(w)) {
				boost = 1.5;
				continue;
			}
			const v = vocab[w];
			if (v !== undefined && v !== 0) {
				// "not helpful" is clearly negative; "not bad" is only mildly positive.
				const s = negateLeft > 0 ? (v > 0 ? -v : -v * 0.5) : v;
				add(s * boost);
			} else if (negateLeft > 0 && NEGATED_VERBS.has(w)) {
				add(-2);
				negateLeft = 0;
			}
			boost = 1;
			if (negateLeft > 0) negateLeft--;
		}
	}
	const total = pos - neg;
	let label: Sentiment;
	if (pos >= 2 && neg >= 2 && Math.min(pos, neg) / Math.max(pos, neg) >= 0.4) label = 'mixed';
	else if (total >= 1.5) label = 'positive';
	else if (total <= -1) label = 'negative';
	else label = 'neutral';
	return { label, positive: pos, negative: neg };
}

// Service verbs that are neutral alone but a complaint when negated: "didn't listen", "never explained".
const NEGATED_VERBS = new Set([
	'listen',
	'listened',
	'explain',
	'explained',
	'understand',
	'understood',
	'believe',
	'believed',
	'care',
	'cared',
	'help',
	'helped',
	'work',
	'worked',
	'reply',
	'replied',
	'call',
	'called',
	'ring',
	'rang',
	'notice',
	'noticed',
	'know',
	'knew',
	'turn',
	'exist',
	'get',
	'got',
	'hear',
	'heard',
	'ask',
	'asked',
	'tell',
	'told',
	'answer',
	'answered',
	'check',
	'checked',
	'offer',
	'offered',
	'seen',
	'see',
	'take',
	'taken',
	'support',
	'supported'
]);
