// Two simulations for `npm run bench:nlp`, on labelled data only:
// - learning curve: a "new area" (every young person's statement of statements.jsonl, the
//   biggest single group) is held out of the base model; its reviewers then label 25, 50, 100 and
//   200 statements (least certain first, or in arrival order) and we measure micro-F1 on the
//   area's statements nobody reviewed;
// - emerging themes: each default theme in turn is removed from the theme list and the training
//   labels, and we check whether emergingThemes() on the TEST statements offers a candidate whose
//   example statements are mostly that theme.
import { defaultThemes, emergingThemes, tagThemes, train, uncertainty } from '../../src/lib/nlp/index';
import type { ThemeModel, TrainingExample } from '../../src/lib/nlp/index';
import { trainingExamples, type FixtureStatement } from '../../src/lib/nlp/build';
import { microF1 } from '../../src/lib/nlp/evaluate';

const ids = defaultThemes.map((t) => t.id);

function f1On(rows: readonly FixtureStatement[], model: ThemeModel): number {
	return microF1(
		rows.map((r) => ({ gold: r.themes, got: tagThemes(r.text, { role: r.role, model }).themes })),
		ids
	).f1;
}

const asExample = (r: FixtureStatement): TrainingExample => ({
	text: r.text,
	themes: r.themes,
	role: r.role,
	sentiment: r.sentiment
});

export function learningCurve(
	fixture: readonly FixtureStatement[],
	feedback: readonly FixtureStatement[],
	steps = [25, 50, 100, 200]
): string[] {
	const inArea = (r: FixtureStatement) => r.id.startsWith('yp');
	const area = fixture.filter(inArea);
	// The base model never sees the area: built from everything else, tuned as the built-in one is.
	const base = train(
		trainingExamples(
			fixture.filter((r) => !inArea(r)),
			feedback
		),
		{ prior: null, tune: true }
	);
	// Reviews come from the area's TRAIN statements; we score on its TEST statements.
	const pool = area.filter((r) => r.split === 'train');
	const held = area.filter((r) => r.split === 'test');
	const out = [
		`Learning curve: new area = ${area.length} young people's statements held out of the base model; reviews drawn from ${pool.length}, F1 measured on ${held.length} never reviewed`,
		`  ${'reviews'.padStart(7)} ${'least-certain first'.padStart(20)} ${'arrival order'.padStart(14)}`,
		`  ${'0'.padStart(7)} ${f1On(held, base).toFixed(3).padStart(20)} ${f1On(held, base).toFixed(3).padStart(14)}`
	];
	// Least-certain first, re-ranked after every batch with the model reviewers have so far.
	let model = base;
	const reviewed: FixtureStatement[] = [];
	const left = new Set(pool);
	for (const n of steps) {
		const need = Math.min(n, pool.length) - reviewed.length;
		const ranked = [...left]
			.map((r) => ({ r, u: uncertainty(r.text, { model }) }))
			.sort((a, b) => b.u - a.u || (a.r.id < b.r.id ? -1 : 1));
		for (const { r } of ranked.slice(0, need)) {
			reviewed.push(r);
			left.delete(r);
		}
		model = train(reviewed.map(asExample), { prior: base });
		const random = train(pool.slice(0, Math.min(n, pool.length)).map(asExample), { prior: base });
		out.push(
			`  ${String(Math.min(n, pool.length)).padStart(7)} ${f1On(held, model).toFixed(3).padStart(20)} ${f1On(held, random).toFixed(3).padStart(14)}`
		);
	}
	return out;
}

export function emergingCheck(fixture: readonly FixtureStatement[], feedback: readonly FixtureStatement[]): string[] {
	const all = trainingExamples(fixture, feedback);
	const test = [...fixture, ...feedback].filter((r) => r.split === 'test');
	const labelsById = new Map(test.map((r) => [r.id, r.themes]));
	const found: string[] = [];
	const strict: string[] = [];
	const lines: string[] = [];
	for (const hidden of ids) {
		const themes = defaultThemes.filter((t) => t.id !== hidden);
		const examples = all.map((e) => ({ ...e, themes: e.themes.filter((t) => t !== hidden) }));
		const model = train(examples, { themes, prior: null });
		const candidates = emergingThemes(
			test.map((r) => ({ id: r.id, text: r.text })),
			{ themes, model, limit: 10 }
		);
		const share = (c: (typeof candidates)[number]) =>
			c.examples.filter((e) => (labelsById.get(String(e.id)) ?? []).includes(hidden)).length;
		const hit = candidates.find((c) => share(c) >= 2);
		if (hit) found.push(hidden);
		if (candidates.some((c) => c.examples.length >= 2 && share(c) === c.examples.length)) strict.push(hidden);
		const withTheme = test.filter((r) => r.themes.includes(hidden)).length;
		lines.push(
			`  ${hidden.padEnd(24)} ${String(withTheme).padStart(4)} statements  ${hit ? `surfaced as "${hit.phrase}" (rank ${candidates.indexOf(hit) + 1})` : 'not surfaced'}`
		);
	}
	return [
		`Emerging themes: each theme held out of training and the theme list in turn; surfaced = a top-10 candidate on the ${test.length} TEST statements has >= 2 of its 3 examples from that theme`,
		`  surfaced ${found.length}/${ids.length} held-out themes (${strict.length}/${ids.length} when every example must be from the theme)`,
		...lines
	];
}
