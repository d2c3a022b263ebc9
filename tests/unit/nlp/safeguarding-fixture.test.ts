import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	compileBatches,
	heldOut,
	readSgFixture,
	sgFixtureJsonl,
	SG_CATEGORIES
} from '../../../src/lib/nlp/safeguarding-fixture';
import { safeguardingModel } from '../../../src/lib/nlp/safeguarding';
import { readBatchFiles } from '../../../src/cli/nlp-batches';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.join(root, 'tests/fixtures/nlp/safeguarding-batches');
const rows = readSgFixture(fs.readFileSync(path.join(root, 'tests/fixtures/nlp/safeguarding.jsonl'), 'utf8'));

describe('the safeguarding development set', () => {
	it('is compiled from the hand-written batches (run npm run nlp:train if this fails)', () => {
		expect(sgFixtureJsonl(compileBatches(readBatchFiles(dir)))).toBe(
			fs.readFileSync(path.join(root, 'tests/fixtures/nlp/safeguarding.jsonl'), 'utf8')
		);
	});

	it('has at least 30 disclosures in every category, across at least four kinds of writer, some held out', () => {
		for (const c of SG_CATEGORIES) {
			const inCat = rows.filter((r) => r.category === c);
			expect(inCat.length, c).toBeGreaterThanOrEqual(30);
			expect(new Set(inCat.map((r) => r.writer)).size, c).toBeGreaterThanOrEqual(4);
			expect(inCat.filter((r) => r.set === 'test').length, c).toBeGreaterThanOrEqual(10);
		}
	});

	it('has at least as many hard negatives as disclosures', () => {
		const negatives = rows.filter((r) => !r.safeguarding).length;
		expect(negatives).toBeGreaterThanOrEqual(rows.filter((r) => r.safeguarding).length);
	});

	it('splits by writer and style, not at random: friends, VCSE workers and misspelt text are held out', () => {
		for (const r of rows) expect(r.set, r.id).toBe(heldOut(r.writer, r.style) ? 'test' : 'train');
		const train = rows.filter((r) => r.set === 'train');
		expect(train.some((r) => r.writer === 'friend' || r.writer === 'vcse_worker' || r.style === 'misspelt')).toBe(
			false
		);
	});

	it('never has the same statement in both splits', () => {
		const norm = (t: string) =>
			t
				.toLowerCase()
				.replace(/[^a-z]+/g, ' ')
				.trim();
		const train = new Set(rows.filter((r) => r.set === 'train').map((r) => norm(r.text)));
		for (const r of rows.filter((x) => x.set === 'test')) expect(train.has(norm(r.text)), r.text).toBe(false);
	});

	it('gives each disclosure a severity and each negative a kind', () => {
		for (const r of rows) {
			if (r.safeguarding) expect(['urgent', 'high', 'concern']).toContain(r.severity);
			else expect(r.negative_kind, r.id).toBeTruthy();
		}
	});

	it('trained the classifier on the TRAIN split only', () => {
		const sgTrain = rows.filter((r) => r.set === 'train').length;
		// The rest of trainedOn.examples is the general fixture's TRAIN split.
		expect(safeguardingModel.trainedOn.examples).toBeGreaterThan(sgTrain);
		expect(safeguardingModel.trainedOn.examples).toBeLessThan(rows.length + 853);
	});
});
