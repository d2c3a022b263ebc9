// The coding rules reviewers and the model share: for each default theme a definition, what it
// includes and excludes, typical examples and near-misses that belong elsewhere. Plain data, so the
// review queue can show it beside a statement; docs/codebook.md is generated from it
// (npm run nlp:train) and a unit test keeps the two in step. The examples are also training data.

export interface CodebookEntry {
	id: string;
	definition: string;
	includes: string[];
	excludes: string[];
	/** Five statements a reviewer would tag with this theme. */
	examples: string[];
	/** Statements that look like this theme but belong elsewhere: `themes` is the right coding. */
	nearMisses: Array<{ text: string; themes: string[]; why: string }>;
}

export const codebook: readonly CodebookEntry[] = [
	{
		id: 'access-waiting',
		definition:
			'Getting into a service: referrals, thresholds, eligibility, how long the wait is and what happens while waiting.',
		includes: [
			'waiting lists and waiting times',
			'referrals rejected, bounced or lost; "not ill enough"',
			'hard-to-reach appointments, cancellations, going private',
			'wanting to self-refer or be seen sooner'
		],
		excludes: [
			'not knowing that a service exists (information-signposting)',
			'help in an emergency tonight (crisis-support)',
			'a wait for an autism or ADHD assessment is BOTH this and neurodiversity'
		],
		examples: [
			'I was on the CAMHS waiting list for 14 months and nobody checked on me once.',
			'The GP referred her twice and both referrals were sent back as not meeting the threshold.',
			'My appointments kept getting cancelled the day before.',
			'We ended up paying to go private because the wait was over a year.',
			'You should be able to refer yourself instead of waiting for a teacher to do it.'
		],
		nearMisses: [
			{
				text: 'I didnt even know there was a service for under 18s until my mate told me.',
				themes: ['information-signposting'],
				why: 'not knowing what exists, not a wait'
			},
			{
				text: 'When I rang at midnight there was nobody to talk to.',
				themes: ['crisis-support'],
				why: 'urgent help out of hours'
			},
			{
				text: 'Every time I finally get seen it is a different person and I have to start again.',
				themes: ['staff-relationships'],
				why: 'continuity of worker, not access'
			}
		]
	},
	{
		id: 'crisis-support',
		definition:
			'Help when things feel unsafe or unbearable right now: crisis lines and teams, A&E, out-of-hours help, safe havens.',
		includes: [
			'crisis teams, crisis lines, 111 option 2, A&E for mental health',
			'help at night and weekends',
			'what happened after a crisis (follow-up after A&E)'
		],
		excludes: [
			'routine waits (access-waiting)',
			'general talk of mental health without urgency',
			'texting services used day to day (digital-online) unless in a crisis'
		],
		examples: [
			'The crisis team came out at 2am and stayed until I felt safe.',
			'We sat in A&E for nine hours with my son and nobody from mental health came.',
			'There needs to be somewhere to go at night that isnt a hospital.',
			'I rang the crisis line and they just told me to have a bath.',
			'After I was discharged from A&E no one followed up.'
		],
		nearMisses: [
			{
				text: 'The wait for counselling is so long people end up in crisis.',
				themes: ['access-waiting'],
				why: 'the complaint is the wait; "crisis" is the consequence'
			},
			{
				text: 'The cost of living crisis means families cant afford bus fares to appointments.',
				themes: ['equality-inclusion'],
				why: 'a different sense of "crisis"'
			},
			{
				text: 'I use the Shout text line most weeks just to talk things through.',
				themes: ['digital-online'],
				why: 'routine text support, not an emergency'
			}
		]
	},
	{
		id: 'schools-education',
		definition:
			'Mental health support where young people learn: schools, colleges, universities, their staff and policies.',
		includes: [
			'school counsellors, mental health support teams, pastoral staff, SENCOs',
			'teachers noticing (or not), exam pressure, attendance and exclusion',
			'lessons about mental health'
		],
		excludes: [
			'youth clubs and community groups (wellbeing-activities)',
			'a teacher simply being named without anything about school support',
			'moving from school to college is ALSO transitions'
		],
		examples: [
			'Our school counsellor is only in on Wednesdays so you wait a week to see her.',
			'My head of year noticed I wasnt ok and sat with me at lunch.',
			'College just kept saying my attendance was the problem.',
			'PSHE lessons about mental health were a joke, nobody took them seriously.',
			'The exam pressure in year 11 made my anxiety so much worse.'
		],
		nearMisses: [
			{
				text: 'The youth club after school is the only place I feel calm.',
				themes: ['wellbeing-activities', 'places-spaces'],
				why: 'a club, not school support'
			},
			{
				text: 'I found out about Kooth from a poster, nobody told me anything.',
				themes: ['information-signposting', 'digital-online'],
				why: 'where help is, not support at school'
			},
			{
				text: 'My worker talked down to me like I was a child.',
				themes: ['staff-relationships'],
				why: 'staff attitude in a service, not a school'
			}
		]
	},
	{
		id: 'information-signposting',
		definition:
			'Knowing what help exists, who it is for and how to reach it: directories, websites, leaflets, being pointed to the right place.',
		includes: [
			'not knowing where to go or what a service does',
			'confusing websites, leaflets, directories; information in the wrong language or format',
			'being signposted well or badly; information while waiting'
		],
		excludes: [
			'how staff explain things in a session (staff-relationships)',
			'being asked for your views (being-heard)',
			'the app or website as a way of getting support (digital-online) unless it is about finding help'
		],
		examples: [
			'I had no idea where to go for help, the council website is a maze.',
			'There should be one list of everything available in our area, in plain English.',
			'Nobody told us what the different services actually do or who they are for.',
			'The GP gave us a leaflet for a service that closed two years ago.',
			'Put QR codes in the school toilets so people know where to get help without asking.'
		],
		nearMisses: [
			{
				text: 'The psychiatrist used loads of jargon and never explained my diagnosis.',
				themes: ['staff-relationships'],
				why: 'how a worker communicates, not finding help'
			},
			{
				text: 'Nobody ever asks young people what we think about these services.',
				themes: ['being-heard'],
				why: 'involvement, not information'
			},
			{
				text: 'The app keeps logging me out halfway through a chat.',
				themes: ['digital-online'],
				why: 'a digital service working badly'
			}
		]
	},
	{
		id: 'being-heard',
		definition:
			'Being listened to, believed and taken seriously, and having a say: in your own care and in how services are run.',
		includes: [
			'not being listened to or believed; being dismissed',
			'choice and control over your own care, shared decisions',
			'youth voice, co-production, feedback acted on (or not)'
		],
		excludes: [
			'rude or kind staff without anything about being listened to (staff-relationships)',
			'not being told things (information-signposting or staff-relationships)',
			'"listened" in praise of a worker is BOTH this and staff-relationships'
		],
		examples: [
			'They made decisions about my medication without asking me.',
			'I told them three times I was getting worse and nobody believed me.',
			'Young people should be on the panel that decides how the money is spent.',
			'We filled in the survey last year and never heard what happened.',
			'For once someone asked what I wanted from therapy instead of telling me.'
		],
		nearMisses: [
			{
				text: 'The receptionist was rude and made me feel like a nuisance.',
				themes: ['staff-relationships'],
				why: 'an attitude, not a say'
			},
			{
				text: 'We were never told what happens after the assessment.',
				themes: ['information-signposting'],
				why: 'missing information about the pathway'
			},
			{
				text: 'I wish my parents understood what I am going through.',
				themes: ['parents-carers'],
				why: 'family understanding, not services listening'
			}
		]
	},
	{
		id: 'transitions',
		definition:
			'Moving between services or stages: turning 18, CAMHS to adult services, changing school, moving area, discharge and handover.',
		includes: [
			'the age-18 cliff edge and 0-25 services',
			'handover between teams; being discharged with nothing next',
			'moving school, college or area and losing support'
		],
		excludes: [
			'waiting for a first appointment (access-waiting)',
			'changing worker inside the same team (staff-relationships)'
		],
		examples: [
			'I turned 18 and CAMHS just stopped, adult services said I wasnt bad enough.',
			'Nobody passed my notes on when I moved to college so I had to explain everything again.',
			'Services should go up to 25, not drop you on your birthday.',
			'When we moved county the referral started again from scratch.',
			'I was discharged with a leaflet and no plan for what happens next.'
		],
		nearMisses: [
			{
				text: 'I have had four different therapists in a year.',
				themes: ['staff-relationships'],
				why: 'changing worker, not moving service'
			},
			{
				text: 'I am 17 and still waiting for my first appointment.',
				themes: ['access-waiting'],
				why: 'an age is mentioned but the issue is the wait'
			},
			{
				text: 'Starting secondary school was when my anxiety began.',
				themes: ['schools-education'],
				why: 'school life, no change of service'
			}
		]
	},
	{
		id: 'eating-disorders',
		definition: 'Eating disorders, disordered eating and body image, and the services for them.',
		includes: ['anorexia, bulimia, ARFID, binge eating', 'weight-based thresholds', 'body image worries'],
		excludes: ['food at a youth club or school canteen with no link to eating problems'],
		examples: [
			'The eating disorder team only cared about my BMI, not how I felt.',
			'You should not have to be underweight to get help with an eating disorder.',
			'My daughter has ARFID and nobody locally knows what it is.',
			'Social media made me hate my body from when I was about 12.',
			'The dietitian was brilliant, she never made me feel judged about food.'
		],
		nearMisses: [
			{
				text: 'The club gives out free food which is great when money is tight at home.',
				themes: ['wellbeing-activities', 'equality-inclusion'],
				why: 'food as provision, not eating problems'
			},
			{
				text: 'I was weighed at the GP and then heard nothing for months.',
				themes: ['access-waiting'],
				why: 'the wait is the point unless eating is named'
			},
			{
				text: 'Instagram is full of toxic stuff and there is no way to filter it.',
				themes: ['digital-online'],
				why: 'online harm without body image named'
			}
		]
	},
	{
		id: 'neurodiversity',
		definition: 'Autism, ADHD and other neurodevelopmental needs: assessment, diagnosis, support and adjustments.',
		includes: ['autism and ADHD assessments and waits', 'sensory needs and adjustments', 'support after diagnosis'],
		excludes: ['learning in general (schools-education) unless needs are named'],
		examples: [
			'We have been waiting three years for an autism assessment.',
			'After the ADHD diagnosis there was no support at all, just a prescription.',
			'The waiting room is too loud and bright for autistic kids.',
			'CAMHS said they cant help because he is autistic, and the autism team said it is mental health.',
			'Masking all day at school leaves me exhausted by the time I get home.'
		],
		nearMisses: [
			{
				text: 'I struggle to concentrate in lessons when I am anxious.',
				themes: ['schools-education'],
				why: 'concentration without a neurodevelopmental need named'
			},
			{
				text: 'The room was calm and had beanbags and a fidget box.',
				themes: ['places-spaces'],
				why: 'a welcoming space, no needs named'
			},
			{
				text: 'Young carers get overlooked by every service.',
				themes: ['equality-inclusion'],
				why: 'a seldom-heard group, not neurodiversity'
			}
		]
	},
	{
		id: 'digital-online',
		definition: 'Support delivered through apps, websites, text and video, and staying safe online.',
		includes: [
			'Kooth, Shout, online counselling, video appointments',
			'social media effects and online safety',
			'digital exclusion'
		],
		excludes: ['finding information about services (information-signposting) unless about the online service itself'],
		examples: [
			'Kooth is good because you can message at night when everything feels worse.',
			'Video calls are awkward, I cant tell if the counsellor is listening.',
			'Not everyone has data or a private room to do an online session.',
			'TikTok makes everyone think they have every disorder going.',
			'Texting was the only way I could say what was actually going on.'
		],
		nearMisses: [
			{
				text: 'The website does not say who the service is for.',
				themes: ['information-signposting'],
				why: 'about information, not an online service'
			},
			{
				text: 'The phone line rang out every time I called reception.',
				themes: ['access-waiting'],
				why: 'reaching a service, not digital support'
			},
			{
				text: 'The worker never read my texts back properly and got my name wrong.',
				themes: ['staff-relationships'],
				why: 'staff care and attention'
			}
		]
	},
	{
		id: 'equality-inclusion',
		definition:
			'Whether help is fair and works for everyone: ethnicity, language, faith, LGBTQ+, disability, care experience, poverty, rurality, young carers.',
		includes: [
			'interpreters, culture and racism',
			'LGBTQ+ and trans young people',
			'cost and travel barriers, rural areas, poverty',
			'care-experienced young people, young carers, young offenders'
		],
		excludes: ['neurodiversity alone (neurodiversity)', 'age alone at 18 (transitions)'],
		examples: [
			'There was no interpreter so my little brother had to translate for my mum.',
			'As a trans lad I felt like I had to educate every worker.',
			'The bus to the clinic costs eight pounds return, we just cant afford it.',
			'Staff need to understand that in our culture mental health isnt talked about.',
			'Care leavers get passed around and nobody takes responsibility.'
		],
		nearMisses: [
			{
				text: 'The building is hard to find and the signs are confusing.',
				themes: ['places-spaces'],
				why: 'the place, not fairness'
			},
			{
				text: 'My autistic son cant cope with the noise in the waiting area.',
				themes: ['neurodiversity', 'places-spaces'],
				why: 'neurodiversity has its own theme'
			},
			{
				text: 'The app is only in English.',
				themes: ['digital-online', 'equality-inclusion'],
				why: 'BOTH: language access through a digital service'
			}
		]
	},
	{
		id: 'parents-carers',
		definition:
			'Help, information and involvement for the parents and carers who look after children and young people, and family relationships.',
		includes: [
			'parents needing support, advice or training for themselves',
			'being kept informed or shut out as a parent; confidentiality rows',
			'parenting groups, carers burnout, family understanding'
		],
		excludes: [
			"a parent describing their child's wait with nothing about themselves (access-waiting)",
			"a parent praising their child's worker (staff-relationships)"
		],
		examples: [
			'As a mum I had nowhere to turn while we waited, I was falling apart myself.',
			'They would not tell me anything because she is 16, but I am the one keeping her safe.',
			'A parents group that meets in the evening would make such a difference.',
			'I wish my dad understood that anxiety isnt just being lazy.',
			'Give carers some training on what to do when a child is self harming.'
		],
		nearMisses: [
			{
				text: 'My son has been waiting 18 months for CAMHS.',
				themes: ['access-waiting'],
				why: "a parent writing, but only about the child's wait"
			},
			{
				text: "My daughter's worker is lovely and really gets her.",
				themes: ['staff-relationships'],
				why: 'praise for the worker, nothing about parent support'
			},
			{
				text: 'The leaflet we were given was out of date.',
				themes: ['information-signposting'],
				why: 'information, not support for the parent'
			}
		]
	},
	{
		id: 'staff-relationships',
		definition:
			'How staff treat people and communicate: kindness, respect, trust, attitude, seeing the same person, explaining clearly.',
		includes: [
			'kind, rude, patronising, judgemental staff',
			'continuity: same worker or constant changes',
			'how clearly staff explain things; relationship and trust'
		],
		excludes: [
			'being listened to or involved in decisions (being-heard); both when praise is about listening',
			'whether a service exists or how to find it (information-signposting)'
		],
		examples: [
			'My worker was so kind, she remembered everything I told her.',
			'The nurse spoke to my mum instead of me like I wasnt in the room.',
			'I have had five different workers this year and had to start again each time.',
			'The doctor explained my medication properly so I actually understood it.',
			'Some staff are patronising, they talk to you like you are a little kid.'
		],
		nearMisses: [
			{
				text: 'They decided on my care plan without asking me.',
				themes: ['being-heard'],
				why: 'a say in decisions'
			},
			{
				text: 'I didnt know who to contact when my worker was off sick.',
				themes: ['information-signposting'],
				why: 'missing information about where to turn'
			},
			{
				text: 'The counselling room at school is a cupboard.',
				themes: ['schools-education', 'places-spaces'],
				why: 'a place, no staff behaviour'
			}
		]
	},
	{
		id: 'places-spaces',
		definition:
			'Physical places where help happens or young people go: how welcoming, safe, private, accessible and easy to get to they are.',
		includes: [
			'waiting rooms, clinics, hubs, drop-ins',
			'safe spaces and somewhere to go',
			'location and transport to places'
		],
		excludes: [
			'online spaces (digital-online)',
			'what happens in a club (wellbeing-activities) unless the place itself is described'
		],
		examples: [
			'The waiting room is grey and feels like a prison.',
			'We need a drop-in in town where you can just turn up.',
			'The hub has sofas and music and doesnt feel like a hospital.',
			'It takes two buses to get to the clinic.',
			'There is nowhere for teenagers to just hang out and feel safe around here.'
		],
		nearMisses: [
			{
				text: 'The Discord server is a safe space for me.',
				themes: ['digital-online'],
				why: 'an online space'
			},
			{
				text: 'The art group helped me make friends.',
				themes: ['wellbeing-activities'],
				why: 'the activity, not the venue'
			},
			{
				text: 'The ward staff were kind to me.',
				themes: ['staff-relationships'],
				why: 'people, not place'
			}
		]
	},
	{
		id: 'wellbeing-activities',
		definition:
			'Clubs, sport, arts, nature, peer support and community groups that help people stay well, outside clinical treatment.',
		includes: [
			'youth clubs, sport, music, art, drama',
			'peer support and mentoring',
			'community and VCSE groups and activities'
		],
		excludes: ['school lessons (schools-education)', 'therapy sessions (other themes)'],
		examples: [
			'Boxing club does more for my mental health than any therapy.',
			'The peer support group made me realise I wasnt the only one.',
			'Walks in the park with the group help me switch off.',
			'Bring back the youth club, there is nothing to do after school.',
			'The music project gave me a reason to get up on Saturdays.'
		],
		nearMisses: [
			{
				text: 'The community centre is freezing and has no wifi.',
				themes: ['places-spaces'],
				why: 'the building, not the activity'
			},
			{
				text: 'Mindfulness in tutor time is pointless.',
				themes: ['schools-education'],
				why: 'a school activity'
			},
			{
				text: 'I found the group through an app.',
				themes: ['digital-online', 'information-signposting'],
				why: 'how it was found'
			}
		]
	}
];

/** docs/codebook.md, generated from the entries above. */
export function codebookMarkdown(themes: ReadonlyArray<{ id: string; name: string }>): string {
	const out: string[] = [
		'# Theme codebook',
		'',
		'How reviewers (and the model) decide which of the 14 default themes a statement gets. A statement',
		'can have several themes or none. Tag a theme when the statement says something about it, not when',
		'it only uses one of its words. Generated from `src/lib/nlp/codebook.ts` by `npm run nlp:train`;',
		'edit that file, not this one. The examples are also training data for the built-in model.',
		''
	];
	for (const e of codebook) {
		const name = themes.find((t) => t.id === e.id)?.name ?? e.id;
		out.push(`## ${name} (\`${e.id}\`)`, '', e.definition, '', '**Includes**', '');
		for (const x of e.includes) out.push(`- ${x}`);
		out.push('', '**Excludes**', '');
		for (const x of e.excludes) out.push(`- ${x}`);
		out.push('', '**Typical examples**', '');
		for (const x of e.examples) out.push(`- "${x}"`);
		out.push('', '**Near-misses (code elsewhere)**', '');
		for (const n of e.nearMisses) out.push(`- "${n.text}" -> ${n.themes.map((t) => `\`${t}\``).join(', ')}: ${n.why}`);
		out.push('');
	}
	return out.join('\n');
}
