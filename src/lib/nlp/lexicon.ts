// Hand-written cue words and phrases for the 14 default themes. Weights are roughly "how sure
// would a reviewer be from this cue alone": 3+ almost certain, 2 likely, 1 or less a hint.
// Negative weights cancel a cue in a phrase that means something else ("cost of living crisis").
// Terms are written as people write them; they are canonicalised and stemmed when compiled.
import type { ThemeDef } from './types';
import { prepare, STOPWORDS } from './text';

export type TermWeights = Readonly<Record<string, number>>;

export const DEFAULT_LEXICON: Readonly<Record<string, TermWeights>> = {
	'access-waiting': {
		'waiting list': 3, 'waiting lists': 3, 'wait list': 3, 'waiting time': 3, 'waiting times': 3,
		'on the list': 2.5, 'on a list': 2.5, 'the list': 1, 'top of the list': 2, 'waited': 2,
		waiting: 1.5, wait: 1.5, 'the wait': 2, referral: 2, referrals: 2, referred: 2, refer: 1.5,
		'referred back': 2, 're referred': 2.5, threshold: 2.5, thresholds: 2.5, 'ill enough': 3.5,
		'sick enough': 3.5, 'bad enough': 1.5, 'unwell enough': 3.5, criteria: 1.5, rejected: 1.5,
		bounced: 2, 'turned away': 2.5, triage: 2, assessment: 0.7, appointment: 0.8,
		appointments: 0.8, 'get seen': 2.5, 'got seen': 2.5, 'be seen': 1.5, 'seen sooner': 2.5,
		'first appointment': 1.5, months: 1, weeks: 0.7, ages: 1, 'go private': 2.5, private: 1,
		access: 1.5, 'get help': 1, 'getting help': 1, 'too old': 1.5, 'too young': 1.5, 'on hold': 1.5,
		'ring back': 1, 'call back': 1, cancelled: 1.2, 'black hole': 2, 'front door': 1.2,
		'point of access': 2.5, 'get in': 0.5, 'get through the door': 2.5, quicker: 1.5, sooner: 1.5,
		faster: 1, 'self referral': 1.5, 'self refer': 1.5, 'refer myself': 2, 'not engaging': 1.5,
		'no one has called': 2, 'nobody calls': 1.5, 'still no appointment': 3, 'too long': 1.5,
		'long wait': 3, 'years wait': 3, 'waitlist': 3, 'holding list': 3, 'been waiting': 2.5,
		'been on the list': 3, 'discharged me': 1.5, 'waiting room': -2, 'waiting area': -2, 'every door': 2, 'get worse to get help': 3, 'had to get worse': 3, "wouldn't take me": 2.5, 'come back when': 2, 'would see her': 1.5, 'would see him': 1.5, 'early enough': 2, 'early help': 1.5, earlier: 1.2, 'gave up': 1, 'only got 6 sessions': 2, 'sessions then': 1, 'lost my place': 2.5, 'come back in': 1.5, 'before things get': 2, 'before it gets': 2, 'before it got': 2, 'heard back': 1.5, 'never heard back': 2.5, 'not eligible': 2.5, eligible: 1.5, 'turned down': 2, 'pillar to post': 2.5, 'passed around': 2, 'bounced between': 2.5, gatekeeping: 2.5
	},
	'crisis-support': {
		crisis: 2.5, 'crisis team': 3.5, 'crisis line': 3.5, 'crisis cafe': 3.5, 'crisis worker': 3.5,
		'in crisis': 3, urgent: 2, 'urgent help': 3, emergency: 2, 'accident emergency': 3, '111': 2.5,
		'999': 2.5, 'out of hours': 3, 'at night': 1.5, night: 1, 'the night': 1.2, '24 7': 2,
		'around the clock': 2.5, 'day or night': 2.5, sanctuary: 3, 'safe haven': 3, 'safe havens': 3,
		'home treatment': 3, liaison: 2, hospital: 1.5, admitted: 2, inpatient: 2.5, ward: 1.2,
		police: 1.5, ambulance: 2.5, shout: 1, '85258': 3, samaritans: 2.5, 'at my worst': 2.5,
		'at his worst': 2.5, 'at her worst': 2.5, 'worst night': 2.5, 'panic attack': 1.5, distress: 1.5,
		'safety plan': 2.5, 'follow up': 1, 'follow up call': 2, beds: 1.5, 'crisis text': 3,
		'text line': 2, helpline: 1.5, 'in a bad place': 1.5, 'middle of the night': 2.5,
		'cost of living crisis': -3.5, 'bad day': 1, 'some nights': 1.5, 'in hospital': 1.5, 'no one to ring': 2.5, 'nobody to ring': 2.5, 'suicide prevention': 2, 'bad place': 1.5, midnight: 2, 'no one to call': 2.5, 'nobody to call': 2.5, 'no one to talk to at night': 3, 'crisis house': 3.5, sectioned: 2.5, 'place of safety': 3, 'emergency appointment': 2.5, 'duty worker': 2, 'inpatient unit': 3, 'crisis of confidence': -3
	},
	'schools-education': {
		school: 2.5, schools: 2.5, college: 2.5, colleges: 2.5, university: 2.5, 'sixth form': 2.5,
		teacher: 2.5, teachers: 2.5, tutor: 1.5, 'form tutor': 2.5, 'head of year': 3,
		'head of sixth form': 3, pastoral: 2.5, senco: 2.5, sencos: 2.5, mhst: 2.5, mhsts: 2.5,
		'mental health support team': 2.5, 'mental health lead': 2, pshe: 2.5, lesson: 2, lessons: 2,
		'in class': 2, classroom: 2.5, exam: 2, exams: 2, gcse: 2.5, gcses: 2.5, 'a levels': 2,
		detention: 2.5, detentions: 2.5, isolation: 1, excluded: 2, exclusion: 2, attendance: 2,
		'school refusal': 3, timetable: 1.5, assembly: 2.5, pupils: 2, students: 1.5, student: 1.5,
		'year 7': 1.5, 'year 8': 1.5, 'year 9': 1.5, 'year 10': 1.5, 'year 11': 1.5, 'year 12': 1.5,
		'year 13': 1.5, canteen: 1.5, pe: 1.2, planner: 1.5, planners: 1.5, registration: 2,
		'form room': 2.5, homework: 2, 'school nurse': 2.5, 'school counsellor': 3, education: 1.5,
		curriculum: 2.5, term: 1, headteacher: 2.5, 'whole school': 2, deadlines: 1.5,
		extensions: 1.5, 'home educated': 1.5, schoolname: 3, mainstream: 1.5, academy: 2, lecturer: 2,
		'wellbeing service': 0.8, coursework: 2, revision: 1.5, 'school staff': 2.5, 'primary to secondary': 3, 'secondary school': 1, 'mental health first aider': 2.5, 'wellbeing lead': 2, assemblies: 2.5, pupil: 2, classmates: 2, lecturers: 2, 'student services': 2.5
	},
	'information-signposting': {
		'where to go': 3, 'where to get help': 3, 'where to turn': 3, 'where you go': 2,
		"didn't know": 1.5, 'did not know': 1.5, "don't know where": 2.5, 'no idea': 1.5,
		'not aware': 2, 'aware of': 1.5, 'find out': 1.5, 'found out about': 2, information: 2,
		info: 2, leaflet: 2, leaflets: 2, poster: 2, posters: 2, directory: 3, website: 1.5,
		websites: 1.5, signpost: 3, signposting: 3, signposted: 3, 'qr code': 2.5, numbers: 1.5,
		googled: 1.5, google: 1, googling: 1.5, "what's out there": 3, 'what is out there': 3,
		'what services exist': 3, 'what help there is': 3, 'available': 0.5, confusing: 2,
		confused: 2, confusion: 2, advertise: 2, publicise: 2, promote: 1, 'know about': 1.5,
		'knew about': 1.5, 'heard of': 2, 'referral routes': 2.5, pathway: 1.5, card: 1,
		'what happens next': 2, 'what happens after': 2, 'plain english': 1.5, awareness: 1.5,
		'by accident': 1.5, 'phoning round': 2.5, 'who to talk to': 2.5, 'who to contact': 2.5,
		'what each service': 3, 'what the signs are': 2, 'tell us': 0.5, 'put the numbers': 3,
		'where to find': 2.5, 'out of date': 1.5, 'the difference between': 1.5, 'links': 1, 'know i could': 2.5, 'knew i could': 2.5, 'know the number': 2.5, 'the number': 1, helpline: 1, 'different names': 2.5, 'right words': 1.5, 'age groups': 1, 'written for us': 2, 'in my area': 1.5, 'local help': 2, 'local services': 2, existed: 2.5, "didn't understand": 1, 'how to access': 2, "didn't know about": 2, 'never heard of': 2.5, 'no one told me': 2.5, 'nobody told me': 2.5, advertised: 2, 'helpline numbers': 2, "what's available": 3, 'what is available': 3, 'services available': 2.5, 'online directory': 3, 'nobody tells you': 2.5, 'no one tells you': 2.5, 'tell you': 1, 'service name': 2, 'new service': 1
	},
	'being-heard': {
		listen: 2.5, listened: 2.5, listening: 2, listens: 2.5, heard: 2, hear: 1.5, believed: 2.5,
		'believe me': 2.5, 'taken seriously': 2.5, 'take us seriously': 2.5, seriously: 1.5,
		ignored: 2, dismissed: 2.5, 'asked me': 2, 'asked us': 2, 'nobody asked': 3, 'no one asked': 3,
		involved: 2, involve: 2, involving: 2, 'co production': 3, coproduction: 3, 'co design': 3,
		'co designed': 3, 'youth voice': 3, voice: 2, voices: 2, opinion: 2, opinions: 2, views: 2,
		'say in': 2, decided: 1.5, decide: 1.5, decisions: 2, decision: 1.5, 'advisory board': 3,
		'youth council': 2.5, panel: 1.5, panels: 1.5, feedback: 1.5, survey: 1.5, 'tick box': 2.5,
		consultation: 2, 'nothing changes': 2, 'nothing changed': 2, 'what i wanted': 2,
		'what we think': 2, 'talk over me': 2, 'in the room': 1, judged: 1, respect: 1.5,
		partners: 1, 'my choice': 2, choose: 1, 'without asking': 2.5, 'without even asking': 3,
		'our ideas': 2.5, 'what we said': 2.5, 'matter': 1, 'mattered': 2, counts: 1, nod: 1.5,
		'attention seeking': 1.5, 'open up': 1.5, blamed: 1.5, 'treated as a person': 2.5, 'spoken to': 1, 'engage young people': 2.5, 'go along with': 1.5, 'nobody asks': 2.5, 'ask us': 2, 'what i think': 2, 'what we really think': 2.5, proactively: 1, tailored: 1.5, 'clammed up': 1, 'let me choose': 2.5, 'without me': 2.5, 'they never ask': 2, assume: 1, assumed: 1, 'student council': 2.5, 'school council': 2.5, forum: 2, 'care plan': 1, 'my options': 1.5, 'same questions': 1.5, 'never find out': 2, 'my views': 2, consulted: 2, 'co produce': 3, 'have a say': 3, 'had a say': 3
	},
	transitions: {
		transition: 3, transitions: 3, transitioned: 3, transitioning: 3, 'turned 18': 3,
		'turn 18': 3, 'turning 18': 3, 'at 18': 2.5, '18th': 2.5, '18': 1, 'aged out': 3,
		'age out': 3, 'adult services': 3, 'adult service': 3, 'adult mental health': 2.5,
		'adult team': 2.5, 'adult ed': 2, adult: 1.5, adults: 0.5, amhs: 3, '16 25': 2.5,
		'up to 25': 2.5, 'leaving care': 2.5, 'leave care': 2.5, handover: 2.5, moving: 1.5,
		moved: 1.5, move: 1, 'new school': 2, 'primary to secondary': 3, 'start again': 1.5,
		'all over again': 1.5, 'closed my case': 2.5, 'left camhs': 2.5, 'leave camhs': 2.5,
		'leaving camhs': 2.5, 'gap between': 2.5, 'the gap': 1.5, 'fall through': 2, cliff: 2,
		'different county': 2, 'new city': 1.5, placement: 1, 'move to': 1, 'moving to': 1.5,
		'changing services': 3, '17 and a half': 2.5, 'going from': 1.5, switch: 2, 'old worker': 2.5, 'year 6 to year 7': 3, 'leaving school': 1.5, 'aged 18': 2, 'adult mental health services': 3, 'adult camhs': 2.5, 'gap in services': 2.5, 'handed over': 2, 'step down': 1.5, 'moved from': 2, 'adult ward': 2.5, "children's beds": 1.5, 'different area': 1.5, '18 months': -1.5, '18 weeks': -1.5
	},
	'eating-disorders': {
		'eating disorder': 4, 'eating disorders': 4, 'disordered eating': 4, anorexia: 4,
		anorexic: 3.5, bulimia: 4, bulimic: 3.5, binge: 3, 'binge eating': 4, arfid: 4, purge: 3,
		purges: 3, purging: 3, food: 2, eat: 1.5, eating: 1.5, eaten: 1.5, meal: 2, meals: 2,
		'meal plan': 3, calorie: 3, calories: 3, weight: 2.5, weigh: 2.5, weighed: 3, 'weigh ins': 3,
		bmi: 3, 'body image': 4, 'body confidence': 3, dietitian: 3, dietician: 3, diet: 2,
		'fussy eater': 3, restrict: 2, restricting: 2.5, starving: 2, lunch: 1, recovery: 0.8,
		body: 1.5, fat: 1.5, thin: 1.5, 'what i eat': 3, 'medical monitoring': 2,
		'eating difficulties': 4, 'stopped eating': 3, 'put weight': 3, 'making myself sick': 3, 'make myself sick': 3, 'starving myself': 3, 'barely eating': 3, 'not eating': 3, 'in recovery': 1.5, 'skip meals': 3, 'skipping meals': 3
	},
	neurodiversity: {
		autism: 4, autistic: 4, adhd: 4, neurodivergent: 4, neurodiversity: 4, neurodevelopmental: 4,
		asperger: 4, dyslexia: 3, dyslexic: 3, dyspraxia: 3, sensory: 3, meltdown: 3, meltdowns: 3,
		masking: 2.5, burnout: 1, stimming: 3, diagnosis: 1.5, diagnosed: 1.5, assessment: 0.8,
		'learning disability': 2.5, 'learning disabilities': 2.5, ehcp: 2, ot: 1.5, 'non verbal': 3,
		routine: 1.5, 'eye contact': 2.5, 'sit still': 2.5, disruptive: 1.5, fidget: 2, meds: 1.2,
		medication: 1, headphones: 1.5, 'special needs': 2, 'additional needs': 2.5, tourette: 3,
		tourettes: 3, 'work differently': 3, brain: 1, brains: 1.5, spectrum: 2.5, stim: 2.5, 'learning difficulties': 2.5, dyscalculia: 3, tics: 2.5, 'special educational needs': 3
	},
	'digital-online': {
		online: 2.5, app: 3, apps: 3, website: 2, internet: 2, kooth: 3, text: 2, texting: 2.5,
		texted: 2, chat: 2, 'online chat': 3, message: 1.5, messages: 1.5, 'video call': 3,
		'video calls': 3, video: 2, zoom: 2.5, 'on teams': 2.5, phone: 1.5, 'on the phone': 2,
		'phone call': 1, 'social media': 3, tiktok: 2.5, instagram: 2.5, snapchat: 2.5, whatsapp: 2.5,
		youtube: 2, discord: 2, wifi: 2.5, data: 1, digital: 3, screen: 1.5, laptop: 1.5,
		computer: 2, computers: 2, email: 1.2, download: 2.5, 'logging me out': 2.5, crashing: 2,
		'group chat': 2.5, sms: 2.5, virtual: 2.5, remote: 1.5, 'online safety': 3, block: 1.5,
		content: 1.5, sites: 1.5, posted: 1.5, 'book appointments online': 3, 'sign up': 1.5,
		scrolling: 2, 'chat service': 3, 'text service': 3, 'text line': 2, 'link': 1, 'google': 1, texts: 1.5, 'screen time': 2.5, cyberbullying: 3, 'online bullying': 3, chatbot: 3, 'harmful content': 3, 'taken down': 1.5, videos: 2, page: 1, webinar: 3, 'qr code': 1.5, filmed: 1, weblink: 2, googling: 1.5
	},
	'equality-inclusion': {
		culture: 2.5, cultural: 2.5, religion: 2.5, religious: 2.5, muslim: 2.5, mosque: 2.5,
		church: 1.5, black: 2, asian: 2, racism: 3, racist: 3, race: 2, ethnic: 2.5, ethnicity: 2.5,
		minority: 2.5, language: 2, languages: 2, english: 1.2, interpreter: 3, translate: 2.5,
		translated: 2.5, polish: 2.5, gujarati: 2.5, punjabi: 2.5, urdu: 2.5, romanian: 2.5,
		arabic: 2.5, bengali: 2.5, bsl: 3, deaf: 3, disabled: 3, disability: 3, wheelchair: 3,
		lgbt: 3, lgbtq: 3, gay: 3, lesbian: 3, trans: 3, transgender: 3, pronouns: 3, 'non binary': 3,
		queer: 3, gender: 2, boys: 2, lads: 2, 'young men': 2.5, 'as a girl': 2, rural: 3,
		village: 2.5, villages: 2.5, afford: 2, money: 1.5, cost: 1.2, costs: 1.2, poverty: 3,
		deprived: 3, deprivation: 3, fair: 2, unfair: 2, 'postcode lottery': 3, lottery: 2,
		'where you live': 2.5, 'young carer': 3, 'young carers': 3, 'care leavers': 2.5, 'in care': 2.5,
		foster: 1.5, 'looked after': 2, asylum: 3, refugee: 3, refugees: 3, traveller: 3,
		'home educated': 2, 'seldom heard': 3, inclusive: 3, inclusion: 3, equality: 3, diverse: 2.5,
		diversity: 2.5, 'looks like me': 3, kinship: 2, 'single dad': 1.5, 'single mum': 1.5,
		'no car': 1.5, 'everywhere': 1, 'same offer': 2, 'no one behind': 2.5, 'white area': 3,
		'community languages': 3, girl: 1, girls: 1.5, "because i'm a girl": 2.5, 'not everyone has': 2.5, "don't have a car": 2, "can't afford": 2.5, affordable: 2, pension: 1, 'only cover some': 2, 'additional needs': 1.5, bisexual: 3, 'gender identity': 3, sexuality: 3, disabilities: 3, accessible: 2, accessibility: 2.5, 'language barrier': 3, bame: 3, racial: 3, discrimination: 3, discriminated: 3, culturally: 2.5, 'low income': 3, 'care experienced': 3, 'youth justice': 3, 'young offenders': 3, 'armed forces': 3, military: 2.5
	},
	'parents-carers': {
		parent: 2.5, parents: 2.5, parenting: 2.5, 'as a parent': 3.5, 'as a mum': 3, 'as a dad': 3,
		'as a mother': 3, 'as a father': 3, 'as a family': 2.5, 'as a carer': 3, mum: 1, dad: 1,
		family: 1.5, families: 2, carer: 2, carers: 2, 'foster carer': 3, 'kinship carer': 3,
		'kinship carers': 3, 'my son': 2, 'my daughter': 2, 'my child': 2, 'our son': 2.5,
		'our daughter': 2.5, 'our family': 2, 'my grandson': 2, 'my granddaughter': 2,
		'parent support': 3.5, 'parents group': 3, "carer's assessment": 3.5, 'family worker': 2,
		'family therapy': 2, bedtime: 1.5, confidentiality: 1.5, 'my parents': 1.5, 'my mum': 0.8,
		'my dad': 0.8, respite: 2.5, 'parent sessions': 3.5, 'parent workshops': 3.5,
		'parents need': 3, 'for parents': 3, 'for me': 0.5, 'shut out': 2, 'on our own': 2,
		'on my own to manage': 3, 'educating': 1, 'understand anxiety': 1.5, 'my mum needs': 2, 'my dad needs': 2, mums: 2, dads: 2, guardian: 2, grandparents: 2, 'family support': 2.5, 'support for families': 3
	},
	'staff-relationships': {
		staff: 2, worker: 2, workers: 2, 'key worker': 2.5, 'social worker': 2, counsellor: 1.5,
		therapist: 1.5, psychiatrist: 2, psychologist: 1.5, nurse: 1.5, doctor: 1, clinician: 1.5,
		consultant: 1.5, receptionist: 2.5, kind: 2, lovely: 2, nice: 1.5, rude: 2.5,
		patronising: 2.5, judge: 1.5, explain: 2.5, explained: 2.5, explaining: 2.5, jargon: 2.5,
		'same person': 3, 'same worker': 3, 'same face': 3, 'different workers': 3,
		'changing my worker': 3, 'new worker': 2.5, 'keep changing': 2.5, trust: 2, remembered: 2,
		rushed: 2, rush: 2, script: 2, 'look up from': 3, 'talked to me like': 3, 'talks to me like': 3,
		'treated me like': 2.5, 'treated as': 1.5, attitude: 2.5, caring: 1.5, communication: 2.5,
		letter: 1.2, letters: 1.2, 'never turns up': 3, cancelling: 1.5, turnover: 2.5, caseload: 2,
		caseloads: 2, continuity: 3, 'my worker': 3, 'my counsellor': 2.5, 'my therapist': 2.5,
		'the nurse': 1.5, legend: 1.5, 'made me feel': 1, 'case number': 2.5, baby: 1, judged: 1.5,
		'wrong name': 2.5, "didn't understand": 1.5, cold: 1.5, 'toughen up': 2, 'checking his watch': 3, 'start again': 1,
		'our story': 1.5, 'my story': 1.5, personname: 1.5, 'their story': 1.5, 'fell asleep': 2, 'different clinicians': 2.5, 'talk to each other': 2, 'the team': 1, volunteer: 1.5, patient: 1.5, calm: 1, friendly: 1, understanding: 1, supportive: 1.5, dismissive: 2, condescending: 2.5, compassionate: 2.5, empathy: 2, empathetic: 2, uncaring: 2.5, 'built trust': 2.5, rapport: 2.5, locum: 2.5, 'agency staff': 2.5, 'kept me updated': 2.5
	},
	'places-spaces': {
		place: 1.5, places: 1.5, space: 2, spaces: 2, 'safe space': 3, room: 1.5, 'waiting room': 3.5,
		building: 2.5, clinic: 1.5, centre: 2, 'youth centre': 2.5, hub: 2, 'drop in': 3, cafe: 2,
		library: 2, park: 1.5, 'waiting area': 3.5, office: 1.5, walls: 1.5, lights: 2, lighting: 2.5,
		sofa: 2, sofas: 2, beanbag: 2.5, beanbags: 2.5, comfy: 2.5, chairs: 1.5, plants: 1.5,
		kettle: 1.5, windows: 2, window: 1.5, 'quiet room': 3, quiet: 1.5, loud: 1, bright: 1.5,
		welcoming: 3, friendly: 1.5, clinical: 2, prison: 1.5, buses: 1.5, '2 buses': 3,
		'two buses': 3, travel: 2.5, 'get to': 1.5, parking: 3, miles: 1.5, drive: 1.5, town: 1,
		'city centre': 2, estate: 1, 'nowhere to go': 2.5, 'somewhere to go': 2.5, somewhere: 1,
		'after school': 1, entrance: 2.5, 'mobile bus': 3, 'community centre': 2.5, 'community spaces': 3,
		location: 2.5, venue: 2.5, warm: 1.5, street: 1, corridor: 2, 'side entrance': 3, smelled: 2,
		'feels like a hospital': 3, 'feel like a hospital': 3, 'play area': 2.5, 'round here': 1.5, 'youth space': 2.5, 'safe place': 3, evenings: 1, 'walk round town': 2.5, hall: 2, 'open late': 2.5, transport: 2.5, 'too far': 2.5, 'far away': 2, 'near me': 2, 'youth hub': 2.5, 'somewhere safe': 2.5, 'sensory room': 2.5, 'bus route': 2, 'hang out': 2.5, 'hangout': 2.5, 'somewhere to hang out': 3, village: 1.5, nearest: 2, bus: 1.5, 'no bus': 2.5
	},
	'wellbeing-activities': {
		club: 2.5, clubs: 2.5, 'youth club': 3, sport: 2.5, sports: 2.5, football: 3, boxing: 3,
		kickboxing: 3, gym: 2, swimming: 2.5, art: 2.5, arts: 2.5, music: 2.5, drama: 3, theatre: 3,
		dance: 2, choir: 3, singing: 2.5, song: 2, gaming: 2, games: 1.5, 'board games': 2.5,
		gardening: 3, outdoors: 2, outside: 1, climbing: 2.5, 'skate park': 2.5, skatepark: 2.5,
		activities: 3, activity: 2.5, 'peer support': 3, 'peer mentor': 3, 'peer mentoring': 3,
		peers: 2, peer: 2.5, mentor: 2, mentoring: 2.5, group: 1, groups: 1, creative: 3,
		'book club': 3, cooking: 2.5, 'holiday clubs': 3, holidays: 1.5, fun: 2, community: 1.5,
		hobbies: 3, hobby: 3, volunteering: 2.5, 'youth workers': 1.5, exercise: 2.5, walks: 1,
		running: 1.5, nature: 2, confidence: 1.5, workshop: 1.5, project: 1.5, studio: 2, poem: 2,
		poetry: 2, quiz: 1.5, tournament: 2, 'group therapy': -1.5, 'support group': 1.5, 'been through it': 2,
		'been through the same': 2.5, hoops: 2.5, basketball: 3, grassroots: 2.5, grants: 1, 'talent show': 2.5, 'youth group': 2.5, 'youth worker': 1, 'youth space': 1.5, 'online group': 1.5, 'hang out': 1, crafts: 2.5, photography: 2.5, scouts: 3, cadets: 3, 'duke of edinburgh': 3, yoga: 3, meditation: 2, 'social activities': 3, 'making friends': 2, 'youth work': 1.5
	}
};

// Words in theme names and descriptions that say nothing about any one theme.
const GENERIC = new Set(
	'help support people young getting get things thing really feel feels work works make sure whoever wherever everyone good well whose others way'.split(
		' '
	)
);

/**
 * A compiled lexicon: stemmed n-gram -> (theme index, weight) pairs, for one list of themes.
 * Themes without a curated entry (an area's own) get cues from their name, description and
 * keywords, so a new theme works on day one and the classifier takes over once trained.
 */
export interface CompiledLexicon {
	themeIds: string[];
	entries: Map<string, Array<[number, number]>>;
	/** Every proper prefix of a multi-word entry, so matching stops as soon as no phrase can follow. */
	prefixes: Set<string>;
	maxN: number;
	words: Set<string>;
}

export function compileLexicon(themes: readonly ThemeDef[]): CompiledLexicon {
	const entries = new Map<string, Array<[number, number]>>();
	const words = new Set<string>();
	let maxN = 1;
	const add = (phrase: string, t: number, w: number) => {
		const p = prepare(phrase);
		if (!p.stems.length) return;
		for (const tok of p.tokens) words.add(tok);
		const key = p.stems.join(' ');
		maxN = Math.max(maxN, p.stems.length);
		const list = entries.get(key) ?? [];
		const existing = list.find((e) => e[0] === t);
		if (existing) existing[1] = Math.max(existing[1], w);
		else list.push([t, w]);
		entries.set(key, list);
	};
	themes.forEach((theme, t) => {
		const curated = DEFAULT_LEXICON[theme.id];
		if (curated) for (const [phrase, w] of Object.entries(curated)) add(phrase, t, w);
		else {
			for (const tok of prepare(`${theme.name} ${theme.description ?? ''}`).tokens) {
				if (tok.length > 2 && !STOPWORDS.has(tok) && !GENERIC.has(tok)) add(tok, t, 1.2);
			}
		}
		for (const kw of theme.keywords ?? []) add(kw, t, 2.5);
	});
	const prefixes = new Set<string>();
	for (const key of entries.keys()) {
		const parts = key.split(' ');
		for (let k = 1; k < parts.length; k++) prefixes.add(parts.slice(0, k).join(' '));
	}
	return { themeIds: themes.map((t) => t.id), entries, prefixes, maxN, words };
}

/** Raw lexicon evidence per theme (sum of matched weights, floored at 0). */
export function lexiconEvidence(lex: CompiledLexicon, stems: readonly string[]): Float64Array {
	const sums = new Float64Array(lex.themeIds.length);
	const n = stems.length;
	for (let i = 0; i < n; i++) {
		let key = '';
		for (let k = 0; k < lex.maxN && i + k < n; k++) {
			key = k === 0 ? (stems[i] as string) : key + ' ' + (stems[i + k] as string);
			const hits = lex.entries.get(key);
			if (hits) for (const [t, w] of hits) sums[t] = (sums[t] as number) + w;
			if (!lex.prefixes.has(key)) break;
		}
	}
	for (let t = 0; t < sums.length; t++) if ((sums[t] as number) < 0) sums[t] = 0;
	return sums;
}
