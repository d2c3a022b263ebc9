// Concept matching for safeguarding: instead of whole phrases, each category is a combination of
// concepts (who, a harm or abuse verb, means, time and place, secrecy, age gap and gifts, debt
// and threats, physical warning signs) that must meet within a sentence (or the next one).
// Patterns run over canonical text (text-speak expanded) whose misspelt words were mapped onto
// this file's vocabulary by an edit-distance-1 fixer (spelling.ts).
import type { SafeguardingReason } from './types';

const alt = (...xs: string[]) => `(?:${xs.join('|')})`;
/** a and b in the same sentence, at most `gap` characters apart, in either order. */
interface Near {
	a: string;
	b: string;
	gap: number;
	/** Allow one sentence break between them ("He's 13. Found in a trap house."). */
	cross: boolean;
}
const near = (a: string, b: string, gap = 60): Near => ({ a, b, gap, cross: false });
const near2 = (a: string, b: string, gap = 90): Near => ({ a, b, gap, cross: true });
const w = (s: string) => `\\b${s}\\b`;

// ---- who ----
const CHILD_NOUN =
	'(?:son|daughter|child|kid|kids|children|boy|girl|lad|baby|toddler|infant|teen|teenager|niece|nephew|grandson|granddaughter|stepson|stepdaughter|pupil|student|client|patient|mentee|participant|member|young person|young man|young woman|yp|little one|friend|mate|bestie|best friend|best mate|bf|gf|brother|sister|bro|sis|cousin)';
export const OTHER_REF = new RegExp(
	w(
		alt(
			`(?:my|our|his|her|their) (?:(?:best|little|older|younger|big|baby|eldest|youngest|oldest|step|foster|adopted|\\d+ year old|teenage) )*${CHILD_NOUN}s?`,
			`(?:a|an|one|this|the|another) (?:(?:\\d+ year old|year \\d+|young|little|teenage|looked after|male|female|disabled|autistic|traveller) )*(?:pupil|student|child|boy|girl|lad|young person|yp|participant|kid|member|mentee|client|patient|young woman|young man|teenager|infant|baby|toddler|\\d+ year old)`,
			'one of (?:our|the|my) (?:young people|students|pupils|kids|children|boys|girls|lads|members|mentees|participants)',
			'(?:girl|boy|lad|kid|yp|child) (?:at|in|from) (?:our|the|my)',
			'a (?:friend|mate) of mine',
			'yp',
			'(?:he|she) (?:is|was) (?:\\d+|only \\d+)'
		)
	)
);
export const FIRST_VICTIM = /\b(?:me|i|i'm|i've|i'll|myself|my (?:arms?|legs?|wrists?|body|skin|thighs?|life))\b/;

// ---- shared vocabulary ----
const AGENT = alt(
	'dad',
	'daddy',
	'father',
	'mum',
	'mummy',
	'mother',
	'step ?dad',
	'step ?mum',
	'step ?father',
	'step ?mother',
	'step ?brother',
	'step ?sister',
	'uncle',
	'aunt',
	'auntie',
	'grandad',
	'grandpa',
	'grandfather',
	'grandma',
	'nan',
	'nana',
	'grandmother',
	'brother',
	'brothers',
	'sister',
	'cousin',
	'cousins',
	'carer',
	'carers',
	'foster (?:dad|mum|carer|parents?)',
	'partner',
	'boyfriend',
	'girlfriend',
	'husband',
	'wife',
	'ex',
	'fella',
	"mum's (?:boyfriend|partner|fella|friend)",
	"dad's (?:girlfriend|partner)",
	'parents',
	'he',
	'she',
	'they',
	'teacher',
	'coach',
	'babysitter',
	'family',
	'relatives?',
	'in ?laws'
);
const VICTIM = alt(
	'me',
	'him',
	'her',
	'them',
	'us',
	`(?:my|our|his|her|the) (?:\\w+ )?${CHILD_NOUN}s?`,
	'my mum',
	'her mum',
	'his mum',
	'the kids',
	'the children'
);
const HIT = alt(
	'hit',
	'hits',
	'hitting',
	'punch\\w*',
	'kick\\w*',
	'slap\\w*',
	'smack\\w*',
	'beat',
	'beats',
	'beating',
	'beaten',
	'batter\\w*',
	'lamp(?:s|ed|ing)?',
	'wallop\\w*',
	'whack\\w*',
	'thump\\w*',
	'strangl\\w*',
	'chok\\w*',
	'throttl\\w*',
	'scald\\w*',
	'push\\w*',
	'shov\\w*',
	'grab\\w*',
	'drag\\w*',
	'squeez\\w*',
	'hurt',
	'hurts',
	'hurting',
	'attack\\w*',
	'assault\\w*',
	'throws?',
	'threw',
	'thrown',
	'burns?',
	'burnt',
	'burned',
	'bit',
	'bites',
	'chuck\\w*',
	'lamp(?:ed|s)',
	'knock\\w*',
	'flung',
	'fling\\w*',
	'twist\\w*',
	'pinch\\w*',
	'yank\\w*',
	'booted',
	'boots'
);
const INJURY = alt(
	'bruis\\w*',
	'black eye',
	'split lip',
	'welts?',
	'burn marks?',
	'cigarette (?:marks?|burns?)',
	'fractur\\w*',
	'broken (?:arm|wrist|bone|nose|ribs?)',
	'handprint',
	'finger ?(?:shaped|marks?)',
	'swollen',
	'unexplained injur\\w*',
	'marks on (?:his|her|my)',
	'marks all',
	'lumps',
	'bite marks?',
	'grip marks?'
);
const INSTRUMENT = alt(
	'belt',
	'belt buckle',
	'stick',
	'slipper',
	'wooden spoon',
	'cable',
	'hairbrush',
	'iron',
	'hot spoon',
	'lighter',
	'fists?'
);
const TIME = alt(
	'tonight',
	'tomorrow',
	'today',
	'this weekend',
	'this evening',
	'this afternoon',
	'right now',
	'now',
	'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
	'after school',
	'next week',
	'when (?:every ?one|they|mum|dad|everybody) (?:is|are|goes|go) (?:asleep|to bed|out)',
	'soon'
);
const MEDS = alt(
	'pills?',
	'tablets?',
	'paracetamol',
	'meds',
	'medication',
	'medicine',
	'sleeping (?:tablets|pills)',
	'antidepressants',
	'ibuprofen',
	'insulin',
	'overdose'
);
const HEIGHT = alt(
	'bridge',
	'roof',
	'rooftop',
	'(?:train|railway|rail) (?:tracks?|line|bridge)',
	'tracks',
	'railway',
	'motorway',
	'cliff',
	'ledge',
	'edge',
	'tower(?: block)?',
	'multi ?storey',
	'car park',
	'top floor',
	'balcony'
);
const WEAPON = alt(
	'knife',
	'knives',
	'blade',
	'machete',
	'gun',
	'guns',
	'firearm',
	'hammer',
	'bat',
	'weapon',
	'weapons',
	'axe',
	'zombie knife',
	'acid',
	'(?:air )?rifle',
	'shotgun',
	'pistol',
	'air gun',
	'crossbow'
);
const GIFTS = alt(
	'gifts?',
	'presents?',
	'money',
	'cash',
	'phones?',
	'new clothes',
	'trainers',
	'vapes?',
	'weed',
	'drugs',
	'coke',
	'alcohol',
	'vodka',
	'drink',
	'cigarettes',
	'taxis?',
	'hotel',
	'nails',
	'gift cards?',
	'v ?bucks'
);
const AGE_GAP = alt(
	'older (?:men|man|guys?|males?|lads|boys?|bloke|people|girls?|women|members)',
	'grown (?:men|man|ups?)',
	'adults?',
	'adult (?:men|man|males?|stranger)',
	'(?:man|men|guy|bloke) (?:in (?:his|their) )?\\d0s',
	'(?:\\d{2}) year old (?:man|boyfriend|bf|guy)',
	'twice (?:her|his|my) age',
	'much older',
	"(?:boyfriend|bf|partner) (?:is|who is|who's) (?:2\\d|3\\d|4\\d)",
	"(?:is|he's|he is|who's) (?:2[0-9]|3[0-9]|4[0-9])\\b",
	'uncles',
	"(?:men|adults|people) (?:we|she|he|i|they) (?:do not|don't|didn't|did not) know",
	'(?:unknown|strange) (?:men|adults|males)'
);
const SECRET = alt(
	'secret\\w*',
	'not (?:to )?tell',
	"don't tell",
	'keep (?:it|this|quiet)',
	'delete (?:the|our) (?:messages|chats|conversations)',
	'stay quiet',
	'special game'
);
const ONLINE = alt(
	'online',
	'on ?line',
	'snapchat',
	'instagram',
	'tiktok',
	'tik tok',
	'discord',
	'roblox',
	'fortnite',
	'whatsapp',
	'a game',
	'the game',
	'gaming',
	'xbox',
	'playstation',
	'chat app',
	'webcam',
	'video call',
	'facetime',
	'internet',
	'app',
	'messag\\w*',
	'dms?',
	'telegram'
);
const IMAGES = alt(
	'pics',
	'pictures',
	'photos?',
	'photographs',
	'nudes?',
	'images',
	'videos?',
	'selfies',
	'webcam',
	'video call'
);
const DRUG_WORK = alt(
	'(?:run|running|runs|carry|carrying|carries|sell|selling|sells|(?<!big )deal(?! with)|dealing(?! with)|deals(?! with)|move|moving|hold|holding|hide|hiding|drop|dropping|plug|plugging|deliver\\w*|transport\\w*|stor\\w*) (?:\\w+ ){0,3}(?:drugs|packages|bags|parcels|stuff|food|weed|knives|the line|line phone|drops|runs|gear|wraps)',
	'(?:do|doing|did) (?:drops|runs)',
	'county lines?',
	'(?:go|going|gone|went|out) country',
	'trap ?house',
	'line phone',
	'second phone',
	'burner',
	'shoplift\\w*',
	'steal\\w* (?:mopeds|bikes|cars)'
);
const DEBT = alt('owe\\w*', 'debt', 'pay (?:it|them|him|that) (?:off|back)', 'grand', 'robbed', 'paying back');
const THREAT = alt(
	'threat\\w*',
	"(?:they|he|she)(?:'ll| will| would|'d) (?:hurt|kill|stab|get|beat|batter|burn|find)",
	'hurt my (?:family|mum|brother|sister)',
	'beat (?:me|him|her)',
	'stab\\w*',
	'knife to',
	'scared',
	'terrified',
	'warning',
	'or else',
	'know where (?:i|he|she|we) live',
	// "they no were my mum lives": a threat to family, spelt as heard.
	'(?:know|no|kno) (?:where|were|wer) (?:i|he|she|we|you|my \\w+) (?:lives?|stays?)'
);

// ---- second-pass concepts (issue 12 part 1) ----
/** A basic need unmet: food, warmth, hygiene, health care, supervision (NSPCC signs of neglect). */
const NEGLECT_SIGN = alt(
	'starving',
	'(?<!(?:never|not|rarely|barely) )hungry',
	'eat(?:s|ing)? (?:from|out of) (?:the )?bins',
	'no (?:food|dinner|tea|breakfast|lunch|hot meal)',
	'nothing (?:to eat|in the fridge)',
	'not (?:been )?fed',
	'forgets? to feed',
	'filthy',
	'stinks?',
	'stink(?:ing|y)',
	'smelly',
	'smells? (?:strongly |really |bad(?:ly)? )?(?:of )?(?:urine|wee|bad)',
	'unwashed',
	'(?:dirty|wet|soiled) (?:clothes|nappy|nappies|uniforms?|bedding)',
	'no (?:coat|shoes|proper shoes|winter coat)',
	'without (?:a )?coat',
	"(?:heating|electric|electricity)(?:'s)? (?:has )?(?:been )?off",
	'sleep in (?:our|their|my|his|her) coats',
	'(?:head )?lice',
	'nits',
	'(?<!nappy )rash',
	'tooth ?ache',
	'tooth decay',
	'(?:never|not) (?:got |been )?treated',
	'(?:family|parents?|mum|dad|mother|father|carers?) (?:have |has |had )?(?:\\w+ )?missed (?:\\w+ ){0,3}(?:appointments?|weigh\\w*|check ?ups?)',
	"(?:never|won't|doesn't|don't|refuses? to|refused to|not|can't be bothered to) (?:take|takes|taking|took|bring|brings|brought) (?:me|him|her|them|us|the (?:baby|kids|children)) (?:to|for) (?:the |any |a |his |her |my )?(?:doctors?|gp|dentist|hospital|appointments?|check ?ups?|injections|jabs)",
	"(?:did not|didn't|never|not) collect(?:ed)? (?:the|his|her|my) (?:prescription|medication|medicine|inhaler)",
	'lost weight',
	'weight (?:has )?dropped',
	'left (?:\\w+ ){0,3}(?:alone|on (?:their|his|her|my|our) own|in the flat|in the house)',
	'(?:in the (?:flat|house)|at home) on (?:their|his|her|my|our) own',
	'home alone',
	'overnight',
	'(?:watching|watch|minding|look(?:ing)? after) (?:the )?(?:babies|baby|kids|little ones|younger ones)',
	'make the little ones',
	'caring for (?:her|his|my) (?:mum|dad|mother|father)',
	'falls? asleep in class',
	'underweight',
	'not being (?:fed|changed|made up)',
	'(?:never|not) being changed',
	'red raw'
);
/** What makes an unmet need neglect: it persists, the carer fails or is absent, or the child is young. */
const NEGLECT_CONTEXT = alt(
	'always',
	'every (?:day|night|meal|weekend)',
	'most (?:days|nights|weekends)',
	'never',
	'nobody',
	'no ?one',
	'for (?:weeks|months|days|years)',
	'in years',
	'frequently',
	'routinely',
	'consistently',
	'persistently',
	'repeatedly',
	'often',
	"(?:can(?:not|'t)|couldn't) be bothered",
	"(?:doesn't|don't|does not|do not) care",
	'forgets?',
	'at the pub',
	'drinking',
	'drunk',
	'off (?:his|her|their) face',
	'goes out',
	'(?:is|are|was) out',
	'not collect\\w*',
	'refused',
	'without any help',
	"(?:i'm|im|i am|she's|he's|she is|he is) (?:only )?(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
	'only (?:[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)',
	'nursery',
	'year [1-6]',
	'toddler',
	'little one',
	'baby',
	'infant',
	'feeds?'
);
/** A sexual act or sign (NSPCC signs of sexual abuse). */
const SEX_ACT = alt(
	'sex',
	'sexual(?:ly)?',
	'private (?:touching|parts|bits|places|area)',
	'genitals',
	'naked',
	'undress\\w*',
	'porn\\w*',
	'people having sex',
	'did (?:stuff|things|something) to (?:me|her|him)',
	'(?:touch|touches|touching|touched) (?:me|him|her|them)',
	'in (?:my|her|his) (?:bed|bath|shower)',
	'into (?:my|her|his) (?:bed|room) at night',
	'(?:hand|hands) (?:down|in|up|inside) (?:my|her|his)'
);
const COERCE = alt(
	'makes? (?:me|him|her)',
	'made (?:me|him|her)',
	'forc\\w*',
	'held (?:me|her|him) down',
	"(?:didn't|did not|don't) (?:agree|consent|want)",
	'hurts?',
	'scared',
	'pretend'
);
const UNDER_16 = alt(
	'(?:[1-9]|1[0-5]) ?(?:year old|yo|yr old)',
	'aged (?:[1-9]|1[0-5])',
	'year (?:[1-9]|10|11)',
	'primary',
	'reception'
);
const PLACE_OF_RISK = alt(
	'railway',
	'railway line',
	'train line',
	'tracks',
	'river',
	'canal',
	'quarry',
	'beach',
	'sea',
	'reservoir',
	'woods'
);
/** An ending: intent to die, not come back, jump. */
const ENDING = alt(
	'goodbye',
	'(?:not|never) (?:be )?coming (?:back|home)',
	"won't be (?:coming back|here|around)",
	"would(?:n't| not) be coming back",
	"(?:i'm|im|he's|hes|she's|shes) done",
	'the end',
	'end (?:it|things|my life|his life|her life)',
	'(?:going to|gonna|will|wants? to|about to|threatening to) jump',
	'wants? to fall',
	'throw (?:my|him|her)self'
);
const NO_ANSWER = alt(
	"(?:won't|wont|will not|isn't|is not|not) (?:answer\\w*|respond\\w*|open\\w*|come out|speak\\w*)",
	'no answer',
	'an hour',
	'hours',
	'crying',
	'silent'
);
/** Intent to harm others: a future, a day, a wish, a threat. */
const INTENT_OTHERS = alt(
	'going to',
	'gonna',
	"(?:will|'ll) (?:use|do|see|pay|show|get)",
	'want(?:s)? to (?:use|do|hurt|kill|get|attack|burn)',
	'next time',
	'while people',
	'see what happens',
	'(?:pay|regret it)',
	'show everyone',
	'on (?:monday|tuesday|wednesday|thursday|friday)',
	'tomorrow',
	'at lunch',
	'revenge'
);

export interface Concept {
	cat: SafeguardingReason;
	/** One pattern, or two (a, b) that must meet within `gap` characters. */
	re: RegExp;
	b?: RegExp;
	gap?: number;
	cross?: boolean;
	/** Means, place or time that makes it urgent on its own. */
	urgent?: boolean;
}

// Two separate linear scans instead of one regex with a gap: a gap regex backtracks through
// every position of the gap for every alternative, 10x slower on a typical statement.
const C = (cat: SafeguardingReason, src: string | Near, urgent = false): Concept =>
	typeof src === 'string'
		? { cat, re: new RegExp(src), urgent }
		: { cat, re: new RegExp(src.a, 'g'), b: new RegExp(src.b, 'g'), gap: src.gap, cross: src.cross, urgent };

/** The matched evidence, or null. */
export function matchConcept(c: Concept, text: string): string | null {
	if (!c.b) {
		const m = c.re.exec(text);
		return m ? m[0] : null;
	}
	c.re.lastIndex = 0;
	if (!c.re.test(text)) return null;
	c.b.lastIndex = 0;
	if (!c.b.test(text)) return null;
	// matchAll starts from lastIndex, which test() has just moved.
	c.re.lastIndex = 0;
	c.b.lastIndex = 0;
	const as = [...text.matchAll(c.re)];
	const bs = [...text.matchAll(c.b)];
	for (const a of as)
		for (const b of bs) {
			const [first, second] = a.index <= b.index ? [a, b] : [b, a];
			const from = first.index + first[0].length;
			const to = second.index;
			if (to < from || to - from > (c.gap ?? 60)) continue;
			const between = text.slice(from, to);
			if (between.includes('\n')) continue;
			const breaks = (between.match(/[.!?]/g) ?? []).length;
			if (breaks > (c.cross ? 1 : 0)) continue;
			return text.slice(first.index, second.index + second[0].length);
		}
	return null;
}

export const CONCEPTS: Concept[] = [
	// ---- suicide: ideation, intent, plan, means, preparation ----
	C(
		'suicide',
		w(
			alt(
				'(?:want|wants|wanted|wanting|going|gonna|planning|plans|intends?|ready|about) to (?:die|kill (?:my|him|her|them)sel(?:f|ves)|end (?:it|my life|his life|her life|their life|things)|be dead|hang (?:my|him|her)self|take (?:my|his|her) (?:own )?life)',
				'(?:kill|killing|hang|hanging|hanged) (?:my|him|her|them)sel(?:f|ves)(?! (?:laughing|with laughter))',
				'(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?life',
				'suicidal (?:thoughts|ideation|feelings|plan)',
				'thoughts? (?:of|about) (?:suicide|dying|taking (?:my|his|her) (?:own )?life|ending)',
				'wish(?:es|ed)? (?:i|she|he|they) (?:was|were|could be) dead',
				'(?:better off|be better) dead',
				'(?:not|never) (?:want|wants|wanna) to (?:wake up|be alive|live|exist|be here)',
				"(?:don't|doesn't|didn't|do not|does not|did not) (?:want|wanna) to (?:wake up|be alive|live any ?more|exist|be here any ?more)",
				'(?:ways|how) to (?:die|kill (?:my|him|her)self|end (?:it|my life|his life|her life))',
				'(?:goodbye|suicide) (?:letters?|notes?|messages?|posts?)',
				'this is goodbye',
				'(?:written|wrote|writing) (?:a )?(?:notes?|letters?) (?:to|for) (?:all of us|everyone|us|her|his|my)',
				// Giving things away is a warning sign when it is everything, or away: not a console to a cousin.
				'(?:giving|gave|given) (?:away (?:all )?(?:his|her|my)|all (?:his|her|my)) (?:stuff|things|belongings|clothes|games|console)',
				'(?:giving|gave|given) (?:his|her|my) (?:stuff|things|belongings|clothes|games|console) away',
				"won't (?:be )?need(?:ing)? (?:them|it|any of it) (?:soon|any ?more|where)",
				'look after (?:my|her|his) (?:cat|dog|pets?|rabbit) (?:for|when|after)',
				"(?:won't|will not) be (?:here|around|alive) (?:by|for|next|much longer|soon)",
				"(?:don't|can't) see (?:me|myself) (?:here|alive|being here) (?:next|by|in)",
				'disappear (?:forever|for good|and never come back)',
				'(?:not|stop) (?:exist|existing) any ?more',
				'want (?:it all|everything|it) to stop (?:for good|forever)',
				'sorry for everything',
				'ready to go',
				'if (?:i|she|he) (?:was|were) dead',
				'cope better (?:without|if)',
				"(?:don't|do not|doesn't|does not) (?:think )?(?:i|she|he) (?:want|wants|wanna) to (?:be alive|live|be here|exist)",
				'(?:want|wants|wanna) to be alive any ?more',
				// NICE: ideation said formally, method research and stated intent are warning signs.
				'no longer (?:wish|wishes|wished|want|wants|wanted) to (?:live|be alive|be here|exist|carry on)',
				'(?:research\\w*|look\\w* up|search\\w*|googl\\w*) (?:\\w+ ){0,2}(?:methods|ways to die|how to die|how to kill|lethal dose)',
				'(?:intend\\w*|plan\\w*|going) to act on (?:it|them|these thoughts|their thoughts)',
				'(?:said|saying|say|says) (?:my |their |his |her )?goodbyes? to (?:all )?(?:my|his|her|their) (?:friends|mates|family)'
			)
		)
	),
	C(
		'suicide',
		near(
			w(alt('saved', 'saving', 'stockpil\\w*', 'collect\\w*', 'hoard\\w*', 'hidden', 'ready', 'sorted', 'got')),
			w(MEDS)
		),
		true
	),
	C(
		'suicide',
		near(
			w(
				alt(
					'take them all',
					'take all',
					'take the lot',
					'swallow (?:them|all)',
					'whole (?:box|packet)',
					'load of',
					'handful',
					'too many'
				)
			),
			w(MEDS)
		),
		true
	),
	C(
		'suicide',
		near(
			w(alt('got', 'have', 'sorted', 'bought', 'hid', 'hidden', 'tied', 'found')),
			w(alt('rope(?! (?:swing|course|ladder))', 'noose', 'ligature'))
		),
		true
	),
	C(
		'suicide',
		near(
			w(alt('jump\\w*', 'throw (?:my|him|her)self', 'step\\w* (?:out )?in front', 'walk\\w* in front', 'lie on')),
			w(alt(HEIGHT, 'trains?', 'cars?', 'lorry', 'bus', 'traffic')),
			40
		),
		true
	),
	C(
		'suicide',
		near(
			w(alt('plan\\w*', 'intends?', 'going to', 'gonna', 'will')),
			w(alt('overdose', 'hang', 'end (?:it|her life|his life|my life)', 'kill (?:my|him|her)self')),
			40
		)
	),
	C(
		'suicide',
		near(
			w(
				"(?:standing|stood|sitting|sat|was|is|am|i'm)(?: \\w+){0,3} (?:on|at|by|near) (?:the )?(?:edge of (?:the )?|top of (?:the )?)?" +
					HEIGHT
			),
			w(alt('intends?', 'go back', 'jump', 'end it', 'plan', 'no safety plan', 'ready')),
			100
		),
		true
	),
	C('suicide', near(w(alt('know which', 'going to use', 'chosen', 'picked')), w(HEIGHT), 40), true),
	C(
		'suicide',
		near(
			w(alt('note', 'letter', 'sorry for everything', 'loves? (?:us|you)')),
			w(
				alt(
					'phone (?:is )?(?:now )?(?:off|switched off)',
					'not answering',
					'gone',
					'missing',
					// plain "left" fired on "my counsellor left and I found out from a letter"
					'left (?:home|the house|in the night|without (?:a word|saying))'
				)
			),
			80
		),
		true
	),
	C('suicide', near(w(alt('do it', 'end it', 'go through with it', 'finish it')), w(TIME), 40), true),
	// ---- self-harm ----
	C(
		'self_harm',
		w(
			alt(
				'self ?(?:harm|harming|harmed|harms|injur\\w*)(?! (?:awareness|support|services?|training|sessions?|groups?|drop ?in|prevention|team|policy|lessons?|workshops?|leaflets?))',
				'(?:cut|cuts|cutting|carv\\w*|slash\\w*|scratch\\w*|burn|burns|burnt|burning|burned|hurt|hurts|hurting|harm|harming|injur\\w*|punch\\w*|hit|hits|hitting|bang\\w*|stab\\w*|bit|bite|biting) (?:my|him|her|them)sel(?:f|ves)',
				'(?:cut|cuts|cutting|carv\\w*|slash\\w*|scratch\\w*|burn\\w*|pick\\w*) (?:\\w+ )?(?:into )?(?:my|his|her|their) (?:own )?(?:arms?|legs?|wrists?|thighs?|skin|stomach|hands?|face|body)',
				'(?:on purpose|deliberately)',
				'(?:fresh|new|deep|infected) (?:cuts|wounds|scars|burns|gash|slashes|marks)',
				'(?:till|until|til) (?:it|they|my \\w+|her \\w+|his \\w+|i|she|he) (?:bleeds?|bled|bruises?)',
				'(?:cuts|scars|slashes|wounds|burns) (?:on|all over|down) (?:my|her|his) (?:arms?|legs?|wrists?|thighs?|stomach|body|forearms?)',
				'swallow\\w* (?:batteries|objects|glass|screws)',
				'(?:cut|cutting|cuts) (?:again|too deep|deep)'
			)
		)
	),
	C(
		'self_harm',
		w(
			alt(
				'(?:cuts|wounds?) (?:are|were|is|was) (?:so |too |really )?deep',
				'needed stitches',
				'did (?:it|this) (?:to )?(?:him|her|my)self'
			)
		)
	),
	C(
		'self_harm',
		near(
			w(alt('found', 'hid\\w*', 'hiding', 'keeps?', 'using', 'uses')),
			w(alt('blades?', 'razors?', 'sharpener blade')),
			40
		)
	),
	C(
		'self_harm',
		near(
			w(alt('plasters', 'long sleeves', 'bloodied tissues', 'blood')),
			w(alt('cuts?', 'arms?', 'wrists?', 'hurting', 'sleeves', 'bin')),
			60
		)
	),
	// ---- immediate danger: now + (means taken, at a height, weapon present, attacker present) ----
	C(
		'immediate_danger',
		near(
			w(
				alt(
					'right now',
					'now',
					'just',
					'currently',
					'at the moment',
					'as we speak',
					'(?:an|a half|half an) hour ago',
					'(?:\\d+|ten|twenty|five|few) minutes ago',
					'this evening',
					'tonight'
				)
			),
			w(
				alt(
					'(?:taken|took|swallowed|drank|drunk|had) (?:a |an |the |her |his |my |all (?:my|her|his|the) )?(?:whole |entire )?(?:' +
						MEDS +
						'|overdose|bleach|packet|box|load|lot|\\d+)'
				)
			),
			80
		),
		true
	),
	C(
		'immediate_danger',
		w(
			alt(
				'(?:taken|took|swallowed|drank) (?:a |an |the |her |his |my )?(?:whole |entire )?(?:overdose|bleach|packet of|box of|load of|handful of|(?:\\d+|ten|twenty|thirty|forty|fifty|sixty|a hundred|loads of|all (?:my|her|his|the)) (?:' +
					MEDS +
					'))'
			)
		),
		true
	),
	C(
		'immediate_danger',
		near(
			w(
				alt(
					'(?:on|at|by|from|standing on|sitting on|stood on|at the top of|on top of|in) (?:the |a )?' + HEIGHT,
					'on the (?:railway|train) line',
					'by the (?:train )?tracks'
				)
			),
			w(
				alt(
					'now',
					'right now',
					'rn',
					'currently',
					'jump\\w*',
					"won't (?:move|come)",
					'(?:will not|wont|refus\\w* to) (?:move|come (?:down|off|back|home)|get (?:off|down))',
					"(?:won't|wont|will not) say where",
					'(?:rang|called|phoned|texted|messaged) (?:me|us)',
					"says? (?:she|he|i) (?:is|am|'s|'m) going"
				)
			),
			80
		),
		true
	),
	C(
		'immediate_danger',
		near(
			w(
				alt(
					'outside',
					'downstairs',
					'at the door',
					'banging (?:on )?the door',
					'break\\w* (?:down )?(?:my|the) door',
					'in the house',
					'waiting outside',
					'locked (?:my|him|her)self in',
					'barricaded'
				)
			),
			w(
				alt(
					'now',
					'right now',
					'knife',
					'kill',
					'hurt',
					'threaten\\w*',
					'tablets',
					'blade',
					'smash\\w*',
					'scared',
					'stab'
				)
			),
			80
		),
		true
	),
	C(
		'immediate_danger',
		w(
			alt(
				'cut too deep',
				"won't stop bleeding",
				'loads of blood',
				'lot of blood',
				'in danger (?:at home )?(?:tonight|now|right now)',
				'becoming drowsy',
				'feeling (?:sleepy|drowsy)'
			)
		),
		true
	),
	C(
		'immediate_danger',
		near2(
			w(alt('(?:loads|lots|pile|handful|box|boxes|packets?) of ' + MEDS, 'all (?:my|her|his|their) ' + MEDS)),
			w(alt('(?:said|says|saying) (?:bye|goodbye)', 'bye', 'goodbye', 'sorry for everything', 'love you all')),
			80
		),
		true
	),
	C(
		'immediate_danger',
		near(
			w(alt('left a note', 'goodbye', 'taken (?:my|the) (?:car )?keys', 'with a knife', 'with the tablets')),
			w(
				alt('not (?:home|answering)', "isn't (?:home|answering)", 'phone (?:is )?off', 'ran out', 'run out', 'refusing')
			),
			80
		),
		true
	),
	C(
		'immediate_danger',
		near(
			w(alt('right now', 'now', 'tonight')),
			w(alt('smashing', 'drunk and', "(?:he|she|they)(?:'ll| will) (?:finish|kill|hurt) (?:us|me)", 'hiding under')),
			100
		),
		true
	),
	C(
		'immediate_danger',
		near(
			w(alt('with (?:a|the|her|his) (?:blade|knife|razor|tablets|pills|rope)')),
			w(alt("won't (?:come out|open)", 'locked', 'refus\\w*', 'in the (?:toilets?|bathroom)')),
			60
		),
		true
	),
	// ---- physical abuse ----
	C('physical_abuse', near(w(AGENT), w(`${HIT} ${VICTIM}`), 50)),
	C(
		'physical_abuse',
		near(
			w(HIT),
			w(
				alt(
					`with (?:a |the |his |her )?${INSTRUMENT}`,
					'against the (?:wall|radiator|table|door)',
					'down the stairs',
					'up the stairs',
					'round the face',
					'in the (?:face|ribs|back|stomach)'
				)
			),
			50
		)
	),
	C(
		'physical_abuse',
		near(
			w(INJURY),
			w(
				alt(
					AGENT + ' (?:did|does|gave|caused)',
					'from (?:his|her|my|their) ' + AGENT,
					'at home',
					'unexplained',
					'cannot explain',
					'(?:different|changing) explanations?',
					"can't explain",
					'not allowed to say',
					'did it',
					'squeezed',
					'lost it',
					'throttled',
					'hit',
					'kicked'
				)
			),
			90
		)
	),
	C(
		'physical_abuse',
		near(
			w(
				alt(
					'flinch\\w*',
					'pinned (?:him|her|me) down',
					'holds? (?:his|her|my) head under',
					'throws? (?:me|him|her) (?:around|against|into)',
					'batters me',
					'beats (?:me|him|her)'
				)
			),
			w(alt(AGENT, 'adult', 'when')),
			60
		)
	),
	// ---- sexual abuse ----
	C(
		'sexual_abuse',
		w(
			alt(
				'rap(?:e|ed|es|ing)(?! (?:crisis|awareness|culture))',
				'sexual(?:ly)? (?:abus\\w*|assault\\w*|touch\\w*|stuff|things|acts?)',
				'molest\\w*',
				'forced (?:him|her)self on',
				'(?:touch|touches|touched|touching) (?:me|him|her|my|his) (?:\\w+ )?(?:under|inside|private|bottom|willy|in places|places|down there|there)',
				'(?:touch|touches|touched|touching) (?:me|her|him)(?! (?:on the (?:shoulder|arm)|base))',
				'(?:make|makes|made|making|forced?|forces|forcing) (?:me|him|her) (?:to )?(?:do sexual|have sex|touch (?:him|her)|watch porn|undress|sleep with|do (?:stuff|things))',
				'(?:comes?|came|climbs?|climbed|gets?) (?:into|in) (?:my|her|his) (?:room|bed)(?! to (?:say|tell|wake|check|kiss|give|bring|ask|get))',
				'watches (?:me|her|him) in the (?:shower|bath)',
				'sexualised behaviour',
				'having sex with (?:her|him|me) since',
				'showed (?:her|me|him) (?:his|her) private',
				'takes? (?:photos|pictures) of (?:her|me|him) (?:naked|undressed)',
				'(?:makes?|made) (?:her|me|him) undress',
				'(?:hand|hands) (?:inside|in|down|up) (?:my|her|his) (?:pyjamas|pants|knickers|clothes|trousers|skirt|top)',
				'sit on (?:his|her) lap',
				'(?:touch\\w*|tickl\\w*|game|hands?|fingers?|plays?) (?:\\w+ ){0,4}(?:under|inside|down|in) (?:my|her|his) (?:knickers|pants|nappy|underwear|pyjama bottoms)',
				'(?:tickle|tickling|secret|special|naughty) games? (?:\\w+ ){0,6}(?:knickers|pants|private|privates|willy|bits|nappy|underwear)',
				'did something to (?:her|me|him)',
				'clothes (?:moved|off|removed)'
			)
		)
	),
	// ---- emotional abuse ----
	C(
		'emotional_abuse',
		near(
			w(
				alt(
					'calls?',
					'called',
					'tells?',
					'told',
					'says?',
					'said',
					'sez',
					'screams?(?: at)?',
					'shouts?(?: at)?',
					'reminds?'
				)
			),
			w(
				alt(
					'worthless',
					'useless',
					'stupid',
					'(?<!(?:feel|feels|feeling|look|looks|am) )ugly',
					'disgusting',
					'a mistake',
					'a waste of space',
					'a freak',
					'a disgrace',
					'evil',
					'possessed',
					'nothing',
					'a burden',
					'a curse',
					'cursed',
					'a witch',
					'the devil',
					'unwanted',
					'thick',
					'a disappointment',
					'slag',
					'pathetic',
					'nobody wants',
					'no ?one (?:will|would) (?:ever )?(?:want|love)',
					'no ?one (?:could ever|would ever|will ever) love',
					'never been born',
					'regrets? (?:having|ever having)',
					'embarrassed (?:she|he|i) was born',
					'(?<!teachers? )hates? (?:me|her|him)',
					'the reason (?:her|his|my) (?:mum|dad|mother|father) left',
					"(?:it's|its) (?:his|her|my) fault"
				)
			),
			50
		)
	),
	C(
		'emotional_abuse',
		w(
			alt(
				'humiliat\\w*',
				'belittl\\w*',
				'degrad\\w*',
				'put down',
				'mock(?:s|ed|ing)? (?:me|her|him|them|my|his|their)',
				'ignores? (?:me|her|him) for (?:days|weeks)',
				"(?:don't|doesn't|won't) speak to (?:me|her|him) for (?:days|weeks)",
				'for (?:days|weeks) (?:at a time )?as (?:a )?punishment',
				'(?:makes?|made|making) (?:me|her|him|them) (?:kneel|stand|sit|stay) (?:\\w+ ){0,5}for hours',
				'as (?:a )?punishment'
			)
		)
	),
	C(
		'emotional_abuse',
		near(
			w(alt('threaten\\w*', "says? (?:she|he)(?:'ll| will)")),
			w(
				alt(
					'send (?:me|her|him) away',
					'put (?:me|her|him) in care',
					'leave (?:them|us|me|her|him) at the police',
					'have the dog put down',
					'give (?:me|her|him) away',
					'kill (?:her|him)self if'
				)
			),
			60
		)
	),
	C(
		'emotional_abuse',
		w(
			alt(
				'(?:lock|locks|locked) (?:me|her|him) (?:out|in)(?: (?:in|of) the (?:garden|house|shed))?',
				'sleep in the (?:garden|shed)',
				'stand in the corner for hours',
				'makes? (?:me|her|him) watch while'
			)
		)
	),
	// ---- neglect ----
	C(
		'neglect',
		w(
			alt(
				"(?:no|never any|never|isn't any|nothing to eat|not any) (?:food|dinner|tea|meals?)(?: \\w+){0,3} (?:at home|in the house|in the fridge|most days|for days)",
				'fridge is (?:always )?empty',
				'(?:no|never) (?:food|dinner)',
				'nothing (?:to eat )?at home',
				'(?:left|leaves?|leaving) (?:me|him|her|them|us|the (?:kids|children|baby|toddler)|(?:her|his|their|my) (?:\\w+ )?(?:toddler|baby|kids|children|siblings|brothers|sisters)) (?:\\w+ )?(?:alone|on (?:my|his|her|their|our) own|home alone|in the car|unsupervised)(?! for (?:an? (?:hour|bit|few minutes)|(?:\\d+|ten|twenty|five) minutes))',
				'no (?:electric|electricity|heating|gas|hot water|money (?:for|4) (?:the meter|food|electric))(?! for (?:an hour|a (?:bit|day|few hours|couple of hours)|a few hours)| because of (?:the )?(?:storm|power cut|snow))',
				'(?:electric|heating|gas) (?:went|has been|is) off',
				'(?:unwashed|soiled|dirty) (?:clothes|and)',
				'same (?:dirty |soiled )?(?:clothes|uniform)',
				'head ?lice',
				'untreated',
				'rotten teeth',
				'dog mess',
				'rats',
				'sleep on the floor',
				"(?:don't|doesn't) have a bed",
				"(?:never|doesn't|don't|does not) (?:take|takes) (?:me|him|her|them) to (?:the )?(?:doctor|dentist|gp)",
				'(?:sleeps all day|passed out|always passed out)',
				'spends? (?:all )?(?:the |everything |all the )?(?:money )?on (?:drink|drugs|alcohol)',
				'(?:absent|away|gone|out) for days',
				'(?:look after|looks after|looking after|bring up|brings up|bringing up|get|gets) (?:my|his|her) (?:\\w+ )?(?:brothers?|sisters?|siblings|bro|sis)(?: \\w+){0,3} on (?:my|his|her) own',
				'on (?:my|his|her) own (?:most nights|every night|for days)',
				"(?:doesn't|don't|never) feed",
				"(?:won't|wont|will not|don't|doesn't|do not|does not|never) (?:let|allow) (?:me|her|him|them|us) (?:to )?(?:eat|have (?:any )?food|have (?:any )?dinner|have meals|eat with)",
				'(?:always|constantly|persistently|consistently) (?:arriving )?hungry',
				'hungry(?: \\w+){0,3} (?:every day|all the time|always)',
				'(?:takes?|took|steals?) food from',
				'no one checking',
				'nobody (?:checking|picks)',
				'no ?(?:one|body) (?:at home|in) (?:for|4) (?:\\d+|days|a week)',
				'(?:no|without) (?:coat|shoes) that fit',
				// NSPCC signs of neglect: hunger, clothes that do not fit, a child left alone.
				"(?:never|doesn't|don't|won't|wont) (?:buy|buys|get|gets) (?:us |me |her |him |them )?(?:any )?(?:food|shopping)",
				"(?:no|not got|haven't got|havnt got|hasn't got|hasnt got|without|don't have|doesn't have) (?:a |any )?(?:coat|coats|shoes|clothes|uniform)(?: or (?:a |any )?(?:coat|coats|shoes|clothes|uniform))? (?:that|which) (?:fit|fits)",
				'(?:left|leaves|leaving) (?:\\w+ ){0,2}unsupervised',
				'without food (?:for|all)',
				'walks home (?:in the dark )?alone',
				"(?:hasn't|not) been out of bed for weeks",
				'(?:left|leaves) to feed (?:her|him|them)sel(?:f|ves)',
				'(?:getting|gets) (?:him|her)self to school',
				"inhaler(?:'s)? (?:has )?run out"
			)
		)
	),
	C(
		'neglect',
		near(
			w("(?:never|doesn't|does not|won't) takes? (?:me|him|her|them)"),
			w(alt('doctor', 'dentist', 'gp', 'appointments?', 'hospital')),
			60
		)
	),
	// ---- domestic abuse: violence or coercive control between adults (or teen partners) ----
	C(
		'domestic_abuse',
		near(
			w(
				alt(
					'dad',
					'stepdad',
					'step dad',
					"mum's (?:boyfriend|partner|fella)",
					'fella',
					'partner',
					'husband',
					'ex',
					'boyfriend',
					'he',
					'brother',
					'father'
				)
			),
			w(`${HIT} (?:my|her|his|our) (?:mum|mother|mam)`),
			50
		)
	),
	C(
		'domestic_abuse',
		w(
			alt(
				'gets? violent (?:with|towards) (?:my|her|his) (?:mum|mother)',
				"broke (?:her|my mum's|his mum's) (?:nose|arm|jaw|ribs)"
			)
		)
	),
	C(
		'domestic_abuse',
		w(
			alt(
				'domestic (?:violence|abuse)(?! (?:awareness|services?|support|training|programmes?|charity|helpline|team|policy))',
				'coercive control(?! unit)',
				'violent (?:partner|husband|boyfriend)',
				"knife to (?:his|her|my) (?:mum|mother)'s throat"
			)
		)
	),
	C(
		'domestic_abuse',
		near(
			w(alt('controls?', 'checks?', 'tracks?', 'monitors?', 'takes?')),
			w(
				alt(
					'(?:all )?(?:the |my |her )?money',
					'finances',
					'bank card',
					'who (?:she|i) (?:sees|see)',
					'my phone',
					'her phone',
					'(?:her|my) location',
					'what (?:she|i) wear',
					'everything'
				)
			),
			40
		)
	),
	C(
		'domestic_abuse',
		near(
			w(alt('police (?:were |was |are )?(?:called|came|come)', 'fight', 'fights', 'argue')),
			w(alt('assault\\w*', 'attack\\w*', 'hit', 'chuck\\w*', 'throws?', 'kill her', 'batter\\w*', 'hurts?')),
			80
		)
	),
	C(
		'domestic_abuse',
		near(
			w(alt('(?:my|her|his|our) (?:mum|mother)')),
			w(
				alt('screaming', 'crying', 'cries', 'locked in', 'not allowed out', 'hide in the bedroom', 'marks on her neck')
			),
			60
		)
	),
	C(
		'domestic_abuse',
		near(
			w(alt('boyfriend', 'partner', 'bf', 'husband')),
			w(
				`${HIT} (?:me|her)|(?:hits|slapped|punched|grabbed) (?:me|her)|by the throat|marks on (?:her|my) neck|won't let (?:her|me) see`
			),
			60
		)
	),
	// ---- sexual exploitation: age gap + gifts/drink + sex or debt ----
	C(
		'sexual_exploitation',
		near2(
			w(alt(AGE_GAP, 'men', 'man', 'guys?', 'boyfriend')),
			w(
				alt(
					'sex',
					'sleep with',
					'do (?:stuff|things)',
					'want stuff back',
					'pay (?:him |them )?back',
					'owes?',
					'go with',
					'passed around',
					'upstairs',
					'abused',
					'sexual\\w*',
					'hotel',
					'parties',
					'love bites',
					'uncles'
				)
			),
			90
		)
	),
	C('sexual_exploitation', near2(w(alt(AGE_GAP, 'men', 'man')), w(GIFTS), 90)),
	C(
		'sexual_exploitation',
		w(
			alt(
				'sexually exploit\\w*',
				'trafficked',
				'sold to men',
				'exchange for (?:sex|sexual)',
				'for sex',
				'(?:by|in exchange for) (?:sleeping|having sex) with',
				'pay (?:\\w+ ){0,3}back (?:\\w+ ){0,3}by',
				'hotel key cards',
				'exploited by (?:older|adult)'
			)
		)
	),
	// ---- criminal exploitation ----
	C('criminal_exploitation', w(DRUG_WORK)),
	C(
		'criminal_exploitation',
		near2(
			w(alt('disappear\\w*', 'missing', 'goes off', 'going off', 'gone for days')),
			w(alt('train tickets', 'wads of cash', 'cash', 'new clothes', 'new phones?', 'money')),
			100
		)
	),
	C(
		'criminal_exploitation',
		near2(
			w(alt(DEBT, 'olders', 'older (?:lads|boys|males)', 'gang', 'them')),
			w(
				alt(
					'drugs',
					'sell',
					'deal(?:s|ing|er|ers)?(?! with)',
					'pay it off',
					'work for',
					'working for',
					'country',
					'carry',
					'steal\\w*',
					'stuff'
				)
			),
			80
		)
	),
	C(
		'criminal_exploitation',
		near(
			w(alt('gang', 'olders', 'older (?:lads|boys)')),
			w(
				alt(
					'making',
					'make',
					'made',
					'using',
					'used',
					'forced',
					'coerced',
					'groomed',
					'recruit\\w*',
					'threaten\\w*',
					'beat',
					'stab'
				)
			),
			60
		)
	),
	C(
		'criminal_exploitation',
		near(
			w(alt('gang', 'olders', 'dealers?', 'the (?:people|men|guys) (?:he|she|i) (?:works?|sells?) for')),
			w(THREAT),
			80
		)
	),
	// ---- online grooming and sextortion ----
	C(
		'online_grooming',
		near2(
			w(alt(ONLINE, 'met on', 'chatting', 'talking to')),
			w(
				alt(
					`(?:ask\\w*|want\\w*|send|sent|sending|for|more) (?:\\w+ ){0,3}${IMAGES}`,
					SECRET,
					'gift cards?',
					'v ?bucks',
					'loves me',
					'mature for',
					"what (?:she|i|he)(?:'s| is| am|'m) wearing",
					'meet (?:him|her|up|me)',
					'underwear',
					'in the bath',
					'in (?:my|her|his) (?:bed|bedroom)',
					'boyfriend'
				)
			),
			120
		)
	),
	C(
		'online_grooming',
		w(
			alt(
				'sextort\\w*',
				'groom(?:ed|ing|d)(?! (?:awareness|sessions?|training))',
				'blackmail\\w*',
				'(?:has|got|have) (?:my|her|his) nudes',
				'indecent images',
				'explicit (?:photos|photographs|images|pictures)',
				'(?:post|send|share|leak) (?:my|her|his|the) (?:pics|photos|nudes|images)'
			)
		)
	),
	C(
		'online_grooming',
		near(
			w(alt(AGE_GAP, 'stranger', 'man', 'someone', 'guy')),
			w(alt(`(?:ask\\w*|want\\w*|send|sent) (?:\\w+ ){0,3}${IMAGES}`, 'sexual images')),
			80
		)
	),
	// ---- forced marriage: marriage + coercion ----
	C(
		'forced_marriage',
		near2(
			w(alt('marry', 'married', 'marriage', 'wedding', 'weddin', 'engaged', 'engagement', 'husband', 'wife', 'bride')),
			w(
				alt(
					'forc\\w*',
					'make (?:me|her|him)',
					'making (?:me|her|him)',
					'made to',
					'have to',
					'has to',
					'must',
					'against (?:my|her|his) (?:will|wishes)',
					"(?:don't|doesn't|do not|does not) want",
					'no say',
					'not allowed to say no',
					'chosen',
					'lined up',
					'found (?:her|him|me) a',
					'disown\\w*',
					'scared',
					'terrified',
					'afraid',
					'passport',
					'married off',
					'arranged',
					'intend to',
					'supposed to',
					'plannin\\w*',
					'planning',
					'never met',
					"(?:don't|dont) (?:know|no)",
					'or (?:they|i|she)',
					'set',
					'stop (?:her|his|my|them)',
					'cries',
					'refuse\\w*',
					'pressur\\w*',
					'one ?way'
				)
			),
			100
		)
	),
	C('forced_marriage', w(alt('married off', 'marry (?:her|him|me) off'))),
	// ---- FGM and honour-based abuse ----
	C(
		'fgm_honour_abuse',
		w(
			alt(
				'fgm(?! (?:awareness|sessions?|training|lessons?|is illegal))',
				'female genital',
				'circumcis\\w*',
				'cutter',
				'become a woman',
				'special (?:procedure|ceremony|operation)',
				'(?:be|been|being|get|got|have|having) (?:\\w+ )?cut (?:when|during|on|in the|this|abroad)',
				'the (?:cut|cutting)(?: done)?(?! (?:and|out|of|up|edge|board|activit\\w*|room|session|class|group|tools?|machine|mats?|list|line))',
				'her turn is next',
				'not allowed to (?:talk|say|tell)(?: \\w+){0,3} (?:operation|procedure|cut)',
				'(?:operation|procedure)(?: \\w+){0,6} not allowed to (?:talk|say|tell)',
				'cut (?:me|her|my \\w+) when (?:i|she) was (?:little|a baby|young|\\d+)',
				'do it to my (?:little )?sister',
				'undergo (?:the|a) (?:procedure|ceremony|cutting)'
			)
		)
	),
	C(
		'fgm_honour_abuse',
		near(
			w(
				alt(
					'honour',
					'dishonour\\w*',
					'disonour\\w*',
					'disgrace\\w*',
					'shame on',
					'brought shame',
					'shame\\w* (?:the|our|my|his|her) family',
					'bringing shame',
					'bring shame',
					"family(?:'s)? name",
					"family(?:'s)? honour"
				)
			),
			w(
				alt(
					'kill',
					'hurt',
					'punish\\w*',
					'beat\\w*',
					'hit',
					'watch\\w*',
					'follow\\w*',
					'spy\\w*',
					'threat\\w*',
					'scared',
					'afraid',
					'do something',
					'violence',
					'regret',
					'live'
				)
			),
			100
		)
	),
	C(
		'fgm_honour_abuse',
		near(
			w(alt('cousins?', 'brothers?', 'relatives')),
			w(alt('spying on', 'reporting (?:back|to)', 'following (?:me|her)', 'watching (?:me|her) everywhere')),
			60
		)
	),
	// ---- radicalisation ----
	C(
		'radicalisation',
		w(
			alt(
				'extremis[tm]\\w*(?! programme)',
				'radicali[sz]\\w*(?! (?:programme|session|awareness|training))',
				'terroris[tm]\\w*',
				'isis',
				'neo ?nazi\\w*',
				'swastikas?',
				'race war',
				'manifestos?',
				'(?:mass|school) shoot\\w*',
				'beheading\\w*',
				'jihad\\w*',
				'for the cause',
				'soldier for',
				'make a bomb',
				'propaganda',
				'non ?believers',
				'shoot up',
				'blown up',
				'marry a (?:fighter|jihadi)',
				'go to syria'
			)
		)
	),
	C(
		'radicalisation',
		near(
			w(
				alt(
					'join',
					'fight',
					'attack\\w*',
					'violence',
					'wiped out',
					'deserve to die',
					'enemy',
					'traitors',
					'take action'
				)
			),
			w(
				alt(
					// "join the carers group" is not extremism: the group must be named as such.
					'(?:extremist|extremists|terrorist|terrorists|terror|far[ -]right|militant|nationalist|jihadi|jihadist|their|there|his|an? online|a secret) (?:group|organisation|movement)',
					'fighters',
					'mosque',
					'synagogue',
					'church',
					'immigrants',
					'foreigners',
					'government',
					'justified',
					'duty',
					'revenge',
					'the only way',
					'white people',
					'syria'
				)
			),
			60
		)
	),
	// ---- pass 12 (holdouts M and N): said in passing, secrecy bought with money, men filming girls ----
	C(
		'suicide',
		w(
			'(?:thinking|thinkin|thought|think|thinks) (?:about|bout|of) (?:ending it|ending (?:my|his|her|their) life|killing (?:my|him|her)self|suicide|not being here)'
		)
	),
	C(
		'eating_disorder_risk',
		near2(
			w(alt('fainted', 'collapsed', 'passed out', 'heart (?:was |is )?racing', 'heart rate')),
			w(
				alt(
					'anorexia',
					'anorexic',
					'losing weight',
					'lost weight',
					'not eating',
					'eating disorder',
					'calories',
					'weight'
				)
			),
			140
		)
	),
	C(
		'sexual_abuse',
		w(
			alt(
				"(?:gives?|gave|giving|pays?|paid|paying) (?:him|her|me|them|us) (?:money|sweets|gifts|presents|vapes|cash) (?:not to|to not|so (?:i|he|she|we) (?:won't|don't|doesn't)) (?:tell|say)",
				"'?special (?:training|time|game|games|lessons?|cuddles)'? (?:with \\w+ )?on (?:his|her|my|their) own"
			)
		)
	),
	C(
		'sexual_exploitation',
		w(
			alt(
				'(?:dropped|picked up|brought) (?:home|off|back)(?: \\w+){0,3} by (?:a|an|some|older|two) (?:\\w+ )?(?:man|men|guy|guys|bloke|blokes|lads?)',
				'(?:older|grown|adult) (?:men|man|blokes|lads) (?:\\w+ ){0,3}(?:film|films|filming|filmed|photograph\\w*|take pictures of|record\\w*) (?:them|her|us|me|girls|the girls)',
				"'?parties'? (?:at|in) (?:a|the) (?:flat|house)"
			)
		)
	),
	C(
		'bullying_threats',
		w(
			alt(
				'(?:shoved|pushed|thrown|locked|stuffed) (?:him |her |me )?(?:in|into) (?:lockers|a locker|the lockers|the bins?|a bin)',
				'spat (?:in|on|at) (?:my|her|his|me|him)',
				"(?:don't|dont|do not) (?:want|wanna) to go (?:to|into) school any ?more",
				"(?:they'll|they will|gonna|going to|they're gonna) (?:stab|shank|shoot|jump|batter) (?:him|me|her) if (?:he|i|she) (?:grasses|snitches|tells|talks|grass|snitch)"
			)
		)
	),
	// ---- pass 11 (sealed K): a young child's sexual knowledge, injuries a parent caused, cruelty to animals ----
	C(
		'sexual_abuse',
		w(
			'(?:drawn|drew|draws|drawing|describ\\w*|talk\\w* about|act\\w* out|re ?enact\\w*)(?: and (?:drawn|drew|described|describes|acted out|talked about))? sexual (?:acts?|things|behaviour|play)'
		)
	),
	C(
		'physical_abuse',
		w(
			'(?:she|he|mum|mam|dad|stepdad|stepmum|they|my (?:mum|mam|dad|stepdad|stepmum)) (?:broke|fractured|cracked|dislocated) my (?:finger|fingers|arm|wrist|nose|ribs?|hand|leg|jaw|tooth|teeth|collarbone)'
		)
	),
	C(
		'immediate_danger',
		near(
			w("(?:don't|do not|dont) (?:wanna|want to|dare) go (?:back )?home"),
			w(alt('batter\\w*', 'hit\\w*', 'hurt\\w*', 'kill\\w*', 'beat\\w*', 'broke', 'belt', 'punch\\w*')),
			120
		),
		true
	),
	C(
		'forced_marriage',
		w(
			"(?:nikah|marriage|wedding|engagement) (?:\\w+ ){0,4}(?:counts|is legal|is allowed|is valid|still counts) if (?:you|i|she|he|the girl) (?:don't|do not|didn't|did not) (?:want|agree)"
		)
	),
	C(
		'risk_to_others',
		w(
			alt(
				"(?:hurting|hurt|hurts|kicking|kicked|strangling|strangled|torturing|tortured|drowning|drowned|killing|killed) (?:the|our|my|his|her|their|next door's|(?:the )?neighbou?rs'?s?)(?: neighbou?rs'?s?)? (?:cat|cats|dog|dogs|pets?|rabbit|rabbits|hamster|kitten|kittens|puppy|puppies|animals)",
				'pillow over (?:\\w+ ){0,3}face'
			)
		),
		true
	),
	C(
		'eating_disorder_risk',
		near2(
			w('count\\w* (?:every |all (?:my |the )?)?calories?'),
			w(alt('failed', 'fail', 'lost (?:a|\\d+|two|three) stone', 'over \\d{2,3}', 'guilty', 'punish\\w*', 'skip\\w*')),
			100
		)
	),
	// ---- pass 10 (sealed J): cover stories, covering up, police jargon, a parent's cruelty said daily ----
	C(
		'self_harm',
		w(
			'(?:have to|got to|gotta|need to|started|start) (?:wear|wearing) long sleeves(?![^.]*\\b(?:kit|uniform|rules?|dress code|eczema|psoriasis|sunburn|the sun)\\b)'
		)
	),
	C(
		'sexual_abuse',
		w(
			alt(
				'acting out sexual(?:ly)? (?:\\w+ )?(?:things|acts|behaviour|play)?',
				'(?:sexual|sexualised) (?:play|things|acts) with (?:his|her|their) (?:toys|dolls|teddies)'
			)
		)
	),
	C(
		'physical_abuse',
		w(
			"(?:say|says|tell|tells|told|practise|practice|practising|pretend|pretending|excuse)\\w*(?: [\\w']+){0,4} '?(?:walked|walk|walking) into a (?:door|wall)(?![^.]*\\b(?:which is true|it's true|honestly did|really did))"
		)
	),
	C(
		'domestic_abuse',
		w(
			alt(
				'da incidents? (?:attended|reported)',
				'dash (?:\\w+ ){0,2}high risk',
				'marac (?:referral|case)',
				'operation encompass (?:notification|alert)',
				'(?:makeup|make up|concealer|foundation) (?:over|on) (?:the|her|his|my) bruises',
				'cover\\w* (?:up )?(?:the|her|his|my) bruises'
			)
		)
	),
	C(
		'emotional_abuse',
		w(
			"(?:wish(?:es|ed)?|says?|said|tells? me) (?:she|he)(?:'d|d| had| should have)? (?:had an abortion|never had me|got rid of me)"
		)
	),
	// ---- pass 9 (sealed I): threats with a deadline, harm named by its consequence, capitals ----
	C(
		'criminal_exploitation',
		w(
			"(?:if|unless) (?:i|he|she|we) (?:don't|do not|can't|cannot|doesn't|didn't|won't) (?:deliver|drop|run|sell|shift|move|pay|bring|carry)\\w*(?: \\w+){0,4} (?:i'm|he's|she's|we're|i am|he is|she is) (?:dead|done|getting (?:hurt|stabbed|done in))"
		),
		true
	),
	C(
		'domestic_abuse',
		w(
			"(?:dad|stepdad|step dad|my dad|my stepdad|mum's (?:boyfriend|partner)|my mum's (?:boyfriend|partner)|her (?:boyfriend|partner|husband)|he) (?:hurts|hits|beats|punches|kicks|chokes|strangles|slaps|pushes|shoves|batters) (?:my |our )?(?:mum|mam|mom|mother|nan|stepmum|her)(?: \\w+){0,3} (?:when|whenever|every|after|if)"
		)
	),
	C(
		'neglect',
		w(
			alt(
				"(?:mum|mam|mom|dad|my (?:mum|mam|mom|dad|parents?)|parents?)(?:'s| has| have|'ve)? (?:been )?(?:gone|not (?:been )?(?:home|back)) (?:for )?(?:\\d+|two|three|four|five|six|seven|a few|several) (?:days|nights)",
				"sleeping on (?:different |other people's |people's |mates'? |friends'? |random )?(?:sofas|couches|floors)"
			)
		)
	),
	C(
		'radicalisation',
		w(
			'should (?:hate|attack|hurt|get rid of) (?:all )?(?:muslims|jews|christians|sikhs|hindus|immigrants|asians|black people|white people|gay people|trans people|women|foreigners|refugees|migrants)'
		)
	),
	C(
		'eating_disorder_risk',
		w(
			alt('(?:dropped|fallen|fell|gone down|down|gone) (?:under|below) (?:about |around )?(?:\\w+ )?(?:stone|kg|kilos)')
		)
	),
	C(
		'eating_disorder_risk',
		near2(
			w('fainted (?:twice|three times|again|\\w+ times)'),
			w(alt('stone', 'kg', 'weight', 'eat\\w*', 'food', 'thin', 'meals?', 'calories')),
			120
		)
	),
	C(
		'bullying_threats',
		w(
			alt(
				'(?:tip|tips|tipped|tipping|push|pushes|pushed|knock|knocks|knocked|drag|drags|dragged) (?:me|him|her|them) out of (?:my|his|her|their) (?:wheel ?chair|chair)',
				'film\\w* (?:me|him|her|them) and (?:put|post|share|send)\\w* (?:it )?(?:online|on (?:snap|tiktok|insta|instagram|youtube|whatsapp))'
			)
		)
	),
	C(
		'sexual_exploitation',
		near(
			w(
				alt(
					'new (?:clothes|phone|phones|trainers|jewellery|nails)',
					'two phones',
					'second phone',
					'(?:lots|loads) of (?:money|cash)',
					'expensive (?:gifts|things|stuff)'
				)
			),
			w("(?:won't|wouldn't|will not|doesn't|does not|refuses to|won't even) (?:say|tell (?:me|us)|explain) where"),
			80
		)
	),
	C(
		'self_harm',
		w(
			alt(
				'plasters (?:all )?(?:up|on|over|down) (?:her|his|my|their) (?:arms?|wrists?|thighs?)',
				'(?:hoodies|long sleeves|jumpers?) in (?:this|the) (?:heat|summer|sun)(?![^.]*\\bbecause (?:of )?(?:my|the|her|his) (?:medication|meds|eczema|skin|condition|religion|faith|kit|uniform))'
			)
		)
	),
	// ---- pass 8 (sealed H): coded food talk, walking in on someone changing, taken-over flats ----
	C(
		'sexual_abuse',
		w(
			alt(
				"(?:walks?|walking|walked|comes?|coming|came|barges?|barging) in (?:\\w+ ){0,3}(?:when|while|whilst) (?:i'm|i am|i was|she's|she is|she was|he's|he is|he was) (?:getting changed|changing|undressed|undressing|getting dressed|in the (?:shower|bath))",
				'(?:makes?|making|made) (?:\\w+ )?comments (?:about|on) (?:my|her|his) (?:body|boobs|chest|bum|figure|breasts|legs)'
			)
		)
	),
	C(
		'criminal_exploitation',
		w(
			alt(
				'(?:flat|house|home|place) (?:has been|had been|was|got|been|is being) taken over',
				'(?:different|new|older) (?:lads|men|people|blokes) (?:\\w+ ){0,3}(?:every|each) (?:visit|time|day|night)'
			)
		)
	),
	C(
		'forced_marriage',
		near2(
			w('(?:my|her|his) (?:engagement|rishta|nikah|wedding|marriage)'),
			w(
				alt(
					'booked (?:\\w+ )?(?:flights|tickets)',
					'flights?',
					'(?:whole|the whole|all) summer',
					'abroad',
					'back home',
					'pakistan',
					'bangladesh',
					'india',
					'somalia',
					'yemen',
					'afghanistan',
					'nigeria',
					"i'm (?:1[0-7]|only)",
					'i am (?:1[0-7]|only)'
				)
			),
			140
		)
	),
	C(
		'radicalisation',
		w(
			alt(
				'accelerationis[tm]\\w*',
				'recruit\\w* (?:me |him |her |them )?(?:into|to|for) (?:\\w+ ){0,3}(?:server|cause|movement|network)',
				'(?:do|doing) something (?:big|real|massive) for (?:the|our) (?:cause|movement|race|nation)',
				'make (?:\\w+ )?propaganda'
			)
		)
	),
	C(
		'eating_disorder_risk',
		w(
			alt(
				'(?:under|less than|only|about|around|max|maximum|no more than) \\d{2,3} (?:calories|cals|kcal)',
				'(?:down|lost) (?:another|a further) (?:\\d+ )?(?:stone|kg|kilos|pounds|lbs)',
				'only (?:eat|eats|eating|ate) (?:\\w+ )?every (?:other|second|third|few|couple of) days?',
				'thinspo\\w*',
				'meanspo',
				'pro ?ana',
				'(?:goes|go|going|went|runs?|running) (?:straight |right )?to the (?:toilets?|loo|bathroom) (?:straight |right )?after (?:every |each |her |his |my )?(?:meal|eating|lunch|dinner|tea)',
				'(?:hides?|hiding|hid) (?:it|her body|his body|her weight|his weight|how thin) (?:under|in|with) (?:baggy|big|loose|layers|hoodies|jumpers)'
			)
		)
	),
	// ---- risk to others: weapons, intent, command hallucinations ----
	// Poisoning someone's food or drink: "put bleach in her coffee", "put rat poison in his dinner".
	C(
		'risk_to_others',
		w(
			'(?:put|putting|puts|pour|pouring|spike|spiking|add|adding) (?:some )?(?:bleach|poison|rat poison|weed killer|antifreeze|drain cleaner|crushed (?:pills|tablets)|laxatives|something) (?:in|into) (?:\\w+ ){0,3}(?:coffee|tea|drink|drinks|food|dinner|lunch|water|bottle|cup)'
		)
	),
	C(
		'risk_to_others',
		near(
			w(
				alt(
					'stab',
					'shank',
					'shoot(?! (?:some )?hoops| clay| pool| a (?:video|film))',
					'poison\\w*',
					'set(?:ting)? fire',
					'burn (?:down|it)',
					'batter',
					'finish (?:him|her) off',
					'use it on',
					'kill',
					'hurt',
					'attack',
					'go after',
					'sort out',
					'seriously (?:hurt|injure|harm)',
					'harm\\w*'
				)
			),
			w(
				alt(
					'going to',
					'gonna',
					'will',
					"'ll",
					'want to',
					'intends?',
					'urges?',
					'fantas\\w*',
					'thoughts of',
					'voices?',
					'swear',
					'threat\\w*',
					'list of names',
					'plan\\w*'
				)
			),
			40
		)
	),
	C(
		'risk_to_others',
		near(
			w(WEAPON),
			w(
				alt(
					'in (?:my|his|her) bag',
					'under (?:his|my|her) bed',
					'hidden',
					'hid',
					'carr(?:y|ies|ying)',
					'bring\\w*',
					'brought',
					'showed',
					'access to',
					'for protection',
					'use it',
					'tomorrow',
					'school',
					'college',
					'found with',
					'possession'
				)
			),
			60
		)
	),
	C(
		'risk_to_others',
		w(
			alt(
				'(?:strangled|killed|hurt|tortur\\w*|drowned) the (?:cat|dog|hamster|rabbit|pet|kitten|puppy)',
				'do it to (?:her|his|my) (?:sister|brother)'
			)
		)
	),
	C('risk_to_others', near(w(alt('voices?', 'hallucinat\\w*')), w(alt('hurt', 'kill', 'harm', 'better off dead')), 80)),
	// ---- eating disorder with medical risk ----
	C(
		'eating_disorder_risk',
		near2(
			w(
				alt(
					'not eat\\w*',
					"won't eat",
					'refus\\w* (?:all )?(?:food|to eat|to drink|fluids|drinks)',
					'stopped eating',
					"(?:hasn't|haven't|not) (?:eaten|drunk|had anything)",
					'only (?:had|eats?|eating) (?:water|one|1|an apple|a rice cake)',
					'(?:eating|eat|eats|had) (?:only )?(?:one|1|an|half an?) (?:apple|rice cake|meal|yoghurt|cracker)s? a day',
					'starv\\w* (?:her|him|my)self',
					'restrict\\w*',
					'fasting to',
					'\\d+ calories',
					'calories a day',
					'cutting down to',
					'barely eating',
					'stopped drinking',
					'throw\\w* up',
					'mak\\w* (?:my|her|him)self (?:sick|vomit|throw up)',
					'purg\\w*',
					'laxatives',
					'vomit\\w*',
					'hiding food',
					'lost (?:loads of|a lot of|so much|a fifth of (?:her|his|my) body|weight)',
					'(?:a (?:third|quarter|half|fifth)|\\d+ ?(?:kg|kilos?|stone|pounds|lbs|%)) of (?:her|his|my) (?:body ?)?weight',
					'lost (?:\\w+ ){0,2}(?:kg|kilos?|stone|pounds)',
					'weight loss',
					'so thin',
					'underweight',
					'make weight'
				)
			),
			w(
				alt(
					'faint\\w*',
					'collaps\\w*',
					'pass(?:es|ed|ing)? out',
					'black(?:ed)? out',
					'dizzy',
					'heart',
					'chest pains?',
					'pulse',
					'bradycardia',
					'potassium',
					'blue',
					'periods (?:have )?stopped',
					'hair (?:is )?(?:falling|coming) out',
					'cold all the time',
					'freezing',
					'bones stick out',
					'spine',
					'collarbones',
					'bmi',
					'weak',
					'teeth',
					'throat bleeds',
					'fluids',
					'still',
					'every (?:day|meal|time)',
					'times a day',
					'in bags',
					'makes? (?:him|her|me) fat'
				)
			),
			120
		)
	),
	C(
		'eating_disorder_risk',
		w("(?:hasn't|haven't|won't|not) (?:drunk|drink|had a drink)(?: \\w+){0,2} (?:since|for|in)")
	),
	C(
		'eating_disorder_risk',
		w(
			alt(
				'bradycardia',
				'heart rate (?:was |of |at |in the )?(?:recorded at )?[1-4]\\d(?:s)?\\b',
				'very slow (?:pulse|heart rate)'
			)
		)
	),
	// ---- running away, missing ----
	C(
		'missing',
		w(
			alt(
				'(?:ran|run|running|runs) (?:away|off)(?! (?:to spain|from the dog|to (?:the )?(?:park|shop|shops|field|beach|garden|play)|from (?:the|a) (?:\\w+ )?(?:spider|wasp|bee|goose|clown|dog)))',
				'(?<!(?:dog|cat|phone|keys|bag|wallet|pet) )(?:gone|went|goes|going|been|reported) missing(?! (?:from the (?:group )?photo|for (?:\\w+ )?(?:minutes?|mins|seconds|an? hour|half an hour)))',
				'missing from (?:home|care|placement|school|(?:her|his) (?:foster|care))',
				"(?:hasn't|haven't|has not|not|didn't|aint|ain't) (?:been |come )?(?:back )?home(?: \\w+){0,4} (?:since|for|in) ",
				"(?:hasn't|haven't|has not|have not|not|aint|ain't) been seen(?: \\w+){0,4} (?:since|for|in) ",
				"(?:haven't|have not|hasn't|has not|nobody has|no one has|no ?one's) seen (?:him|her|them)(?: (?:at all|anywhere|around))? (?:since|for|in) ",
				'(?:not|never) going (?:back )?home',
				'sleep\\w* (?:rough|in (?:a|the) (?:park|shed|tent|stairwell|station|car)|on (?:night buses|the streets?)|at the station)',
				'sofa surfing',
				'staying at random',
				"(?:don't|doesn't|dunno|no ?one|nobody)(?: \\w+){0,2} (?:know|knows) where (?:she|he|i) (?:is|am)",
				'disappear\\w* (?:for|every|on and off)',
				"can't find (?:her|him)",
				'absent from home',
				'left home',
				'not returned',
				'phone (?:is )?(?:off|switched off)(?! (?:me|him|her|them|for))',
				'nowhere (?:safe )?(?:to (?:stay|go|sleep)|else to go)'
			)
		)
	),
	// ---- bullying with threats, and abuse for who someone is ----
	C(
		'bullying_threats',
		near2(
			w(
				alt(
					'racist',
					'racial',
					'paki',
					'homophobic',
					'transphobic',
					'islamophobic',
					'antisemit\\w*',
					'gay',
					'lesbian',
					'trans',
					'tranny',
					'queer',
					'muslim',
					'hijab',
					'jewish',
					'black',
					'asian',
					'disab\\w*',
					'wheelchair',
					'autistic',
					'learning disability',
					'traveller',
					'gypsy',
					'religion',
					'sexuality',
					'fat',
					'freak',
					'slurs?',
					'bull(?:y|ied|ies|ying)',
					'abuse',
					'targeted',
					'harass\\w*'
				)
			),
			w(
				alt(
					'threat\\w*',
					'kill',
					'stab',
					'burn',
					'beat',
					'batter',
					'jump',
					'jumped',
					'hurt',
					'slash',
					'cut (?:my|her|his) face',
					'rip',
					'punch\\w*',
					'push\\w*',
					'hanged',
					'should die',
					'kill (?:your|him|her)self',
					'get (?:me|her|him)',
					'know where (?:i|she|he) lives?',
					'find (?:him|her|me)',
					'attack',
					'knife',
					'spat',
					'found dead',
					'beat (?:him|her|me) up',
					'tipping',
					'down the stairs',
					'cornered'
				)
			),
			120
		)
	),
	C(
		'bullying_threats',
		w(
			alt(
				'death threats',
				'kill (?:your|ur)self',
				'kys',
				'should (?:die|be hanged|kill (?:your|him|her)self)',
				"(?:they|she|he)(?:'ll| will| would) (?:stab|jump|beat) (?:me|him|her)"
			)
		)
	),
	C(
		'bullying_threats',
		near(
			w(alt('group', 'gang', 'kids', 'boys', 'girls', 'lads', 'people at school', 'at school', 'after school')),
			w(
				alt(
					'stab (?:me|him|her)',
					"said they(?:'ll| will) (?:hurt|stab|beat|jump|batter|cut|slash)",
					'beat (?:me|him|her) up',
					'jump (?:me|him|her)',
					'slash (?:her|his|my) face'
				)
			),
			80
		)
	),
	// ---- second pass (issue 12 part 1): concepts combined, written from the categories ----
	// Neglect = a basic need unmet (food, warmth, hygiene, health care, supervision) + something that
	// makes it persistent or the carer's doing (frequency, the carer out or drinking, the child's young age).
	C('neglect', near2(w(NEGLECT_SIGN), w(NEGLECT_CONTEXT), 90)),
	// Sexual abuse = a sexual act or sign + a person who did it, coercion, secrecy or a child's age.
	C(
		'sexual_abuse',
		near2(w(SEX_ACT), w(alt(AGENT, SECRET, COERCE, UNDER_16, 'family friend', 'older', 'man', 'adult')), 90)
	),
	C(
		'sexual_abuse',
		near(
			w(alt('held|pinned|holds|holding|forced')),
			w(alt('did (?:stuff|things|something)', 'sex\\w*', 'touch\\w*', 'clothes', 'undress\\w*')),
			60
		)
	),
	C('sexual_abuse', near2(w(alt('pregnant', 'sexually transmitted', 'sti', 'std', 'chlamydia')), w(UNDER_16), 90)),
	// Immediate danger = an attacker or a barricade now; a person heading for a height or a line with an
	// ending intent; someone locked in who does not answer.
	C(
		'immediate_danger',
		w(
			alt(
				'(?:bang|bangs|banging|kick|kicks|kicking|hammer\\w*|pound\\w*) (?:on )?(?:my|the|our) (?:\\w+ )?door',
				'(?:pushed|put|wedged|dragged) (?:the |a |my )?(?:\\w+ ){0,2}(?:against|in front of) (?:the|my) (?:\\w+ )?door',
				'(?:blocked|barricaded) (?:the|my) (?:\\w+ )?door',
				'(?:hiding|hidin|hid) (?:in|under) (?:the|my|a) (?:bathroom|wardrobe|bed|cupboard|shed|garden|toilets?)'
			)
		),
		true
	),
	C(
		'immediate_danger',
		near2(
			w(alt('locked (?:my|him|her|them)sel(?:f|ves) in', 'in (?:the|his|her) (?:bathroom|room|toilet) for')),
			w(NO_ANSWER),
			90
		),
		true
	),
	C('immediate_danger', near2(w(alt(HEIGHT, PLACE_OF_RISK)), w(ENDING), 100), true),
	C(
		'immediate_danger',
		near2(
			w(alt('(?:left|run from|ran from|absconded from) the (?:ward|unit|house|home|placement)', 'last seen')),
			w(alt(HEIGHT, PLACE_OF_RISK, ENDING)),
			100
		),
		true
	),
	C(
		'immediate_danger',
		near2(
			w(
				alt(
					'not safe (?:to go )?(?:home|at home)',
					"can't go (?:back )?home",
					'scared to go home',
					'followed (?:me|her|him)'
				)
			),
			w(alt('tonight', 'now', 'right now', 'still', 'when i get', 'hurt', 'kill', 'behind')),
			90
		),
		true
	),
	// Risk to others = a weapon, fire or a list of targets + intent, or a voice that commands harm.
	C(
		'risk_to_others',
		near2(
			w(
				alt(
					'list of (?:the )?(?:people|names|kids|students|pupils|targets)',
					WEAPON,
					'set (?:fire|light) to',
					'make a bomb'
				)
			),
			w(INTENT_OTHERS),
			100
		)
	),
	C(
		'risk_to_others',
		w(
			"(?:strangled|killed|hurt|tortur\\w*|drowned|stabbed|burn\\w*|kicked to death|poisoned) (?:the|our|my|his|her|a|next door's) (?:family |neighbours? |little )?(?:cat|dog|hamster|rabbit|pet|kitten|puppy|guinea pig)"
		)
	),
	C(
		'risk_to_others',
		near(
			w(alt('urges?', 'voices?', 'thoughts', 'fantas\\w*', 'tell(?:s|ing)? me to')),
			w(
				alt(
					'hurt (?:someone|somebody|people|others|my|the|him|her)',
					'kill (?:someone|somebody|people|my|the|him|her)',
					'stab',
					'attack'
				)
			),
			60
		)
	),
	// Suicide: researching quantities of means; wanting to fall from a height.
	C('suicide', near(w(alt('how (?:many|much)', 'what dose', 'lethal')), w(alt(MEDS, 'it would take', 'to die')), 50)),
	C(
		'suicide',
		near2(
			w(alt(HEIGHT, 'window')),
			w(alt('wants? to (?:fall|jump)', 'let (?:my|him|her)self fall', 'throw (?:my|him|her)self')),
			90
		),
		true
	),
	// Physical abuse: an injury nobody explains.
	C(
		'physical_abuse',
		near2(
			w(INJURY),
			w(alt("could(?:n't| not) explain", 'no explanation', "won't say how", 'not say how', 'refuses to say')),
			90
		)
	),
	// Missing: leaving home to stay with someone met online or much older.
	C(
		'missing',
		near2(
			w(
				alt(
					'pack(?:ed|ing)? (?:a|my) bag',
					'run(?:ning)? away',
					'ran away',
					'leave home',
					'leaving home',
					'not coming home',
					'go (?:and|n) (?:stay|live)'
				)
			),
			w(alt('met online', 'online', 'guy', 'man', AGE_GAP, 'live (?:there|with)', 'tonight', 'never coming back')),
			90
		)
	),
	// Suicide: "if I just wasn't around"; a method and a chosen time.
	C(
		'suicide',
		w(
			"(?:if|when) (?:i|she|he) (?:just )?(?:wasn't|weren't|was not|were not|wasnt|am not|wasn't here|isn't) (?:around|here|alive|in the picture)"
		)
	),
	C(
		'suicide',
		near2(
			w(alt(HEIGHT, PLACE_OF_RISK, MEDS, 'train times', 'the line')),
			w(alt('(?:feels like|is) the (?:right )?(?:time|night|day)', "it(?:'s| is) time", 'the right time')),
			100
		),
		true
	),
	// Self-harm: a sharp or hot thing used on one's own body.
	C(
		'self_harm',
		near(
			w(alt('blades?', 'razors?', 'sharpener', 'compass', 'lighter', 'broken glass', 'scissors', 'matches')),
			w(
				alt(
					'(?:on )?(?:my|her|his) (?:arms?|legs?|hips?|thighs?|stomach|belly|wrists?|skin|body|chest|ankles?|hands?)',
					'on (?:my|him|her)self'
				)
			),
			40
		)
	),
	// Physical abuse: an adult's hands on a child's body; things thrown at a person.
	C(
		'physical_abuse',
		near(
			w(AGENT),
			w(
				`${alt('twist\\w*', 'pinch\\w*', 'yank\\w*', 'grab\\w*', 'pull\\w*', 'punch\\w*', 'kick\\w*', 'slap\\w*', 'smack\\w*', 'hit', 'hits', 'squeez\\w*', 'strangl\\w*', 'chok\\w*', 'drag\\w*', 'bang\\w*', 'whack\\w*', 'thump\\w*', 'stamp\\w*', 'booted')} (?:me|my) (?:\\w+ )?(?:arms?|head|face|neck|hair|back|legs?|ribs|stomach|ears?)`
			),
			50
		)
	),
	C(
		'physical_abuse',
		w(
			'(?:threw|throws?|thrown|chuck\\w*|lobbed|flung) (?:\\w+ ){0,3}at (?:me|my head|my face|him|her|his head|her head)'
		)
	),
	// Sexual abuse: watching or walking in on a child washing or changing.
	C(
		'sexual_abuse',
		near(
			w(alt('walks? in on', 'comes? in (?:when|while)', 'watch\\w*', 'stays? there', 'films?', 'photos?')),
			w(
				alt(
					'(?:in|into) (?:the|my|her|his) (?:shower|bath)',
					'showers?',
					'getting changed',
					'get changed',
					'undress\\w*'
				)
			),
			50
		)
	),
	// Domestic abuse: smashing or throwing at a parent.
	C(
		'domestic_abuse',
		near(
			w(alt('smash\\w*', 'throw\\w*', 'threw', 'chuck\\w*', 'lob\\w*')),
			w('at (?:my |our |her |his )?(?:mum|mother|dad|father|wife|husband|partner|nan|gran)'),
			40
		)
	),
	// Criminal exploitation: sent to another town or a flat to sell, not allowed to leave.
	C(
		'criminal_exploitation',
		near2(
			w(
				alt(
					'sent (?:me|him|her|us) (?:out )?to',
					'(?:in|to) (?:a|some|another) (?:town|city|flat|house)',
					'taken to (?:a|some|another)'
				)
			),
			w(
				alt(
					'sell\\w*',
					'deal\\w*',
					"(?:wasn't|was not|not|isn't) allowed to leave",
					"(?:can't|couldn't|cannot) leave",
					'stash'
				)
			),
			90
		)
	),
	// ---- pass 5 (sealed batch E's misses, written as concepts, not its phrasings) ----
	// Suicide euphemisms, and giving prized things away beside a goodbye or a day (NICE warning signs).
	C('suicide', w(alt('catch the bus forever', 'go to sleep forever'))),
	C(
		'suicide',
		near2(
			w(
				'(?:gave|giving|given|gives|give) (?:me |us |away )?(?:all )?(?:her|his|their|my) (?:\\w+ )?(?:hoodie|stuff|things|belongings|games|console|phone|speaker|clothes|jewellery|guitar|pets?|cat|dog|books|savings|money)'
			),
			w(
				alt(
					'forever',
					'goodbye',
					'bye',
					"won't need",
					'not going to need',
					'joking',
					'last time',
					'sorry for everything'
				)
			),
			120
		)
	),
	// Self-harm relapse: a clean streak lost, or "deeper this time".
	C(
		'self_harm',
		near2(
			w(alt('relaps\\w*', '(?:days|weeks|months|streak) (?:clean )?gone', 'broke (?:my|the) streak')),
			w(alt('clean', 'deeper', 'cut\\w*', 'sh', 'harm\\w*', 'blades?', 'streak')),
			90
		)
	),
	C(
		'self_harm',
		w('(?:deeper|worse) (?:this time|than before|than last time)(?! (?:at|in) (?:the )?(?:pool|water|sea|end))')
	),
	// Physical abuse: punished with an implement, and the marks professionals are trained to see.
	C(
		'physical_abuse',
		near2(
			// The subject is a person, or dropped at the start of a sentence ("got the belt again").
			`(?:^|(?<=[.!?,;] )|\\b(?:i|we|he|she) )(?:got|get|gets|getting) the ${INSTRUMENT}\\b(?! from (?:my|his|her) (?:friends|mates))`,
			w(
				alt(
					'again',
					'cos',
					'because',
					'for (?:\\w+ing|not|being)',
					'if (?:i|we|he|she)',
					'when (?:i|we|he|she)',
					'every time',
					"(?:off|from) (?:my|his|her) (?:dad|mum|stepdad|stepmum|parents|mum's boyfriend|carer)",
					"can't (?:even )?sit"
				)
			),
			60
		)
	),
	C(
		'physical_abuse',
		w(
			alt(
				'finger ?(?:tip )?marks?',
				'fingertip bruis\\w*',
				'bruis\\w* (?:\\w+ ){0,3}consistent with',
				'non ?accidental injur\\w*',
				'unexplained (?:bruis\\w*|injur\\w*|marks|burns?|fractures?)',
				'(?:squeezes|grabs|pinches|shakes) (?:me|her|him|us) (?:when|if|so|really|hard|till|until)'
			)
		)
	),
	// Emotional abuse: rejected for who they are.
	C(
		'emotional_abuse',
		w(
			alt(
				'(?:is|are|am|was|were) dead to (?:them|him|her|me|us)',
				'disown\\w*',
				'took (?:my|her|his|their) (?:bedroom )?door off',
				'(?:kicked|thrown|threw) (?:me|her|him|them) out (?:for|because|when|after) (?:being|coming out)'
			)
		)
	),
	// Radicalisation: hate symbols, violence called justified, an online "mentor", a war and a cause.
	C(
		'radicalisation',
		w(
			alt(
				'swastikas?',
				'die for the cause',
				"(?:we're|we are|we r|were) (?:in|at) (?:a )?war(?! (?:game|hammer|thunder|zone|film|movie))",
				'(?:terror(?:ist)? attacks?|bombings?|shootings?|massacres?) (?:\\w+ ){0,3}(?:was|were|is|are) (?:\\w+ )?(?:justified|deserved|right|a good thing)',
				'online (?:mentor|recruiter)',
				'(?:teaching|showing|telling) (?:him|her|me|them) the truth'
			)
		)
	),
	// Risk to others: a list of people who will "pay", a weapon searched for, thoughts of hurting children.
	C(
		'risk_to_others',
		w(
			alt(
				"(?:people|those|everyone|them|teachers|kids) who (?:will|are going to|gonna|'ll|are gonna) pay",
				'(?:hit|kill) list',
				'(?:searched|looked|looking|searching) (?:online )?(?:for |up )?(?:how to |where to )?(?:get hold of|get|buy|make) (?:a |an )?(?:gun|bomb|weapon|knife|firearm)'
			)
		)
	),
	C(
		'risk_to_others',
		w(
			'(?:think|thinking|thoughts|thought) (?:about|of) (?:hurting|harming|killing|stabbing|strangling) (?:the )?(?:\\w+ ){0,2}(?:kids|children|child|baby|babies|toddlers?|people|someone|my (?:little )?(?:brother|sister))'
		)
	),
	// Eating-disorder medical risk: weight named low, blue hands and feet, hidden food and secret exercise.
	C('eating_disorder_risk', w(alt('down to (?:only |just )?\\d+ ?(?:kg|kgs|kilos|stone|st)'))),
	// ---- pass 6 (sealed batch F's misses: short answers to a question, slang, minimising) ----
	C(
		'criminal_exploitation',
		near2(
			w(
				alt(
					'robbed (?:of )?(?:the|my|his|her) (?:pack|package|bag|stuff|drugs|line|gear|ting|phone)',
					'(?:want|wants|owe|owes) (?:me |him |her )?(?:\\d+|two|five|ten) (?:grand|k)',
					'pay (?:it|them|him) back'
				)
			),
			w(THREAT),
			90
		)
	),
	C(
		'eating_disorder_risk',
		w(
			alt(
				'bmi (?:is |of |was |at )?(?:1[0-5]|[5-9])(?:\\.\\d+)?',
				'(?:resting )?heart rate (?:is |of |was |at )?(?:[2-4]\\d)(?! ?%)'
			)
		)
	),
	C(
		'suicide',
		w(
			alt(
				"(?:i'll|i will|ill) be gone (?:by|before|after|next|soon|on|this)(?![^.!?]*\\b(?:holiday|moving|move|away|trip|visit|camp|abroad|exchange|festival)\\b)",
				"(?:won't|will not|wont) need (?:the|my|that|this) (?:appointment|referral|help|place|session)s?"
			)
		)
	),
	C(
		'self_harm',
		near2(
			w('(?:only|just) (?:a few |a couple of |some |little )?(?:scratches|scratch|cuts|marks|burns)'),
			w(alt('cut\\w*', 'harm\\w*', 'blades?', 'sh', 'proper', 'myself', 'sharpener')),
			60
		)
	),
	C(
		'physical_abuse',
		w(
			'(?:me|my) (?:ma|mam|mum|da|dad|old man|old dear|step ?dad|step ?mum) (?:only |always |just |still )?(?:lamps|batters|belts|hits|slaps|punches|leathers|wallops|kicks) me'
		)
	),
	C(
		'emotional_abuse',
		near2(
			w(
				`(?:like|i'm|i am|i was|i'm just|being|feel like|that i'm|im) ${alt('a mistake', 'worthless', 'useless', 'a waste of space', 'a burden', 'pathetic', 'disgusting', 'unwanted', 'an accident')}`
			),
			w(
				alt(
					'(?:tell|tells|told|say|says|said|call|calls|called) me',
					"(?:they|he|she)(?:'re| are|'s| is) always saying"
				)
			),
			60
		)
	),
	C(
		'neglect',
		w(
			alt(
				'no (?:food|scran|dinner|tea|nothing to eat) in (?:the|our|my) (?:house|cupboards?|fridge|flat)(?![^.!?]*\\b(?:so we|ordered|takeaway|to the shops?|after the (?:party|holiday|weekend)))',
				'(?:food|something to eat) in the (?:cupboards?|fridge)(?![^.!?]*\\b(?:so we|ordered|takeaway|to the shops?|after the (?:party|holiday|weekend)|for the))',
				"(?:ain't|haven't|have not|not|hasn't|didn't|havent) (?:eaten|ate|had (?:any )?food) since (?:school|yesterday|lunch|breakfast|dinner|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
				'(?:wash|washes|washing|clean) (?:my|her|his) (?:school )?uniform'
			)
		)
	),
	C(
		'forced_marriage',
		near2(
			w(alt('wedding', 'marriage', 'engagement', 'nikah', 'marry')),
			w(alt("(?:haven't|have not|didn't|did not|never) (?:agreed|consented|said yes)", 'not my choice')),
			60
		)
	),
	C(
		'radicalisation',
		w(
			alt(
				'(?:is|are) the enemy',
				'(?:migrants|immigrants|muslims|jews|women|feminists|foreigners|refugees|gays|trans people|black people|asians) (?:\\w+ ){0,3}(?:are )?(?:ruining|destroying|invading|replacing|taking over)',
				'the brothers online',
				"what (?:we|we've|you) (?:gotta|have to|need to|must|got to) do about (?:it|them)"
			)
		)
	),
	C(
		'eating_disorder_risk',
		w(
			alt(
				'(?:being|been|was|am|making myself|make myself) sick after (?:tea|dinner|meals?|eating|lunch|breakfast|food)',
				"(?:haven't|have not|not|hasn't|havent) (?:eaten|ate|eating) (?:in|for) (?:\\d+|two|three|four|five|six) days"
			)
		)
	),
	C(
		'bullying_threats',
		w(
			alt(
				'(?:eat|hide|hiding|spend|have) (?:my )?(?:lunch|break|breaks|dinner|lunchtimes?) (?:\\w+ )?in the (?:toilets|loos|library|bogs) so (?:they|nobody|no one)',
				"so they (?:can't|cannot|won't|don't) find me"
			)
		)
	),
	C(
		'eating_disorder_risk',
		near2(
			w(
				alt(
					'hides? (?:her |his |my )?food',
					'hiding (?:her |his |my )?food',
					'throws? (?:her |his |my )?food away',
					"(?:stopped|won't|will not|refuses? to) (?:drinking|drink) (?:water|fluids|anything)",
					'(?:hands|feet|fingers|toes|lips) (?:and (?:her |his |my )?(?:hands|feet|fingers|toes|lips) )?(?:are|go|turn|turned|going|went|look) (?:\\w+ )?blue'
				)
			),
			w(
				alt(
					'exercis\\w*',
					'weight',
					'kg',
					'thin',
					'not eat\\w*',
					"won't eat",
					'skip\\w*',
					'blue',
					'faint\\w*',
					'heavier',
					'fat',
					'calories'
				)
			),
			120
		)
	),
	// ---- pass 13 (batches Q and R): no food or care at home said plainly, a match found for a child,
	// a young person who means not to go back, restriction counted in single foods ----
	C(
		'suicide',
		w(
			"(?:wish|wishes|wished|wishing|hope|hopes|hoping|pray|prays|praying)(?: that)? (?:i|she|he|they) (?:could )?(?:just )?(?:don't|doesn't|didn't|won't|wouldn't|never|do not|does not|did not|would not|not) (?:wake|waking|woke) up"
		)
	),
	C(
		'domestic_abuse',
		w(
			"(?:partner|husband|wife|boyfriend|girlfriend|ex|fella|ex partner|ex husband|ex boyfriend)(?:'s| is| has)? (?:\\w+ ){0,2}(?:will|'ll|going to|gonna|threatened to|threatens to|threatening to|said he'd|said she'd|says he'll|says she'll|swore to) (?:kill|hurt|batter|beat|strangle|stab|get) (?:her|him|me|them|us)"
		)
	),
	C(
		'neglect',
		near(
			w(
				'(?:wash|washing|washes|iron|ironing|cook|cooking|make|making|get|getting|feed|feeding) (?:my|me|myself|our|the|my own|(?:my )?little \\w+)\\b'
			),
			w('(?:nobody|no one|noone|no1) (?:else )?(?:does|do|dus|will|bothers|cooks|feeds|cares)'),
			50
		)
	),
	C(
		'neglect',
		w(
			alt(
				"(?:there's|there is|theres|there was|there's never|never) (?:nowt|nothing|never anything|no food|never any food) (?:in|to eat)(?: at (?:his|hers|her|home|theirs|his house|her house|their house))?(?! (?:on the (?:menu|telly|tv)|common|the post))",
				'nowt (?:in|to eat) at (?:his|hers|her|home|ours|theirs)'
			)
		)
	),
	C(
		'forced_marriage',
		near(
			w(
				"(?:parents|family|dad|mum|father|mother|uncles?|aunts?|aunties|relatives|grandparents|elders|in ?laws)(?: \\w+){0,3} '?(?:looking for|found|finding|picked|chosen|choosing|lined up|arranging|sorting) (?:someone|somebody|a man|a boy|a girl|a lad|a match|a husband|a wife)'? for (?:her|him|me)"
			),
			w(
				"(?:is|i'm|im|i am|she's|he's|only|aged) \\d{1,2}\\b|\\b\\d{1,2} (?:year old|yo|yrs? old)|\\bmarr\\w*|\\b(?:year|yr|y) \\d{1,2}\\b"
			),
			80
		)
	),
	C(
		'missing',
		near(
			w(
				"(?:don't|dont|didn't|didnt|won't|wont|not|never|do not|did not|will not) (?:go|going|come|coming|gonna go) back (?:home|to (?:my |the )?(?:carers?|foster (?:carers?|home|placement|mum|dad|parents)|placement|children's home|care home|unit|residential))"
			),
			w(
				alt(
					'what (?:happens|would happen|will happen|if)',
					'if i (?:just )?',
					'thinking (?:of|about)',
					'gonna',
					'going to',
					'want to',
					'wanna',
					'tonight',
					'this weekend',
					'ever again',
					'again'
				)
			),
			60
		)
	),
	C(
		'eating_disorder_risk',
		w(
			alt(
				'(?:only|barely|just) (?:eats?|eating|ate|has|having|had|allows? (?:her|him|my)self) (?:an? |one |1 |half an? |half a )?(?:apple|yoghurt|yogurt|banana|cracker|rice cake|piece of fruit|slice of toast|cup of soup|bowl of \\w+|handful of \\w+)s? (?:a|per|every) day(?![^.]*\\b(?:at school|big breakfast|big dinner|because i (?:have|had) a big))',
				'counts? every (?:single )?calorie'
			)
		)
	),
	C(
		'risk_to_others',
		w(
			"(?:wonders?|wondering|talks? about|talking about|says? (?:he|she) wonders|asks?) (?:how|what) it (?:would|'d|will) feel (?:like )?(?:to (?:do (?:it|that|the same) to|hurt|kill|stab) )?(?:on |to )?(?:a person|a human|someone|somebody|people|a kid|a child)"
		)
	),
	// ---- pass 14 (sealed S and T): school kit used to self-harm, not safe at home, sexualised play,
	// a marriage arranged for a child who can't consent, a device and a date, heads pushed into sinks ----
	C(
		'self_harm',
		w(
			alt(
				'(?:elastic|rubber|hair) band thing',
				'snap\\w* (?:an? |the )?(?:elastic|rubber|hair) bands? (?:on|against) (?:my|her|his) (?:wrists?|arms?)',
				'(?:using|use|used|started using|uses) (?:my|a|her|his|the) (?:compass|sharpener blade|pencil sharpener blade|sharpener)(?! (?:in|for) (?:maths|geometry|class|art))'
			)
		)
	),
	C(
		'immediate_danger',
		w(
			"(?:don't|do not|doesn't|does not|never|didn't|not) (?:feel|feels|feeling) safe (?:at home|in (?:the|our|my|their) (?:house|home|flat)|at (?:my|her|his) (?:dad's|mum's)|going home)"
		)
	),
	C(
		'sexual_abuse',
		w(
			alt(
				'sexuali[sz]ed (?:play|behaviou?r|language|drawings?|talk|acting out|games?)(?! training| policy| in (?:the )?media)',
				"(?:that's|that is) what (?:me and \\w+|(?:he|she|uncle \\w+|daddy|mummy) and me) do"
			)
		)
	),
	C(
		'forced_marriage',
		w(
			'arranged for (?:our|my|her|his|their) (?:\\w+ ){0,2}(?:son|daughter|child|boy|girl)(?:, [^,]{0,80},)? to (?:be married|marry|get married|wed)'
		)
	),
	C('radicalisation', w('(?:home ?made|pipe|nail) (?:device|bomb|explosive)s?'), true),
	C(
		'risk_to_others',
		near(
			w(
				"(?:going to|gonna|planning to|plan to|'re going to|are going to) do something (?:big |bad |mad )?(?:at|to|in) (?:the|a|that|our|their)"
			),
			w(
				alt(
					'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
					'tomorrow',
					'tonight',
					'this weekend',
					'next week',
					'named a (?:place|location|date)'
				)
			),
			80
		)
	),
	C(
		'bullying_threats',
		w(
			alt(
				'(?:pushed|pushes|pushing|shoved|shoves|held|holds|flushed|flushes) (?:my|his|her) head (?:into|in|down) (?:the )?(?:sink|toilet|loo|bowl)',
				'(?:take|takes|took|taking|nick|nicks|nicked) (?:my|his|her) dinner money',
				'cornered (?:me|him|her) (?:in|by|at) the (?:toilets?|changing rooms?|corridor|bike sheds?)',
				'(?:repeatedly|always|keep|keeps|kept) (?:being )?cornered'
			)
		)
	),
	// ---- pass 15 (sealed U and V): facilitators' notes and survey answers: injuries hidden and not wanting to
	// go home, a girl "settled" after the summer, contempt for "unbelievers", joining a group overseas,
	// fantasies of hurting classmates, belongings damaged, thinking about not waking up, absent and unaccounted for ----
	C(
		'domestic_abuse',
		near(
			w(
				alt(
					"(?:don't|doesn't|do not|does not|dont) (?:wanna|want to|like to|like going) go (?:back )?home",
					'(?:always|even inside|indoors|in the house) (?:has|wears|wearing|got|with) (?:her |his )?sunglasses(?: on)?',
					'sunglasses on (?:all the time|inside|indoors|in winter)'
				)
			),
			w(
				alt(
					'(?:dad|mum|stepdad|stepmum|father|mother|partner|boyfriend) (?:\\w+ )?(?:shouts|screams|yells|rages|smashes|drinks)',
					'(?:shouting|screaming|rows|fighting|smashing) (?:at home|every night|all the time)',
					'sunglasses'
				)
			),
			120
		)
	),
	C(
		'forced_marriage',
		near(
			w(
				alt(
					'extended (?:leave|holiday|absence) (?:request|abroad|to)',
					'(?:long|extended) (?:trip|holiday|visit) (?:abroad|back home|to (?:family|relatives))'
				)
			),
			w(
				alt(
					"(?:won't|will not|wont|doesn't|does not) matter after",
					'(?:be|being|get|getting) settled',
					'not coming back',
					'a match'
				)
			),
			160
		)
	),
	C(
		'forced_marriage',
		w("(?:education|school|college|exams?|gcses?) (?:won't|will not|wont|doesn't|does not) matter (?:after|once|when)")
	),
	C(
		'radicalisation',
		w(
			alt(
				"(?:unbelievers|kuffar|kafirs?|infidels|degenerates|race traitors|traitors|subhumans?|invaders)(?: \\w+){0,3} (?:deserve|should (?:die|be killed|pay|be punished)|will pay|have it coming|deserve what's coming)",
				"deserve what(?:'s| is) coming(?! to (?:me|us))",
				'refuses? to (?:engage with|speak to|talk to|be taught by|sit near) (?:female|women|girl|jewish|muslim|black|white) (?:staff|teachers|pupils|classmates|workers)'
			)
		)
	),
	C(
		'radicalisation',
		near(
			w(
				'(?:going to|wants to|want to|planning to|gonna|wanna|talking about going to|talks about going to) (?:join|fight (?:for|with)|go and join|go (?:out )?(?:there|abroad|over ?seas) to join) (?:a |some |the |this |his )?(?:group|cause|brothers|fighters|movement|army|militia|them)'
			),
			w(
				alt(
					'over ?seas',
					'abroad',
					'out there',
					'syria',
					'older (?:friend|mate|man|guy)',
					'sorting it',
					'family will understand'
				)
			),
			90
		)
	),
	C(
		'risk_to_others',
		w(
			alt(
				'fantas(?:ies|y|ises|izes|ising|izing) (?:\\w+ ){0,2}(?:of|about) (?:hurting|killing|shooting|stabbing|attacking) (?:classmates|people|others|pupils|students|teachers|someone|his|her)',
				'(?:drawing|drawn|drew|making|made) (?:plans|maps|diagrams) of (?:the|his|her|our) (?:school|college|classroom)(?: (?:layout|exits|building))?'
			)
		)
	),
	C(
		'bullying_threats',
		w(
			alt(
				'belongings (?:\\w+ ){0,2}(?:damaged|stolen|broken|ripped|thrown|destroyed)',
				"(?:reluctant|refuses|refusing|won't|scared|afraid) to (?:use|go (?:to|in)) the (?:toilets?|changing rooms?)"
			)
		)
	),
	C(
		'suicide',
		w(
			'(?:think|thinks|thinking|thought|thoughts|fantasi[sz]e|dream) (?:about|of|bout) (?:not (?:waking|wakin|wake) up|never waking up|going to sleep forever|not being (?:here|alive|around) any ?more)'
		)
	),
	C(
		'missing',
		near(
			w(
				"(?:hasn't|has not|haven't|have not|not) been (?:at|in|to|seen at) (?:\\w+ (?:or|and) )?(?:school|club|college|home|placement|the unit)(?: \\w+){0,3} (?:for|in) (?:\\d+|two|three|four|five|a few|several|over a) (?:days|weeks|nights|week)"
			),
			w(
				alt(
					"(?:couldn't|could not|can't|cannot|doesn't|does not|don't|didn't|did not) (?:say|know|tell) (?:where|whose|who)",
					'phone (?:is|has been|was) (?:dead|off)',
					'(?:no one|nobody|noone) knows where'
				)
			),
			120
		)
	),
	// ---- pass 16 (sealed Y and Z): a future not seen, heights researched, injuries in clinical words,
	// bruises with a new story each time, a slow heart with weight loss ----
	C(
		'suicide',
		w(
			alt(
				"(?:doesn't|don't|can't|cannot|does not|do not|won't) see (?:himself|herself|myself|themselves|themself) (?:making it|living|being (?:here|alive|around)) (?:to|past|until|till) (?:\\d{1,2}\\b|eighteen|nineteen|twenty|adulthood|christmas|the summer|next (?:year|week|month|birthday)|(?:his|her|my|their) (?:\\d+\\w*|eighteenth|nineteenth|birthday|next birthday))",
				'looking up how (?:high|tall|far (?:down|up)|many floors) (?:the |that |a )?(?:\\w+ ){0,3}(?:is|are|was|goes)',
				'(?:top|roof) of the (?:multi ?storey|car park)'
			)
		)
	),
	C(
		'self_harm',
		w(
			'(?:fresh|new|recent|healing|multiple|several|linear) (?:superficial |deep )?(?:lacerations|cuts|wounds|incisions|burns|scratches) (?:to|on|across) (?:both |her |his |the |their |my )?(?:thighs?|forearms?|arms?|wrists?|legs?|stomach|abdomen)'
		)
	),
	C(
		'physical_abuse',
		near(
			w(
				alt(
					'(?:turns?|turning|turned|comes?|coming|came) (?:up|in|into (?:school|club|nursery)) with (?:\\w+ ){0,2}(?:bruises|bruising|marks|injuries|a black eye|black eyes|cuts|burns)',
					'bruises (?:on|all over) (?:his|her|their) (?:arms?|legs?|face|back|neck)'
				)
			),
			w(
				alt(
					'(?:different|new|changing) (?:story|stories|explanation|explanations|excuse|excuses) (?:every|each) time',
					"(?:explanations?|stories|story) (?:don't|do not|doesn't|does not) (?:add up|match|fit)"
				)
			),
			160
		)
	)
];

// A frame that makes a mention a topic, not a disclosure: work, teaching, awareness, facts.
export const FRAME = new RegExp(
	w(
		alt(
			'awareness',
			"(?<!special |'special )training",
			'trained',
			'workshops?',
			'sessions? (?:on|about|for)',
			'programmes?',
			'assembly',
			'lessons?',
			'curriculum',
			'leaflets?',
			'posters?',
			'helpline',
			'policy',
			'pathways?',
			'campaign\\w*',
			'documentary',
			'film(?! (?:it|me|him|her|them|us)\\b)',
			'a (?:book|play|podcast|novel)',
			'essay',
			'presentation',
			'project (?:on|about)',
			'talk about',
			'talked about',
			"teach\\w*(?!'? (?:him|her|me|them)\\b)",
			'taught',
			'deliver\\w*',
			'we (?:run|offer|provide|support|help|refer|meet|work|have developed|did|do|receive|attend|chair)(?! not\\b)',
			'our (?:service|charity|team|organisation|nurses|volunteers|outreach|panel|detached)',
			'our (?:project|group|club) (?:provides|offers|supports|runs|delivers|meets|works|is for)',
			'(?:services|support|help) for (?:young people|children|people|families|parents)',
			'affected by',
			'fund\\w*',
			'support group',
			'whose',
			'we (?:routinely|regularly|always) (?:ask|screen|check|refer)',
			'newsletter',
			'signpost\\w*',
			'information',
			'website',
			'i (?:work|volunteer|run|teach|help|support|see|talk to)',
			'(?:my|her|his) (?:job|role|work)',
			'as a (?:designated|social|youth|school|foster|paediatric|teacher|nurse|vcse|childminder|survivor)',
			'support for (?:young people|children|people|families|those|parents)',
			"(?:young people|children|people|pupils|students|lads|families|parents|girls|boys|those|kids)(?: my age| our age| at (?:my|our) school)? who(?! (?:will|are going to|gonna|'ll|are gonna) pay)",
			'signs of',
			'warning signs',
			'can cause',
			'is illegal',
			'did you know',
			'more common',
			'more likely',
			'mortality',
			'recommends',
			'guidance',
			'mandatory duty',
			'should (?:teach|talk|be|have|know)',
			'need (?:more|clearer)',
			'more (?:help|support|funding|information|training) (?:for|about|on)',
			'(?:is|are) (?:not a choice|serious illnesses)',
			'learnt',
			'learned',
			'explained',
			'reminder',
			'if (?:someone|sum1|you think|your child)',
			'(?:recorded|reported) termly',
			'caseloads?',
			'referral (?:forms?|process|pathways?|routes?|systems?)',
			'protocols?',
			'return (?:home )?interviews?',
			'case reviews?'
		)
	)
);

// Someone specific is being written about now: first person, a named relation, a particular child.
export const SPECIFIC = new RegExp(
	w(
		alt(
			"i(?:'m|'ve| am| was| have| keep| want| feel| think| can't)(?! (?:a|an|the) (?:[\\w-]+ ){0,2}(?:social worker|nurse|teacher|gp|doctor|paediatrician|psychologist|counsellor|therapist|youth worker|dsl|senco|lead|manager|practitioner|officer|worker|mentor|coordinator|head)\\b)",
			'(?:lads?|boys?|girls?|kids?|young person|yp|young man|young woman) (?:at|in|from) (?:(?:our|the|my) )?(?:group|club|session|youth club|school|class|project|centre)',
			// A facilitator's notes name a particular child by table or write a case note about one.
			'(?:lads?|boys?|girls?|kids?|young person|yp|young man|young woman|child|parent|mum|dad) (?:at|on|from) table \\d+',
			'(?:teacher|gp|pastoral|nurse|school nurse|sw|social worker|dsl|tutor|key worker|facilitator|case|referral|safeguarding|camhs|youth worker) notes?(?=:)',
			"(?:pupil|student|yp|young person|client|child)'s (?:views|behaviour|mood|weight|attendance|presentation|friends)",
			'one of them is (?:only )?\\d+',
			'(?:year \\d+ |y\\d+ )?(?:pupil|student|yp|young person|client|child)(?: (?:with|on|in) [\\w-]+){1,3}(?: \\([^)]{1,24}\\))? (?:reports|reported|disclosed|says|said|told|has|is)',
			'(?:a|one) (?:mum|mam|dad|parent|mother|father|carer|grandparent|nan|gran|woman|man|lady) (?:at|in|from) (?:our|the|my) (?:group|club|session|service|centre|project|school|drop in|playgroup)',
			'(?:some|two|three|a few|several|a couple|one|a group) of the (?:girls|boys|lads|young people|kids|pupils|students|children|members|mums|dads|parents|young women|young men) (?:talked|talk|said|say|told|mentioned|were saying|have said|disclosed|spoke)',
			'i (?:get|got|keep getting)',
			'me',
			'my (?:\\w+ )?(?:son|daughter|child|friend|mate|brother|sister|niece|nephew|grandson|granddaughter|cousin|boyfriend|girlfriend|partner|dad|mum|stepdad|uncle)',
			`(?<!(?:a lot|lots|many|most|some|half|loads|all|alot) of )(?:my|our) (?:\\w+ )?${CHILD_NOUN}s?`,
			'(?:my|our) \\d+ year old',
			'(?:a|one|this|the|another) (?:[\\w-]+ ){0,3}(?:pupil|student|child(?! protection| poverty| development| care| services?| health| mental)|boy|girl|lad|young person|young carer|yp|participant|kid|member|mentee|client|patient|young woman|young man|baby|infant|toddler|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) year old)',
			// A particular child's age in case notes: "Pupil aged 13 expressed", "a young carer we support, aged 12, says".
			'(?<!(?:children|people|pupils|students|kids|those|carers|girls|boys|families) )(?:, |\\()?aged \\d+(?!(?: ?(?:to|-|and|or|plus|\\+|and over|and under) ?\\d*)|\\d)',
			'(?:care leaver|young carer|young person|yp|pupil|student|client|child|girl|boy|lad|young man|young woman) (?:we|i) (?:support|work with|mentor|see|know)',
			"(?:care leaver|young carer|young person|pupil|student|client|child|girl|boy|lad)(?: [\\w']+){0,3}, \\d{1,2}, (?:keeps|says|said|has|had|is|was|hasn't|told)",
			// The writer's own parent, named without "my": "Mum puts makeup over the bruises".
			"(?<!(?:a|the|every|any|your|their|his|her) )(?:mum|mam|mom|dad|stepdad|stepmum|nan|grandad) (?:puts|hits|has|had|is|was|says|said|keeps|makes|made|takes|locks|shouts|screams|won't|doesn't|didn't)",
			'one of (?:our|the|my) (?:[\\w-]+ ){0,2}(?:young people|students|pupils|kids|children|boys|girls|lads|members|mentees|participants|regulars|attendees|service users|looked after children)',
			'(?:she|he) (?:is|was|has|had|said|says|told|showed|disclosed|admitted|keeps|reports|reported|expressed)',
			'disclosed',
			// Case notes name a child without an article: "Pupil has drawn ...", "YP disclosed ...".
			'(?<!(?:every|any|each|no|if a|if the|when a|when the|if any) )(?:pupil|student|yp|young person|client|service user|\\d+[ -]year[ -]old|looked after child)(?: \\([^)]{1,24}\\))?(?: \\w+ly)? (?:has|had|wrote|drew|disclosed|reported|reports|presented|refers|said|says|told|is|was|expressed|showed|appears|arrives|arrived|comes|came|states|stated|describes|described|withdrawn|isolated)',
			'told (?:me|us|our|a|her|his|staff|the)',
			'confided'
		)
	)
);

// "Asking for a friend", "hypothetically": how young people tell without telling. A "what would happen if
// someone ..." question so marked is not a frame (it still may be a topic or a policy question).
export const MASKED_ASK = new RegExp(
	w(alt("(?<!(?:not|n't|isn't|never) )asking for a (?:friend|mate)", '(?<!not )hypothetically', 'for a friend of mine'))
);

// Past and over: a story told from safety. Harm described as ongoing is never "resolved".
export const RESOLVED = new RegExp(
	w(
		alt(
			"(?:i'm|i am|she's|he's|she is|he is|we're|we are|they're|they are) (?:now )?(?:\\w+ )?(?:ok|okay|fine|safe|well|better|recovered|settled|happy|happier|thriving|doing (?:really )?(?:well|brilliantly|great|gr8))",
			'(?:now|since) (?:\\w+ )?(?:recovered|settled|safe|thriving|doing well|discharged|fully resolved|resolved)',
			'been settled(?: \\w+){0,4} (?:for )?(?:\\d+|a|one|two|three|a few|a couple of) (?:years?|months?)',
			'recovered',
			'recovery',
			'resolved',
			'discharged',
			'overcame',
			'survivor',
			// "no longer wishes to live" is ideation, not recovery.
			'no longer(?! (?:wish|wishes|wished|want|wants|wanted|wanna|sees?|cares?|feels? safe|eats?|eating|sleeps?|goes out|attends?))',
			'helped (?:me|her|him|them) (?:to )?(?:stop|recover|get better)',
			'(?:clean|well|safe) (?:for|since) ',
			"(?:haven't|hasn't|not) (?:done it|self harmed|cut|hurt (?:my|him|her|them)sel(?:f|ves)) (?:for|in|since)",
			"(?:don't|do not|doesn't|does not|dont|doesnt|dosnt) do (?:that|it|this) any ?more",
			"(?:doesn't|does not|don't|do not|doesnt|dosnt|dont) live with (?:us|me|them|her|him) any ?more",
			'(?:and|now) is doing (?:really |very )?well',
			'now (?:says (?:she|he|they) )?feels? safe',
			'(?:been|is|was|now|stayed) free (?:of|from) ',
			'out of that (?:life|world|scene|group|lifestyle)',
			"(?:i'm|im|i am|she's|he's|she is|he is) doing (?:way|much|loads|a lot|so much) better",
			'(?:\\d+|one|two|a) (?:years?|months?) free (?:of|from)',
			"(?:have not|haven't|has not|hasn't) done so (?:for|in|since)",
			"(?:he's|she's|i'm|he is|she is|i am) now (?:\\d+|eighteen|nineteen|twenty|twenty ?\\w+)",
			'(?:at|in) (?:uni|university|college|sixth form) now',
			"(?:haven't|hasn't|have not|has not) (?:for|in) (?:over )?(?:\\d+|a|one|two|three|four|five|six|a few|a couple of) (?:years?|months?)",
			'found out (?:her|his|my|their) (?:gran|nan|grandad|grandma|grandpa|dad|mum|aunt|auntie|uncle|sister|brother) (?:had )?(?:bought|gave|got)',
			'not done it (?:for|in)',
			'it gets better',
			'in a (?:much |way |lot )?(?:good|better|stable|happier) place',
			'clean (?:for )?(?:\\d+|one|two|three|four|five|six|a|a few|a couple of) (?:years?|months?)(?: now)?',
			"(?:got|have|i've got|i have) (?:my|her|his|their) own (?:flat|place|house)(?: now)?",
			// "Dad got out of prison last month" is danger coming back, not a way out.
			'got out(?! of (?:prison|jail|hospital|custody)| (?:last|this|on|yesterday|recently)\\b)',
			'(?:went|goes) (?:well|fine)(?! beyond| over| past)',
			'we moved to a refuge',
			'now (?:\\w+ ){0,3}(?:volunteer\\w*|peer mentor|gives? talks|studying|at (?:college|university|uni)|works|help)',
			'back (?:at school|playing)',
			'stopped when',
			'it stopped',
			'sorted it',
			'dealt with it',
			'smashin it',
			'is fine now',
			"(?:she's|he's|i'm) fine now",
			'closer than ever',
			'happy now',
			'things are (?:\\w+ )?better',
			'(?:has|have) been (?:safe|well|fine)',
			"(?<!not |n't |never )(?:feel|feels|feeling|feelin) (?:settled|happy|better|good|alright|ok|okay)",
			'now (?:live|living) (?:in|with)',
			'\\d+ (?:years|months) clean',
			'clean now',
			'(?:has|have) been (?:much|loads|way|a lot|so much) better',
			"(?:i've|i have) (?:got )?(?:good|great|new|lovely) friends now",
			'(?:it was|was) (?:so |really |such )?(?:fun|good fun|a laugh|amazing)'
		)
	)
);
// Weaker signs that a story is over ("the police were amazing", "proud of myself"): they silence only a
// story told in the past tense with nothing current in it.
export const RECOVERY_HINT = new RegExp(
	w(
		alt(
			'proud of (?:myself|her|him|them)',
			'(?:is|are|feels?) (?:loads|much|way|a lot|so much) better',
			'helped (?:me|her|him|them) see through',
			"(?:he's|she's|i'm|he is|she is|i am) (?:\\d+|eighteen|nineteen|twenty) now",
			'(?:he|she) (?:works at|has a job)',
			'debunk\\w*',
			'(?:doing|started|starting|finished) an? (?:\\w+ )?apprenticeship',
			'best thing that (?:ever )?happened',
			'(?:were|was) (?:amazing|brilliant|fantastic|incredible|so supportive)',
			'made (?:a|such a) (?:real|big|huge|massive) difference',
			'(?:doing|sitting|taking|studying|finished) (?:my|her|his) (?:a levels|gcses|exams|degree|btec)(?: now)?',
			'(?:we|i|she|he|they) left (?:that|the|him|her) (?:relationship|house|home|situation)?',
			'(?:lived|living|been living) with (?:my|her|his|our) (?:\\w+ )?(?:nan|gran|grandparents|aunt|auntie|dad|mum|foster carers?) for '
		)
	)
);
// Health information from a clinician, silenced only when nobody in particular is written about.
export const HEALTH_INFO = new RegExp(
	w(
		alt(
			'the (?:pharmacist|gp|doctor|nurse|dentist) (?:said|says|told us)',
			'side effects?',
			'(?:clinicians|doctors|nurses) use'
		)
	)
);
// A question about how a service responds in general ("how it responds when a child discloses abuse").
export const POLICY_Q = new RegExp(
	w(
		alt(
			'how (?:it|the service|the team|you|staff|they|camhs|the school|services) (?:responds?|deals?|handles?|reacts?) (?:when|if|to)',
			'how (?:clinicians|staff|workers|teachers|professionals|we|schools|practitioners) should (?:respond|react|deal|act)'
		)
	)
);
export const PAST = new RegExp(
	w(
		alt(
			'used to',
			'use to',
			'back in the day',
			'years? ago',
			'(?:a few|couple of|two|three|five) years',
			'when (?:i|she|he|we) (?:was|were) (?:younger|little|a kid|a child|\\d+|in year \\d+|at school|a teenager)',
			'(?:last|that) year',
			'in the past',
			'previous(?:ly)?',
			'back then',
			'as a (?:teenager|child)',
			'in (?:19|20)\\d\\d',
			'at (?:\\d+|14|16)',
			'once',
			'when (?:i|she|he|we|they) (?:was|were) (?:small|tiny|a baby|a toddler)',
			'for a while',
			'a (?:couple|few) (?:of )?(?:years|months)',
			'last time',
			'looking back',
			'went through',
			'had a (?:really )?(?:bad|dark|hard) (?:time|patch)',
			'in (?:year|yr) \\d+',
			'first year'
		)
	)
);
export const CURRENT = new RegExp(
	w(
		alt(
			'again',
			'still',
			'relaps\\w*',
			'at the moment',
			'right now',
			'currently',
			'these days',
			'last night',
			'this week',
			'tonight',
			'every (?:day|night)',
			'(?:a|per) (?:day|night)',
			'down another',
			'since then',
			'since (?:\\w+ ){0,6}(?:restarted|started|began)',
			'has been (?:wetting|acting out|screaming|having nightmares)',
			"(?:please )?(?:don't|do not) (?:make it a (?:thing|big deal)|tell (?:anyone|my (?:mum|dad|parents)))",
			'keeps?',
			'until now',
			'never told'
		)
	)
);
// "I'm not suicidal", "nobody has ever hurt me", "no safeguarding concerns".
export const DENIAL = new RegExp(
	w(
		alt(
			"(?:i'm|i am|she's|he's|she is|he is) not (?:suicidal|in (?:any )?danger|being hurt)",
			"(?:isn't|is not|aren't|are not|am not|i'm not|she's not|he's not) (?:depressed (?:or |and )?)?(?:suicidal|in (?:any )?danger)",
			"(?:never|not|don't|do not) (?:wanted|want|wanting|tried|planning) to (?:hurt|harm|kill) (?:my|him|her|them)sel(?:f|ves)",
			"(?:don't|doesn't|do not|does not|never|haven't|hasn't) (?:self harm|hurt (?:my|him|her)self|thought about hurting)",
			'nobody has ever hurt',
			"(?:didn't|doesn't|does not|did not|don't) apply to (?:me|us|them|him|her)",
			"(?:they're|theyre|they are|he's|she's) (?:literally |actually |just )?(?:his|her|my|their) (?:uncles?|cousins?|family|dad|mum|brothers?|sisters?)",
			'not like (?:i|she|he) (?:wanna|want to|would|want) (?:hurt|harm|kill)',
			'(?:eczema|psoriasis|dermatitis|hives|chickenpox) so (?:i|she|he) scratch',
			"(?<!(?:not|n't|never) )i feel safe(?! (?:when|only|if|except|at school))",
			'(?:bruise|bruises|mark|marks|scar|scars)(?: \\w+){0,3} (?:was|were|are|is|came) from (?:netball|football|rugby|hockey|pe|a fall|falling|my bike|the trampoline|climbing|roller derby|boxing|karate|surgery|an operation|my op)',
			"(?:assume|assumes|think|thinks|thought) (?:i|she|he) (?:self ?harm\\w*|cut\\w*)\\W+(?:i|she|he) (?:don't|doesn't|didn't|do not|does not)",
			'(?:is|are|am) not at risk',
			"(?:i'm|i am|she's|he's|she is|he is) not being (?:groomed|abused|exploited|bullied)",
			"(?:no|not having any|not having|don't have any|do not have any|haven't had any|have not had any) thoughts (?:of|about) (?:harming|hurting|killing|ending) (?:her|him|my|them)sel(?:f|ves)",
			'quoting (?:song )?lyrics',
			'worries about (?:me|us|his|her|my|their) (?:\\w+ )?dying',
			'asked (?:\\w+ ){0,4}if (?:anyone|someone|anybody) (?:was|is) (?:hurting|hitting) (?:her|him|them|me)(?: at home)? and (?:she|he|they) said no',
			'(?:nobody|no ?one) (?:is|does|did)(?=[.,;!])',
			"(?:never|haven't|have not|hasn't|not) self harmed",
			"(?:isn't|is not|isnt|not|never|wasn't|aren't) (?:been )?(?:thinking|thought) (?:of|about) (?:hurting|harming|killing|ending) (?:my|him|her|them)sel(?:f|ves)",
			"(?:it's|its|it is) nothing like that",
			'(?:nobody|no ?one) does',
			'(?:nobody|no ?one) (?:at home )?(?:hurts|hits|has hurt|is hurting)',
			'no safeguarding concerns',
			"(?<!(?:not|n't|never) )(?:feel|feels) safe at home",
			'never been bullied',
			"isn't in (?:any )?danger",
			'not being hurt'
		)
	)
);
// Figurative: hyperbole markers next to a harm word.
export const FIGURATIVE = new RegExp(
	w(
		alt(
			'lol',
			'haha\\w*',
			'lmao',
			'jk',
			"(?<!(?:if|whether) (?:she's|he's|they're|she is|he is|they are|i'm|i am) |(?:not|wasn't|isn't|n't) (?:even )?)joking",
			'jokes',
			'killing me',
			'killin me',
			'kill for',
			'die for(?! the cause| (?:allah|god|the (?:movement|nation|race|brotherhood|cause)))',
			'dying to',
			'dying of',
			'(?:bit|bite|bites|biting) (?:my|his|her|your) head off',
			'(?:rather|sooner) die than',
			'kill (?:me|her|him) if (?:she|he|they|mum|dad) (?:knew|found out|saw)',
			'(?:nearly|almost) (?:killed|gave me a heart attack|finished (?:me|her|him) off)',
			'jump ?scares?',
			'die of (?:boredom|embarrassment|shame|laughter|laughing|cringe|happiness)',
			'died laughing',
			'death of (?:me|her|him)',
			'end of me',
			'murder(?:ing)? (?:me|her|him)(?! (?:if i tell|if she tells|if he tells))',
			"kill (?:me|her|him) (?:if|when|wen) (?:i|she|he|they|mum|dad)(?:'m|'s| am| is)? (?:late|fail|finds? out|sees?|knows?)",
			// A score: "got smashed 6-1 at footy".
			'\\d+ ?- ?\\d+ (?:at|in|to|win|loss|defeat|down|up)',
			"(?:asks?|asking|asked|wonders?) (?:\\w+ )?if (?:i'm|i am|we're|we are|mummy|daddy|mum|dad|you're|you are|everyone is|granny|nanny) going to die",
			'is (?:killing|slowly murdering)',
			'could eat a horse',
			'dead tired',
			"(?:im|i'm) dead(?! to (?:him|her|them|us|my (?:family|dad|mum|parents)|the family))",
			'about to die',
			'sell (?:my|her|his) soul',
			'go mental',
			'swallow me up',
			'if (?:he|she|they) (?:eats?|takes?|touch(?:es)?|borrows?|reads?|uses?|wears?|finishes|drinks?)',
			'play ?fight\\w*',
			'pillow fight',
			'at (?:fifa|mario|chess|cards|fortnite|call of duty|cod)',
			'mario kart',
			'enough to (?:make|drive) (?:anyone|you|someone|a person|a saint)',
			"i swear (?:i'll|i will|i'm gonna|im gonna|i am going to) (?:strangle|kill|murder|throttle)",
			'want to die every time (?:it|the|they|someone|my (?:team|phone|wifi|bus|train))',
			'(?:teach\\w*|taught|play\\w*) (?:me |us |him |her )?(?:\\w+ )?(?:chess|cards|draughts|checkers|monopoly|scrabble|uno|darts|snooker|pool|table tennis|ping pong)',
			'by accident',
			'(?<!(?:keeps|keep|kept|always) )accidentally',
			'with a (?:cushion|pillow)',
			'starved (?:my|him|her)self (?:\\w+ ){0,3}so (?:i|she|he|we) could',
			'push(?:es|ed)? (?:us|me|him|her|them) (?:hard|to|faster|further|harder|too hard)',
			'(?:off|from) the (?:pier|rocks|high board|diving board)',
			'into the pool',
			'disappear into (?:my|the) (?:bed|room|duvet)',
			"when (?:we were|we're|they were|they're) playing",
			'paintball\\w*',
			'(?:so|being|really) dramatic',
			// Serious violence is not made ordinary by its reason: "beaten up for losing some" (drugs owed).
			'(?<!(?:beaten up|battered|jumped|stabbed|beaten|shot) )for (?:spoiling|eating|taking|breaking|using|losing|reading|borrowing|telling|nicking)',
			'(?:when|that) (?:i|she|he|you) (?:borrowed|borowed|nicked|took|ate|broke|spoiled|spoilt)'
		)
	)
);

// Facts, health information and topics of an activity: not a disclosure even when a particular
// person is named ("My friend and I did a presentation on grooming").
export const TOPIC = new RegExp(
	w(
		alt(
			'can (?:sometimes )?(?:increase|cause|damage|lead to|affect|wreck)',
			'(?:is|are) (?:very )?dangerous (?:for|to)',
			'(?:is|are) a risk (?:when|for)',
			'did you know',
			'is illegal',
			'(?:a|an|the|our|my|his|her|this) (?:presentation|project|essay|podcast|assembly|lesson|talk|documentary|film|book|play|article|poster|campaign|leaflet|website|page|programme)(?: \\w+){0,2} (?:on|about)',
			'(?:information|info|leaflets?|posters?) (?:on|about)',
			'for our assembly',
			'(?:came|come|coming|visited) (?:in )?to (?:talk|speak)',
			'(?:come|came|coming) (?:in )?and (?:talk|speak)(?: \\w+){0,4} about',
			'(?<!(?:every|each|one|the next|that|some|all) )(?:event|day|workshop|assembly|training|speaker|webinar|conference) (?:on|about) ',
			'(?:film|book|documentary|play|story|video) (?:we|i) (?:watched|read|saw)',
			'carr(?:y|ies) a warning',
			'(?:wounds|cuts|burns) (?:that|which) (?:are|is)',
			'keep (?:\\w+ ){0,2}(?:locked|out of reach|out of sight|safe)',
			'(?:in|inside) a locked (?:box|cupboard|cabinet|drawer|safe|tin)',
			'(?:book|novel|text|story|play|film|poem|song|episode|series|show|game) (?:is |was )?about',
			'(?:is|are) (?:very |really |quite )?common (?:in|among|for)',
			'(?:not )?a sign of',
			'(?:debate|discussion|argued|debated|argue) (?:about|on|whether)',
			'(?:dissertation|coursework|research|epq|essay|project|assignment|homework) (?:on|about|into)',
			'(?:learnt|learned|lernt|learning|taught) about',
			// A definition: "Self-harm is when somebody ...", "... is usually a way of coping".
			'(?:self ?harm|suicide|neglect|grooming|abuse|exploitation|an? eating disorder|anorexia|bulimia|radicalisation) (?:is|means|happens) when',
			'(?:is|are) (?:usually|often|sometimes|generally) a way (?:of|to)',
			"(?<!(?:can't|cannot|doesn't|don't|not|unable to) (?:understand|know|grasp) )what (?:the word )?[\\w-]+ (?:means|meant)",
			'(?:should|could|please|pls|need to|needs to|to) (?:\\w+ ){0,2}(?:teach|do|talk|learn) (?:\\w+ )?more (?:about|on)',
			'(?:do|teach) more on',
			'more (?:\\w+ ){0,3}(?:sessions|talks|lessons|assemblies|workshops|information|info|training) (?:\\w+ ){0,3}(?:on|about)',
			'(?:any )?(?:advice|tips) (?:on|about|for) (?:keeping|how)',
			'heard stories about',
			'(?:drama|show|series|soap|programme|film|book|episode) (?:where|in which)',
			'more (?:\\w+ ){0,2}(?:assembl\\w*|asembl\\w*) (?:about|on)',
			'where can (?:parents|families|people|carers|schools) (?:get|find)',
			'specialist services',
			'more (?:lessons|education|teaching|awareness|assemblies) (?:about|on)',
			'what (?:support|help|services?) (?:is|are) (?:available|there|out there|on offer)',
			'what (?:is|does) (?:the word )?[\\w-]+ mean'
		)
	)
);

// A group, not a person: "care leavers are at higher risk of self-harm", "rates of self-harm among
// young people". Silences only when nobody in particular is named (SPECIFIC), so "my friend is at
// risk of self-harming tonight" and "I'm at risk of hurting myself" still flag.
export const POPULATION = new RegExp(
	w(
		alt(
			'(?:is|are|were|remain) (?:\\w+ )?(?:at|of|a) (?:a )?(?:higher|greater|increased|heightened|elevated|high|particular|more|significant|disproportionate) risk',
			'(?:higher|greater|increased|elevated|disproportionate) (?:risk|rates?|levels?) of',
			'(?<!(?:heart|pulse|breathing|respiratory|blood sugar|sugar) )(?:rates?|levels?|prevalence|incidence|numbers?|statistics|figures) (?:of|for|on) ',
			'(?:more|less|most|twice as|three times as|\\d+ times (?:as|more)) likely',
			'(?:more|most|less|particularly|especially) (?:at risk|vulnerable)',
			'among (?:young people|children|teenagers|adolescents|girls|boys|care leavers|students|pupils|young carers|lgbtq?\\+?|young men|young women|looked after children|those)',
			'(?:kids|young people|children|teenagers|lads|girls|boys) (?:round|around) here',
			'(?:loads|lots|a lot|some|many|most|half) of (?:people|kids|girls|boys|students|pupils|young people) (?:in|at) (?:my|our)',
			'nationally',
			'(?:a lot|lots|many|most|some|half|loads|alot) of (?:our|my|the) (?:students|pupils|young people|kids|children|clients|patients)',
			'(?:loads|lots|a lot|alot|some|many|most|half) of (?:\\w+ ){0,2}(?:people|kids|girls|boys|parents|families|students|pupils)(?: (?:i know|my age|our age|at (?:my|our) school|in my (?:year|class)))',
			'higher than (?:the )?(?:average|national)',
			'\\d+ to \\d+ year olds',
			'\\d+ in \\d+ (?:young people|children|girls|boys|teenagers|adolescents|students|pupils|families)',
			'needs assessment',
			'(?:profile|data|report) (?:for|of) (?:the|our) (?:town|area|county|city|borough)',
			'(?:flagged|identified|assessed|recorded) as (?:being )?at risk',
			'\\d+ (?:girls|boys|children|young people|families|pupils) (?:in|across) the (?:county|area|city|borough|region|country)',
			'in my (?:year|school|class|area) (?:loads|lots|a lot|some|many|most|half)',
			'(?:big|real|massive|huge) problem (?:round|around) here',
			'(?:many|most|some|lots of) (?:families|parents|people|children) (?:in (?:our|the|this) (?:community|area)|come from|who come from)',
			'in our community (?:many|most|some|lots)',
			'a (?:large|small|high|big|growing) (?:share|proportion|number|percentage) of',
			'(?:thousands|hundreds|millions|tens of thousands) of (?:children|young people|kids|teenagers|girls|boys|families)',
			'one in (?:\\w+|\\d+) (?:young people|children|girls|boys|teenagers|adolescents|students|pupils)',
			'\\d+ ?(?:%|per ?cent) of',
			'\\d[\\d,]* (?:calls|referrals|contacts|cases|admissions|attendances|presentations) (?:about|for|with|relating to)',
			'according to (?:the )?(?:survey|research|report|data|study|figures|nspcc|nhs|ons)',
			'(?:research|studies|evidence|data|surveys?) (?:shows?|suggests?|finds?|found|indicat\\w*)'
		)
	)
);

// Someone told someone: keeps a disclosure made during a lesson or a talk from being read as a topic.
export const DISCLOSED = new RegExp(
	w(
		alt(
			'disclos\\w*',
			'confided',
			'told (?:me|us|staff|a teacher|the teacher|a volunteer|her teacher|his teacher)',
			'(?:said|says|admitted) (?:that )?(?:his|her|their|my) (?:\\w+ )?' + AGENT
		)
	)
);

// A professional introducing their role and habitual work ("I'm the designated safeguarding lead and I deal
// with disclosures most weeks"): a frame unless a particular child is described.
export const ROLE = new RegExp(
	w(
		alt(
			'(?:our|the|my) (?:safeguarding|crisis|duty|mash|early help|social care|youth offending) (?:team|service|hub)',
			"(?:i'm|i am|as|i work as) (?:a|an|the) (?:camhs |mental health |specialist |senior |community |children's |school |family |pastoral |paediatric |practice |ward )?(?:designated safeguarding lead|dsl|safeguarding lead|social worker|youth worker|school nurse|foster carer|teacher|nurse|volunteer|counsellor|mentor|police officer|gp|paediatrician)",
			'(?:we were|we are|i was|i am) trained'
		)
	)
);
export const HABITUAL = new RegExp(
	w(
		alt(
			'most weeks',
			'(?:most|much|half|a lot) of my (?:week|day|time|job)',
			'strategy meetings?',
			'meetings about',
			'every (?:week|day|term)',
			'deal with',
			'handles?',
			'referrals (?:about|for)',
			'cases of',
			'disclosures of',
			'trained in',
			'how to (?:respond|spot|recognise)',
			'(?:my|our|the) caseload',
			'(?:often|regularly) (?:see|work with|support|assess)',
			'trained to (?:recognise|spot|respond)'
		)
	)
);
export const PARTICULAR_OTHER = new RegExp(
	w(
		alt(
			'my (?:\\w+ )?(?:son|daughter|child|friend|mate|brother|sister|niece|nephew|grandson|granddaughter|cousin)',
			'(?:a|one|this|the|another) (?:[\\w-]+ ){0,3}(?:pupil|student|child|boy|girl|lad|young person|yp|participant|kid|member|mentee|client|patient|young woman|young man|baby|infant|toddler|\\d+ year old)',
			'(?:she|he) (?:is|was|has|had|said|says|told|showed|disclosed|admitted|keeps)'
		)
	)
);
