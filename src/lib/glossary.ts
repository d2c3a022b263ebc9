/**
 * Short forms the plans use, in plain English (issue 15, item 3). Pages mark them up with
 * <abbr> (`Abbreviated.svelte`) and list the ones a page uses in a glossary section.
 * Only terms the seeded plans actually use; add a term when a plan brings a new one.
 */
export const GLOSSARY: Record<string, string> = {
	'A&E': 'Accident and emergency department at a hospital',
	ADHD: 'Attention deficit hyperactivity disorder',
	AMHS: 'Adult mental health services',
	ARFID: 'Avoidant restrictive food intake disorder, an eating disorder',
	CAMHS: "Children and young people's mental health services (Child and Adolescent Mental Health Services)",
	CBT: 'Cognitive behavioural therapy, a talking therapy',
	CCG: 'Clinical commissioning group, the NHS body that planned local services before ICBs',
	CQC: 'Care Quality Commission, which inspects health and care services',
	'C&YP': 'Children and young people',
	CYP: 'Children and young people',
	CYPMHS: "Children and young people's mental health services",
	DHU: 'Derbyshire Health United, an NHS provider',
	ED: 'Eating disorder',
	GP: 'General practitioner, a family doctor',
	IAPT: 'Improving Access to Psychological Therapies, NHS talking therapies',
	ICB: 'Integrated care board, the NHS body that plans and pays for local health services',
	ICS: 'Integrated care system: the NHS, councils and partners working together in an area',
	JSNA: 'Joint strategic needs assessment, a study of local health needs',
	KMPT: 'Kent and Medway NHS and Social Care Partnership Trust',
	LPT: 'Leicestershire Partnership NHS Trust',
	LTP: 'Local transformation plan for children and young people’s mental health (or the NHS Long Term Plan)',
	MDT: 'Multidisciplinary team: staff with different skills working together',
	MHST: 'Mental health support team, working in schools and colleges',
	MPFT: 'Midlands Partnership University NHS Foundation Trust',
	NELFT: 'North East London NHS Foundation Trust, which runs some mental health services in Kent and Medway',
	NHS: 'National Health Service',
	NICE: 'National Institute for Health and Care Excellence, which writes guidance on care',
	NSCHT: 'North Staffordshire Combined Healthcare NHS Trust',
	OCD: 'Obsessive compulsive disorder',
	PCN: 'Primary care network: GP practices working together',
	SEND: 'Special educational needs and disabilities',
	THRIVE:
		'The THRIVE framework, which groups help by what a young person needs (getting advice, help, more help, risk support)',
	VCSE: 'Voluntary, community and social enterprise organisations, such as charities',
	YJS: 'Youth justice service'
};

const TERMS = Object.keys(GLOSSARY).sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\&]/g, (c) => (c === '&' ? '&' : `\\${c}`));
/** A term on its own (a plural "s" allowed: "MHSTs", "GPs"), case as written. */
const PATTERN = new RegExp(`(?<![A-Za-z&])(${TERMS.map(escape).join('|')})(s?)(?![A-Za-z&])`, 'g');

export type Part = { text: string; term?: string };

/** Text split into plain parts and glossary terms, for <abbr> markup. */
export function splitTerms(text: string): Part[] {
	const parts: Part[] = [];
	let at = 0;
	for (const m of text.matchAll(PATTERN)) {
		if (m.index > at) parts.push({ text: text.slice(at, m.index) });
		parts.push({ text: m[0], term: m[1] });
		at = m.index + m[0].length;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	return parts;
}

/** The glossary terms used in some texts, in alphabetical order. */
export function termsIn(texts: Iterable<string | null | undefined>): { term: string; meaning: string }[] {
	const found = new Set<string>();
	for (const t of texts) if (t) for (const m of t.matchAll(PATTERN)) found.add(m[1]!);
	return [...found].sort((a, b) => a.localeCompare(b)).map((term) => ({ term, meaning: GLOSSARY[term]! }));
}
