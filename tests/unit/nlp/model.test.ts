import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { train, loadModel, builtInModel, tagThemes, defaultThemes } from '../../../src/lib/nlp/index';
import { buildDefaultModel, namesJson, readFixture, sourceOf, trainingExamples } from '../../../src/lib/nlp/build';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = readFixture(fs.readFileSync(path.join(root, 'tests/fixtures/nlp/statements.jsonl'), 'utf8'));
const feedback = readFixture(fs.readFileSync(path.join(root, 'tests/fixtures/nlp/feedback.jsonl'), 'utf8'));

describe('the built-in model', () => {
	it('is not stale: retraining from the fixture gives exactly the committed file (run npm run nlp:train if this fails)', () => {
		const committed = fs.readFileSync(path.join(root, 'src/lib/nlp/model/default-model.json'), 'utf8');
		expect(JSON.stringify(buildDefaultModel(fixture, feedback)) + '\n').toBe(committed);
	}, 60_000);

	it('is not stale: the names list matches compromise and the local additions (run npm run nlp:train if this fails)', async () => {
		const { default: nlp } = await import('compromise');
		const committed = fs.readFileSync(path.join(root, 'src/lib/nlp/data/names.json'), 'utf8');
		const built = namesJson((nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon);
		expect(built).toBe(committed);
	}, 60_000);

	it('never saw a TEST statement or a statement from a TEST source', () => {
		const examples = trainingExamples(fixture, feedback);
		expect(builtInModel.trainedOn.examples).toBe(examples.length);
		const seen = new Set(examples.map((e) => e.text));
		for (const r of [...fixture, ...feedback].filter((x) => x.split === 'test'))
			expect(seen.has(r.text), r.id).toBe(false);
		const testSources = new Set(feedback.filter((r) => r.split === 'test').map(sourceOf));
		for (const r of feedback.filter((x) => x.split === 'train')) expect(testSources.has(sourceOf(r)), r.id).toBe(false);
	});

	it('has per-theme thresholds calibrated on held-out folds and a four-way sentiment classifier', () => {
		for (const t of Object.values(builtInModel.thresholds ?? {})) {
			expect(t).toBeGreaterThanOrEqual(0.2);
			expect(t).toBeLessThanOrEqual(0.7);
		}
		expect(Object.keys(builtInModel.thresholds ?? {}).length).toBeGreaterThan(10);
		expect(Object.keys(builtInModel.sentiment?.classes?.weights ?? {}).sort()).toEqual([
			'mixed',
			'negative',
			'neutral',
			'positive'
		]);
	});

	it('covers the 14 default themes and carries a sentiment layer', () => {
		expect(builtInModel.themes).toEqual(defaultThemes.map((t) => t.id));
		expect(builtInModel.sentiment).toBeDefined();
		expect(builtInModel.threshold).toBeGreaterThan(0);
		expect(builtInModel.lexiconShare).toBeGreaterThan(0);
	});
});

describe('train() and loadModel()', () => {
	const examples = [
		{ text: 'everyone vapes in the toilets at school', themes: ['vaping'] },
		{ text: 'my friends vape and I feel left out', themes: ['vaping'] },
		{ text: 'vaping helps me calm down but I want to stop', themes: ['vaping'] },
		{ text: 'the vape shop sells to under 18s', themes: ['vaping'] },
		{ text: 'I started vaping to cope with stress', themes: ['vaping'] },
		{ text: 'waited a year for camhs', themes: ['access-waiting'] },
		{ text: 'the counsellor listened to me', themes: ['staff-relationships'] }
	];

	it('gives a plain JSON model that survives a round trip through a jsonb column', () => {
		const model = train(examples, { themes: [...defaultThemes, { id: 'vaping', name: 'Vaping' }] });
		const reloaded = loadModel(JSON.parse(JSON.stringify(model)));
		expect(reloaded).toEqual(model);
		expect(loadModel(JSON.stringify(model))).toEqual(model);
	});

	it('is deterministic: the same examples always give the same model', () => {
		expect(JSON.stringify(train(examples))).toBe(JSON.stringify(train(examples)));
	});

	it('learns a new theme from reviewers while keeping what the built-in model knew', () => {
		const model = train(examples);
		expect(model.themes).toContain('vaping');
		const themes = [...defaultThemes, { id: 'vaping', name: 'Vaping' }];
		expect(tagThemes('so many people vaping at college', { themes, model }).scores.vaping ?? 0).toBeGreaterThan(0.3);
		expect(tagThemes('waited 18 months on the camhs waiting list', { themes, model }).themes).toContain(
			'access-waiting'
		);
	});

	it('refuses something that is not a model', () => {
		expect(() => loadModel({ hello: 'world' })).toThrow(/theme model/);
		expect(() => loadModel('{"format":"said-and-done/theme-model","version":1}')).toThrow();
	});
});
