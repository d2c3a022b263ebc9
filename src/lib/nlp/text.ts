// Shared text preparation: canonical lower-case text with text-speak expanded, natural's
// tokenizer, a memoised Porter stemmer, and a light spelling fixer for theme words.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';

const tokenizer = new AggressiveTokenizer();

/** Text-speak, contractions typed without apostrophes and common misspellings, one token each. */
export const TEXT_SPEAK: Readonly<Record<string, string>> = {
	u: 'you',
	ya: 'you',
	yu: 'you',
	ur: 'your',
	yr: 'year',
	yrs: 'years',
	r: 'are',
	n: 'and',
	nd: 'and',
	im: "i'm",
	ive: "i've",
	dont: "don't",
	didnt: "didn't",
	doesnt: "doesn't",
	cant: "can't",
	cnt: "can't",
	wont: "won't",
	wouldnt: "wouldn't",
	couldnt: "couldn't",
	shouldnt: "shouldn't",
	isnt: "isn't",
	wasnt: "wasn't",
	arent: "aren't",
	werent: "weren't",
	havent: "haven't",
	havnt: "haven't",
	hvnt: "haven't",
	hasnt: "hasn't",
	hadnt: "hadn't",
	aint: "ain't",
	dnt: "don't",
	thats: "that's",
	whats: "what's",
	wats: "what's",
	wots: "what's",
	theres: "there's",
	theyre: "they're",
	theyll: "they'll",
	theyve: "they've",
	itll: "it'll",
	youll: "you'll",
	youre: "you're",
	shes: "she's",
	hes: "he's",
	wot: 'what',
	wat: 'what',
	idk: "i don't know",
	dunno: "don't know",
	idc: "i don't care",
	tbh: 'to be honest',
	ngl: 'not gonna lie',
	fr: 'for real',
	frfr: 'for real',
	rn: 'right now',
	bc: 'because',
	bcos: 'because',
	bcoz: 'because',
	cos: 'because',
	coz: 'because',
	cuz: 'because',
	cus: 'because',
	becuase: 'because',
	beacuse: 'because',
	becasue: 'because',
	tho: 'though',
	thru: 'through',
	wiv: 'with',
	wif: 'with',
	abt: 'about',
	pls: 'please',
	plz: 'please',
	plez: 'please',
	ppl: 'people',
	peeps: 'people',
	smth: 'something',
	sth: 'something',
	sumthin: 'something',
	somethin: 'something',
	nothin: 'nothing',
	nuffin: 'nothing',
	nuthin: 'nothing',
	gonna: 'going to',
	wanna: 'want to',
	gotta: 'got to',
	dr: 'doctor',
	drs: 'doctors',
	doc: 'doctor',
	docs: 'doctors',
	appt: 'appointment',
	appts: 'appointments',
	apt: 'appointment',
	mins: 'minutes',
	hrs: 'hours',
	wks: 'weeks',
	mths: 'months',
	mnths: 'months',
	skl: 'school',
	skool: 'school',
	scl: 'school',
	skwl: 'school',
	tmrw: 'tomorrow',
	tmr: 'tomorrow',
	tomoz: 'tomorrow',
	'2moro': 'tomorrow',
	'2day': 'today',
	'2nite': 'tonight',
	'2night': 'tonight',
	tonite: 'tonight',
	b4: 'before',
	wud: 'would',
	wld: 'would',
	wuld: 'would',
	cud: 'could',
	shud: 'should',
	b: 'be',
	bn: 'been',
	gna: 'going to',
	gunna: 'going to',
	alot: 'a lot',
	wk: 'week',
	lst: 'last',
	rly: 'really',
	l8r: 'later',
	gr8: 'great',
	m8: 'mate',
	m8s: 'mates',
	no1: 'no one',
	sum1: 'someone',
	some1: 'someone',
	every1: 'everyone',
	any1: 'anyone',
	ppls: "people's",
	cahms: 'camhs',
	camh: 'camhs',
	chams: 'camhs',
	councellor: 'counsellor',
	counceller: 'counsellor',
	counselor: 'counsellor',
	conselor: 'counsellor',
	consellor: 'counsellor',
	councilor: 'counsellor',
	councillor: 'counsellor',
	councelling: 'counselling',
	counseling: 'counselling',
	conselling: 'counselling',
	councilling: 'counselling',
	phsycologist: 'psychologist',
	psycologist: 'psychologist',
	pyschologist: 'psychologist',
	physcologist: 'psychologist',
	pyschiatrist: 'psychiatrist',
	phsychiatrist: 'psychiatrist',
	anxeity: 'anxiety',
	anxity: 'anxiety',
	anxitey: 'anxiety',
	axiety: 'anxiety',
	depresion: 'depression',
	depressoin: 'depression',
	theraphy: 'therapy',
	therapie: 'therapy',
	theripy: 'therapy',
	theropist: 'therapist',
	therapest: 'therapist',
	appointmant: 'appointment',
	appoinment: 'appointment',
	apointment: 'appointment',
	referal: 'referral',
	refferal: 'referral',
	reffered: 'referred',
	refered: 'referred',
	waitng: 'waiting',
	wating: 'waiting',
	waitlist: 'waiting list',
	waitlists: 'waiting lists',
	austism: 'autism',
	autisim: 'autism',
	autisum: 'autism',
	autisitc: 'autistic',
	addhd: 'adhd',
	adhs: 'adhd',
	asd: 'autism',
	aspergers: 'autism',
	skitzo: 'schizophrenia',
	teachr: 'teacher',
	techers: 'teachers',
	teachas: 'teachers',
	collage: 'college',
	colledge: 'college',
	recieve: 'receive',
	listend: 'listened',
	lisened: 'listened',
	seperate: 'separate',
	definately: 'definitely',
	diognosis: 'diagnosis',
	diagnoses: 'diagnosis',
	diagnosed: 'diagnosed',
	ed: 'eating disorder',
	eds: 'eating disorders',
	sh: 'self harm',
	shing: 'self harming',
	selfharm: 'self harm',
	selfharming: 'self harming',
	selfharmed: 'self harmed',
	kms: 'kill myself',
	kys: 'kill yourself',
	unalive: 'kill',
	unaliving: 'killing',
	unalived: 'killed',
	sewerslide: 'suicide',
	suicde: 'suicide',
	sucide: 'suicide',
	suiside: 'suicide',
	suicidle: 'suicidal',
	sucidal: 'suicidal',
	suicidial: 'suicidal',
	od: 'overdose',
	"od'd": 'overdosed',
	oded: 'overdosed',
	ab: 'about',
	lyk: 'like',
	lik: 'like',
	luv: 'love',
	bruv: 'mate',
	fam: 'family',
	hosp: 'hospital',
	mum: 'mum',
	mam: 'mum',
	mom: 'mum',
	mummy: 'mum',
	mams: "mum's",
	txt: 'text',
	txting: 'texting',
	txted: 'texted',
	msg: 'message',
	msgs: 'messages',
	snap: 'snapchat',
	insta: 'instagram',
	ig: 'instagram',
	yt: 'youtube',
	govt: 'government',
	uni: 'university'
};

/** Words carried through the sentiment negation window and never used as theme features. */
export const NEGATORS = new Set([
	'not',
	'no',
	'never',
	'nobody',
	'nothing',
	'nowhere',
	'neither',
	'nor',
	'without',
	'hardly',
	'barely',
	"don't",
	"didn't",
	"doesn't",
	"can't",
	"won't",
	"wouldn't",
	"couldn't",
	"shouldn't",
	"isn't",
	"wasn't",
	"aren't",
	"weren't",
	"haven't",
	"hasn't",
	"hadn't",
	"ain't",
	'cannot',
	"n't"
]);

// natural's list minus words that carry meaning here ("same" worker, "more" support, "never").
const KEEP = new Set(['same', 'more', 'never', 'no', 'not', 'only', 'against', 'off', 'out', 'over', 'under', 'very']);
export const STOPWORDS: ReadonlySet<string> = new Set([
	...naturalStopwords.filter((w) => !KEEP.has(w)),
	"i'm",
	"i've",
	"it's",
	"you're",
	"that's",
	"they're",
	"there's",
	'just',
	'really',
	'also',
	'get',
	'got',
	'like',
	'lol',
	'ok',
	'okay',
	'yeah',
	'yes',
	'bit',
	'lot',
	'lots',
	'one',
	'even',
	'will',
	'still',
	'know',
	'think',
	'thing',
	'things',
	'say',
	'said',
	'tell',
	'told',
	'go',
	'going',
	'went',
	'want',
	'wanted',
	'need',
	'needs',
	'needed',
	'someone',
	'something',
	'everyone',
	'anyone',
	'us',
	'honestly',
	'literally',
	'actually',
	'basically',
	'proper',
	'though',
	'ever',
	'back',
	'every',
	'time',
	'way',
	'would',
	'could',
	'should',
	'let',
	'put',
	'much',
	'many',
	'feel',
	'felt',
	'people',
	'young',
	'person',
	'help',
	'support',
	'make',
	'made',
	'really',
	'quite',
	'right',
	'then'
]);

const stemCache = new Map<string, string>();
/** Porter stem with a bounded memo: stemming is ~6us a word, a map hit is ~50ns. */
export function stem(word: string): string {
	let s = stemCache.get(word);
	if (s === undefined) {
		s = PorterStemmer.stem(word);
		if (stemCache.size > 50_000) stemCache.clear();
		stemCache.set(word, s);
	}
	return s;
}

const WORD_RE = /[a-z0-9]+(?:'[a-z]+)*/g;

/**
 * Lower-case text with curly quotes straightened, A&E made one word and text-speak expanded.
 * Punctuation is kept, so clause boundaries still exist for safeguarding patterns.
 */
export function canonical(text: string): string {
	// Each rewrite is guarded by a cheap check: most statements need few of them, and this runs
	// once per statement on the hot path.
	let c = /[^ -~\t\n\r]/.test(text)
		? text
				.normalize('NFKC')
				.toLowerCase()
				.replace(/[\u2018\u2019\u02bc`]/g, "'")
				.replace(/[\u201c\u201d]/g, '"')
		: text.toLowerCase();
	if (c.includes('&') || c.includes(' and e')) {
		c = c.replace(/\ba\s?(?:&|and|n)\s?e\b/g, 'accident emergency').replace(/&/g, ' and ');
	}
	if (/\d/.test(c)) {
		c = c.replace(/\b(\d+)\s?(?:yo|y\/o)\b/g, '$1 year old');
		// 1am-5am is "the middle of the night" for crisis purposes.
		c = c.replace(/\b(12|[1-5])\s?am\b/g, '$1am night');
	}
	if (c.includes('-')) {
		// "self-harm", "sh-ing", "co-production": hyphens inside words read as spaces.
		c = c.replace(/\bsh-?ing\b/g, 'self harming').replace(/([a-z])-(?=[a-z])/g, '$1 ');
	}
	if (c.includes('w/')) c = c.replace(/\bw\/o\b/g, 'without').replace(/\bw\//g, 'with ');
	return c.replace(WORD_RE, (w) => TEXT_SPEAK[w] ?? dropG(w));
}

// "waitin", "killin", "nothin": young people drop the g; put it back unless the word really
// ends in -in ("cousin", "admin").
const G_DROPPED = /^[a-z]{3,}in$/;
const REAL_IN = new Set(
	'cousin within begin robin cabin margin origin basin raisin toxin vitamin muslin admin penguin dolphin napkin pumpkin satin latin martin kevin gavin colin austin justin dustin erin skin again main rain brain train chain grain plain stain domain remain obtain contain retain explain complain certain curtain captain mountain fountain villain bargain insulin protein heroin aspirin pin tin bin din fin kin sin thin twin spin grin shin chin violin mandolin assassin goblin javelin moccasin zeppelin bulletin cumin'.split(
		' '
	)
);
function dropG(w: string): string {
	if (!G_DROPPED.test(w) || REAL_IN.has(w)) return w;
	return w + 'g';
}

/** natural's AggressiveTokenizer over canonical text: words with apostrophes and hyphens kept. */
export function tokenize(canonicalText: string): string[] {
	const out: string[] = [];
	for (let t of tokenizer.tokenize(canonicalText)) {
		// Possessives carry no meaning of their own: "school's" is "school".
		if (t.endsWith("'s")) t = t.slice(0, -2);
		t = t.replace(/^'+|'+$/g, '');
		if (!t) continue;
		// "self-harm" and "16-25" arrive as one token; split hyphens so phrases match either spelling.
		if (t.includes('-') || t.includes('/')) {
			for (const p of t.split(/[-/]+/)) if (p) out.push(p);
		} else out.push(t);
	}
	return out;
}

/** Tokens, stems and the canonical text of one statement, computed once per analysis. */
export interface Prepared {
	original: string;
	canonical: string;
	tokens: string[];
	stems: string[];
}

export function prepare(text: string): Prepared {
	const c = canonical(text);
	const tokens = tokenize(c);
	const stems = new Array<string>(tokens.length);
	for (let i = 0; i < tokens.length; i++) stems[i] = stem(tokens[i] as string);
	return { original: text, canonical: c, tokens, stems };
}

/**
 * Symmetric-delete spelling fixer (edit distance 1) against a fixed word list, so that
 * "apointmnt"-style typos of words the lexicon knows still count. Memoised per token.
 */
export class SpellFixer {
	private readonly index = new Map<string, string | null>();
	private readonly known: Set<string>;
	private readonly cache = new Map<string, string>();

	constructor(words: Iterable<string>, known: Iterable<string>) {
		this.known = new Set(known);
		for (const w of words) {
			if (w.length < 5) continue;
			this.known.add(w);
			for (const d of [w, ...deletes(w)]) {
				const prev = this.index.get(d);
				// Two different words share this key: ambiguous, so refuse to guess.
				if (prev === undefined) this.index.set(d, w);
				else if (prev !== w) this.index.set(d, null);
			}
		}
	}

	fix(token: string): string {
		if (token.length < 5 || this.known.has(token) || /\d|'/.test(token)) return token;
		const hit = this.cache.get(token);
		if (hit !== undefined) return hit;
		let found: string | null | undefined = this.index.get(token);
		if (!found) {
			for (const d of deletes(token)) {
				const c = this.index.get(d);
				if (c) {
					if (found && found !== c) {
						found = null;
						break;
					}
					found = c;
				}
			}
		}
		const result = found ?? token;
		if (this.cache.size > 20_000) this.cache.clear();
		this.cache.set(token, result);
		return result;
	}
}

function deletes(w: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
	return out;
}
