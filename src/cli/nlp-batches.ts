// Reads the hand-written safeguarding batches (tests/fixtures/nlp/safeguarding-batches/*.txt) as
// [file name, text] pairs in name order, for compileBatches: used by nlp-train and its staleness test.
import fs from 'node:fs';
import path from 'node:path';

export function readBatchFiles(dir: string): [string, string][] {
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')] as [string, string]);
}
