import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codebook, codebookMarkdown } from '../../../src/lib/nlp/codebook';
import { defaultThemes, tagThemes } from '../../../src/lib/nlp/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const ids = defaultThemes.map((t) => t.id);

describe('the theme codebook', () => {
	it('has one entry per default theme with five examples and three near-misses coded elsewhere', () => {
		expect(codebook.map((e) => e.id)).toEqual(ids);
		for (const e of codebook) {
			expect(e.definition.length, e.id).toBeGreaterThan(20);
			expect(e.includes.length, e.id).toBeGreaterThan(0);
			expect(e.excludes.length, e.id).toBeGreaterThan(0);
			expect(e.examples, e.id).toHaveLength(5);
			expect(e.nearMisses, e.id).toHaveLength(3);
			for (const n of e.nearMisses) {
				for (const t of n.themes) expect(ids, n.text).toContain(t);
				expect(
					n.themes.some((t) => t !== e.id),
					n.text
				).toBe(true);
			}
		}
	});

	it('is what docs/codebook.md says (run npm run nlp:train if this fails)', () => {
		expect(fs.readFileSync(path.join(root, 'docs/codebook.md'), 'utf8')).toBe(codebookMarkdown(defaultThemes));
	});

	it('is mostly followed by the built-in model on its own typical examples', () => {
		let hit = 0;
		let n = 0;
		for (const e of codebook)
			for (const x of e.examples) {
				n++;
				if (tagThemes(x).themes.includes(e.id)) hit++;
			}
		expect(hit / n).toBeGreaterThan(0.8);
	});
});
