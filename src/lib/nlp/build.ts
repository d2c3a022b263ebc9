// Build-time helpers shared by `npm run nlp:train`, the staleness test and the benchmark.
// Pure functions: callers read and write the files.
import type { TrainingExample, ThemeModel, SafeguardingSeverity, Sentiment, RedactionKind, Role } from './types';
import { defaultThemes } from './taxonomy';
import { trainModel } from './themes';
import { codebook } from './codebook';
import { PLACE_WORDS, SERVICE_WORDS } from './redact';
import { canonical } from './text';
import { SG_CATEGORIES, type SgFixtureRow } from './safeguarding-fixture';
import { trainSafeguardingModel, type LabelledText, type SafeguardingModel } from './safeguarding-classifier';

/** One labelled statement of tests/fixtures/nlp/statements.jsonl. */
export interface FixtureStatement {
	id: string;
	split: 'train' | 'test';
	role: Role;
	text: string;
	themes: string[];
	sentiment: Sentiment;
	safeguarding: boolean;
	/** Older reason codes (suicidal, abuse_neglect, ...): this set predates the category codes. */
	safeguarding_reasons?: string[];
	safeguarding_severity?: SafeguardingSeverity;
	hard_negative?: boolean;
	pii?: Array<{ kind: RedactionKind; start: number; end: number; text: string }>;
	source?: string;
}

export function readFixture(jsonl: string): FixtureStatement[] {
	return jsonl
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l) as FixtureStatement);
}

/** A statement's source: its `source` field, else the id's prefix ("yp", "pc", "sg", ...). */
export function sourceOf(r: Pick<FixtureStatement, 'id' | 'source'>): string {
	return r.source ?? r.id.replace(/-.*$/, '');
}

/** The codebook's examples and near-misses, coded as the codebook says. */
export function codebookExamples(): TrainingExample[] {
	const out: TrainingExample[] = [];
	for (const e of codebook) {
		for (const text of e.examples) out.push({ text, themes: [e.id], source: 'codebook' });
		for (const n of e.nearMisses) out.push({ text: n.text, themes: n.themes, source: 'codebook' });
	}
	return out;
}

/**
 * What the built-in model learns from: the TRAIN split of statements.jsonl, the TRAIN sources of
 * feedback.jsonl and the codebook. TEST statements and TEST sources are never included.
 */
export function trainingExamples(
	fixture: readonly FixtureStatement[],
	feedback: readonly FixtureStatement[] = []
): TrainingExample[] {
	const rows = (r: FixtureStatement, source?: string): TrainingExample => ({
		text: r.text,
		themes: r.themes,
		role: r.role,
		sentiment: r.sentiment,
		...(source ? { source } : {})
	});
	return [
		...fixture.filter((r) => r.split === 'train').map((r) => rows(r)),
		...feedback.filter((r) => r.split === 'train').map((r) => rows(r, sourceOf(r))),
		...codebookExamples()
	];
}

/** The built-in model: the 14 default themes, learnt from training data only, tuned by grouped CV. */
export function buildDefaultModel(
	fixture: readonly FixtureStatement[],
	feedback: readonly FixtureStatement[] = []
): ThemeModel {
	return trainModel(trainingExamples(fixture, feedback), defaultThemes, { tune: true, prior: null });
}

// Names compromise lacks that are common among young people in the four areas.
const EXTRA_FIRST = (
	'priya tendai harpreet gurpreet jaspreet manpreet simran navdeep amrit kiran callum femi tunde chidi chiamaka ' +
	'amara adaeze kwame kofi ama efua yaw nana temi tobi dami ayo sade bisi oluwaseun seun funmi ife zainab ' +
	'ayaan aarav ishaan arjun rohan dev anaya aanya diya ishani riya saanvi meera nikhil rahul sunil vikram ' +
	'zara zaynab maryam khadija hafsa sumaya safiya inaya hamza bilal zayn zain rayyan ibrahim yusuf idris ' +
	'kacper szymon jakub zofia zuzanna oliwia wiktoria maja lena julia bartosz mateusz filip dominik ' +
	'andrei ionut alexandru bianca ioana elena andreea kayleigh kayla chantelle shannon jodie leanne ' +
	'stacey tasha demi mollie maisie evie isla freya esme ellie-mae lacey-mae alfie archie harvey ollie ' +
	'reece kian kyle jayden jaden brandon tyrese tyrone kai-jay declan ciaran niall niamh siobhan aoife ' +
	'caoimhe orla saoirse bev shaz gaz baz kez jez'
).split(' ');
const EXTRA_LAST = (
	'okafor adeyemi moyo okoye nwosu mensah owusu boateng asante osei adebayo oyelaran begum hussain ahmed akhtar ' +
	'kaur mistry chauhan parmar mehta shah desai lad solanki chavda gohil rana sandhu gill dhillon bains ' +
	'kowalczyk nowak wisniewski wojcik kaminski lewandowski zielinski popescu ionescu murphy kelly obrien ' +
	'oconnor byrne ryan walsh mccarthy doherty thompson hughes evans clarke patel khan ali iqbal mahmood ' +
	'rahman islam uddin miah choudhury chowdhury'
).split(' ');

/**
 * First names and surnames from compromise's lexicon plus local additions, minus anything that
 * is a service or a place here. Sorted, so the file only changes when its inputs do.
 */
export function buildNamesData(lexicon: Record<string, string | string[]>): {
	source: string;
	first: string[];
	last: string[];
} {
	const first = new Set<string>(EXTRA_FIRST);
	const last = new Set<string>(EXTRA_LAST);
	for (const [word, tag] of Object.entries(lexicon)) {
		const tags = Array.isArray(tag) ? tag.join(',') : tag;
		if (!/^[a-z][a-z'-]+$/.test(word)) continue;
		if (/FirstName|MaleName|FemaleName/.test(tags)) first.add(word);
		else if (/LastName/.test(tags)) last.add(word);
	}
	const keep = (w: string) => !SERVICE_WORDS.has(w) && !PLACE_WORDS.has(w);
	return {
		source:
			'compromise lexicon (FirstName, MaleName, FemaleName, LastName) plus local additions; see src/lib/nlp/build.ts',
		first: [...first].filter(keep).sort(),
		last: [...last].filter((w) => keep(w) && !first.has(w)).sort()
	};
}

/** src/lib/nlp/data/names.json as written: buildNamesData's lists, tab-indented, with a final newline. */
export function namesJson(lexicon: Record<string, string | string[]>): string {
	return JSON.stringify(buildNamesData(lexicon), null, '\t') + '\n';
}

/** The safeguarding classifier: TRAIN split of the safeguarding fixture plus the general fixture's TRAIN split. */
export function buildSafeguardingModel(
	sg: readonly SgFixtureRow[],
	general: readonly FixtureStatement[],
	normalise: (canonicalText: string) => string,
	options: {
		threshold?: number;
		heads?: boolean;
		without?: string;
		fit?: { epochs?: number; rate?: number; l2?: number; bags?: number };
	} = {}
): SafeguardingModel {
	const data: LabelledText[] = [
		...sg
			.filter((r) => r.set === 'train' && r.category !== options.without)
			.map((r) => {
				const d: LabelledText = { text: normalise(canonical(r.text)), safeguarding: r.safeguarding, group: r.writer };
				if (r.category !== 'none') d.category = r.category;
				return d;
			}),
		...general
			.filter((r) => r.split === 'train')
			.map((r) => ({ text: normalise(canonical(r.text)), safeguarding: r.safeguarding, group: 'general' }))
	];
	return trainSafeguardingModel(data, SG_CATEGORIES, options);
}
