// Redaction of personal details before anyone considers publishing a quote. Regular
// expressions for the structured kinds (email, phone, postcode, URL, handle, address, school)
// and a names list plus context cues for people's names. compromise finds names well but costs
// ~4.5 ms a statement (and 600 ms / 90 MB to load), so its lexicon is distilled into
// data/names.json at build time instead; `people` lets a caller plug in a heavier detector.
import type { Redaction, RedactionKind, RedactionResult } from './types';
import namesData from './data/names.json';

export interface RedactOptions {
	/** Extra name spans from another detector (e.g. compromise's `.people()`), merged in. */
	people?: (text: string) => Array<{ start: number; end: number }>;
}

const FIRST = new Set<string>(namesData.first);
const LAST = new Set<string>(namesData.last);

/** Services, organisations and acronyms that look like names but must stay readable. */
export const SERVICE_WORDS: ReadonlySet<string> = new Set(
	(
		'camhs cahms kooth childline shout nhs mind samaritans youngminds papyrus beat barnardos barnardo relate mix ' +
		'chathealth moodspark headstart beyou nelft kmpt lpt mpft nschct dhu mhst mhsts senco sencos ehcp gp gps ' +
		'adhd asd arfid lgbt lgbtq lgbtqia bsl pshe gcse gcses sats ofsted nspcc rsph icb ics vcse yab hub ' +
		'tiktok instagram insta snapchat snap whatsapp discord youtube google facebook twitter teams zoom kooth ' +
		'health teens action children society mencap scope salus emerge paws fred talking therapies iapt ' +
		'sanctuary haven crisis ae amhs cyp ltp thrive ithrive samaritan harmless stem4 calm'
	).split(' ')
);

/** Places in the four areas (and nearby cities): localities, not personal details. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
	(
		'leicester leicestershire rutland luton bedford bedfordshire milton keynes kent medway stoke staffordshire ' +
		'stafford trent loughborough coalville hinckley melton mowbray oadby wigston harborough market lutterworth ' +
		'ashby oakham uppingham braunstone belgrave highfields beaumont leys evington aylestone humberstone ' +
		'dunstable ampthill biggleswade leighton buzzard sandy flitwick kempston bletchley wolverton newport pagnell ' +
		'olney houghton regis chatham gillingham rochester strood maidstone canterbury dover margate ramsgate ' +
		'broadstairs ashford folkestone tunbridge wells sevenoaks dartford gravesend sittingbourne faversham ' +
		'whitstable herne bay deal sheerness swale thanet tonbridge tamworth lichfield burton leek newcastle ' +
		'hanley longton cannock uttoxeter kidsgrove biddulph stone fenton tunstall burslem meir rugeley ' +
		'london birmingham manchester nottingham derby coventry northampton peterborough cambridge oxford ' +
		'liverpool leeds sheffield bristol brighton essex surrey sussex england britain uk wales scotland ' +
		'ireland midlands east west north south city county town village borough'
	).split(' ')
);

// First names that are also everyday words: only a name when capitalised mid-sentence or cued.
const AMBIGUOUS = new Set(
	(
		'will mark grace jack bill pat rob sue ray frank rich guy don drew gene miles max cal dean carter mason ' +
		'hunter jay kit lance les lou nick penny rocky rod rusty sandy stan sterling terry ted van wade wes woody ' +
		'bob art chase chance jean june may april august autumn summer dawn faith hope joy holly ivy lily daisy ' +
		'poppy ruby amber jade pearl crystal heather iris violet olive hazel ginger honey sunny angel star sky ' +
		'skye river brook storm rain robin wren sage ash ember echo nova bo mo jo al ed di viv val kai eve sol dale ' +
		'glen clay cliff earl grant ward reed price chelsea paris florence georgia india jordan lincoln alma mimi ' +
		'pip bunny buddy happy precious destiny harmony liberty justice misty trinity serenity major page young ' +
		'king brown white green black gray grey rose long little short small hall hill wood field ford bell bird ' +
		'banks bush cross day fox hart house lamb lord love mann mills moon sharp stone swift waters west north ' +
		'south strong noble mercy biff blaze bonnie carol chuck clement fay flora foster gale homer jimmy josh kip lacy matt merle prudence victor wally skip charity patience hero chip flower taylor tyler bailey bishop baker ' +
		'cook knight parks pope rice moss shepherd booth chambers cooper fisher hunt mason miller palmer parker ' +
		'porter potter turner walker ward webb wells weaver marsh lane carey joy kay'
	).split(' ')
);

const COMMON = new Set(
	(
		'i me my we you he she they it the a an and or but so if of in on at to for from with about as by is was ' +
		'are be been am do did does not no yes this that these those there here what when where who why how all ' +
		'any some every each just really very too also only then than thanks thank cheers ty hi hello hey dear ' +
		'mum dad nan nanny grandma grandad mate mates bro sis sir miss mrs mr ms dr doctor nurse teacher monday ' +
		'tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
		'september october november december christmas easter eid diwali ramadan english polish muslim christian ' +
		'sikh hindu jewish black white asian british god jesus allah ok okay lol omg idk tbh ngl im ive year years'
	).split(' ')
);

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'nurse', 'dame', 'lady']);
const ROLE_CUE =
	/\b(?:my|our|her|his|their|the|a|an)\s+(?:(?:key|social|support|youth|family|case|care|lead|school|transition|peer|link|new|old|lovely|amazing|best)\s+)?(?:worker|counsellor|counselor|therapist|mentor|nurse|doctor|dr|teacher|tutor|coach|psychiatrist|psychologist|gp|clinician|consultant|advocate|friend|mate|bestie|sister|brother|son|daughter|boyfriend|girlfriend|bf|gf|partner|cousin|grandson|granddaughter|granddad|grandad|nan|aunt|auntie|uncle|carer|lady|man|woman|guy|volunteer|receptionist|senco|head|manager|coordinator|lead|officer|practitioner|dietitian|dietician)\s*,?\s*$/i;
const NAME_CUE =
	/(?:\b(?:called|named|name is|name was|name's|i'm|im|i am|this is|thanks|thank you|thank u|thankyou|ty|cheers|shout ?out to|love you|contact|speak to|ask for|me and)\s*,?\s*)$/i;

const SCHOOL_WORD =
	'(?:Primary School|Secondary School|High School|Grammar School|Community College|Sixth Form College|Sixth Form|Free School|Studio School|Infant School|Junior School|Academy|College|School|High|Primary|Grammar|Infants|Juniors|UTC|University|Uni)';
const SCHOOL_RE = new RegExp(
	// One to four capitalised words (St / St. / Sir / of / the / de / & allowed inside) then a school word.
	`\\b(?:(?:St\\.?|Saint|Sir|[A-Z][A-Za-z'\\u2019-]+)(?:\\s+(?:of|the|de|and|&|[A-Z][A-Za-z'\\u2019-]+|St\\.?))*\\s+${SCHOOL_WORD}\\b|University of(?:\\s+[A-Z][a-z]+){1,2})`,
	'g'
);
const SCHOOL_CUE_RE =
	/\b(?:go to|goes to|went to|going to|attend|attends|attended|pupil at|student at|students at|studying at|year \d{1,2} at|i'm at|im at|i am at|at)\s+((?:[A-Z][A-Za-z'\u2019-]+\s+){0,3}[A-Z][A-Za-z'\u2019-]+)/g;
const GENERIC_SCHOOL_LEAD = new Set(
	'my the our a an your their his her this that new old secondary primary high junior infant special mainstream private state boarding local grammar sixth form further education art medical every each whole catholic faith village community independent big small good bad current previous last next same different at in to'.split(
		' '
	)
);

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_RE =
	/\b(?:https?:\/\/|www\.)[^\s<>"')]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|org\.uk|org|net|uk|io|ly|me|tv|ee|app|info|gov\.uk|nhs\.uk|ac\.uk|sch\.uk)(?:\/[^\s<>"')]*)?/gi;
const HANDLE_HINT =
	/snap|insta|\big\b|tik ?tok|\btt\b|twitter|discord|twitch|threads|\bkik\b|telegram|\bfb\b|facebook|user ?name|gamertag|\bsc\b/i;
const HANDLE_AT_RE = /(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?/g;
const HANDLE_CUE_RE =
	/\b(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|tt|twitter|discord|twitch|threads|kik|telegram|fb|facebook|username|user name|gamertag)\b\s*(?:is|:|-|=|name|@|me on|handle)?\s*(?:is\s*|:\s*)?(@?[A-Za-z0-9_.#]{3,32})/gi;
const PHONE_RE = /(?<![\w+])(?:\+\s?44|0044|\(?0)[\d\s().-]{8,22}\d(?!\d)/g;
const POSTCODE_RE = /\b([A-Za-z]{1,2}\d[A-Za-z\d]?)\s?(\d[A-Za-z]{2})\b/g;
const POSTCODE_CUE_RE = /\bpost ?code(?: is| was|:)?\s*([A-Za-z]{1,2}\d{1,2}[A-Za-z]?)\b/gi;
const OUTWARD_RE = /\b(?:postcode|post code|live in|living in|from|near|around|in)\s+([A-Z]{2}\d{1,2}[A-Z]?)\b/g;
const STREET =
	'(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|way|crescent|court|ct|place|gardens|grove|terrace|hill|walk|square|row|mews|view|rise|green|parade|boulevard|gate|croft|fields|meadows?|park)';
const ADDRESS_NUM_RE = new RegExp(
	`\\b(?:(?:flat|apartment|apt|unit)\\s*\\d+[a-z]?,?\\s+)?\\d{1,4}[a-z]?,?\\s+(?:[A-Za-z'\\u2019]+\\s+){1,3}?${STREET}\\b\\.?`,
	'gi'
);
const ADDRESS_CUE_RE = new RegExp(
	`\\b(?:live on|lives on|living on|live at|lives at|on|off|along)\\s+((?:[A-Z][a-z'\\u2019]+\\s+){1,2}(?:Road|Rd|Street|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court|Gardens|Grove|Terrace|Mews|Rise|Parade|Boulevard))\\b`,
	'g'
);
const NOT_ADDRESS =
	/\b(?:minutes?|mins?|hours?|hrs?|weeks?|months?|years?|yrs?|days?|times?|people|kids|sessions?|miles?|buses|steps?|of|the|a|and|to|in|my|at)\b/i;

// Service and helpline numbers people quote; publishing them helps rather than harms.
const SERVICE_NUMBERS = new Set([
	'08001111',
	'116123',
	'08088084994',
	'08000684141',
	'08088025544',
	'08088005000',
	'85258',
	'111',
	'999',
	'08000663322'
]);

interface Span {
	kind: RedactionKind;
	start: number;
	end: number;
}

const PRIORITY: Record<RedactionKind, number> = {
	email: 0,
	url: 1,
	handle: 2,
	phone: 3,
	postcode: 4,
	address: 5,
	school: 6,
	name: 7
};

export function findPersonalDetails(text: string, options: RedactOptions = {}): Span[] {
	const spans: Span[] = [];
	const push = (kind: RedactionKind, start: number, end: number) => {
		if (end > start) spans.push({ kind, start, end });
	};
	// Cheap checks first: most statements have no '@', no digits and no URL-ish dot.
	const hasAt = text.includes('@');
	const hasDigit = /\d/.test(text);
	const hasUpper = /[A-Z]/.test(text);
	if (hasAt) for (const m of text.matchAll(EMAIL_RE)) push('email', m.index, m.index + m[0].length);
	if (/[a-z0-9]\.[a-z]/i.test(text))
		for (const m of text.matchAll(URL_RE)) {
			const s = m[0].replace(/[.,!?;:]+$/, '');
			// "e.g." or "i.e." style words are not URLs; a URL has a scheme, www, a path or a real TLD.
			if (/@/.test(text.slice(Math.max(0, m.index - 1), m.index + s.length))) continue;
			push('url', m.index, m.index + s.length);
		}
	if (hasAt) for (const m of text.matchAll(HANDLE_AT_RE)) push('handle', m.index, m.index + m[0].length);
	if (HANDLE_HINT.test(text))
		for (const m of text.matchAll(HANDLE_CUE_RE)) {
			const h = m[1] as string;
			const start = m.index + m[0].length - h.length;
			// A bare word after "snap" is usually English ("add me on snap if..."); handles have digits, _ . # or @.
			if (/[\d_.#@]/.test(h) || /[:=]\s*$/.test(m[0].slice(0, m[0].length - h.length)))
				push('handle', start, start + h.replace(/[.]+$/, '').length);
		}
	if (hasDigit)
		for (const m of text.matchAll(PHONE_RE)) {
			const raw = m[0].replace(/[\s().-]+$/, '');
			// "+44 (0) 7700 900123": the bracketed 0 is the national prefix written twice.
			let digits = raw.replace(/\(\s*0\s*\)/, '').replace(/\D/g, '');
			if (digits.startsWith('0044')) digits = '0' + digits.slice(4);
			else if (digits.startsWith('44')) digits = '0' + digits.slice(2);
			if (digits.length < 10 || digits.length > 11 || SERVICE_NUMBERS.has(digits)) continue;
			push('phone', m.index, m.index + raw.length);
		}
	if (hasDigit)
		for (const m of text.matchAll(POSTCODE_RE)) {
			const outward = m[1] as string;
			// A postcode area is one or two letters; "year 10 3rd" style noise has no letter pair after the digit.
			if (!/^[A-Za-z]{1,2}\d/.test(outward)) continue;
			push('postcode', m.index, m.index + m[0].length);
		}
	if (hasDigit)
		for (const m of text.matchAll(POSTCODE_CUE_RE)) {
			const code = m[1] as string;
			const start = m.index + m[0].length - code.length;
			push('postcode', start, start + code.length);
		}
	if (hasDigit && hasUpper)
		for (const m of text.matchAll(OUTWARD_RE)) {
			const code = m[1] as string;
			const start = m.index + m[0].length - code.length;
			push('postcode', start, start + code.length);
		}
	if (hasDigit)
		for (const m of text.matchAll(ADDRESS_NUM_RE)) {
			const words = m[0].replace(/^[^A-Za-z]*\d+[a-z]?,?\s+/i, '');
			if (NOT_ADDRESS.test(words.replace(new RegExp(`\\s${STREET}\\.?$`, 'i'), ''))) continue;
			push('address', m.index, m.index + m[0].replace(/\.$/, '').length);
		}
	if (hasUpper)
		for (const m of text.matchAll(ADDRESS_CUE_RE)) {
			const street = m[1] as string;
			const start = m.index + m[0].length - street.length;
			push('address', start, start + street.length);
		}
	if (hasUpper) findSchools(text, push);
	findNames(text, spans, push);
	if (options.people) for (const s of options.people(text)) push('name', s.start, s.end);
	return resolve(spans);
}

const SCHOOL_HINT = /\b(?:School|Academy|College|High|Primary|Grammar|Infants|Juniors|UTC|University|Uni|Sixth)\b/;
function findSchools(text: string, push: (k: RedactionKind, s: number, e: number) => void) {
	if (SCHOOL_HINT.test(text))
		for (const m of text.matchAll(SCHOOL_RE)) {
			let start = m.index;
			let phrase = m[0];
			// Drop leading generic words ("The", "My") and refuse a phrase that is only generic.
			const words = phrase.split(/\s+/);
			while (words.length > 1 && GENERIC_SCHOOL_LEAD.has((words[0] as string).toLowerCase())) {
				start += (words.shift() as string).length;
				while (text[start] === ' ') start++;
			}
			phrase = text.slice(start, m.index + m[0].length);
			const named = words
				.slice(0, -1)
				.filter(
					(w) =>
						!GENERIC_SCHOOL_LEAD.has(w.toLowerCase()) && !/^(School|College|High|Primary|Academy|Form|Sixth)$/.test(w)
				);
			if (named.length === 0 && !/^University of/.test(phrase)) continue;
			push('school', start, start + phrase.length);
		}
	for (const m of text.matchAll(SCHOOL_CUE_RE)) {
		const phrase = m[1] as string;
		const start = m.index + m[0].length - phrase.length;
		const words = phrase.split(/\s+/);
		const lower = words.map((w) => w.toLowerCase());
		if (
			lower.some(
				(w, k) =>
					SERVICE_WORDS.has(w) ||
					(COMMON.has(w) && !(k === 0 && /^(?:sir|st|saint)$/.test(w))) ||
					GENERIC_SCHOOL_LEAD.has(w)
			)
		)
			continue;
		if (lower.every((w) => PLACE_WORDS.has(w))) continue;
		// Only after "go to / attend / pupil at": "at Sir Jonathan North", not any capitalised phrase.
		if (/^at\s/i.test(m[0]) && !/^(?:Sir|St\.?|Saint)$/.test(words[0] as string)) continue;
		if (words.length === 1 && (FIRST.has(lower[0] as string) || LAST.has(lower[0] as string))) continue;
		push('school', start, start + phrase.length);
	}
}

interface Word {
	text: string;
	lower: string;
	start: number;
	end: number;
	sentenceStart: boolean;
	capital: boolean;
}

const WORD_RE = /[A-Za-z][A-Za-z'\u2019-]*/g;
const SENTENCE_END = /(?:[.!?]\s*|\n\s*|["(]\s*)$/;

function words(text: string): Word[] {
	const out: Word[] = [];
	for (const m of text.matchAll(WORD_RE)) {
		const w = m[0].replace(/['\u2019]s$/i, '').replace(/['\u2019-]+$/, '');
		const before = text.slice(Math.max(0, m.index - 3), m.index);
		out.push({
			text: w,
			lower: w.toLowerCase(),
			start: m.index,
			end: m.index + w.length,
			sentenceStart:
				m.index === 0 || SENTENCE_END.test(before) || (m.index < 4 && /^\s*$/.test(text.slice(0, m.index))),
			capital: /^[A-Z]/.test(w)
		});
	}
	return out;
}

function isNameWord(w: Word, cued: boolean): boolean {
	const l = w.lower;
	// Contractions ("I'm", "I'd") are never names; O'Connor-style names keep a capital after the apostrophe.
	if (/['\u2019]/.test(w.text) && !/^[A-Z][a-z]*['\u2019][A-Z]/.test(w.text)) return false;
	if (l.length < 2 || SERVICE_WORDS.has(l) || PLACE_WORDS.has(l) || COMMON.has(l)) return false;
	if (w.text === w.text.toUpperCase() && w.text.length > 1) return FIRST.has(l) && cued; // acronyms: NHS, MHST
	const known = FIRST.has(l) || LAST.has(l);
	if (cued) return w.capital || (known && !AMBIGUOUS.has(l)) || (known && cued);
	if (AMBIGUOUS.has(l)) return w.capital && !w.sentenceStart;
	if (FIRST.has(l)) return true;
	if (LAST.has(l)) return w.capital && !w.sentenceStart;
	return false;
}

function findNames(text: string, existing: Span[], push: (k: RedactionKind, s: number, e: number) => void) {
	const ws = words(text);
	const inside = (w: Word) => existing.some((s) => w.start < s.end && w.end > s.start);
	let lastNameEnd = -1;
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i] as Word;
		if (inside(w)) continue;
		// Contractions ("I'm", "I'd") are never names; O'Connor-style names keep a capital after the apostrophe.
		if (/['\u2019]/.test(w.text) && !/^[A-Z][a-z]*['\u2019][A-Z]/.test(w.text)) continue;
		const prev = ws[i - 1];
		// Most words are lower-case everyday words: skip them before any regex work.
		if (!w.capital && !FIRST.has(w.lower) && !LAST.has(w.lower)) continue;
		const before = text.slice(Math.max(0, w.start - 60), w.start);
		const titled =
			prev !== undefined &&
			TITLES.has(prev.lower.replace(/\.$/, '')) &&
			/^\s*\.?\s*$/.test(text.slice(prev.end, w.start));
		const cued = titled || ROLE_CUE.test(before) || NAME_CUE.test(before);
		if (titled && !w.capital && !(FIRST.has(w.lower) || LAST.has(w.lower))) continue;
		let ok = isNameWord(w, cued && (w.capital || FIRST.has(w.lower) || LAST.has(w.lower)));
		// A capitalised unknown word right after a cue ("my key worker Tendai", "a lady called Bev").
		if (
			!ok &&
			cued &&
			w.capital &&
			!w.sentenceStart &&
			!COMMON.has(w.lower) &&
			!SERVICE_WORDS.has(w.lower) &&
			!PLACE_WORDS.has(w.lower)
		)
			ok = true;
		if (!ok && cued && w.capital && w.sentenceStart && titled) ok = true;
		// "Grace on the crisis line", "Will from the hub": an everyday-word name opening a sentence, then a hand-off.
		if (!ok && AMBIGUOUS.has(w.lower) && w.capital && w.sentenceStart) {
			const after = text.slice(w.end, w.end + 20);
			if (/^\s+(?:and the team|from the|at the|on the|in reception)\b/.test(after)) ok = true;
		}
		// "Harpreet and Zofia": a capitalised word joined to a name we just found.
		if (
			!ok &&
			w.capital &&
			prev &&
			/^\s+and\s+$/.test(text.slice(prev.end, w.start)) &&
			lastNameEnd === prev.end &&
			!COMMON.has(w.lower) &&
			!SERVICE_WORDS.has(w.lower) &&
			!PLACE_WORDS.has(w.lower)
		)
			ok = true;
		if (!ok) continue;
		let end = w.end;
		// Extend over a surname: "Tendai Moyo", "Joanne Clarke".
		let j = i + 1;
		while (j < ws.length && j <= i + 2) {
			const n = ws[j] as Word;
			const gap = text.slice(end, n.start);
			if (!/^\s+$/.test(gap) || !n.capital || n.sentenceStart) break;
			if (SERVICE_WORDS.has(n.lower) || PLACE_WORDS.has(n.lower) || COMMON.has(n.lower)) break;
			end = n.end;
			j++;
		}
		push('name', w.start, end);
		lastNameEnd = end;
		// "Jordan and Kai": a name-like word joined by "and" to a name we just found.
		const joined = /([A-Z][a-z'\u2019]+)\s+(?:and|&)\s+$/.exec(text.slice(Math.max(0, w.start - 30), w.start));
		if (joined) {
			const l = (joined[1] as string).toLowerCase();
			const at = w.start - joined[0].length;
			if (
				(FIRST.has(l) || LAST.has(l) || AMBIGUOUS.has(l)) &&
				!COMMON.has(l) &&
				!SERVICE_WORDS.has(l) &&
				!PLACE_WORDS.has(l) &&
				!existing.some((s) => at < s.end && at + l.length > s.start)
			) {
				push('name', at, at + l.length);
			}
		}
		i = j - 1;
	}
}

/** Keeps the highest-priority span where spans overlap, in text order. */
function resolve(spans: Span[]): Span[] {
	spans.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end);
	const kept: Span[] = [];
	for (const s of spans) if (!kept.some((k) => s.start < k.end && s.end > k.start)) kept.push(s);
	return kept.sort((a, b) => a.start - b.start);
}

/** The text with each found span replaced by its placeholder, e.g. "[email]". */
export function applyRedactions(text: string, spans: readonly { kind: string; start: number; end: number }[]): string {
	let out = '';
	let at = 0;
	for (const s of spans) {
		out += text.slice(at, s.start) + `[${s.kind}]`;
		at = s.end;
	}
	return out + text.slice(at);
}

/** Replaces personal details with [name], [email], [phone], [postcode], [address], [handle], [url], [school]. */
export function redact(text: string, options: RedactOptions = {}): RedactionResult {
	const spans = findPersonalDetails(text, options);
	return {
		redacted: applyRedactions(text, spans),
		redactions: spans.map((s): Redaction => ({ kind: s.kind, start: s.start, end: s.end }))
	};
}
