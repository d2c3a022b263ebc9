import { describe, expect, it } from 'vitest';
import { cleanText, clipText, MAX_STORED_CHARS } from '../../src/lib/text/clean';
import { redact } from '../../src/lib/nlp';

describe('making words safe to store', () => {
	it('removes NUL and other control characters but keeps newlines and tabs', () => {
		expect(cleanText('a\u0000b\u0007c\u001bd\u007f\u0085e\n\tf\r\ng')).toBe('abcde\n\tf\r\ng');
	});

	it('mends a lone surrogate half (Postgres refuses it) and keeps whole emoji', () => {
		expect(cleanText('sad \ud83d face 😢')).toBe('sad \ufffd face 😢');
	});

	it('leaves text within the limit alone', () => {
		const text = 'x'.repeat(MAX_STORED_CHARS);
		expect(clipText(text)).toBe(text);
	});

	it('cuts text that redaction grew past the limit, marking the cut', () => {
		const grown = redact('@ab '.repeat(500)).redacted;
		expect(grown.length).toBeGreaterThan(MAX_STORED_CHARS);
		const cut = clipText(grown);
		expect(Array.from(cut).length).toBeLessThanOrEqual(MAX_STORED_CHARS);
		expect(cut.endsWith('…')).toBe(true);
		// No half-written placeholder such as "[hand" before the mark.
		expect(cut).toMatch(/\]…$|[^[]…$/);
		expect(cut.slice(cut.lastIndexOf('['))).toMatch(/^\[handle\]/);
	});

	it('counts characters as Postgres does, never cutting an emoji in half', () => {
		const cut = clipText('😢'.repeat(5000));
		expect(Array.from(cut)).toHaveLength(MAX_STORED_CHARS);
		expect(cut.toWellFormed()).toBe(cut);
	});
});
