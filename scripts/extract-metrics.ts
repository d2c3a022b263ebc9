// Extracts the SSOT plan's appendix tables into seeds/metrics/ssot.json, and the access ranking
// (from the same appendix) for the other three areas. Run by hand when the source changes:
//   node --import tsx scripts/extract-metrics.ts path/to/004_23d455e10acadd96.txt
// Series are defined here by hand (title, plain definition, unit, which way is better); the numbers
// and the evidence lines come from the document, so seeds test can re-check them.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseFigure, type SeedMetricSeries } from '../src/lib/schemas/metrics.ts';

const SRC = '004_23d455e10acadd96.txt';
const lines = readFileSync(process.argv[2] ?? `seeds/sources/${SRC}`, 'utf8').split('\n');
const find = (re: RegExp, from = 0) => {
	const i = lines.findIndex((l, n) => n >= from && re.test(l));
	if (i < 0) throw new Error(`not found: ${re}`);
	return i;
};
const cells = (l: string) => l.split('\t').map((c) => c.trim());
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Apr-23" -> 2023-04-30; "2021/22" or "22/23" -> 31 March of the second year. */
function periodEnd(p: string): string {
	const m = /^([A-Z][a-z]{2})-(\d{2})/.exec(p);
	if (m) {
		const month = MONTHS.indexOf(m[1]!) + 1;
		const year = 2000 + Number(m[2]);
		const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
		return `${year}-${String(month).padStart(2, '0')}-${last}`;
	}
	const fy = /^(?:\d{2})?(\d{2})\/(\d{2})$/.exec(p);
	if (fy) return `20${fy[2]}-03-31`;
	throw new Error(`period ${p}`);
}
const slug = (s: string) =>
	s
		.toLowerCase()
		.replace(/&/g, 'and')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);

type Draft = Omit<SeedMetricSeries, 'phrase'> & { phrase?: string | null };
const series: Draft[] = [];
const ICB = 'Staffordshire and Stoke-on-Trent ICB';
const A2 = 'Appendix 2 - Performance and activity';

/** Rows after `header` until a blank line; label = last text cell before the numbers. */
function rowsAfter(header: number, until?: number) {
	const out: { line: number; cells: string[] }[] = [];
	for (let i = header + 1; i < (until ?? lines.length); i++) {
		if (!lines[i]!.trim()) {
			if (until === undefined) break;
			continue;
		}
		out.push({ line: i, cells: cells(lines[i]!) });
	}
	return out;
}
function periodsOf(header: number) {
	return cells(lines[header]!).filter((c) => /^([A-Z][a-z]{2}-\d{2}|\d{2}(\d{2})?\/\d{2})/.test(c));
}
function numbersOf(cs: string[]) {
	// Values are the trailing cells that are numbers, "*" or "-".
	const vals: string[] = [];
	for (let i = cs.length - 1; i >= 0; i--) {
		const c = cs[i]!;
		if (c === '' && !vals.length) continue;
		if (parseFigure(c) !== null || c === '*' || c === '-') vals.unshift(c);
		else break;
	}
	return { vals, label: cs.slice(0, cs.length - vals.length).filter(Boolean) };
}

function add(
	base: Omit<Draft, 'points' | 'evidence' | 'key' | 'geography' | 'title'> & { title: string },
	key: string,
	geography: string,
	header: number,
	line: number,
	opts: { planned?: boolean; title?: string } = {}
) {
	const periods = periodsOf(header);
	const { vals } = numbersOf(cells(lines[line]!));
	if (vals.length !== periods.length)
		throw new Error(`line ${line + 1}: ${vals.length} values, ${periods.length} periods`);
	const points: SeedMetricSeries['points'] = [];
	periods.forEach((p, i) => {
		const raw = vals[i]!;
		const v = parseFigure(raw);
		const label = p.replace(/\s*\((planned|actual)\)/i, '');
		const planned = /\(planned\)/i.test(p);
		let point = points.find((x) => x.period === label);
		if (!point) {
			point = { period: label, period_end: periodEnd(label), value: null, target: null, note: null };
			points.push(point);
		}
		if (planned) point.target = v;
		else if (v === null) point.note = raw === '*' ? 'Fewer than 5: the source hides small numbers' : 'Not given';
		else point.value = v;
		if (/forecast/i.test(base.title) && label === '24/25')
			point.note = 'Forecast for the full year, as at September 2024';
	});
	series.push({
		...base,
		title: opts.title ?? base.title,
		key,
		geography,
		evidence: [lines[header]!.trim(), lines[line]!.trim()],
		points
	});
}

const geoName = (g: string) => (g === ICB ? ICB : g);

// 1. CYP with at least one contact, by geography ------------------------------------------------
{
	const h = find(/^Geography\t\t2021\/22\t2022\/23\t2023\/24/);
	for (const r of rowsAfter(h)) {
		const { label } = numbersOf(r.cells);
		const g = label.at(-1)!;
		if (g.startsWith('%')) continue; // change on the year before: worked out from the values shown
		add(
			{
				title: 'Children and young people supported (at least one contact)',
				definition:
					'How many children and young people under 18 had at least one contact with NHS-funded mental health services in the 12 months to the end of the year.',
				unit: 'count',
				direction: 'higher',
				source: SRC,
				section: `${A2}: Children and young people access (1 + contacts)`,
				priorities: g === ICB ? ['p5'] : [],
				themes: ['access-waiting']
			},
			`access-1-contact-${slug(g)}`,
			geoName(g),
			h,
			r.line
		);
	}
}
// 2. Eating disorders routine 4 weeks ----------------------------------------------------------------
{
	const h = find(/^Geography\tApr-23\tMay-23/);
	const icb = h + 1;
	const target = h + 2;
	const periods = periodsOf(h);
	const v = numbersOf(cells(lines[icb]!)).vals;
	const t = numbersOf(cells(lines[target]!)).vals;
	series.push({
		key: 'ed-routine-4-weeks',
		title: 'Young people with an eating disorder seen within 4 weeks',
		definition:
			'Of young people aged 0-18 referred to eating disorder services as routine (not urgent) cases, the share who started treatment within 4 weeks (3 months rolling).',
		unit: 'percent',
		direction: 'higher',
		geography: ICB,
		source: SRC,
		section: `${A2}: Proportion of routine referrals to eating disorder services seen within 4 weeks`,
		evidence: [lines[h]!.trim(), lines[icb]!.trim(), lines[target]!.trim()],
		priorities: ['p9', 'p5'],
		themes: ['eating-disorders', 'access-waiting'],
		points: periods.map((p, i) => ({
			period: p,
			period_end: periodEnd(p),
			value: parseFigure(v[i]!),
			target: parseFigure(t[i]!),
			note: null
		}))
	});
}
// 3. Median waits: seen, and still waiting -----------------------------------------------------------
{
	const h = find(/^Geography\tAug-23\tSep-23/);
	const seen = find(/^Patients seen in the reporting period/, h);
	const waiting = find(/^Patients waiting to be seen/, h);
	for (const [start, kind] of [
		[seen, 'seen'],
		[waiting, 'waiting']
	] as const)
		for (const r of rowsAfter(start)) {
			const g = numbersOf(r.cells).label.at(-1)!;
			add(
				{
					title:
						kind === 'seen'
							? 'Median wait to first contact (young people seen)'
							: 'Median wait so far (young people still waiting)',
					definition:
						kind === 'seen'
							? 'The middle wait, in days, from referral to first contact for under-18s who had their first contact in the 3 months: half waited less than this, half longer.'
							: 'The middle wait so far, in days, for under-18s still waiting for a first contact at the end of the month: half have waited less than this, half longer.',
					unit: 'days',
					direction: 'lower',
					source: SRC,
					section: `${A2}: CYP MH Service median waits to first contact following referral`,
					priorities: g === ICB ? ['p5'] : [],
					themes: ['access-waiting']
				},
				`median-wait-${kind}-${slug(g)}`,
				geoName(g),
				h,
				r.line
			);
		}
}
// 4. Getting advice (two contacts) ----------------------------------------------------------------
{
	const h = find(/^Geography\t\t2018\/19\t2019\/20/);
	for (const r of rowsAfter(h)) {
		const g = numbersOf(r.cells).label.at(-1)!;
		if (g.startsWith('%')) continue;
		add(
			{
				title: 'Children and young people helped (at least two contacts)',
				definition:
					'How many children and young people had at least two contacts with mental health services in the year, with the first before they turned 18 (getting advice and support, formerly Tier 2).',
				unit: 'count',
				direction: 'higher',
				source: SRC,
				section: `${A2}: Getting advice and support service (formerly Tier 2)`,
				priorities: [],
				themes: ['access-waiting']
			},
			`two-contacts-${slug(g)}`,
			geoName(g),
			h,
			r.line
		);
	}
}
// 5. Getting help (Tier 3): three measures by geography -----------------------------------------
{
	const h = find(/^Measure\tGeography\t2018\/19/);
	const measures: Record<string, [string, string, string]> = {
		'Number of referrals received into CAMHS': [
			'referrals',
			'Referrals to community CAMHS',
			'How many referrals community CAMHS (NHS) received in the year.'
		],
		'The number of new children and young people aged 0-18 receiving treatment from CAMHS services in the reporting period':
			[
				'new-in-treatment',
				'Children and young people starting treatment in CAMHS',
				'How many children and young people aged 0-18 started treatment with community CAMHS in the year.'
			],
		'Total number of individual children and young people aged 0-18 receiving treatment from CAMHS services in the reporting period':
			[
				'in-treatment',
				'Children and young people in treatment with CAMHS',
				'How many different children and young people aged 0-18 were treated by community CAMHS in the year.'
			]
	};
	let measure = '';
	for (const r of rowsAfter(h)) {
		const label = numbersOf(r.cells).label;
		if (label.length === 2) measure = label[0]!;
		const g = label.at(-1)!;
		const [k, title, definition] = measures[measure]!;
		add(
			{
				title,
				definition,
				unit: 'count',
				direction: null,
				source: SRC,
				section: `${A2}: CAMHS: Getting help services (formerly Tier 3)`,
				priorities: [],
				themes: ['access-waiting']
			},
			`camhs-${k}-${slug(g)}`,
			geoName(g),
			h,
			r.line
		);
	}
}
// 6. Outcomes -------------------------------------------------------------------------------
{
	const h = find(/^Staffordshire and Stoke-on-Trent ICB\tApr-23/);
	const defs = {
		'CYP paired scores': [
			'paired-scores',
			'Finished care with a before-and-after score',
			'Of referrals closed after at least two contacts, the share with a "before and after" score, aged 0-17.',
			null
		],
		'CYP self rated measurable improvement': [
			'self-rated-improvement',
			'Young people who said they got measurably better',
			"Of referrals closed after at least two contacts, the share where the young person's own before-and-after score showed reliable improvement, aged 0-17.",
			'higher'
		]
	} as const;
	for (const r of rowsAfter(h)) {
		const label = numbersOf(r.cells).label[0]! as keyof typeof defs;
		const [k, title, definition, direction] = defs[label];
		add(
			{
				title,
				definition,
				unit: 'percent',
				direction,
				source: SRC,
				section: `${A2}: Children and young people (CYP) mental health outcomes`,
				priorities: k === 'self-rated-improvement' ? ['p1'] : [],
				themes: []
			},
			`outcomes-${k}`,
			ICB,
			h,
			r.line
		);
	}
}
// 7. Inpatient (Tier 4) ------------------------------------------------------------------------
{
	const h = find(/^Geography\tMeasure\t2018\/19/);
	const defs: Record<string, [string, string, SeedMetricSeries['direction']]> = {
		'Patients at start of FY': ['patients-start', 'Young people in hospital at the start of the year', null],
		'Ward starts in FY': ['ward-starts', 'Stays on a mental health ward that started in the year', null],
		'Ward ends in FY': ['ward-ends', 'Stays on a mental health ward that ended in the year', null],
		'Patients at end of FY': ['patients-end', 'Young people in hospital at the end of the year', null],
		'Overnight Bed stays (all patients) in FY': ['bed-nights', 'Nights spent in a mental health hospital bed', 'lower'],
		'Patients newly admitted in FY': [
			'new-admissions',
			'Young people newly admitted to a mental health hospital',
			'lower'
		],
		'Overnight Bed stays (new adms) in FY*': [
			'bed-nights-new',
			'Nights in hospital for young people newly admitted',
			'lower'
		]
	};
	let geo = '';
	for (const r of rowsAfter(h)) {
		const label = numbersOf(r.cells).label;
		if (label.length === 2) geo = label[0]!;
		const m = label.at(-1)!;
		if (m.startsWith('Y on Y')) continue; // worked out from the values shown
		const [k, title, direction] = defs[m]!;
		add(
			{
				title,
				definition: `${title}, in the financial year, for children and young people's specialised inpatient mental health care (getting risk support, formerly Tier 4). Source measure: "${m}".`,
				unit: 'count',
				direction,
				source: SRC,
				section: `${A2}: CAMHS getting risk support specialised inpatient admission for CYP (formerly Tier 4)`,
				priorities: geo === ICB && k === 'new-admissions' ? ['p8'] : [],
				themes: ['crisis-support']
			},
			`inpatient-${k}-${slug(geo)}`,
			geo,
			h,
			r.line
		);
	}
}
// 8. A&E -------------------------------------------------------------------------------------------
{
	const h = find(/^Geography\t\t2021\/22\t2022\/23\t2023\/24/, find(/A&E attendances and 12 hour breaches/));
	const rows = rowsAfter(h);
	const defs: [string, string, SeedMetricSeries['unit'], SeedMetricSeries['direction'], string][] = [
		[
			'ae-mh-attendances',
			'A&E visits by young people with a mental health condition',
			'count',
			null,
			'How many times under-18s with a mental health condition went to a major A&E department in the year.'
		],
		[
			'ae-all-attendances',
			'All A&E visits by young people',
			'count',
			null,
			'How many times under-18s went to a major A&E department in the year.'
		],
		[
			'ae-mh-share',
			"Share of young people's A&E visits with a mental health condition",
			'percent',
			null,
			'Of all A&E visits by under-18s, the share where the young person had a mental health condition.'
		],
		[
			'ae-mh-12h',
			'Young people with a mental health condition who spent over 12 hours in A&E',
			'count',
			'lower',
			'How many A&E visits by under-18s with a mental health condition lasted more than 12 hours before they were admitted, moved or sent home.'
		],
		[
			'ae-mh-attendances-clean',
			'A&E visits by young people with a mental health condition (reliable times only)',
			'count',
			null,
			'As above, leaving out visits whose length may be wrong in the data.'
		],
		[
			'ae-mh-12h-share',
			'Share of A&E visits by young people with a mental health condition lasting over 12 hours',
			'percent',
			'lower',
			'Of A&E visits by under-18s with a mental health condition (reliable times only), the share lasting more than 12 hours.'
		],
		[
			'ae-all-12h',
			'Young people who spent over 12 hours in A&E',
			'count',
			'lower',
			'How many A&E visits by all under-18s lasted more than 12 hours.'
		],
		[
			'ae-all-attendances-clean',
			'All A&E visits by young people (reliable times only)',
			'count',
			null,
			'All A&E visits by under-18s, leaving out visits whose length may be wrong in the data.'
		],
		[
			'ae-all-12h-share',
			"Share of all young people's A&E visits lasting over 12 hours",
			'percent',
			'lower',
			'Of all A&E visits by under-18s (reliable times only), the share lasting more than 12 hours.'
		]
	];
	rows.forEach((r, i) => {
		const [k, title, unit, direction, definition] = defs[i]!;
		add(
			{
				title,
				definition,
				unit,
				direction,
				source: SRC,
				section: `${A2}: Children and young people (CYP) mental health A&E attendances and 12 hour breaches`,
				priorities: k === 'ae-mh-12h-share' ? ['p8'] : [],
				themes: ['crisis-support']
			},
			k,
			ICB,
			h,
			r.line
		);
	});
}
// 9. Finance (Appendix 3) ---------------------------------------------------------------------------
{
	const h1 = find(/^CAMHS Plan \/ Spend\t22\/23/);
	const h2 = find(/^\t22\/23\t23\/24\t24\/25/, h1 + 1);
	const fin: [number, number, string, string, string][] = [
		[
			h1,
			h1 + 1,
			'finance-camhs-plan',
			'CAMHS money planned for the year',
			"The money the ICB planned to spend on children's mental health services (CAMHS) in the year."
		],
		[
			h1,
			h1 + 2,
			'finance-camhs-spend',
			'CAMHS money spent (or forecast)',
			"The money the ICB spent on children's mental health services (CAMHS) in the year; for 2024/25, the forecast at the end of September 2024."
		],
		[
			h2,
			h2 + 1,
			'finance-sdf-allocation',
			'Extra national money given for CAMHS (SDF)',
			"The money NHS England gave the ICB for children's mental health through the Service Development Fund (SDF) in the year."
		],
		[
			h2,
			h2 + 2,
			'finance-sdf-spend',
			'Extra national money for CAMHS spent (SDF, or forecast)',
			"The Service Development Fund money spent on children's mental health in the year; for 2024/25, the forecast at the end of September 2024."
		]
	];
	for (const [h, line, key, title, definition] of fin) {
		const periods = periodsOf(h);
		const vals = cells(lines[line]!).slice(1, 1 + periods.length);
		series.push({
			key,
			title,
			definition,
			unit: 'pounds',
			direction: null,
			geography: ICB,
			source: SRC,
			section: 'Appendix 3 - Finance: CAMHS Financial Overview',
			evidence: [lines[h]!.trim(), lines[line]!.trim()],
			priorities: [],
			themes: [],
			points: periods.map((p, i) => ({
				period: p,
				period_end: periodEnd(p),
				value: parseFigure(vals[i]!),
				target: null,
				note: /spend/.test(key) && p === '24/25' ? 'Forecast for the full year, as at September 2024' : null
			}))
		});
	}
}
// 10. Workforce (Appendix 4) ------------------------------------------------------------------------
for (const [kind, re] of [
	['establishment', /^Establishment WTE\tMar-14/],
	['substantive', /^Substantive Staff WTE\tMar-14/]
] as const) {
	const h = find(re);
	let tier = '';
	for (const r of rowsAfter(h)) {
		const { vals, label } = numbersOf(r.cells);
		if (!vals.length) {
			tier = label[0]!;
			continue;
		}
		const role = label[0]!;
		const tierShort = tier.split(' / ')[0]!;
		add(
			{
				title: `${kind === 'establishment' ? 'Posts funded' : 'Staff in post'}: ${tierShort}, ${role}`,
				definition: `${kind === 'establishment' ? 'The number of funded posts (establishment)' : 'The number of permanent staff in post (substantive)'} in children's mental health services, in whole-time equivalents (one full-time job = 1): ${tier}, ${role}. The planned figure for a year is shown as its target.`,
				unit: 'wte',
				direction: null,
				source: SRC,
				section: 'Appendix 4 - Workforce: Staffordshire and Stoke-on-Trent CYP MH Workforce',
				priorities: kind === 'substantive' && /Total/.test(role) && tierShort === 'Tier 3' ? ['p4'] : [],
				themes: []
			},
			`workforce-${kind}-${slug(tierShort)}-${slug(role)}`,
			ICB,
			h,
			r.line,
			{ planned: true }
		);
	}
}

// The access ranking: every area's ICB, from the same appendix --------------------------------
const rankingHeader = find(/^Rank Quartile\tRank\tOrganisation Name\tValue/);
const ranking = (name: string, area: string, priorities: string[]): SeedMetricSeries => {
	const line = find(new RegExp(`\\t${name}\\t`), rankingHeader);
	const cs = cells(lines[line]!);
	return {
		key: 'access-ltp-trajectory',
		title: `Young people reached, against the national plan (ranked ${cs.find((c) => /^\d+\/42$/.test(c))!.split('/')[0]} of 42 areas in England)`,
		definition:
			'How many children and young people were supported by NHS-funded mental health services, as a share of the number the NHS Long Term Plan expected by then. 100% means on track; above 100% means more than expected.',
		unit: 'percent',
		direction: 'higher',
		geography: area,
		source: SRC,
		section: 'Appendix 2 - Performance and activity: NHS Operating Framework (as at March 2024), S084a',
		evidence: [lines[line]!.trim()],
		phrase: PHRASES['access-ltp-trajectory']!,
		priorities,
		themes: ['access-waiting'],
		points: [{ period: 'Mar-24', period_end: '2024-03-31', value: parseFigure(cs.at(-1)!), target: null, note: null }]
	};
};

/** How to say the values of the series the board shows (linked to a priority) in a sentence. */
const PHRASES: Record<string, string> = {
	'access-ltp-trajectory':
		'the number of young people getting NHS mental health support was {value} of what the national plan expected',
	'access-1-contact-staffordshire-and-stoke-on-trent-icb':
		'{value} children and young people had at least one contact with NHS mental health services in Staffordshire and Stoke-on-Trent',
	'ed-routine-4-weeks': '{value} of young people with an eating disorder were seen within 4 weeks',
	'median-wait-seen-staffordshire-and-stoke-on-trent-icb':
		'half of the young people seen for the first time had waited more than {value}',
	'median-wait-waiting-staffordshire-and-stoke-on-trent-icb':
		'half of the young people still waiting for a first contact had waited more than {value}',
	'outcomes-self-rated-improvement': '{value} of young people who finished their care said they were measurably better',
	'inpatient-new-admissions-staffordshire-and-stoke-on-trent-icb':
		'{value} young people were newly admitted to a mental health hospital',
	'ae-mh-12h-share': '{value} of A&E visits by young people with a mental health condition lasted over 12 hours',
	'workforce-substantive-tier-3-tier-3-total': 'there were {value} staff in post in getting help services (Tier 3)'
};
for (const s of series) s.phrase = PHRASES[s.key] ?? null;

const out = (area: string, list: SeedMetricSeries[], notes: string) => ({ area, notes, series: list });
const files: Record<string, ReturnType<typeof out>> = {
	ssot: out(
		'ssot',
		[ranking('NHS STAFFORDSHIRE AND STOKE-ON-TRENT INTEGRATED CARE BOARD', ICB, ['p5']), ...series],
		'Every table of series over time in Appendices 2-4 of the SSOT plan, extracted by scripts/extract-metrics.ts. Left out: rows the document works out from the others ("% change on previous year", "Y on Y change"); Appendix 1 (one-off comparisons between areas and conditions with no period); and the 38 other ICBs in the access ranking.'
	)
};
const ranked = {
	llr: [
		'NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE BOARD',
		'Leicester, Leicestershire and Rutland ICB',
		['p14']
	],
	'kent-medway': ['NHS KENT AND MEDWAY INTEGRATED CARE BOARD', 'Kent and Medway ICB', ['p1']],
	blmk: [
		'NHS BEDFORDSHIRE, LUTON AND MILTON KEYNES INTEGRATED CARE BOARD',
		'Bedfordshire, Luton and Milton Keynes ICB',
		['p2']
	]
} as const;
for (const [area, [name, geo, prios]] of Object.entries(ranked)) {
	const path = `seeds/metrics/${area}.json`;
	const existing = JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof out>;
	existing.series = [
		ranking(name, geo, [...prios]),
		...existing.series.filter((s) => s.key !== 'access-ltp-trajectory')
	];
	files[area] = existing;
}
for (const [area, data] of Object.entries(files))
	writeFileSync(`seeds/metrics/${area}.json`, JSON.stringify(data, null, '\t') + '\n');
console.log(
	Object.entries(files)
		.map(([a, d]) => `${a}: ${d.series.length} series`)
		.join(', ')
);
