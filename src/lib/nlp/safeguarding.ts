// Safeguarding detection, tuned for recall: a flag only creates an alert for a person to review,
// so a false alarm costs a minute and a miss can cost far more. Two detectors:
//   1. rules: precise phrase rules (phrase-rules.ts) plus category concepts (concepts.ts) that
//      combine who, harm, means, time and place, secrecy, age gap, gifts, debt and threats;
//   2. a trained classifier (safeguarding-classifier.ts) for wordings the rules do not know.
// Either one flags. Both are silenced by a story told from safety ("...and I'm doing well now"),
// a topic or work frame with no particular person ("we run a self-harm awareness session"),
// a denial, or hyperbole ("this homework is killing me").
import {
	SAFEGUARDING_REASONS,
	type SafeguardingReason,
	type SafeguardingResult,
	type SafeguardingSeverity
} from './types';
import { canonical, STOPWORDS, TEXT_SPEAK } from './text';
import { phraseHits, RULE_SOURCES } from './phrase-rules';
import { CONCEPTS, matchConcept, OTHER_REF } from './concepts';
import * as K from './concepts';
import { makeFixer, vocabularyOf } from './spelling';
import {
	features,
	likeliestCategory,
	loadSafeguardingModel,
	probability,
	type SafeguardingModel
} from './safeguarding-classifier';
import modelJson from './model/safeguarding-model.json';
import protectJson from './data/spelling-protect.json';

export const safeguardingModel: SafeguardingModel = loadSafeguardingModel(modelJson);

/** The words the detectors' patterns are written in: misspellings are corrected towards these. */
export const safeguardingVocabulary = () =>
	vocabularyOf([...CONCEPTS.flatMap((c) => (c.b ? [c.re.source, c.b.source] : [c.re.source])), ...RULE_SOURCES]);

// Real words one edit from that vocabulary (built by npm run nlp:train from WordNet) are never
// "corrected": "others" is not a typo of "mother".
const SILENCER_SOURCES = [
	K.CURRENT,
	K.DENIAL,
	K.DISCLOSED,
	K.HABITUAL,
	K.PARTICULAR_OTHER,
	K.ROLE,
	K.FIGURATIVE,
	K.FRAME,
	K.HEALTH_INFO,
	K.PAST,
	K.POLICY_Q,
	K.POPULATION,
	K.RECOVERY_HINT,
	K.RESOLVED,
	K.SPECIFIC,
	K.TOPIC
].map((r) => r.source);

// The silencers' words are protected too (never targets): a "resolved" or "topic" cue must survive.
export const makeNormaliser = (protect: readonly string[]) =>
	makeFixer(safeguardingVocabulary(), [
		...STOPWORDS,
		...Object.values(TEXT_SPEAK),
		...protect,
		...vocabularyOf(SILENCER_SOURCES)
	]);
const fix = makeNormaliser(protectJson.words);

// "Is it normal to make yourself sick?": young people ask about themselves as "you".
const GENERIC_YOU_Q =
	/\b(?:is it (?:normal|ok|okay|alright|bad|wrong|weird|common|fine)|how do (?:you|u) (?:stop|know|tell)|what (?:do|should) (?:you|u) do (?:if|when)|what (?:happens|would happen) if (?:you|u))\b[^.?!]*/g;
const asFirstPerson = (q: string) =>
	q
		.replace(/\b(?:yourself|urself)\b/g, 'myself')
		.replace(/\byour\b/g, 'my')
		.replace(/\b(?:you|u)\b/g, 'i');

/** Canonical text with misspellings mapped onto the detectors' vocabulary. */
export function normalise(c: string): string {
	return fix(c).replace(GENERIC_YOU_Q, asFirstPerson);
}

// Immediate danger first: it is what a contact must read first.
const ORDER: readonly SafeguardingReason[] = [
	'immediate_danger',
	...SAFEGUARDING_REASONS.filter((r) => r !== 'immediate_danger')
];

const TIME_RE =
	/\b(?:tonight|tomorrow|today|this (?:weekend|evening|afternoon)|right now|now|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|friday|saturday|after school|next week|when every ?one is asleep)\b/;
const MEANS_RE =
	/\b(?:pills?|tablets?|paracetamol|meds|medication|overdose|rope|noose|ligature|bridge|roof|railway|tracks|train|motorway|cliff|blades?|razors?|knife|knives|gun|machete|weapon)\b/;

const RELAPSE = /\b(?:relaps\w*|(?:clean|streak) gone|broke (?:my|the) streak)\b/;
const NEGATED_LIST =
	/\b(?:no (?:evidence|signs?|indications?|history|reports?|current)|denies|denied|nil) (?:of )?[^.;!?]*$/;
// Someone else's threat to the writer ("she'll kill me", "he's gonna batter me"), not the writer's own intent.
// Harm to the writer that a laugh masks rather than jokes about ("recruited into this server lol").
const ABUSE = new Set<SafeguardingReason>([
	'physical_abuse',
	'sexual_abuse',
	'emotional_abuse',
	'neglect',
	'domestic_abuse',
	'radicalisation',
	'sexual_exploitation',
	'online_grooming',
	'criminal_exploitation'
]);
// Self-harm that is going on and getting worse is hidden by a laugh, not joked about ("again ... sleeves stay down lol").
const ESCALATING = /\b(?:again|any ?more|not enough|deeper|worse|started|every (?:night|day))\b/;
const PASSIVE_IDEATION =
	/\b(?:better off (?:without|if)|(?:wasn't|weren't|was not|not) (?:here|around|alive) any ?more|if i (?:just )?(?:wasn't|weren't|was not) (?:here|around|alive))\b/;
// Self-harm played down ("only a few scratches ... haha") is not a joke either.
const MINIMISED =
	/\b(?:(?:only|just) (?:a few |a couple of |some |little )?(?:scratches|cuts|marks|burns)|(?:says|said|claims|reckons) (?:it's|its|it was) (?:the|her|his|my) (?:cat|dog|rabbit|hamster))\b/;
const QUESTION_FIRST = /^q: .*?\ba: /;
const THREAT_FRAME =
	/\b(?:he|she|they|mum|dad|my \w+)(?:'ll| will| would|'d| is gonna| is going to|'s gonna|'s going to|'re gonna| are gonna| are going to| gonna)\b/;
const NEGATED_THOUGHT =
	/\b(?:not|never|isn't|aren't|wasn't|hasn't|haven't|isnt|wasnt)\b (?:been )?(?:thinking|thought|talking|talked|said anything) (?:of|about) $/;
const LAUGH = /\b(?:lol|haha\w*|lmao)\b/g;
const NEGATABLE: ReadonlySet<SafeguardingReason> = new Set(['suicide', 'self_harm', 'risk_to_others']);
/** The classifier alone needs some text to go on: a few words are too easy to over-read. */
const MIN_CLASSIFIER_WORDS = 6;

interface Detection {
	reasons: Set<SafeguardingReason>;
	evidence: string[];
	urgent: boolean;
	other: boolean;
}

/** The rule detector alone (phrase rules + concepts), before the silencers. */
export function ruleDetect(n: string): Detection {
	const d: Detection = { reasons: new Set(), evidence: [], urgent: false, other: false };
	for (const h of phraseHits(n)) {
		d.reasons.add(h.reason);
		d.evidence.push(h.evidence);
		if (h.urgent) d.urgent = true;
		if (h.other) d.other = true;
	}
	for (const c of CONCEPTS) {
		const ev = matchConcept(c, n);
		if (ev === null) continue;
		const at = n.indexOf(ev);
		// "I've never self harmed", "I'm not going to hurt myself": a denial of the writer's own risk.
		if (NEGATABLE.has(c.cat) && /\b(?:not|never|no|[a-z]+n't)\b[^.!?,]{0,12}$/.test(n.slice(Math.max(0, at - 25), at)))
			continue;
		// "says he isn't thinking of hurting himself".
		if (NEGATABLE.has(c.cat) && NEGATED_THOUGHT.test(n.slice(Math.max(0, at - 40), at))) continue;
		// A clinician's negated list: "no evidence of self-harm, suicidal ideation or safeguarding concerns".
		if (NEGATABLE.has(c.cat) && NEGATED_LIST.test(n.slice(Math.max(0, at - 80), at))) continue;
		d.reasons.add(c.cat);
		d.evidence.push(ev.trim());
		if (c.urgent) d.urgent = true;
	}
	return d;
}

export type Silencer = 'resolved' | 'topic' | 'frame' | 'population' | 'denial' | 'figurative' | null;

/** Why a statement that names a harm is not a disclosure, if it is not. */
export function silencer(text: string, d: Detection | null): Silencer {
	// A question quoted before the answer ("Q: what should we know? A: ...") frames nothing: only the answer counts.
	const n = text.replace(QUESTION_FIRST, '');
	// A plan with means ("I've sorted it. Got the tablets saved up") is never a story that is over.
	// Praise for the day in an earlier sentence ("The trip was amazing. My cousin says ...") resolves nothing after it.
	if (K.RESOLVED.test(n) && !K.CURRENT.test(n) && !(d && d.urgent) && !cueSentencesBefore(K.RESOLVED, n, d))
		return 'resolved';
	// A relapse ("4 months clean gone") is never a recovery story.
	if (K.PAST.test(n) && K.RESOLVED.test(n) && !RELAPSE.test(n)) return 'resolved';
	if (K.PAST.test(n) && K.RECOVERY_HINT.test(n) && !K.CURRENT.test(n)) return 'resolved';
	// Health information or an activity's topic, unless someone is disclosing; an urgent match silences
	// only when nobody in particular is named ("an overdose of iron tablets is dangerous for children").
	if (K.TOPIC.test(n) && !K.DISCLOSED.test(n) && !(d && d.urgent && K.SPECIFIC.test(n))) return 'topic';
	if (K.HEALTH_INFO.test(n) && !K.SPECIFIC.test(n) && !K.DISCLOSED.test(n)) return 'topic';
	if (K.POLICY_Q.test(n) && !/\b(?:my|i|me|i'm|i've)\b/.test(n) && !(d && d.urgent)) return 'topic';
	if (K.FRAME.test(n) && !K.SPECIFIC.test(n) && !K.MASKED_ASK.test(n)) return 'frame';
	if (K.ROLE.test(n) && K.HABITUAL.test(n) && !K.PARTICULAR_OTHER.test(n) && !(d && d.urgent)) return 'frame';
	if (K.POPULATION.test(n) && !K.SPECIFIC.test(n) && !(d && d.urgent)) return 'population';
	if (K.DENIAL.test(n) && (!d || d.reasons.size <= 1)) return 'denial';
	// A laugh after abuse that happened ("got the belt again ... lol") or after passive ideation, which is not an
	// idiom ("better off if i wasn't here lol"), masks it; after "i want to die" or a threat
	// ("she'll kill me haha", "gonna batter me at pool haha") it is hyperbole.
	const masked =
		d !== null &&
		([...d.reasons].some((r) => ABUSE.has(r)) ||
			(d.reasons.has('self_harm') && ESCALATING.test(n)) ||
			PASSIVE_IDEATION.test(n) ||
			MINIMISED.test(n)) &&
		!THREAT_FRAME.test(n) &&
		!K.FIGURATIVE.test(n.replace(LAUGH, ''));
	// A laugh that comes before every named harm belongs to what came before ("answer ur phones lol. been
	// thinking about ending it"), not to the harm. Checked only when a figure of speech was found.
	if (
		K.FIGURATIVE.test(n) &&
		!(d && d.urgent) &&
		!masked &&
		!laughOnlyBefore(n, d) &&
		!joked(n, d) &&
		!harmBesideFigure(n, d)
	)
		return 'figurative';
	return null;
}

const WEAPON = /\b(?:gun|guns|knife|knives|blade|machete|bomb|shank)\b/;
/**
 * Taken seriously even when laughed or joked about, as schools must: a weapon named with harm to others, and a
 * marriage being planned ("keeps joking she'll be 'gone' after Year 9").
 */
const joked = (n: string, d: Detection | null) =>
	d !== null && ((d.reasons.has('risk_to_others') && WEAPON.test(n)) || d.reasons.has('forced_marriage'));

const FIGURES = new RegExp(K.FIGURATIVE.source, 'g');
/**
 * A figure of speech silences only the harm it holds: "his phone is about to die" says nothing about
 * "ran off from home last night" beside it. Laughs are left for the rules above.
 */
function harmBesideFigure(n: string, d: Detection | null): boolean {
	if (d === null) return false;
	const figures = [...n.matchAll(FIGURES)].filter((m) => !LAUGH_ONLY.test(m[0]));
	const span = (e: string) => ({ at: n.indexOf(e), end: n.indexOf(e) + e.length });
	const end = (f: RegExpExecArray) => f.index + f[0].length;
	// Only a figure that itself holds a harm ("about to die") can leave another harm standing; one that sets
	// the scene ("play fight", "teaches me chess") or sits next to the harm ("beat me at fifa") qualifies it.
	const holding = figures.filter((f) => d.evidence.some((e) => f.index <= span(e).at && span(e).end <= end(f)));
	if (holding.length === 0) return false;
	const beside = (e: string) => {
		const { at, end: stop } = span(e);
		const overlapsHolding = holding.some((f) => at < end(f) && f.index < stop);
		const qualified = figures.some(
			(f) => !holding.includes(f) && at <= end(f) + HELD_GAP && f.index <= stop + HELD_GAP
		);
		return !overlapsHolding && !qualified;
	};
	if (!d.evidence.some(beside)) return false;
	const rest = n.replace(FIGURES, (m) => (LAUGH_ONLY.test(m) ? m : ' , '));
	const left = ruleDetect(rest);
	return left.reasons.size > 0 && silencer(rest, left) === null;
}
const HELD_GAP = 25;
const LAUGH_ONLY = /^(?:lol|haha\w*|lmao|jk)$/;

/** True when every match of a cue ends in a sentence before the first harm the rules named. */
function cueSentencesBefore(cue: RegExp, n: string, d: Detection | null): boolean {
	if (d === null || d.evidence.length === 0) return false;
	const first = Math.min(...d.evidence.map((e) => n.indexOf(e)).filter((i) => i >= 0));
	const stop = Math.max(n.lastIndexOf('. ', first), n.lastIndexOf('! ', first), n.lastIndexOf('? ', first));
	if (stop < 0) return false;
	const all = new RegExp(cue.source, 'g');
	for (const m of n.matchAll(all)) if (m.index + m[0].length > stop + 1) return false;
	return true;
}

/** True when the only figure of speech is a laugh, and it comes before every harm the rules named. */
function laughOnlyBefore(n: string, d: Detection | null): boolean {
	if (d === null || K.FIGURATIVE.test(n.replace(LAUGH, ''))) return false;
	let end = n.length;
	for (const m of n.matchAll(LAUGH)) end = m.index + m[0].length;
	return d.evidence.every((e) => n.indexOf(e) > end);
}

/** Flags text that may describe someone at risk, with category codes and a severity. */
export function detectSafeguarding(text: string): SafeguardingResult {
	return detectInCanonical(canonical(text));
}

export function detectInCanonical(c: string, model: SafeguardingModel = safeguardingModel): SafeguardingResult {
	const none: SafeguardingResult = { safeguarding: false, safeguarding_reasons: [], evidence: [] };
	const n = normalise(c);
	const d = ruleDetect(n);
	const feats = features(n);
	const p = probability(model, feats);
	const byRules = d.reasons.size > 0;
	const words = feats.filter((f) => !f.includes(' ')).length;
	const byClassifier = p >= (model.concernThreshold ?? model.threshold) && words >= MIN_CLASSIFIER_WORDS;
	if (!byRules && !byClassifier) return none;
	if (silencer(n, byRules ? d : null)) return none;
	if (!byRules) {
		// The category heads are scored only when the classifier fires alone.
		const category = likeliestCategory(model, feats);
		if (category) d.reasons.add(category);
		d.evidence.push(`classifier ${p.toFixed(2)}`);
	}
	const reasons = ORDER.filter((r) => d.reasons.has(r));
	const risky = reasons.some((r) => r === 'suicide' || r === 'self_harm' || r === 'risk_to_others');
	let severity: SafeguardingSeverity;
	// The classifier's category is a guess: alone, it never makes 'urgent' from the category only.
	const dangerNamed = byRules && reasons.includes('immediate_danger');
	if (d.urgent || dangerNamed || (risky && TIME_RE.test(n) && MEANS_RE.test(n))) severity = 'urgent';
	else if (byRules || (byClassifier && p >= Math.max(0.95, model.threshold))) severity = 'high';
	else severity = 'concern';
	const firstVictim = d.evidence.some((e) => /\b(?:me|i|i'm|i've|myself|my)\b/.test(e));
	const about: 'self' | 'other' = d.other || (OTHER_REF.test(n) && !firstVictim) ? 'other' : 'self';
	return {
		safeguarding: true,
		safeguarding_reasons: reasons,
		safeguarding_severity: severity,
		safeguarding_about: about,
		evidence: d.evidence,
		detectors: { rules: byRules, classifier: byClassifier }
	};
}
