// Benchmark of the text-analysis library on the fixture's TEST split (never seen in training):
// per-theme precision/recall/F1, micro-F1, sentiment accuracy, safeguarding recall/precision,
// redaction recall by kind, throughput of the full analyse() on one core, and peak memory.
// Themes and sentiment are also reported on feedback.jsonl's TEST sources (unseen writers), with
// bootstrap intervals, plus a learning curve and an emerging-themes check (skip with -- --quick).
// Run: npm run bench:nlp            (add -- --compromise to also time compromise's name finder)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, builtInModel, defaultThemes, redact, type Analysis } from '../../src/lib/nlp/index';
import { buildSafeguardingModel, readFixture, sourceOf, type FixtureStatement } from '../../src/lib/nlp/build';
import { microF1, themeReport, sentimentReport, SENTIMENTS } from '../../src/lib/nlp/evaluate';
import { scoreSentiment } from '../../src/lib/nlp/sentiment';
import {
	compileBatches,
	readSgFixture,
	SG_CATEGORIES,
	type SgFixtureRow
} from '../../src/lib/nlp/safeguarding-fixture';
import { readBatchFiles } from '../../src/cli/nlp-batches';
import { detectInCanonical, normalise, ruleDetect, safeguardingModel, silencer } from '../../src/lib/nlp/safeguarding';
import { classify, features, type SafeguardingModel } from '../../src/lib/nlp/safeguarding-classifier';
import { canonical } from '../../src/lib/nlp/text';
import { learningCurve, emergingCheck } from './nlp-learning';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = readFixture(fs.readFileSync(path.join(root, 'tests/fixtures/nlp/statements.jsonl'), 'utf8'));
const test = fixture.filter((r) => r.split === 'test');
const feedback = readFixture(fs.readFileSync(path.join(root, 'tests/fixtures/nlp/feedback.jsonl'), 'utf8'));
const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a ');
let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sample = () => {
	const m = process.memoryUsage();
	peakRss = Math.max(peakRss, m.rss);
	peakHeap = Math.max(peakHeap, m.heapUsed);
};

console.log(
	`Said & Done text analysis benchmark: ${test.length} TEST statements (of ${fixture.length}); model trained on ${builtInModel.trainedOn.examples}.`
);

// ---- themes ----
const results = new Map<string, Analysis>();
for (const r of test) results.set(r.id, analyse(r.text, { role: r.role }));
const ids = defaultThemes.map((t) => t.id);
const ci = (i: { low: number; high: number }) => `[${pct(i.low)}-${pct(i.high)}]`;

function themeTable(title: string, rows: readonly FixtureStatement[], got: (r: FixtureStatement) => Analysis) {
	const rep = themeReport(
		rows.map((r) => ({ gold: r.themes, got: got(r).themes })),
		ids
	);
	console.log(`\n${title}`);
	console.log(
		`${'theme'.padEnd(24)} ${'n'.padStart(3)} ${'prec'.padStart(5)} ${'95% CI'.padStart(13)} ${'recall'.padStart(6)} ${'95% CI'.padStart(13)} ${'F1'.padStart(5)}`
	);
	for (const t of rep.perTheme) {
		console.log(
			`${t.id.padEnd(24)} ${String(t.support).padStart(3)} ${pct(t.precision).padStart(5)} ${ci(t.precisionInterval).padStart(13)} ${pct(t.recall).padStart(6)} ${ci(t.recallInterval).padStart(13)} ${pct(t.f1).padStart(5)}${t.f1 < 0.65 ? '  < 0.65' : ''}`
		);
	}
	console.log(
		`${'micro'.padEnd(24)} ${String(rep.perTheme.reduce((a, t) => a + t.support, 0)).padStart(3)} ${pct(rep.micro.precision).padStart(5)} ${''.padStart(13)} ${pct(rep.micro.recall).padStart(6)} ${''.padStart(13)} ${pct(rep.micro.f1).padStart(5)}  micro-F1 95% CI ${ci(rep.micro.f1Interval)} (target >= 0.82 on unseen sources)`
	);
	return rep;
}

function sentimentTable(title: string, rows: readonly FixtureStatement[], got: (r: FixtureStatement) => Analysis) {
	const rep = sentimentReport(rows.map((r) => ({ gold: r.sentiment, got: got(r).sentiment })));
	console.log(
		`\n${title}: accuracy ${pct(rep.accuracy.value)} 95% CI ${ci(rep.accuracy)} (n=${rows.length}; target >= 0.80 on unseen sources)`
	);
	console.log(`  gold \\ predicted ${SENTIMENTS.map((s) => s.padStart(9)).join('')}   recall`);
	for (const g of SENTIMENTS)
		console.log(
			`  ${g.padEnd(17)} ${SENTIMENTS.map((p) => String(rep.confusion[g][p]).padStart(9)).join('')}   ${pct(rep.recall[g])}`
		);
}

const unseen = feedback.filter((r) => r.split === 'test');
const unseenResults = new Map(unseen.map((r) => [r.id, analyse(r.text, { role: r.role })]));
const sources = [...new Set(unseen.map(sourceOf))];
themeTable(
	`Themes on UNSEEN SOURCES (feedback.jsonl TEST sources: ${sources.join(', ')}; no statement of these sources was trained on)`,
	unseen,
	(r) => unseenResults.get(r.id) as Analysis
);
for (const s of sources) {
	const rows = unseen.filter((r) => sourceOf(r) === s);
	const f = microF1(
		rows.map((r) => ({ gold: r.themes, got: (unseenResults.get(r.id) as Analysis).themes })),
		ids
	);
	console.log(`  source ${s.padEnd(16)} n=${String(rows.length).padStart(3)}  micro-F1 ${pct(f.f1)}`);
}
themeTable(
	'Themes on the statements.jsonl TEST split (random split; same writers as TRAIN)',
	test,
	(r) => results.get(r.id) as Analysis
);

// ---- sentiment ----
sentimentTable('Sentiment on UNSEEN SOURCES', unseen, (r) => unseenResults.get(r.id) as Analysis);
sentimentTable('Sentiment on the statements.jsonl TEST split', test, (r) => results.get(r.id) as Analysis);
const rulesOnly = (rows: readonly FixtureStatement[]) =>
	rows.filter((r) => scoreSentiment(canonical(r.text)).label === r.sentiment).length / rows.length;
console.log(
	`  (AFINN rules alone, no learnt layer: ${pct(rulesOnly(unseen))} unseen sources, ${pct(rulesOnly(test))} TEST split)`
);

// ---- learning from reviews, emerging themes ----
if (!process.argv.includes('--quick')) {
	console.log('');
	for (const line of learningCurve(fixture, feedback)) console.log(line);
	console.log('');
	for (const line of emergingCheck(fixture, feedback)) console.log(line);
}

// ---- safeguarding ----
let sTp = 0,
	sFp = 0,
	sFn = 0,
	hnFired = 0;
const misses: string[] = [];
for (const r of test) {
	const a = results.get(r.id) as Analysis;
	if (a.safeguarding && r.safeguarding) sTp++;
	else if (a.safeguarding) {
		sFp++;
		misses.push(`  false alarm: ${r.text}`);
	} else if (r.safeguarding) {
		sFn++;
		misses.push(`  MISSED: ${r.text}`);
	}
	if (r.hard_negative && a.safeguarding) hnFired++;
}
const hardNegatives = test.filter((r) => r.hard_negative).length;
console.log(`\nSafeguarding (TEST split): ${sTp + sFn} disclosures, ${hardNegatives} hard negatives`);
console.log(
	`  recall ${pct(sTp / (sTp + sFn))} (target 1.0)   precision ${pct(sTp / (sTp + sFp))} (target >= 0.85)   hard negatives fired: ${hnFired}`
);
for (const m of misses) console.log(m);

// ---- safeguarding by category (tests/fixtures/nlp/safeguarding.jsonl) ----
// TEST = writers and a style held out: friends, VCSE workers, and misspelt writing by anyone.
const sg = readSgFixture(fs.readFileSync(path.join(root, 'tests/fixtures/nlp/safeguarding.jsonl'), 'utf8'));
const sgTest = sg.filter((r) => r.set === 'test');
type Verdict = { rules: boolean; classifier: boolean; combined: boolean; reasons: string[] };
function verdict(text: string, model: SafeguardingModel = safeguardingModel): Verdict {
	const n = normalise(canonical(text));
	const d = ruleDetect(n);
	const feats = features(n);
	const cls = classify(model, feats);
	const words = feats.filter((f) => !f.includes(' ')).length;
	const rules = d.reasons.size > 0 && !silencer(n, d);
	const classifier = cls.p >= (model.concernThreshold ?? model.threshold) && words >= 6 && !silencer(n, null);
	const full = detectInCanonical(canonical(text), model);
	return { rules, classifier, combined: full.safeguarding, reasons: full.safeguarding_reasons };
}
const sgV = new Map<string, Verdict>(sgTest.map((r) => [r.id, verdict(r.text)]));
const prf = (rows: SgFixtureRow[], pick: (v: Verdict) => boolean, vs = sgV) => {
	let tp = 0,
		fp = 0,
		fn = 0;
	for (const r of rows) {
		const hit = pick(vs.get(r.id) as Verdict);
		if (hit && r.safeguarding) tp++;
		else if (hit) fp++;
		else if (r.safeguarding) fn++;
	}
	return { tp, fp, fn, p: tp / (tp + fp), r: tp / (tp + fn) };
};
const disclosures = sgTest.filter((r) => r.safeguarding);
console.log(
	`\nSafeguarding by category (safeguarding.jsonl TEST split, held out by writer and style: ${disclosures.length} disclosures, ${sgTest.length - disclosures.length} hard negatives; ${sg.length} statements in all)`
);
for (const [name, pick] of [
	['rules only', (v: Verdict) => v.rules],
	['classifier only', (v: Verdict) => v.classifier],
	['combined (shipped)', (v: Verdict) => v.combined]
] as const) {
	const m = prf(sgTest, pick);
	console.log(
		`  ${name.padEnd(20)} recall ${pct(m.r)} (${m.tp}/${m.tp + m.fn})   precision ${pct(m.p)} (${m.fp} false alarms)`
	);
}
const alone = (a: (v: Verdict) => boolean, b: (v: Verdict) => boolean) =>
	disclosures.filter((r) => a(sgV.get(r.id) as Verdict) && !b(sgV.get(r.id) as Verdict)).length;
console.log(
	`  caught by the rules alone: ${alone(
		(v) => v.rules,
		(v) => v.classifier
	)}; by the classifier alone: ${alone(
		(v) => v.classifier,
		(v) => v.rules
	)}`
);
// precision: of the statements flagged with this category, how many were disclosures (of any category).
console.log(
	`  ${'category'.padEnd(22)} ${'recall'.padStart(13)} ${'reason right'.padStart(13)} ${'precision'.padStart(13)}`
);
for (const c of SG_CATEGORIES) {
	const rows = disclosures.filter((r) => r.category === c);
	const hit = rows.filter((r) => (sgV.get(r.id) as Verdict).combined).length;
	const named = rows.filter((r) => (sgV.get(r.id) as Verdict).reasons.includes(c)).length;
	const flagged = sgTest.filter(
		(r) => (sgV.get(r.id) as Verdict).combined && (sgV.get(r.id) as Verdict).reasons.includes(c)
	);
	const right = flagged.filter((r) => r.safeguarding).length;
	console.log(
		`  ${c.padEnd(22)} ${`${pct(hit / rows.length)} ${hit}/${rows.length}`.padStart(13)} ${`${named}/${rows.length}`.padStart(13)} ${`${pct(right / Math.max(1, flagged.length))} ${right}/${flagged.length}`.padStart(13)}`
	);
}
const byWriter = new Map<string, SgFixtureRow[]>();
for (const r of sgTest)
	byWriter.set(`${r.writer}/${r.style === 'misspelt' ? 'misspelt' : 'any style'}`, [
		...(byWriter.get(`${r.writer}/${r.style === 'misspelt' ? 'misspelt' : 'any style'}`) ?? []),
		r
	]);
console.log(
	'  by writer: ' +
		[...byWriter]
			.sort()
			.map(([k, rows]) => {
				const m = prf(rows, (v) => v.combined);
				return `${k} R ${pct(m.r)} P ${pct(m.p)}`;
			})
			.join('; ')
);
const negKinds = new Map<string, [number, number]>();
for (const r of sgTest.filter((x) => !x.safeguarding)) {
	const k = negKinds.get(r.negative_kind ?? '?') ?? [0, 0];
	k[1]++;
	if ((sgV.get(r.id) as Verdict).combined) k[0]++;
	negKinds.set(r.negative_kind ?? '?', k);
}
console.log(
	'  false alarms by kind of hard negative: ' + [...negKinds].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')
);
// Sealed batches (batch name contains "sealed"): written before a round of rule changes and never
// used to tune them, so only their numbers are printed, never their texts.
const sealed = sgTest.filter((r) => r.batch.includes('sealed'));
for (const b of [...new Set(sealed.map((r) => r.batch.replace(/-(?:disclosures|negatives)\.txt$/, '')))]) {
	const rows = sealed.filter((r) => r.batch.startsWith(b));
	const m = prf(rows, (v) => v.combined);
	console.log(
		`  sealed ${b}: recall ${pct(m.r)} (${m.tp}/${m.tp + m.fn})   precision ${pct(m.p)} (${m.fp} false alarms)`
	);
}
// Held-out batches (tests/fixtures/nlp/safeguarding-holdout): by other writers, never compiled into the fixture,
// trained or tuned on; the shipped detector's best guide to unseen text. Numbers only.
const holdoutDir = path.join(root, 'tests/fixtures/nlp/safeguarding-holdout');
const holdout = fs.existsSync(holdoutDir) ? compileBatches(readBatchFiles(holdoutDir)) : [];
for (const b of [...new Set(holdout.map((r) => r.batch.replace(/-(?:disclosures|negatives)\.txt$/, '')))]) {
	const rows = holdout.filter((r) => r.batch.startsWith(b));
	const hit = (r: SgFixtureRow) => detectInCanonical(canonical(r.text)).safeguarding;
	const pos = rows.filter((r) => r.safeguarding);
	const tp = pos.filter(hit).length;
	const fp = rows.filter((r) => !r.safeguarding && hit(r)).length;
	const urgent = pos.filter((r) => r.severity === 'urgent');
	console.log(
		`  holdout ${b}: recall ${pct(tp / pos.length)} (${tp}/${pos.length})   precision ${pct(tp / (tp + fp))} (${fp} false alarms)   urgent ${urgent.filter(hit).length}/${urgent.length}`
	);
}
for (const r of sgTest) {
	const v = sgV.get(r.id) as Verdict;
	if (r.batch.includes('sealed')) continue;
	if (r.safeguarding && !v.combined) console.log(`    MISSED [${r.category}] ${r.text}`);
	else if (!r.safeguarding && v.combined) console.log(`    false alarm [${v.reasons.join(',')}] ${r.text}`);
}
// Leave one category out: retrain the classifier without that category's TRAIN statements and
// measure recall on its TEST statements. The rules cannot be "left out" the same way (they were
// written knowing all categories), so the classifier-only column is the honest one for new kinds.
if (!process.argv.includes('--quick')) {
	console.log('\n  Leave-one-category-out (classifier retrained without the category; TEST split recall)');
	const norm = (t: string) => normalise(t);
	let sumC = 0,
		sumK = 0;
	for (const c of SG_CATEGORIES) {
		// The shipped cut-offs (cross-validation is skipped for speed); the 'concern' one too.
		const m = {
			...buildSafeguardingModel(sg, fixture, norm, {
				threshold: safeguardingModel.threshold,
				heads: false,
				without: c
			}),
			concernThreshold: safeguardingModel.concernThreshold
		};
		const rows = disclosures.filter((r) => r.category === c);
		const vs = rows.map((r) => verdict(r.text, m));
		const comb = vs.filter((v) => v.combined).length / rows.length;
		const cl = vs.filter((v) => v.classifier).length / rows.length;
		sumC += comb;
		sumK += cl;
		console.log(`    ${c.padEnd(22)} combined ${pct(comb)}   classifier alone ${pct(cl)}`);
	}
	console.log(
		`    mean                   combined ${pct(sumC / SG_CATEGORIES.length)}   classifier alone ${pct(sumK / SG_CATEGORIES.length)}`
	);
}
const sgTexts = sg.map((r) => r.text);
for (let i = 0; i < 2000; i++) detectInCanonical(canonical(sgTexts[i % sgTexts.length] as string));
const sgN = 20_000;
const sg0 = performance.now();
for (let i = 0; i < sgN; i++) detectInCanonical(canonical(sgTexts[i % sgTexts.length] as string));
const sgSecs = (performance.now() - sg0) / 1000;
console.log(
	`  safeguarding detection alone: ${Math.round(sgN / sgSecs).toLocaleString()} statements/second on safeguarding.jsonl (avg ${Math.round(sgTexts.reduce((a, t) => a + t.length, 0) / sgTexts.length)} chars)`
);

// ---- redaction ----
console.log('\nRedaction recall by kind (TEST split; a span counts when a redaction of that kind overlaps it)');
const kinds = new Map<string, { hit: number; n: number }>();
let falseRedactions = 0;
for (const r of test) {
	const a = results.get(r.id) as Analysis;
	for (const p of r.pii ?? []) {
		const k = kinds.get(p.kind) ?? { hit: 0, n: 0 };
		k.n++;
		if (a.redactions.some((s) => s.kind === p.kind && s.start < p.end && s.end > p.start)) k.hit++;
		kinds.set(p.kind, k);
	}
	for (const s of a.redactions) if (!(r.pii ?? []).some((p) => s.start < p.end && s.end > p.start)) falseRedactions++;
}
for (const [kind, k] of [...kinds].sort()) console.log(`  ${kind.padEnd(9)} ${pct(k.hit / k.n)} (${k.hit}/${k.n})`);
console.log(`  redactions with no expected span (over-redaction): ${falseRedactions}`);
const allKinds = new Map<string, { hit: number; n: number }>();
for (const r of fixture) {
	const spans = redact(r.text).redactions;
	for (const p of r.pii ?? []) {
		const k = allKinds.get(p.kind) ?? { hit: 0, n: 0 };
		k.n++;
		if (spans.some((s) => s.kind === p.kind && s.start < p.end && s.end > p.start)) k.hit++;
		allKinds.set(p.kind, k);
	}
}
console.log(
	`  (whole fixture, both splits: ${[...allKinds]
		.sort()
		.map(([k, v]) => `${k} ${v.hit}/${v.n}`)
		.join(', ')})`
);

// ---- throughput ----
const texts = fixture.map((r) => r.text);
const roles = fixture.map((r) => r.role);
for (let i = 0; i < 3000; i++) analyse(texts[i % texts.length] as string, { role: roles[i % roles.length] });
sample();
const N = 20_000;
const cpu0 = process.cpuUsage();
const started = performance.now();
for (let i = 0; i < N; i++) {
	analyse(texts[i % texts.length] as string, { role: roles[i % roles.length] });
	if (i % 2000 === 0) sample();
}
const secs = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
sample();
const avgChars = Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length);
console.log(
	`\nThroughput: full analyse() on one core, after 3,000 warm-up calls, ${N.toLocaleString()} statements (avg ${avgChars} chars)`
);
console.log(
	`  ${Math.round(N / secs).toLocaleString()} statements/second wall clock (${((secs / N) * 1e6).toFixed(0)} us each; target >= 5,000/s)`
);
// On a shared machine wall clock includes time other processes held the core; CPU time does not.
console.log(`  ${Math.round(N / cpuSecs).toLocaleString()} statements per CPU-second of this process (one thread)`);

if (process.argv.includes('--compromise')) {
	const { default: nlp } = await import('compromise');
	const people = (t: string) =>
		nlp(t)
			.people()
			.json({ offset: true })
			.map((p: { offset: { start: number; length: number } }) => ({
				start: p.offset.start,
				end: p.offset.start + p.offset.length
			}));
	const pii = fixture.filter((r) => r.pii?.some((p) => p.kind === 'name'));
	let hit = 0,
		n = 0;
	for (const r of pii) {
		const spans = people(r.text);
		for (const p of r.pii ?? [])
			if (p.kind === 'name') {
				n++;
				if (spans.some((s: { start: number; end: number }) => s.start < p.end && s.end > p.start)) hit++;
			}
	}
	const t0 = performance.now();
	for (let i = 0; i < 500; i++) people(texts[i % texts.length] as string);
	const perCall = (performance.now() - t0) / 500;
	console.log(
		`\ncompromise .people() alone: name recall ${hit}/${n} on the whole fixture, ${perCall.toFixed(2)} ms a statement (${Math.round(1000 / perCall)}/s)`
	);
	sample();
}

console.log(`\nPeak memory: rss ${(peakRss / 1048576).toFixed(0)} MB, heap used ${(peakHeap / 1048576).toFixed(0)} MB`);
