// Emerging themes: among statements that fit no existing theme well, find phrases that keep
// recurring (TF-IDF over stemmed 1-3-grams with natural) and offer each as a candidate theme with
// example statements. Examples are redacted: candidates are shown to reviewers and boards.
import NGrams from 'natural/lib/natural/ngrams/ngrams.js';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import type { Tagger } from './themes';
import { tagPrepared, prepareForThemes } from './themes';
import { findPersonalDetails, redact } from './redact';
import { NEGATORS, STOPWORDS } from './text';

export interface EmergingInput {
	id?: string | number;
	text: string;
}

export interface EmergingCandidate {
	/** The phrase as people most often wrote it, e.g. "bus pass". */
	phrase: string;
	/** Stemmed n-gram the candidate was counted on. */
	key: string;
	/** Summed TF-IDF across the statements that use it; higher is more distinctive. */
	score: number;
	/** How many of the unmatched statements use it. */
	count: number;
	examples: Array<{ id?: string | number; text: string }>;
}

export interface EmergingOptions {
	/** Consider only statements whose best theme score is below this (default: the model's threshold). */
	maxScore?: number;
	/** Skip the "matches no theme" filter and use every statement. */
	all?: boolean;
	/** A phrase must appear in at least this many statements (default: max(2, 2% of them)). */
	minSupport?: number;
	/** At most this many candidates (default 10). */
	limit?: number;
}

const PLACEHOLDERS = new Set([
	'personname',
	'schoolname',
	'emailaddress',
	'phonenumber',
	'postcodearea',
	'streetaddress',
	'socialhandle',
	'weblink'
]);

// Words too general to name a theme on their own.
const WEAK = new Set(
	'mental health service services young people person thing things time lot feel felt good bad need needs want really get got make made help support year years week weeks day days go going'.split(
		' '
	)
);

export function findEmerging(
	tagger: Tagger,
	statements: ReadonlyArray<string | EmergingInput>,
	options: EmergingOptions = {}
): EmergingCandidate[] {
	const inputs = statements.map((s): EmergingInput => (typeof s === 'string' ? { text: s } : s));
	const cut = options.maxScore ?? tagger.model?.source.threshold ?? 0.5;
	const docs: Array<{ input: EmergingInput; terms: string[] }> = [];
	const surface = new Map<string, Map<string, number>>();
	const known = new Set<string>(tagger.lexicon.entries.keys());
	for (const input of inputs) {
		if (!input.text || !input.text.trim()) continue;
		const spans = findPersonalDetails(input.text);
		const p = prepareForThemes(input.text, spans);
		if (!options.all) {
			const { scores } = tagPrepared(tagger, p);
			const best = Math.max(0, ...Object.values(scores));
			if (best >= cut) continue;
		}
		// Content words only, in order, so n-grams span "the bus pass" as "bus pass".
		const words: Array<{ tok: string; stem: string }> = [];
		p.tokens.forEach((tok, i) => {
			if (tok.length > 2 && !STOPWORDS.has(tok) && !NEGATORS.has(tok) && !/^\d+$/.test(tok) && !PLACEHOLDERS.has(tok)) {
				words.push({ tok, stem: p.stems[i] as string });
			}
		});
		const terms = new Set<string>();
		for (let n = 1; n <= 3; n++) {
			for (const gram of NGrams.ngrams(
				words.map((w) => w.stem),
				n
			)) {
				const key = gram.join(' ');
				if (n === 1 && (WEAK.has(key) || key.length < 4)) continue;
				if (gram.every((g) => WEAK.has(g as string))) continue;
				// Already a cue of an existing theme: not new.
				if (known.has(key)) continue;
				terms.add(key);
			}
		}
		// Remember how each stemmed n-gram was actually written, to show people real words.
		for (let n = 1; n <= 3; n++) {
			for (let i = 0; i + n <= words.length; i++) {
				const slice = words.slice(i, i + n);
				const key = slice.map((w) => w.stem).join(' ');
				if (!terms.has(key)) continue;
				const text = slice.map((w) => w.tok).join(' ');
				const m = surface.get(key) ?? new Map<string, number>();
				m.set(text, (m.get(text) ?? 0) + 1);
				surface.set(key, m);
			}
		}
		docs.push({ input, terms: [...terms] });
	}
	if (!docs.length) return [];
	const tfidf = new TfIdf();
	for (const d of docs) tfidf.addDocument(d.terms);
	const minSupport = options.minSupport ?? Math.max(2, Math.ceil(docs.length * 0.02));
	const df = new Map<string, number[]>();
	docs.forEach((d, i) => {
		for (const t of d.terms) {
			const list = df.get(t) ?? [];
			list.push(i);
			df.set(t, list);
		}
	});
	const scored: Array<{ key: string; score: number; docs: number[] }> = [];
	for (const [key, where] of df) {
		if (where.length < minSupport || where.length === docs.length) continue;
		// natural's tf-idf per document, summed over the documents that use the phrase; longer
		// phrases get a small bonus because "bus pass" names a theme better than "bus".
		const perDoc = tfidf.tfidfs(key);
		const sum = where.reduce((a, i) => a + (perDoc[i] ?? 0), 0);
		const n = key.split(' ').length;
		scored.push({ key, score: sum * (1 + 0.25 * (n - 1)), docs: where });
	}
	scored.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
	const chosen: typeof scored = [];
	for (const c of scored) {
		// Skip a phrase that mostly repeats the statements of one already chosen.
		const overlaps = chosen.some((k) => {
			const inter = c.docs.filter((d) => k.docs.includes(d)).length;
			return (
				inter / Math.min(c.docs.length, k.docs.length) >= 0.6 &&
				(k.key.includes(c.key) || c.key.includes(k.key) || inter / Math.max(c.docs.length, k.docs.length) >= 0.6)
			);
		});
		if (overlaps) continue;
		chosen.push(c);
		if (chosen.length >= (options.limit ?? 10)) break;
	}
	return chosen.map((c) => {
		const forms = [...(surface.get(c.key) ?? new Map<string, number>()).entries()].sort(
			(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
		);
		return {
			phrase: forms[0]?.[0] ?? c.key,
			key: c.key,
			score: Math.round(c.score * 100) / 100,
			count: c.docs.length,
			examples: c.docs.slice(0, 3).map((i) => {
				const input = (docs[i] as { input: EmergingInput }).input;
				const ex: { id?: string | number; text: string } = { text: redact(input.text).redacted };
				if (input.id !== undefined) ex.id = input.id;
				return ex;
			})
		};
	});
}
