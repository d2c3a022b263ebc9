// The most used words across a set of redacted statements, for an event wall's word cloud.
// Stop words, negators, numbers and redaction placeholders ([name], [school], ...) are left out.
import { NEGATORS, STOPWORDS } from './text';

const WORD_RE = /[a-z]+(?:'[a-z]+)*/g;
const PLACEHOLDER_RE = /\[[a-z]+\]/g;
const EXTRA_STOPWORDS = new Set([
	'really',
	'get',
	'got',
	'just',
	'like',
	'would',
	'could',
	'should',
	'one',
	'also',
	'lot',
	'much',
	'make',
	'things',
	'thing',
	"it's",
	"i'm"
]);

export interface WordCount {
	word: string;
	count: number;
}

export function topWords(texts: readonly string[], limit = 30): WordCount[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		// Each word counts once per statement, so one long message cannot fill the cloud.
		const seen = new Set<string>();
		for (const w of text
			.toLowerCase()
			.replace(PLACEHOLDER_RE, ' ')
			.replace(/[\u2018\u2019]/g, "'")
			.match(WORD_RE) ?? []) {
			if (w.length < 3 || STOPWORDS.has(w) || NEGATORS.has(w) || EXTRA_STOPWORDS.has(w) || seen.has(w)) continue;
			seen.add(w);
			counts.set(w, (counts.get(w) ?? 0) + 1);
		}
	}
	return [...counts.entries()]
		.map(([word, count]) => ({ word, count }))
		.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
		.slice(0, limit);
}
