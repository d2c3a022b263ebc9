// Phrase rules for safeguarding (the first generation of the detector, kept because its
// phrasings are precise): whole phrases over canonical text, each knowing whose risk it
// describes. Generic mentions ("people who self harm") and denials ("I'm not suicidal") do not
// fire. concepts.ts adds category-level concept matching on top; safeguarding.ts combines both.
import type { SafeguardingReason } from './types';

interface Rule {
	reason: SafeguardingReason;
	re: RegExp;
	/**
	 * self: the phrase itself says whose risk it is ("kill myself");
	 * person: someone must be the subject, found by looking back (first person, or a named other);
	 * open: fires unless the subject is clearly generic ("young people who...").
	 */
	who: 'self' | 'person' | 'open';
	/** A negation just before ("never", "not", "didn't") cancels it. */
	negatable?: boolean;
	/** Plan, means or immediacy. */
	high?: boolean;
	/** A harm done to the speaker or another by someone else: never lowered for being in the past. */
	byOthers?: boolean;
}

const N = "(?:don't|do not|dont|doesn't|does not|didn't|did not|not|never)";
const REL =
	'(?:friend|mate|bestie|best friend|best mate|sister|brother|sibling|son|daughter|child|kid|girlfriend|boyfriend|partner|cousin|niece|nephew|grandson|granddaughter|little brother|little sister|big brother|big sister)';

const R = (s: string) => new RegExp(s, 'g');

const RULES: Rule[] = [
	// --- suicidal thoughts, plans and oblique phrasings ---
	{
		reason: 'suicide',
		re: R(String.raw`\b(?:kill|killing|killed|end|ending|ended|take|taking|took) (?:myself|my (?:own )?life)\b`),
		who: 'self',
		negatable: true
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:kill|killing|end|ending|take|taking) (?:himself|herself|themselves|themself|his (?:own )?life|her (?:own )?life|their (?:own )?life)\b`
		),
		who: 'open',
		negatable: true
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\bend(?:ing)? (?:it all|it(?= *(?:[.,!?]|$| tonight| now| soon| forever| today| sorry| for good| permanently| all))|things(?= *(?:[.,!?]|$| tonight| now| for good| permanently))|everything(?= *(?:[.,!?]|$| tonight| now| for good| permanently)))`
		),
		who: 'person',
		negatable: true
	},
	{
		reason: 'suicide',
		re: R(String.raw`\b(?:think|thinking|thought|thoughts) (?:about|of) ending (?:it|things|everything|my life)\b`),
		who: 'open',
		negatable: true
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:suicidal|suicide attempts?|attempted suicide|commit suicide|thoughts of (?:suicide|killing myself|ending (?:it|my life|things))|thinking about suicide)\b`
		),
		who: 'person',
		negatable: true
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:want|wants|wanted|wanting|wanna|going to|gonna|ready to) (?:to )?(?:die|be dead|not be here anymore|end it|disappear|not exist|stop existing)\b`
		),
		who: 'person',
		negatable: true
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:talk|talks|talking|talked|going on|goes on|keeps on|think|thinks|thinking|thought) about (?:dying(?! (?:my|her|his|their) hair| of (?:boredom|laughter|embarrassment))|killing (?:myself|himself|herself|themselves)|suicide|ending (?:it|things|her life|his life|my life|their life)|wanting to die|not being here)\b`
		),
		who: 'person',
		negatable: true
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:i'd|i would) rather (?:be dead|die|not be (?:here|alive))\b|\bdo something (?:stupid|silly|bad|drastic) (?:to )?(?:myself|himself|herself|themselves)\b|\bbetter off dead\b|\bwant(?:s)? to kill(?= *(?:[.,!?]|$))`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\bwish(?:ed)? (?:that )?i (?:was|were|wasn't|was not|weren't|could) (?:just )?(?:never )?(?:dead|die|not alive|alive|born|here|around|disappear|sleep forever|go to sleep forever|stop existing|not wake up)\b`
		),
		who: 'self'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b${N} (?:really |even )?(?:want|wanna|wish) to (?:be alive|live|exist|wake up|carry on|go on|keep going)\b`
		),
		who: 'person'
	},
	// "I don't want to be here" is a classic oblique phrase; "...be here at 8am on a Saturday" is not.
	{
		reason: 'suicide',
		re: R(
			String.raw`\b${N} (?:really |even )?(?:want|wanna|wish) to be (?:here|around)\b(?! (?:at|on|in the|for|until|till|today|tomorrow|this (?:morning|afternoon|evening|weekend)|with))`
		),
		who: 'person'
	},
	{
		reason: 'suicide',
		re: R(String.raw`\b(?:sleep|go to sleep|fall asleep) and (?:not|never) wake up\b`),
		who: 'open'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:better off|be better|happier|relieved|easier|be fine)\b[^.!?]{0,25}\b(?:without me|if i (?:was|were|wasn't|was not|weren't|died|disappeared|left)(?: gone| here| around| dead)?|if i'm gone|when i'm gone|with me gone)`
		),
		who: 'self'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:everyone|everybody|they|my family|the world|people|all of them)(?:'d| would) be (?:better off|a better place)\b`
		),
		who: 'open'
	},
	{ reason: 'suicide', re: R(String.raw`\bbetter place without me\b`), who: 'self' },
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:no one|nobody|noone) would (?:even )?(?:notice|care|miss me)\b[^.!?]{0,25}\b(?:if|when) i (?:was gone|were gone|died|disappeared|wasn't here|wasn't around|was dead|killed myself|left (?:forever|for good|this world)|wasn't alive|stopped existing)\b`
		),
		who: 'self'
	},
	{ reason: 'suicide', re: R(String.raw`\bif i (?:was|were) gone\b`), who: 'self' },
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:no|what's(?: even)? the|what is(?: even)? the|what even is the|see the|see any|see no|there's no) point (?:in |of )?(?:me )?(?:being here|being alive|living|life|going on|carrying on|existing|trying anymore|anymore|any more|(?:anything|everything|trying) ?(?:anymore|any more))\b`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:life(?:'s| is)? (?:isn't|is not|isnt|ain't|aint|not) worth (?:living|it)|not worth living|nothing (?:left )?to live for|no reason to (?:live|be here|carry on|keep going)|tired of (?:living|being alive|life|existing))\b`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:can't|cannot|can not|don't think i can) (?:go on|carry on|keep going|do this|take (?:it|this)|cope|keep living like this|live like this|keep doing this)(?: like this)?(?: any ?more| much longer| for much longer)\b`
		),
		who: 'open'
	},
	{ reason: 'suicide', re: R(String.raw`\bcan't keep living like this\b`), who: 'open' },
	{
		reason: 'suicide',
		re: R(
			String.raw`\bhow (?:much )?longer i can (?:keep going|go on|cope|carry on|do this|last|hold on|keep doing this)\b`
		),
		who: 'self'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\bi (?:won't|will not|wont|might not|may not|don't think i'll|don't think i will) (?:make it|be (?:here|around|alive))\b`
		),
		who: 'self'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:can't|cannot|cant|don't|do not) (?:really )?(?:see|picture|imagine) (?:a|any|my) future\b|\b(?:can't|cannot) (?:picture|imagine) (?:being|myself|me) (?:\d+|older|an adult|alive|grown up)\b`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:i'm|i am|feel like|feel like i'm|i feel like i'm|i feel like) (?:just |such )?(?:a|an) (?:burden|waste of space)\b`
		),
		who: 'self',
		negatable: true
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:wouldn't|would not|don't|do not) (?:care|mind) if i (?:got hit|died|didn't wake up|never woke up|was gone|disappeared|got run over|wasn't here|was dead)\b`
		),
		who: 'self'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\bwant (?:it all|everything|it|this|the pain|the thoughts|my life) to (?:stop|end|be over)\b|\bwaiting to die\b(?! of (?:boredom|laughter|embarrassment))`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		re: R(String.raw`\bwish(?:ed)? i (?:could )?(?:just )?disappear\b|\bdisappear (?:forever|and never come back)\b`),
		who: 'open'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\b(?:won't|will not|not going to) be (?:a problem|a burden|around|here)(?: for (?:anyone|much longer|long|you|them))?(?: much longer| for long| any ?more)?(?= *(?:[.,!?]|$| soon))|\bwon't be (?:a problem|a burden) for (?:anyone|much longer)\b`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\bgiv(?:e|ing|en) up on (?:life|living|everything|myself)\b|\b(?:can't|cannot|don't|do not) see (?:a|any) way out\b|\b(?:there's|there is|is) no way out\b(?! of (?:the|this|that|here))`
		),
		who: 'open',
		negatable: true
	},
	{
		reason: 'suicide',
		re: R(
			String.raw`\battempted (?:before|twice|again|\w+ times)\b|\b(?:don't|dont|do not) care if i (?:live or die|die|wake up|don't wake up)\b|\b(?:thoughts?|thinking) (?:of|about) (?:not being (?:alive|here|around)|dying(?! (?:my|her|his|their) hair| of (?:boredom|laughter|embarrassment))|death)\b`
		),
		who: 'open'
	},
	// plans, means, imminence
	{
		reason: 'suicide',
		high: true,
		re: R(
			String.raw`\bsay(?:ing)? (?:my )?goodbyes? to (?:everyone|everybody|you all|my family|the world)\b|\bhow many (?:pills|tablets|paracetamol)\b`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		high: true,
		re: R(
			String.raw`\b(?:suicide note|goodbye (?:note|letter|message|post|video)s?|(?:wrote|written|writing) (?:a |my )?(?:notes?|letters?) (?:to everyone|to my family|for my family|for everyone|saying goodbye)|(?:wrote|written) a note\b)`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		high: true,
		re: R(String.raw`\bgiv(?:e|ing) (?:all )?(?:my|away my) (?:stuff|things|belongings)(?: away)?\b`),
		who: 'self'
	},
	{
		reason: 'suicide',
		high: true,
		re: R(
			String.raw`\b(?:know|worked out|planned|planning|plan) (?:exactly )?(?:how|when|where) (?:i'd|i would|i'll|i will|i'm going to|to) (?:do it|end it|die|kill)|\bplanning my (?:exit|death|suicide|way out)\b`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		high: true,
		re: R(
			String.raw`\b(?:pills|tablets|paracetamol)\b[^.!?]{0,30}\b(?:saved|saving|stockpil\w+|hidden|ready|collected|collecting|just in case)\b|\b(?:saved|saving|stockpil\w+|collecting) (?:up )?(?:pills|tablets|paracetamol)\b|\b(?:take|taking|took|taken) (?:a load of|loads of|too many|a bunch of|a handful of|a lot of|all (?:my|her|his|the|their)) (?:pills|tablets|meds|paracetamol)\b`
		),
		who: 'open'
	},
	{
		reason: 'suicide',
		high: true,
		re: R(String.raw`\b(?:overdose|overdosed|overdosing)\b(?! (?:awareness|training|prevention|kits?|naloxone))`),
		who: 'open',
		negatable: true
	},
	{
		reason: 'suicide',
		high: true,
		re: R(
			String.raw`\b(?:crash\w*|driv\w*) (?:my|the|a|his|her) car (?:into|on purpose|off)\b|\bwalk(?:ing|ed)? (?:out )?into traffic\b`
		),
		who: 'open',
		negatable: true
	},
	{
		reason: 'suicide',
		high: true,
		re: R(
			String.raw`\b(?:jump(?:ing|ed)? (?:off(?! (?:the |a )?(?:pier|diving board|high board|rocks|boat|swing|trampoline|sofa|bed|stage|bus|wall|climbing frame))|in front of)|throw(?:ing)? myself (?:off|in front of|under)|step(?:ping)? in front of|stood on (?:the|a) (?:bridge|edge|ledge|roof)|hang(?:ing|ed)? (?:myself|himself|herself|themselves)|noose|(?:got|have|bought|hid|hidden|found) (?:a )?(?:rope(?! (?:swing|course|ladder))|noose|ligature))\b`
		),
		who: 'person',
		negatable: true
	},
	{
		reason: 'suicide',
		high: true,
		re: R(
			String.raw`\b(?:googled|googling|searched|searching|looked up|looking up|looking at|researching|research) (?:\w+ ){0,3}(?:ways|how) to (?:die|kill (?:myself|himself|herself|themselves)|end (?:it|things|my life|their life|his life|her life))\b`
		),
		who: 'open'
	},
	// --- self-harm ---
	{
		reason: 'self_harm',
		re: R(
			String.raw`\bself harm(?:ing|ed|s)?\b(?! (?:support|services?|training|awareness|prevention|team|lessons?|workshops?|resources|leaflets?|policy|presentations|myths|content|pathways?|groups?|charity|charities))`
		),
		who: 'person',
		negatable: true
	},
	{
		reason: 'self_harm',
		re: R(
			String.raw`\b(?:relapsed?|relapsing) (?:with|on|into) self harm\b|\bself harm(?:ing)? (?:is|was) (?:the only|my)\b|\bmy self harm\b`
		),
		who: 'open'
	},
	{
		reason: 'self_harm',
		re: R(
			String.raw`\b(?:cut|cutting|cuts|burn|burning|burnt|hurt|hurting|harm|harming|hit|hitting|punch|punching|scratch|scratching|bite|biting|punish|punishing) (?:myself|my (?:arms|legs|wrists|skin|thighs|stomach|face))\b`
		),
		who: 'self',
		negatable: true
	},
	{
		reason: 'self_harm',
		re: R(
			String.raw`\b(?:cutting|cuts|cut|hurting|hurts|harming|harms|burning|burns|hitting|hits|scratching|scratches) (?:herself|himself|themselves|themself)\b`
		),
		who: 'open',
		negatable: true
	},
	{
		reason: 'self_harm',
		re: R(
			String.raw`\b(?:been|started|start|keep|still|relapsed|began) (?:cutting(?! (?:out|down|back|carbs|sugar|for (?:my|a|the|his|her) (?:show|comp|competition|bodybuilding|fight|weigh in|season)))|self harming|self harm)\b|\bused to (?:cut|self harm|hurt myself|harm myself|burn myself)\b|\bcut(?:ting)? (?:again|too deep|deep)\b|\bcut (?:myself )?to feel (?:something|anything|better|pain|real)\b`
		),
		who: 'open',
		negatable: true
	},
	{
		reason: 'self_harm',
		re: R(
			String.raw`\b(?:is|are|keeps|has been|'s been|been|was) cutting\b(?! (?:back|down|costs?|funding|the|my hair|her hair|his hair|hair|class|school|lessons?|corners|services|budgets?|it|out|off|up|in))`
		),
		who: 'person',
		negatable: true
	},
	{
		reason: 'self_harm',
		re: R(
			String.raw`\b(?:using|use|used|hide|hiding|hidden|found|bought|buy) (?:a |my |the |some )?(?:blade|blades|razor|razors)\b|\bblades? hidden\b`
		),
		who: 'open'
	},
	{
		reason: 'self_harm',
		re: R(
			String.raw`\b(?:my|self harm|fresh|new|the) (?:scars|cuts|wounds|burns) (?:on|from)\b(?! (?:my|his|her|their) (?:knees?|elbows?|chin|nose|fingers?|toes?|feet)| (?:a |the |my )?(?:fall|accident|bike|trampoline|football|operation|surgery|op)\b)|\b(?:my|self harm|fresh) (?:scars|cuts)\b|\bscars on my\b|\bhide my (?:scars|cuts|arms|wrists)\b|\bsaw my (?:arms|wrists|scars|cuts)\b`
		),
		who: 'open'
	},
	{
		reason: 'self_harm',
		re: R(
			String.raw`\b(?:punching|punch|punched|hitting|banging|bang) (?:walls|the wall|my head)\b|\b(?:covered in|full of) (?:cuts|scars|burns)\b|\bpull(?:ing)? (?:out )?my hair(?: out)?\b|\bpicking (?:at )?my skin\b|\b(?:until|till|til) (?:it|they|i|my \w+) (?:bleeds?|bled|bleed)\b`
		),
		who: 'open'
	},
	// --- eating risk ---
	{
		reason: 'eating_disorder_risk',
		re: R(
			String.raw`\b(?:haven't|have not|not|didn't|did not) (?:eaten|eat) (?:properly |anything |much |a thing |at all )?(?:in|for) (?:about |over )?(?:(?:\d+|a few|a couple of|two|three|four|five|six|seven|several) days|a week|weeks)\b`
		),
		who: 'open'
	},
	{
		reason: 'eating_disorder_risk',
		re: R(
			String.raw`\bskipp?(?:ing|ed)? (?:all my )?meals\b[^.!?]{0,40}\b(?:dizzy|faint|weak|passing out|passed out|collapsed)\b|\b(?:throwing|throw|threw|being) (?:up|sick) after (?:every |each |my |i )?(?:meal|meals|eating|food|eat)\b`
		),
		who: 'open'
	},
	{
		reason: 'eating_disorder_risk',
		re: R(
			String.raw`\b(?:making|make|made) (?:myself|herself|himself|themselves) (?:sick|throw up|vomit)\b|\b(?:starving|starve|starved) (?:myself|herself|himself|themselves)\b`
		),
		who: 'open',
		negatable: true
	},
	{
		reason: 'eating_disorder_risk',
		re: R(
			String.raw`\b(?:barely|hardly|not) eating\b[^.!?]{0,60}\b(?:faint|fainted|fainting|collapsed|passing out|passed out)\b|\b(?:keep|keeps|kept) (?:feeling faint|fainting|passing out)\b`
		),
		who: 'open'
	},
	// --- abuse and neglect (by someone else) ---
	{
		reason: 'physical_abuse',
		byOthers: true,
		re: R(
			String.raw`(?<!\b(?:song|songs|film|book|it|that|this|news|reality|tiredness|wave|smell|music|lyrics|ending) (?:really |just |suddenly |finally |then )?)\b(?:hits|hit|hitting|beats|beat|beating|punches|punched|kicks|kicked|slaps|slapped|chokes|choked|strangles|strangled|hurts|hurt|hurting|grabs|grabbed|batters|battered) (?:me|us|my mum and me|my mum|my sister|my brother|her|him|them)(?: up)?\b(?! (?:at|in|on) (?:fifa|football|games?|chess|cards|pool|the game|a game|races?|running|tennis|badminton|mario|cod|fortnite))`
		),
		who: 'person'
	},
	{
		reason: 'physical_abuse',
		byOthers: true,
		re: R(
			String.raw`\b(?:throws|threw|throwing) (?:things|stuff) at (?:me|us|her|him)\b|\bbruises\b[^.!?]{0,60}\b(?:dad|mum|stepdad|father|mother|uncle|partner|boyfriend) (?:did|does|gave)\b|\bbruises?(?: \w+){0,2} (?:from|off|because of) (?:my|her|his|their) (?:dad|mum|stepdad|stepmum|father|mother|uncle|partner|boyfriend|girlfriend|brother)\b|\bcovered in bruises\b`
		),
		who: 'open'
	},
	{
		reason: 'physical_abuse',
		byOthers: true,
		re: R(
			String.raw`\b(?:he|she|they|he's|she's|they've)(?:'ll| will| would|'d)? (?:hurt|hit|kill|beat|batter) (?:me|my|us)\b|\bthreaten(?:s|ing|ed) (?:me|us)\b(?! with (?:fines?|detentions?|exclusion|court|a fine))|\bowe (?:money|them|him)\b[^.!?]{0,40}\b(?:threat\w*|hurt|scared)\b|\b(?:threaten\w*|says? (?:he|she|they)(?:'ll| will)|said (?:he|she|they)(?:'d| would)) (?:to )?(?:hurt|hit|kill|beat|batter) (?:me|my|us)\b`
		),
		who: 'open'
	},
	{
		reason: 'sexual_abuse',
		byOthers: true,
		re: R(
			String.raw`\b(?:touched|touches|touching|groped|gropes|raped|rapes|molested|abused|abuses|abusing|assaulted) (?:me|my|her|him)\b|\b(?:i was|i've been|i have been|been|was) (?:sexually |physically |emotionally )?(?:abused|raped|assaulted|molested)\b|\b(?:sexually|physically|emotionally) (?:abused|abusing|assaulted)\b`
		),
		who: 'person',
		negatable: true
	},
	{
		reason: 'physical_abuse',
		byOthers: true,
		re: R(
			String.raw`\b(?:get|got|getting|been|being) (?:hit|beaten|hurt|slapped|kicked|punched|battered|beaten up) (?:at home|by (?:my|him|her|them|mum|dad))\b|\bi get hit\b`
		),
		who: 'open'
	},
	{
		reason: 'sexual_abuse',
		byOthers: true,
		re: R(
			String.raw`\b(?:makes|made|making|forces|forced|forcing|pressures|pressured) me (?:to )?(?:do|into) (?:stuff|things|sexual|sex)\b|\b(?:makes|made|making) me do (?:stuff|things|sexual)\b|\b(?:it's|its|our) (?:little )?secret\b|\btold me to kill (?:myself|yourself)\b|\bkill yourself\b`
		),
		who: 'open'
	},
	{
		reason: 'neglect',
		byOthers: true,
		re: R(
			String.raw`\b(?:never|no|isn't any|is never any|there's no|never any|not any) (?:food|money for food|dinner|tea)\b[^.!?]{0,25}\b(?:in the house|at home|at ours|for days)\b|\bno money for (?:the meter|food|electric|gas|heating)\b|\b(?:don't|do not|never) have (?:any )?food\b|\bno food (?:in the house|at home|most days)\b|\b(?:left|leaves me|leave me|leave us|leaves us) (?:on my own|alone|home alone|on our own)(?: with[^.!?]{0,25})? for (?:days|nights|the weekend|a week)\b|\bon my own with my (?:\w+ )?(?:brothers?|sisters?|siblings) for days\b|\bgone for days\b|\b(?:doesn't|don't|never) feed (?:me|us)\b|\bnot been fed\b|\block(?:s|ed)? me (?:out|in)\b|\b(?:won't|doesn't|don't|wouldn't|never) let me (?:eat|have food|sleep|go out|see anyone|leave)\b`
		),
		who: 'open'
	},
	{
		reason: 'physical_abuse',
		re: R(
			String.raw`\bdisclos\w* (?:abuse|that (?:she|he|they) (?:was|were|is|are|had been|has been) (?:being )?(?:hurt|hit|abused|touched)|being (?:hurt|hit|abused|touched))\b`
		),
		who: 'open'
	},
	{
		reason: 'emotional_abuse',
		byOthers: true,
		re: R(
			String.raw`\b(?:says|calls|called|tells|told) me (?:that )?(?:i'm |i am |im )?(?:worthless|useless|a waste of space|a mistake|pathetic|nothing)\b`
		),
		who: 'open'
	},
	{
		reason: 'domestic_abuse',
		re: R(
			String.raw`\b(?:domestic (?:violence|abuse)|being abused|being hurt at home)\b(?! (?:awareness|programmes?|training|services?|support|lessons?|workshops?|charity|charities|policy|team|project|sessions?))`
		),
		who: 'person',
		negatable: true
	},
	// --- unsafe at home ---
	{
		reason: 'physical_abuse',
		byOthers: true,
		re: R(
			String.raw`\b(?:don't|do not|never|doesn't|not|don't ever) feel safe (?:at home|in my (?:house|home|room)|at mine|at my (?:mum|dad)|with (?:my )?(?:mum|dad|stepdad|him|her|them))\b|\b(?:home|my house|it|home life) (?:isn't|is not|isnt|ain't|aint|is never|never feels) (?:a )?safe(?: place)?(?: (?:at|for me|at home))?\b|\bnot safe (?:at|in) (?:my )?home\b`
		),
		who: 'open'
	},
	{
		reason: 'physical_abuse',
		byOthers: true,
		re: R(
			String.raw`\b(?:scared|afraid|frightened|terrified) of (?:my )?(?:dad|mum|stepdad|stepmum|step dad|step mum|father|mother|uncle|boyfriend|girlfriend|partner|mum's boyfriend|mum's partner|dad's girlfriend)\b|\bhome is (?:bad|awful|hell|horrible|scary|not safe|unsafe|dangerous|a nightmare|violent)\b`
		),
		who: 'open'
	},
	{
		reason: 'domestic_abuse',
		byOthers: true,
		re: R(
			String.raw`\b(?:scared|afraid|frightened|terrified) (?:to go|of going|to be) (?:back )?home\b|\b(?:can't|cannot) go (?:back )?home\b|\bchair (?:against|under) (?:my|the) door\b|\block(?:ing)? myself in (?:my|the) (?:room|bathroom)\b|\bhid(?:e|ing)? in (?:my|the) (?:room|bathroom|wardrobe|cupboard) (?:till|until|when)\b|\b(?:dad|mum|stepdad|stepmum|he|she|they) (?:throws|threw|smashes|smashed|breaks|broke) (?:things|stuff|plates|doors)\b|\bpolice (?:were |are |was |came )?(?:round|at|to) (?:ours|my house|our house)\b`
		),
		who: 'open'
	},
	{
		reason: 'missing',
		byOthers: true,
		re: R(
			String.raw`\b(?:kicked|chucked|thrown|threw) (?:me )?out\b(?! of (?!(?:home|the house|my house|our house|ours|my mum's|my dad's)\b))|\bsofa surfing\b|\b(?:homeless|sleeping rough|sleeping in (?:a|the|his|her) car|sleeping on the streets?|nowhere to (?:sleep|live|stay))\b`
		),
		who: 'open'
	},
	{
		reason: 'domestic_abuse',
		byOthers: true,
		re: R(
			String.raw`\bwhen (?:my )?(?:dad|mum|stepdad|stepmum|he|she|he's|she's|mum's boyfriend|her boyfriend|my mum's boyfriend) (?:gets|is|has been|been) (?:angry|drunk|drinking|high|violent|off his head)\b|\b(?:shouts|screams) and (?:throws|smashes) (?:stuff|things)\b|\b(?:dad|mum|stepdad|stepmum|step dad|step mum|father|mother|he|she|boyfriend|partner)(?: \w+){0,3} (?:gets|is|goes|turns|got) (?:really |so |very )?(?:violent|aggressive)\b|\b(?:ran|run|running) away from home\b|\bsmash(?:es|ing)? (?:stuff|things|the house) up\b`
		),
		who: 'open'
	},
	// --- exploitation and grooming ---
	{
		reason: 'online_grooming',
		byOthers: true,
		re: R(
			String.raw`\b(?:asks?|asking|asked|keeps asking|wants?|wanted|pressur\w+|made|makes|forced|forcing|begging) (?:me )?(?:for |to send |me to send |into sending |to share )?(?:pics|photos|pictures|nudes|images|videos)\b`
		),
		who: 'open'
	},
	{
		reason: 'online_grooming',
		byOthers: true,
		re: R(
			String.raw`\b(?:share|post|send|leak) (?:the |my )?(?:ones|pics|photos|pictures|nudes|images|videos) (?:he's|he has|she's|they've|he|she|they) got\b|\bphotos in my underwear\b|\bmodelling job\b|\bsugar daddy\b`
		),
		who: 'open'
	},
	{
		reason: 'criminal_exploitation',
		byOthers: true,
		re: R(
			String.raw`\b(?:make|makes|made|making) me (?:carry|hold|sell|deliver|move|run) (?:stuff|things|drugs|packages|weed|bags|parcels)\b|\bcounty lines\b|\b(?:forced|made|pressured|told) to (?:sell|carry|deliver|hold|move|run) (?:drugs|weed|stuff|packages|bags|parcels)\b|\bblackmail\w* (?:me|us|my)\b|\b(?:following|followed|follows) me (?:home|around|to school|everywhere)\b`
		),
		who: 'open'
	},
	{
		reason: 'online_grooming',
		byOthers: true,
		re: R(
			String.raw`\b(?:asks?|asked|told|tells|says) me to keep (?:it|this|them|everything) (?:a )?secret\b|\b(?:giving|gives|gave|buys|bought) me (?:vapes|money|weed|drugs|alcohol|drink|gifts|a phone|phones|trainers)\b|\bgroom(?:ed|ing) me\b|\bbeing groomed\b|\bgroomed (?:online|by)\b|\b(?:tells?|told|says?|said) (?:me )?not to tell (?:anyone|anybody|mum|dad|my mum|my dad|my parents|no one)\b(?! about (?:the|a|my|her|his|their) (?:surprise|party|present|gift|exam|answers|plans?))`
		),
		who: 'person'
	},
	{
		reason: 'sexual_exploitation',
		byOthers: true,
		re: R(
			String.raw`\b(?:going|goes|gone|went) missing\b[^.!?]{0,60}\b(?:money|phones?|clothes|trainers|older)\b|\bnew phones? and money\b|\bmeet (?:up )?(?:in )?secret(?:ly)?\b|\b(?:older|grown|adult) (?:boy|guy|man|men|lad|lads|bloke|woman)\b[^.!?]{0,50}\b(?:messag\w+|texting|dms?|snapchat|meet|secret\w*|pics|photos|gifts|money)\b|\b(?:older|a) (?:guy|man|men|lads|boys|bloke)\b[^.!?]{0,40}\bonline\b[^.!?]{0,60}\b(?:meet|pics|photos|secret|share)\b`
		),
		who: 'open'
	}
];

const IMMINENT = /\b(?:tonight|today|right now|this weekend|now)\b/;

const FIRST = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself', 'mine']);
const THIRD = new Set(['he', 'she', "he's", "she's", 'his', 'her', 'him', 'herself', 'himself']);
const GENERIC = new Set([
	'people',
	'parents',
	'staff',
	'schools',
	'teachers',
	'who',
	"who've",
	"who're",
	'anyone',
	'someone',
	'everyone',
	'somebody',
	'anybody',
	'you',
	'your',
	"you're",
	'young',
	'pupils',
	'students',
	'kids',
	'teenagers',
	'children',
	'those',
	'we',
	'us',
	'if',
	'when',
	'lots',
	'others',
	'leavers',
	'boys',
	'girls',
	'men',
	'women',
	'adults',
	'person',
	'ones',
	'whether',
	'how',
	'what',
	'why'
]);
const RELATION_RE = new RegExp(
	String.raw`\b(?:my|our|his|her|their) (?:(?:\w+ ){0,2})?${REL}s?\b|\b(?:a|one of (?:the|our)|this) (?:(?:\d+ year old|little|young|older) )?(?:boy|girl|young person|child|kid|pupil|student|lad)\b|\ba (?:friend|mate) of mine\b|\ba \d+ year old\b|\bmy \d+ year old\b|\bour \d+ year old\b|\bone of (?:the|our|my) (?:young people|students|pupils|kids|children|boys|girls|lads|members)\b|\b(?:our|my) (?:foster|adopted) (?:child|son|daughter|kid)\b`
);

type Who = 'first' | 'third' | 'generic' | 'we' | 'none';

/** Whose risk a match describes: look back through the sentence for the nearest subject. */
function subjectBefore(text: string, start: number): Who {
	const sentenceStart =
		Math.max(
			text.lastIndexOf('.', start - 1),
			text.lastIndexOf('!', start - 1),
			text.lastIndexOf('?', start - 1),
			text.lastIndexOf('\n', start - 1)
		) + 1;
	const before = text.slice(sentenceStart, start);
	const tokens = before.match(/[a-z0-9']+/g) ?? [];
	const window = tokens.slice(-10);
	// A relation phrase close before ("my best mate has been", "a boy in my class") names someone else.
	const tail = window.join(' ');
	let weakFirst = false;
	for (let i = window.length - 1; i >= 0; i--) {
		const t = window[i] as string;
		if (t === 'my' || t === 'our') {
			const rest = window.slice(i, i + 5).join(' ');
			if (new RegExp(`^(?:my|our) (?:(?:\\w+ ){0,2})?${REL}`).test(rest)) return 'third';
			if (/^(?:my|our) \d+ year old/.test(rest)) return 'third';
			// A bare possessive ("my class", "my arms") is weak: keep looking for a real subject.
			weakFirst = true;
			continue;
		}
		if (FIRST.has(t)) return 'first';
		if (THIRD.has(t) || t === 'they' || t === "they're" || t === "they've") {
			// "they" after a relation is that person; on its own it is usually staff, so look further back.
			if (t.startsWith('they')) continue;
			return 'third';
		}
		if (t === 'we' || t === 'us') return RELATION_RE.test(tail) ? 'third' : weakFirst ? 'first' : 'we';
		if (GENERIC.has(t)) {
			if (RELATION_RE.test(tail)) return 'third';
			return weakFirst ? 'first' : 'generic';
		}
	}
	if (RELATION_RE.test(tail)) return 'third';
	return weakFirst ? 'first' : 'none';
}

const FINDER_RE =
	/\b(?:i|we) (?:found|saw|noticed|heard|discovered|caught|think|worry|worried|am worried|'m worried)\b/;

const NEGATOR =
	/^(?:not|never|don't|dont|do|doesn't|didn't|isn't|wasn't|aren't|won't|wouldn't|haven't|hasn't|hadn't|no|nor)$/;
function negatedBefore(text: string, start: number): boolean {
	const tokens = text.slice(Math.max(0, start - 40), start).match(/[a-z']+|[.,!?]/g) ?? [];
	const window = tokens.slice(-4);
	for (let i = window.length - 1; i >= 0; i--) {
		const t = window[i] as string;
		if (/^[.,!?]$/.test(t)) return false;
		// "can't stop cutting" is not a denial of cutting.
		if (NEGATOR.test(t) && window[i + 1] !== 'stop' && window[i + 1] !== 'help') {
			if (t === 'do' && window[i + 1] !== 'not') continue;
			return true;
		}
	}
	return false;
}

function sentenceAt(text: string, index: number): string {
	const s =
		Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('!', index - 1), text.lastIndexOf('?', index - 1)) + 1;
	let e = text.length;
	for (const ch of ['.', '!', '?']) {
		const k = text.indexOf(ch, index);
		if (k >= 0 && k < e) e = k;
	}
	return text.slice(s, e);
}

// One alternation of every rule: a single scan rejects the ~90% of statements that match none

// One alternation of every rule: a single scan rejects most statements that match none, and
// only the rest pay for rule-by-rule checks.
// One word boundary in front of the whole union, not one per rule: the same matches, twice as fast.
const ANY = new RegExp(
	`\\b(?:${RULES.map((r) => `(?:${r.re.source.startsWith('\\b') ? r.re.source.slice(2) : r.re.source})`).join('|')})`
);
const TESTS = RULES.map((r) => new RegExp(r.re.source));

export interface PhraseHit {
	reason: SafeguardingReason;
	evidence: string;
	/** Plan, means or "tonight". */
	urgent: boolean;
	/** The risk is someone else's (a friend, a child). */
	other: boolean;
}

export function phraseHits(c: string): PhraseHit[] {
	if (!ANY.test(c)) return [];
	const hits: PhraseHit[] = [];
	for (let k = 0; k < RULES.length; k++) {
		const rule = RULES[k] as Rule;
		if (!(TESTS[k] as RegExp).test(c)) continue;
		rule.re.lastIndex = 0;
		for (const m of c.matchAll(rule.re)) {
			const start = m.index;
			if (rule.negatable && negatedBefore(c, start)) continue;
			if (/haven't|have not/.test(c.slice(Math.max(0, start - 12), start))) continue;
			let who: Who = 'first';
			if (rule.who !== 'self') {
				who = subjectBefore(c, start);
				// Harm done TO "me" is the speaker's own risk, whoever did it ("someone touched me").
				if (rule.byOthers && /\b(?:me|us|my|i)\b/.test(m[0])) who = 'first';
				// "We don't have food": for harm done by others, "we" is the speaker's household.
				if (who === 'we') who = rule.byOthers ? 'first' : 'generic';
				if (who === 'generic') continue;
				if (who === 'none' && rule.who === 'person') continue;
			}
			const sentence = sentenceAt(c, start);
			// "I found blades in my son's room": the finder speaks, the risk is someone else's.
			if (
				who === 'first' &&
				!/\b(?:me|myself|i|my (?:arms|legs|wrists|skin|life))\b/.test(m[0]) &&
				FINDER_RE.test(sentence) &&
				RELATION_RE.test(sentence)
			)
				who = 'third';
			hits.push({
				reason: rule.reason,
				evidence: m[0].trim(),
				urgent:
					!!rule.high ||
					(rule.reason === 'suicide' && IMMINENT.test(sentence) && !/\bnow i'm|i'm (?:\w+ )?now\b/.test(sentence)),
				other: who === 'third'
			});
			break;
		}
	}
	return hits;
}

/** The rules' regular expression sources, for the spelling fixer's vocabulary. */
export const RULE_SOURCES: readonly string[] = RULES.map((r) => r.re.source);
