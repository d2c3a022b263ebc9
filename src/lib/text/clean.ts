/**
 * Making words safe to store, whatever was typed or pasted: Postgres refuses a NUL byte and lone
 * surrogate halves, and a database limit must cut text, never refuse it (refusing it lost the
 * answer and its alert). Pure: no I/O.
 */

/** C0 and C1 control characters except tab, newline and carriage return. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The text without control characters (tabs and newlines kept) and with any broken surrogate pair mended. */
export function cleanText(text: string): string {
	return text.toWellFormed().replace(CONTROL, '');
}

/** Stored text limit, in characters as Postgres counts them (code points). */
export const MAX_STORED_CHARS = 4000;
const MARK = '…';

/**
 * At most `max` characters (code points, so an emoji is never cut in half), ending with "…" when
 * cut. A redaction placeholder ("[handle]") cut part-way is dropped rather than left half-written.
 */
export function clipText(text: string, max = MAX_STORED_CHARS): string {
	if (text.length <= max) return text; // UTF-16 length is never less than the code point count
	const points = Array.from(text);
	if (points.length <= max) return text;
	let kept = points.slice(0, max - MARK.length).join('');
	const open = kept.lastIndexOf('[');
	if (open >= 0 && open > kept.lastIndexOf(']') && kept.length - open <= 12) kept = kept.slice(0, open);
	return kept.trimEnd() + MARK;
}
