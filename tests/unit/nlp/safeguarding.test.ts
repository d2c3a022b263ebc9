import { describe, it, expect } from 'vitest';
import { detectSafeguarding, analyse } from '../../../src/lib/nlp/index';
import { detectInCanonical, safeguardingModel } from '../../../src/lib/nlp/safeguarding';
import { canonical } from '../../../src/lib/nlp/text';

const flags = (text: string) => detectSafeguarding(text).safeguarding;

/** Each text is flagged with its category. */
function flagsAs(cases: [category: string, text: string][]) {
	it.each(cases)('flags %s: "%s"', (category, text) => {
		const r = detectSafeguarding(text);
		expect(r.safeguarding).toBe(true);
		expect(r.safeguarding_reasons).toContain(category);
	});
}

/** No text is flagged. */
function staysQuiet(texts: string[]) {
	it.each(texts)('does not flag: "%s"', (text) => {
		expect(flags(text)).toBe(false);
	});
}

describe('safeguarding detection', () => {
	describe('hard negatives from the issue never fire', () => {
		it.each([
			'the crisis team were great',
			'we need more self-harm support in schools',
			'my mate killed it at the talent show'
		])('does not flag "%s"', (text) => {
			const result = detectSafeguarding(text);
			expect(result.safeguarding).toBe(false);
			expect(result.safeguarding_reasons).toEqual([]);
		});
	});

	describe('oblique phrasings from the issue are flagged as suicide', () => {
		it.each(['no point being here anymore', 'everyone would be better off without me'])('flags "%s"', (text) => {
			const result = detectSafeguarding(text);
			expect(result.safeguarding).toBe(true);
			expect(result.safeguarding_reasons).toContain('suicide');
		});
	});

	// Changed deliberately (issue 12): a story told from safety is not a disclosure. It used to be
	// flagged at the lowest severity; now recovered young people telling their story are not flagged.
	it('does not flag past-and-resolved stories', () => {
		expect(detectSafeguarding("two years ago I was suicidal, now I'm doing well").safeguarding).toBe(false);
	});

	it('keeps a relapse at normal severity even though it mentions the past', () => {
		const result = detectSafeguarding('relapsed with sh last week after 6 months clean');
		expect(result.safeguarding_reasons).toContain('self_harm');
		expect(result.safeguarding_severity).toBe('high');
	});

	it('marks a plan or means as high severity', () => {
		expect(detectSafeguarding("i've written letters to everyone and i know how i'd do it").safeguarding_severity).toBe(
			'urgent'
		);
		expect(detectSafeguarding("i've got pills saved up just in case it gets too much").safeguarding_severity).toBe(
			'urgent'
		);
		expect(detectSafeguarding('tonight is the night i finally end it, sorry').safeguarding_severity).toBe('urgent');
	});

	it('never lowers the severity of abuse because it happened in the past', () => {
		const result = detectSafeguarding("my uncle touched me when i was little and i've never told anyone until now");
		expect(result.safeguarding_reasons).toContain('sexual_abuse');
		expect(result.safeguarding_severity).toBe('high');
	});

	// other_at_risk was a reason code; whose risk it is now has its own field.
	it('says when the disclosure is about someone else (safeguarding_about)', () => {
		const mate = detectSafeguarding('my best mate has been cutting herself and made me promise not to tell');
		expect(mate.safeguarding_reasons).toContain('self_harm');
		expect(mate.safeguarding_about).toBe('other');
		const son = detectSafeguarding("I found blades hidden in my son's room and he won't talk to me about it.");
		expect(son.safeguarding_reasons).toContain('self_harm');
		expect(son.safeguarding_about).toBe('other');
		const friend = detectSafeguarding('my friend keeps saying she wants to die');
		expect(friend.safeguarding_reasons).toEqual(['suicide']);
		expect(friend.safeguarding_about).toBe('other');
		expect(detectSafeguarding('i want to die').safeguarding_about).toBe('self');
	});

	it('reads text-speak: kms, sh, unalive, ppl, u', () => {
		expect(detectSafeguarding('kms fr. nothing ever gets better').safeguarding_reasons).toContain('suicide');
		expect(detectSafeguarding('started sh again').safeguarding_reasons).toContain('self_harm');
		expect(detectSafeguarding('lowkey been thinking about unaliving myself').safeguarding_reasons).toContain('suicide');
	});

	it('gives each kind of risk its reason code', () => {
		expect(detectSafeguarding('my stepdad hits me when he has had a drink').safeguarding_reasons).toContain(
			'physical_abuse'
		);
		expect(detectSafeguarding('i dont feel safe at home').safeguarding).toBe(true);
		expect(
			detectSafeguarding('a man on insta said he would get me a modelling job if i sent him photos')
				.safeguarding_reasons
		).toContain('online_grooming');
		expect(
			detectSafeguarding('i havent eaten properly in about 5 days and i keep feeling faint').safeguarding_reasons
		).toContain('eating_disorder_risk');
		expect(detectSafeguarding('i burn myself when it gets too loud in my head').safeguarding_reasons).toContain(
			'self_harm'
		);
	});

	it('returns the phrases that triggered the flag for the reviewer', () => {
		expect(detectSafeguarding('i just want to go to sleep and not wake up').evidence.join(' ')).toContain(
			'not wake up'
		);
	});

	it('is part of analyse()', () => {
		const result = analyse('everyone would be better off without me');
		expect(result.safeguarding).toBe(true);
		expect(result.safeguarding_reasons).toEqual(['suicide']);
		expect(result.safeguarding_severity).toBe('high');
	});

	describe('disclosures in other words are flagged (recall first)', () => {
		it.each([
			'i just dont want to be here no more',
			'honestly thinking of ending it all',
			'i wanna die tbh',
			"i've been self harming since year 8",
			'i cut myself when it gets bad',
			'my sister cuts herself and my parents dont know',
			'im scared my mate is going to do something stupid to himself',
			"my mum's boyfriend hit me last night",
			'he said he would kill me if i told anyone',
			'i get hit at home',
			'im scared to go home tonight',
			'nobody would miss me if i was gone',
			'i feel like such a burden',
			'i hate myself and want to disappear',
			'whats the point in living',
			'life isnt worth living',
			'tired of being alive',
			'i cant go on like this anymore',
			'i took an overdose last month',
			"i've been having suicidal thoughts",
			'i keep thinking about jumping off the bridge',
			"i'm starving myself",
			'i make myself sick after eating',
			'someone touched me at a party and i dont know who to tell',
			'a man online asked me to send nudes',
			'my boyfriend forces me to do stuff',
			'i was raped last year',
			"i've been kicked out and have nowhere to stay",
			"there's no food at home and mum doesnt come back",
			'I wish I was never born',
			'I feel like ending things',
			"I've started giving away my stuff",
			'my little brother said he wants to die',
			'my daughter has been cutting her arms',
			"i'd be better off dead",
			'tbh i dont see the point in anything anymore',
			'i wish i could go to sleep forever',
			'sometimes i think the world would be better without me',
			'i keep thinking about taking all my pills',
			'i started self-harming in year 9 and still do',
			'my arms are covered in cuts',
			"i can't take it anymore, i'm done",
			'my bestie said she took a load of pills last night',
			'my son tried to hang himself',
			'my daughter keeps talking about dying',
			'my friend has bruises from her dad',
			"we don't have food most days and mum's always out",
			'an older boy keeps messaging me and wants to meet up secretly',
			"i'm scared of my dad",
			'i sleep at my mates cos home is bad',
			'i self-harm',
			"life's not worth it",
			"i've been skipping meals for a week and feel dizzy",
			"i'm throwing up after every meal",
			"i'd rather be dead",
			"everything would be easier if i wasn't here",
			'i have a rope in my room',
			'i dont wanna wake up tomorrow',
			'By the time they get round to seeing me I might not be here'
		])('flags "%s"', (text) => {
			expect(flags(text)).toBe(true);
		});
	});

	describe('everyday hyperbole and talk about services do not fire', () => {
		it.each([
			'that exam killed me lol',
			"i'm dead 😂 that was so funny",
			'we did a session on suicide prevention',
			'there should be self harm training for teachers',
			"i'd die for a decent counsellor",
			"my phone's dead",
			'the waiting list is killing me',
			'cutting the youth club budget is a disaster',
			'funding cuts hurt young people',
			"i'm not suicidal just stressed",
			"i've never self harmed",
			'the talk about abuse in pshe was good',
			'we learned how to help a friend who is self harming',
			'kooth has info on self harm',
			'staff need training on suicide risk',
			"it hurts when people don't listen",
			'I feel safe at home',
			'i would kill for a pizza right now',
			'the end of the session felt rushed',
			'shout is a text line for anyone who feels suicidal',
			'the leaflet explained what to do if you feel like self harming',
			"i don't want to be here at 8am on a saturday lol",
			'i got kicked out of class for talking',
			'we got kicked out of the park by security',
			'no point in filling this in if nothing changes',
			"what's the point of surveys",
			'he hurt his leg playing football',
			'she cut her hair short',
			'we need to stop cuts to CAMHS',
			'my brother beat me at fifa',
			'the boxing coach pushes us hard',
			"i'm not going to hurt myself, i just need to talk",
			"i don't self harm but my anxiety is bad",
			'the police came to talk at school about knife crime',
			'i wish i was more confident',
			'i was dying to tell someone about my exam results',
			'the heat is killing me',
			'Please don\'t use the word "attention seeking" about people who self harm, it stops people asking for help',
			'We run a domestic abuse awareness programme for young people in partnership with the council.',
			"I know a lot of people my age who self harm, it's really common and no one talks about it"
		])('does not flag "%s"', (text) => {
			expect(flags(text)).toBe(false);
		});
	});

	describe('more oblique, text-speak and third-person disclosures are flagged', () => {
		it.each([
			"I've been thinking everyone would be happier without me around",
			"I don't think I'll be here by Christmas",
			"I'm saying goodbye to everyone",
			"I've been researching how many pills it would take",
			"I'm going to disappear for good",
			"soon i won't be a problem for anyone",
			'i feel like giving up on life',
			"can't see a way out anymore",
			"i feel trapped and there's no way out except ending it",
			'my self harm has got worse',
			"i've been hurting myself again",
			"I'm covered in scars",
			'the scars on my thighs are getting worse',
			"i've been burning myself with a lighter",
			'i punch myself when i get angry',
			"my stepmum won't let me eat",
			'dad drinks and gets violent',
			'i got beaten up by my brother',
			'my parents hit me',
			'someone is blackmailing me with pictures',
			"i'm being forced to sell drugs",
			"i owe money to older lads and they're threatening me",
			"my teacher messages me on snapchat and says it's our secret",
			'a man keeps following me home',
			'i ran away from home last night',
			'i have nowhere to sleep tonight',
			'my mum kicked me out',
			'my mates sister is being hurt by her boyfriend',
			'i want to end my life',
			"i've attempted before and i think i will again",
			'nobody would even notice if i died',
			'i dont care if i live or die',
			"i've been self harming for 3 years and camhs still havent seen me",
			'bruises all over from my dad',
			'I hurt myself on purpose',
			'i keep having thoughts about not being alive',
			"there's no way out for me",
			"i don't want to live like this anymore",
			'ngl i think abt killin myself alot',
			'i rly wanna die rn',
			'ive bn cuttin again',
			'every1 wud b better off w/o me',
			'wat even is the point of livin',
			'i dont wanna be alive',
			'im gna end it',
			'tried to od last wk',
			'my m8 is cutting n wont tell any1',
			'im not ok, i keep thinking about suicide',
			'We are worried our daughter is self-harming, she wears long sleeves all the time',
			'My son has told me he thinks about dying every day',
			'A young person in our group told us she was being hit at home',
			'One of our young people has been sleeping rough',
			'I think my 14 year old is being groomed online',
			'Our foster child disclosed abuse by a previous carer',
			"he said if i tell anyone he'll hurt my mum",
			'i hide in the bathroom when they fight and dad throws things',
			'i get no food at home unless i buy it myself',
			"i feel like i'm drowning and want it to be over",
			"honestly i'm just waiting to die",
			"i've thought about ending it more times than i can count",
			'nothing matters and i dont want to be here',
			'self harming is the only thing that works',
			'i feel numb and cut to feel something',
			'i keep scratching my arms till they bleed',
			'i think about crashing my car on purpose',
			'a group of older boys made me deliver packages for them',
			'my uncle keeps sending me messages and tells me not to tell mum'
		])('flags "%s"', (text) => {
			expect(flags(text)).toBe(true);
		});
	});

	describe('distress, everyday talk and wordplay that is not a disclosure does not fire', () => {
		it.each([
			'the session on self-care was good',
			"I'm not in a good place but I'm getting help now and feel hopeful",
			'My friend supported me through exams',
			'The worst thing is the waiting list',
			'i hate maths lol',
			'killing it at college this year',
			"I'm dying to see my mates",
			'we talked about staying safe online in assembly',
			'I got hurt at football',
			'my parents are strict but fair',
			'my mum shouted at me for not tidying my room',
			"i'd like to leave home when i'm 18 and go to uni",
			'The police officer at school was nice',
			'I cut my finger cooking',
			"i'm so tired of waiting",
			'I give up on this survey',
			'no way out of the car park lol',
			'this app is dead',
			'I want to stop feeling anxious',
			'I want my anxiety to stop',
			"i'm done with school forever, finally left!",
			'the council is cutting youth services',
			"they're cutting the number of sessions",
			'my mum is cutting my hair tonight',
			'she told me not to tell anyone about the surprise party',
			"my little brother throws things when he's tired",
			'i was thinking about dying my hair blue',
			'the teacher said not to tell anyone the answers',
			'my dad throws the ball for the dog',
			'waiting to die of boredom in this queue lol',
			'we talked about overdose risks in the drugs workshop',
			"i'm gonna crash after this long day",
			'nobody would notice if i left the group chat lol',
			"i don't care if i win or lose",
			'i want the exams to be over',
			'want this term to be over',
			"there's no way out of the waiting list",
			'the car park at the hospital is a nightmare',
			"i can't see a way to get to appointments without a car",
			"giving up on the app, it's rubbish",
			"i've attempted the self-referral form twice",
			'my cousin is starting college',
			'honestly im dead tired',
			'we went to the sleepover and stayed up all night',
			'I ran away from the dog lol',
			'the boys were fighting at school',
			'my mate got suspended for fighting',
			'being a young carer is hard',
			'i feel stressed all the time',
			'my anxiety is really bad',
			"i'm struggling with my mental health and need help",
			'i feel really low most days',
			'i cry most nights',
			'i feel lonely at uni',
			"i'm not coping well with exams",
			"i've been really down lately"
		])('does not flag "%s"', (text) => {
			expect(flags(text)).toBe(false);
		});
	});
});

describe('safeguarding by category (issue 12)', () => {
	it.each([
		['suicide', 'i have been stockpiling my tablets for when i finally do it'],
		['self_harm', 'my son has been slashing his arms with a razor blade'],
		['immediate_danger', "i've just swallowed a whole packet of pills"],
		['physical_abuse', 'my stepdad punched me in the face last night'],
		['sexual_abuse', 'my uncle raped me at christmas'],
		['emotional_abuse', 'my mum tells me i am worthless every single day'],
		['neglect', 'there is never any food in the house and mum is gone for days'],
		['domestic_abuse', 'my dad strangled my mum in front of us'],
		['sexual_exploitation', 'older men give my daughter vodka and money and then take her to a hotel'],
		['criminal_exploitation', 'the olders make me carry drugs across town'],
		['online_grooming', 'a man on snapchat keeps asking me for nudes and says to keep it secret'],
		['forced_marriage', 'my parents are forcing me to marry a man i have never met'],
		['fgm_honour_abuse', 'they are taking my little sister abroad to be cut in the summer'],
		['radicalisation', 'my brother says the race war is coming and he wants me to join his group'],
		['risk_to_others', "i'm going to stab him tomorrow, the knife is in my bag"],
		['eating_disorder_risk', "i haven't eaten for five days and i keep fainting"],
		['missing', 'my 14 year old has run away and her phone is switched off'],
		['bullying_threats', 'they keep sending me homophobic messages and said they will stab me']
	])('names the category %s', (category, text) => {
		const r = detectSafeguarding(text);
		expect(r.safeguarding).toBe(true);
		expect(r.safeguarding_reasons).toContain(category);
	});

	it.each([
		"I've just taken forty paracetamol",
		"i'm on the bridge right now and i'm going to jump",
		"i've saved up my nan's pills and i'm taking them all tonight",
		"he's outside the door with a knife right now"
	])('marks immediate danger and a plan with time or means as urgent: "%s"', (text) => {
		expect(detectSafeguarding(text).safeguarding_severity).toBe('urgent');
	});

	it.each([
		['parent', 'my daughter told me her boyfriend hits her'],
		['friend', 'my mate says his dad batters him'],
		['professional', 'a pupil disclosed that her stepfather touches her'],
		['VCSE worker', 'a girl at our youth club says older men give her money for sex']
	])('flags a %s writing about a child, as about someone else', (_who, text) => {
		const r = detectSafeguarding(text);
		expect(r.safeguarding).toBe(true);
		expect(r.safeguarding_about).toBe('other');
	});

	it.each([
		'this homework is killing me',
		'I would die for a lie-in',
		'The Lighthouse youth project is brilliant',
		'we run a self-harm awareness session for year 9',
		'my mum will kill me if i am late again lol',
		'I used to self harm when I was 14 but I am in a much better place now and studying',
		'As a social worker I see neglect cases every week and caseloads are too high',
		'Paracetamol overdose can cause liver damage',
		'I cut my hair short and I love it',
		"I'm going to Pakistan for my cousin's wedding, can't wait"
	])('does not flag stories, topics, health information or figurative speech: "%s"', (text) => {
		expect(flags(text)).toBe(false);
	});

	it('reads misspellings of the words it knows', () => {
		expect(detectSafeguarding('my frend keeps cuting herself').safeguarding_reasons).toContain('self_harm');
		expect(detectSafeguarding('my dauter is being groomd online by an older man').safeguarding).toBe(true);
	});

	it('reports which detector fired', () => {
		const r = detectSafeguarding('i want to kill myself');
		expect(r.detectors?.rules).toBe(true);
	});
	// A partner describing a population is not a disclosure about anyone; the same words about a
	// particular person (or the writer) still are. Safety first: a named person keeps the flag.
	it.each([
		'Care leavers are at higher risk of self-harm and need a named worker they can contact.',
		'Rates of self-harm among young people have risen since the pandemic.',
		'LGBTQ+ young people are more likely to experience suicidal thoughts than their peers.',
		'Young carers are at increased risk of neglect and often go unnoticed by services.',
		'One in four girls aged 16 to 24 has self-harmed, according to the survey.'
	])('does not flag a statement about a population: "%s"', (text) => {
		expect(flags(text)).toBe(false);
	});

	it.each([
		['my friend is at risk of self-harming tonight', 'other'],
		["I'm at risk of hurting myself", 'self'],
		['Care leavers are at higher risk of self-harm and I have started cutting again', 'self'],
		['Young people in care are at risk of exploitation and one of our boys is being made to sell drugs', 'other']
	])('still flags a particular person even next to population words: "%s"', (text, about) => {
		const r = detectSafeguarding(text);
		expect(r.safeguarding).toBe(true);
		expect(r.safeguarding_about).toBe(about);
	});
	it('never makes a classifier-only guess of immediate danger urgent', () => {
		// A model that fires on everything and always guesses immediate_danger: the rules stay silent.
		const model = {
			...safeguardingModel,
			bias: 10,
			weights: {},
			concernThreshold: 0.5,
			categories: { immediate_danger: { bias: 10, weights: {} } }
		};
		const r = detectInCanonical(
			canonical('saturday morning football practice then pizza lunch with cousins and a long walk home through town'),
			model
		);
		expect(r.safeguarding).toBe(true);
		expect(r.detectors).toEqual({ rules: false, classifier: true });
		expect(r.safeguarding_reasons).toEqual(['immediate_danger']);
		expect(r.safeguarding_severity).toBe('high');
	});
});

describe('warning signs and quiet frames (sealed batch 13)', () => {
	flagsAs([
		['suicide', 'Our daughter has told the school nurse she no longer wants to be alive'],
		['suicide', 'He has been researching methods on his phone every night'],
		['suicide', 'she keeps saying goodbye to all her friends after school like it is the last time'],
		['neglect', "her stepmum won't let her eat with the rest of the family"],
		['radicalisation', 'he talks about attacking a synagogue and watches their videos all day']
	]);

	staysQuiet([
		// "dealt" was "corrected" to "death", so the story was not read as resolved.
		'My friend was groomed when we were 12; the police dealt with it and she is doing really well now',
		'A year ago I was self-harming and the school counsellor helped me stop',
		'The helpline took 1,200 calls about self-harm over the summer',
		'Self-harm is when someone hurts their own body on purpose, often to cope with feelings',
		'Our early help team handles referrals about neglect most weeks',
		'The mental health team never made a big deal about food, which really helped',
		'I would like to join the young carers group on Saturdays',
		'My counsellor left and I only found out from a letter'
	]);
});

// Each of these was missed (or wrongly flagged) by the detector of bacfd7d; sealed batch E's misses,
// reworded so the test checks the concept, not the line.
describe('euphemisms, relapse, masked abuse and case notes (sealed batch E)', () => {
	flagsAs([
		['suicide', 'he said he is going to catch the bus forever and gave me all his games'],
		['suicide', 'my sister gave away her guitar and her cat and keeps saying goodbye'],
		['self_harm', 'relapsed on friday, six weeks clean gone'],
		['physical_abuse', 'got the slipper again cos i was late home lol'],
		['physical_abuse', 'Nursery staff noted fingertip bruising on both arms of a 3 year old'],
		['emotional_abuse', 'my parents said i am dead to them since i came out and took my bedroom door off'],
		['radicalisation', 'Pupil has drawn swastikas on his planner and says his online mentor is teaching him the truth'],
		['radicalisation', "my cousin keeps saying we're at war and he would die for the cause"],
		['risk_to_others', 'Student has a list of people who will pay and searched online for how to get hold of a gun'],
		['risk_to_others', 'I keep thinking about hurting the children I look after and it scares me'],
		['eating_disorder_risk', 'she is down to 40kg and hides her food in a tissue at every meal']
	]);

	staysQuiet([
		'When she was small my daughter saw domestic abuse; we left that relationship years ago and the support made a real difference',
		'I ran away from home a lot when I was younger but I have lived with my nan for five years now and it is the best thing that ever happened',
		'As a CAMHS nurse my caseload includes young people who self-harm, and the new form saves time',
		'We would love CAMHS to come and talk to our group about grooming and online safety',
		'Could the service explain how it responds when a child discloses abuse in a session?',
		'Mocks week nearly finished me off but I survived',
		'The cutting and sticking table was the best part of the art session',
		'Thousands of children go missing from care every year, which is shocking',
		"I've never wanted to hurt myself, I just want help sleeping",
		'My son gave his games console to his cousin because he never plays it',
		'I get the stick from my friends for liking old music',
		'My teacher will make us pay for talking haha, two pages of homework'
	]);
});

// Sealed batch F's misses on first contact (pass 6), reworded: short answers after a question, slang, played down.
describe('answers to a question, slang and playing it down (sealed batch F)', () => {
	flagsAs([
		['suicide', "Q: Anything else? A: I won't need the appointment, I'll be gone by sunday"],
		['suicide', 'evry1 wud be beter off if i just wasnt here lol'],
		['self_harm', 'its only a few cuts, not proper cutting haha'],
		['physical_abuse', 'me mam only lamps me when i answer back'],
		['emotional_abuse', 'Q: How is home? A: I feel like a mistake, they tell me that all the time'],
		['neglect', 'no scran in the house again, not eaten since school dinner'],
		['criminal_exploitation', 'got robbed of the pack and now they want 3 grand or they know where my nan lives'],
		['radicalisation', 'the lads online say everyone not like us is the enemy'],
		['eating_disorder_risk', 'her BMI is 13 and her resting heart rate was 39'],
		['bullying_threats', 'I eat my lunch in the toilets so they cannot find me'],
		[
			'missing',
			'Looked-after 15-year-old has been reported missing four times this month. Refuses return-home interviews.'
		]
	]);

	staysQuiet([
		'used to cut loads in year 9 but been clean 2 years now, the mhst team were brilliant',
		'Assessment outcome: no evidence of self-harm, suicidal ideation or safeguarding concerns',
		'GP feedback: the referral form for suspected FGM and forced marriage is clear',
		'my sister is going to kill me when she finds out i borrowed her top',
		'we got battered 6-1 at footy on saturday',
		"I'll be gone by the weekend because we're going on holiday, please move my appointment",
		'This queue is taking forever, I want to die lol',
		"people keep saying she's being groomed but he's her age and it's nothing like that"
	]);
});

// Sealed batch G's misses on first contact (pass 7), reworded: asking "for a friend", case notes with an
// age, a child's words, degrading punishment, poisoning someone's drink.
describe('asking for a friend, case notes with an age and a child telling (sealed batch G)', () => {
	flagsAs([
		['suicide', 'asking for a friend... what happens if someone said they didnt want to be alive anymore'],
		['suicide', 'my cousin said she did not want to be alive any more'],
		['missing', 'Child in care, aged 15, has been reported missing from placement three times this month.'],
		['sexual_abuse', "She's 6 and said her uncle plays a tickle game under her knickers at bedtime"],
		['emotional_abuse', 'A girl we support, aged 11, says her stepmum calls her a curse on the family'],
		['emotional_abuse', 'dad makes me kneel in the hallway for hours when i get a question wrong'],
		['radicalisation', 'Pupil aged 14 showed friends beheading videos and says an adult online teaches him'],
		['risk_to_others', 'what would happen if someone put bleach in her teachers tea, asking for a friend']
	]);

	staysQuiet([
		'Two years ago I was self-harming and thought about ending it, but I have not hurt myself in 18 months',
		'I used to bang my head when I was upset. I do not do that anymore because I have a quiet room.',
		'when i was little my dad used to hit my mum but he dosnt live with us anymore',
		'Following an earlier disclosure of domestic abuse the family moved; the child now says she feels safe',
		"I'm a social worker. Most of my week is strategy meetings about sexual abuse and neglect.",
		'I want to know what the word radicalisation means, it was on a poster',
		'In our community many families come from countries where FGM is practised, so we need interpreters',
		"He's very down since his grandad died but says he isn't thinking of hurting himself",
		'not asking for a friend lol, what happens if someone tells a teacher they self harm? its for my PSHE project'
	]);
});

// Sealed batch H's misses on first contact (pass 8), reworded: a calm plan, care leavers in case notes, walking in
// on someone changing, a taken-over flat, an engagement abroad, recruitment with a laugh, coded food talk.
describe('calm plans, care leavers, coded food and money talk (sealed batch H)', () => {
	flagsAs([
		['suicide', "I've sorted it now. Got the pills saved up for Saturday so nobody has to deal with me."],
		['missing', 'Care leaver we work with has not been seen at her flat for 5 days and owes money to some lads'],
		['sexual_abuse', "Mum's partner keeps walking in when I'm getting changed and makes comments about my body"],
		['criminal_exploitation', 'We think his flat has been taken over, different men there every time we visit'],
		[
			'forced_marriage',
			"They've booked flights to Bangladesh for the whole summer and keep talking about my rishta. I'm 16."
		],
		['radicalisation', 'getting recruited into this accelerationist server lol they want me to make propaganda'],
		[
			'eating_disorder_risk',
			"I'm fine honestly, under 600 calories a day and down another stone. Don't make it a thing."
		],
		[
			'eating_disorder_risk',
			'Young person we support, 17, is only eating every other day and hides it under baggy jumpers'
		],
		['eating_disorder_risk', 'my mate goes straight to the toilets after every meal and is always on thinspo accounts']
	]);

	staysQuiet([
		'Two years ago my son was groomed into carrying drugs. He is now out of that life and doing an apprenticeship.',
		'She told us she has been free of suicidal thoughts for a year and has started a nursing degree.',
		'pls do more on radicalisation in pshe, half the boys in my year watch those podcasts',
		'Schools should teach more about coercive control in teenage relationships.',
		'If they cut the holiday club again I swear I will strangle someone.',
		'the bus is always late and I want to die every time it breaks down in the rain',
		'My son has been cutting out sugar and doing Couch to 5K with his dad.',
		"I bruise easily because of a blood condition so people ask if someone's hitting me. Nobody is.",
		'the scars on my arms are from a dog bite, i have never self harmed',
		'Around 40 girls in the county were flagged as at risk of FGM last year through protective planning.',
		'We have not seen her cousins for 6 weeks because they moved to Leeds.'
	]);
});

// Sealed batch I's misses on first contact (pass 9), reworded: threats with a deadline, capitals, harm named by
// what it leaves behind, a parent gone for days, hating a group, a chair tipped over and filmed.
describe('deadlines, capitals and harm named by its consequence (sealed batch I)', () => {
	flagsAs([
		['criminal_exploitation', "THEY SAID IF I DON'T DROP THIS OFF TONIGHT I'M DEAD"],
		['physical_abuse', 'THEYLL KILL ME AFTER SCHOOL TODAY'],
		['domestic_abuse', 'my stepdad hits mum when he has been drinking'],
		['neglect', "Dad's been gone three days and I'm 10"],
		['neglect', 'He has been sleeping on different sofas since his mum lost the flat'],
		['radicalisation', 'people in the group chat say we should hate immigrants'],
		['eating_disorder_risk', 'She has dropped below seven stone and fainted twice at school this week'],
		['bullying_threats', 'they push him out of his wheelchair at lunch and film it and post it online'],
		['sexual_exploitation', "She has two phones and new clothes and won't say where they came from"],
		['self_harm', 'my brother has plasters all up his arms, he says its the dog lol'],
		['emotional_abuse', "Pupil reports being called 'useless' by her carer and locked out for hours as a punishment"]
	]);

	staysQuiet([
		"if i don't finish this essay tonight i'm dead, the teacher will go mad",
		"Mum's been away for four days on a work trip so I'm at my nan's",
		'I had plasters all over my legs after falling off my bike',
		"I self harmed in year 9 but I've been clean two years now and I feel alright",
		'More talks on online safety and grooming please, very useful',
		'any advice on keeping kids safe on roblox? heard stories about grooming',
		"People see my surgery scars and assume I self harm. I don't, it was my heart operation.",
		'The young person asked us to note they are not at risk; the question did not apply.'
	]);
});

// Sealed batch J's misses on first contact (pass 10), reworded: cover stories, covering up, police jargon, a
// parent's cruelty said every day, a threat "not even joking", a teacher's note with a year group.
describe('cover stories, police jargon and deadpan (sealed batch J)', () => {
	flagsAs([
		['self_harm', "I've got to wear long sleeves at PE now and I say it's because I'm cold"],
		['sexual_abuse', 'Since contact with his uncle started he has been acting out sexual things with his toys'],
		['physical_abuse', "great, dad's home, time to practise my 'I walked into a door' face again"],
		['emotional_abuse', 'my mum tells me she wishes shed had an abortion, love that for me lol'],
		['domestic_abuse', 'DA incident attended at the address, children present; DASH assessed as high risk'],
		['domestic_abuse', "Mum puts makeup over the bruises and we're not allowed to say why"],
		['neglect', 'Pupil (Year 2) regularly arrives unwashed and says there is no food at home'],
		['risk_to_others', "if he says one more thing i'm bringing a knife in tomorrow, not even joking"]
	]);

	staysQuiet([
		'We have to wear long sleeves at PE in winter because of the new kit rules.',
		'walked into a door at school today, so embarrassing',
		'We receive Operation Encompass notifications and offer a calm space to any child the next morning.',
		'My daughter went missing for five minutes at the fair and we found her at the hook-a-duck.',
		'The twins run off to the park after school and come back starving.',
		"My son ran away twice when he was 14 but he's 20 now and works at the garage.",
		"I used to cut when I was 13 but I haven't for three years now",
		'Our needs assessment shows 1 in 4 children in the area live in poverty.',
		"Just to be clear I'm not being groomed, the man I talk to online is my uncle",
		'He has no thoughts of harming himself; he was quoting song lyrics.'
	]);
});

// Sealed batch K's misses (pass 11), reworded: a young child's sexual knowledge, an injury a parent caused and a
// threat for tonight, "I'm dead to him", a nikah she does not want, cruelty to a pet and a baby, counting calories.
describe("a child's drawings, a parent's threat and hedged questions (sealed batch K)", () => {
	flagsAs([
		['sexual_abuse', 'Nursery note: a three year old has drawn and described sexual acts with an adult at home'],
		['physical_abuse', "mum says she'll batter me again tonight like when she broke my wrist, i dont wanna go home"],
		['forced_marriage', "They're taking me abroad for my wedding. I'm 15. Dad says if I say no I'm dead to him."],
		['forced_marriage', "A girl asked me if a nikah still counts if you don't want it, then said forget it"],
		['risk_to_others', "He has been hurting our dog and I found him holding a pillow over his sister's face"],
		['eating_disorder_risk', "is it normal to count every calorie and feel like i've failed if i go over 600?"]
	]);

	staysQuiet([
		'when i was 13 i ran away loads but im in a great foster placement now, been settled 2 yrs',
		'I was bullied in Year 7 and did not want to go to school, but Year 9 is loads better',
		'A teacher asked about my bruise but it was from netball. I feel safe at home.',
		'Local data indicate that domestic abuse is a factor in half of the child protection plans here.',
		'My dad broke his wrist falling off a ladder so I help with the shopping.'
	]);
});

// Holdouts M and N's misses (pass 12), reworded: a disclosure after a laugh about something else, secrecy bought
// with money, men filming girls, a young person dropped home by a man, bullying called banter, a threat to a "grass".
describe('said in passing, after a complaint (holdouts M and N)', () => {
	flagsAs([
		['suicide', 'what would help? answer the phone lol. been thinking about ending it most nights'],
		['eating_disorder_risk', "She has anorexia and she's losing weight again, today she fainted at school"],
		[
			'sexual_abuse',
			"Boy at our club says his coach gives him money not to tell anyone about their 'special training'"
		],
		['sexual_exploitation', 'She gets dropped home at 3am by a man in his thirties and has a new phone'],
		['sexual_exploitation', "girls at our group talk about 'parties' at a flat where older men film them"],
		['missing', 'one of our looked-after girls has gone missing from placement three times this month'],
		['bullying_threats', 'he gets shoved into lockers every day and the school calls it banter'],
		['bullying_threats', 'i get called names every day on the bus and someone spat in my hair'],
		['bullying_threats', "a gang told him they'll stab him if he grasses"]
	]);

	staysQuiet([
		'used to starve myself in year 9 but im doing way better now',
		'proud to say 1 year free from self harm today',
		'My sister and I watched that drama where the girl is forced into a marriage, it was well done',
		'my dad took my phone off me for a week because i was on it at 3am',
		'I ran away from the massive spider in the craft room',
		'my little brother kept hitting me with a pillow in the car lol',
		'the question about being forced to marry did not apply to me',
		'been feeling really down, not like i wanna hurt myself or anything, just flat',
		'I am not having any thoughts of harming myself, I just want a different counsellor'
	]);
});

// Batches Q and R's misses (pass 13), reworded: "is it normal to ..." asked about "you", a figure of speech
// about a phone beside a real disclosure, praise for the event before the harm, an attendee's words reported
// after a session, a weapon joked about, cruelty to animals, no food at home, a match being found for a child.
describe('asked about "you", reported after a session, joked about (batches Q and R)', () => {
	flagsAs([
		['suicide', 'is it normal to hope you just dont wake up in the morning'],
		['eating_disorder_risk', 'is it ok to make urself sick after dinner most days'],
		['neglect', 'is it normal to wash ur own uniform cos nobody else does'],
		['neglect', "my friend comes to ours for tea because there's nowt in at home"],
		['missing', 'my mate ran off from home last night and is sleeping in the park, his phone is about to die'],
		['emotional_abuse', 'The trip was amazing. My cousin says her mum calls her a worthless pig and she believes it.'],
		['domestic_abuse', 'Great workshop. A dad at our group said his wife will kill him when she gets back.'],
		['sexual_exploitation', 'Nice session. A few of the girls talked about a house where older men give them vodka.'],
		['risk_to_others', 'my mate keeps saying hes gonna bring a knife in and stab the teacher lol'],
		['risk_to_others', 'he keeps killing the neighbours cats and says he wonders what it would feel like on a person'],
		['forced_marriage', 'my sister is 14 and our parents are looking for a husband for her'],
		['eating_disorder_risk', 'my friend only eats a yoghurt a day and counts every calorie'],
		['missing', 'what would happen if i just didnt go back to my foster carers this weekend']
	]);

	staysQuiet([
		'is it normal to feel nervous before your first appointment',
		'my phone is about to die so i will finish this survey later',
		'The session was amazing, we talked about how to spot grooming online.',
		'our cat killed a bird in the garden and my little sister cried',
		'my parents are looking for a tutor for her before her exams',
		'i only eat an apple a day at school because i have a big breakfast',
		'this hold music makes me want to throw my phone out of the window lol'
	]);
});

// Batches S and T's misses (pass 14), reworded: school kit used to self-harm and hidden with a laugh, not safe at
// home, a child's sexualised play and words, a marriage arranged for a child who can't consent, a device and a date,
// heads pushed into sinks, a danger beside a dead phone, violence for losing what was owed, a match joked about.
describe('formal notes and fast phone typing (batches S and T)', () => {
	flagsAs([
		['self_harm', 'snapping a hair band on my wrist isnt enough any more so now its my sharpener blade lol'],
		['immediate_danger', "Since her stepdad came back we don't feel safe in our flat at night."],
		[
			'sexual_abuse',
			'In nursery a four-year-old showed sexualised behaviour with another child and said that is what uncle Dan and me do.'
		],
		[
			'forced_marriage',
			'His parents have arranged for their daughter, who is 15, to marry a cousin abroad in the summer.'
		],
		['radicalisation', 'He showed his mates a video of a homemade bomb he says he is building in the shed.'],
		['risk_to_others', 'him and his mates are going to do something at the mosque on friday, he keeps saying it'],
		[
			'bullying_threats',
			'Year 7 pupil with SEN reports older boys flushed his head down the toilet and took his dinner money.'
		],
		[
			'sexual_exploitation',
			'my sister is at a party with older men who got her drunk and wont let her go and her phone is about to die'
		],
		[
			'criminal_exploitation',
			'older lads give kids free trainers then make them carry parcels and one got battered for losing some'
		],
		[
			'forced_marriage',
			"She keeps joking she'll be married off after year 10 because her aunts are sorting someone for her."
		]
	]);

	staysQuiet([
		'We did a training day on sexualised behaviour in early years settings, it was really useful.',
		'The session on staying safe went well beyond what I expected, the young people loved it.',
		'I used my compass in maths today and got full marks on the circles test.',
		"My dad got out of hospital last week after his knee operation and he's recovering well.",
		'Is it normal to feel safe at home but nervous at school?',
		'my little brother got told off for losing his PE kit again lol'
	]);
});

// Batches U and V's misses (pass 15), reworded: facilitators' and case notes about one child, injuries hidden and not
// wanting to go home, a girl to be "settled" after the summer, contempt for "unbelievers", joining a group abroad,
// fantasies of hurting classmates, belongings damaged, thinking about not waking up, a regular unaccounted for.
describe("facilitators' notes and survey answers (batches U and V)", () => {
	flagsAs([
		[
			'domestic_abuse',
			"my friend's mum wears sunglasses indoors and her stepdad screams every night, she doesn't want to go home"
		],
		[
			'sexual_exploitation',
			'Boy at table 2 said older men at a flat give them free weed and film them, he laughed it off.'
		],
		[
			'forced_marriage',
			'Pastoral note: Year 10 girl says exams "won\'t matter after the summer", family asked for extended leave abroad.'
		],
		[
			'radicalisation',
			'Teacher note: student now refuses to speak to female teachers and says infidels deserve what is coming.'
		],
		[
			'radicalisation',
			'my cousin keeps talking about going to join a group abroad and an older man online is sorting it all'
		],
		[
			'risk_to_others',
			'School nurse note: pupil describes fantasies of stabbing classmates and has drawn maps of the school exits.'
		],
		[
			'bullying_threats',
			'Tutor note: pupil eats alone, belongings regularly stolen and broken, scared to go in the changing rooms.'
		],
		['suicide', 'at night i think about not waking up and it feels calm'],
		['missing', "one of our regulars hasn't been at school for three weeks and nobody knows where he is staying"]
	]);

	staysQuiet([
		"My nan always has her sunglasses on indoors because of her eye condition, she's lovely.",
		'I dont want to go home yet, the youth club is too good, can it stay open later?',
		'Teacher note: the class discussed online safety and staying safe at festivals.',
		'Our group leader talked about joining a group abroad on a volunteering trip next summer.',
		'Girl at table 4 said the event was the best thing she has done all year.'
	]);
});

// Batches Y and Z's misses (pass 16), reworded: a future not seen and a height looked up, injuries in clinical words,
// bruises with a new story each time, a slow heart that a statistic's "rate of" hid.
describe('young children and care leavers (batches Y and Z)', () => {
	flagsAs([
		['suicide', "She says she can't see herself making it to her 18th and has been looking up how high the bridge is."],
		['self_harm', 'School nurse: fresh lacerations across both forearms, says she does it most nights.'],
		['physical_abuse', 'He keeps coming into nursery with bruises on his legs and the explanations never add up.'],
		[
			'eating_disorder_risk',
			'Paediatric note: 14 year old, heart rate of 38 and losing weight fast, family want to take her home.'
		]
	]);

	staysQuiet([
		"I can't see myself making it to the final, the other team are brilliant.",
		'We looked up how high the climbing wall is before the trip, it is 12 metres.',
		'The nurse cleaned the cuts on my knees after I fell off my bike.',
		'Local data show a rate of 40 per 1,000 for referrals, higher than last year.'
	]);
});
