import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError, logError } from '../../src/lib/server/log';

/** An error shaped as node-postgres and PGlite give one, quoting the failing row. */
function databaseError() {
	const e = new Error('new row for relation "feedback_items" violates check constraint: i want to die') as Error & {
		code: string;
		detail: string;
		constraint: string;
		table: string;
	};
	e.code = '23514';
	e.detail = 'Failing row contains (i want to die tonight)';
	e.constraint = 'feedback_items_redacted_text_check';
	e.table = 'feedback_items';
	return e;
}

describe('logging errors without the words that caused them', () => {
	afterEach(() => vi.restoreAllMocks());

	it("keeps the error's kind, code, constraint and where it happened, and drops its message and detail", () => {
		const line = describeError(databaseError());
		expect(line).toContain('code=23514');
		expect(line).toContain('constraint=feedback_items_redacted_text_check');
		expect(line).toMatch(/\n\s+at /);
		expect(line).not.toMatch(/die|Failing row/);
	});

	it('logs one line under an error id and returns the id', () => {
		const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
		const id = logError('POST /s/abcdefgh', databaseError());
		expect(id).toMatch(/^[0-9a-f]{8}$/);
		const logged = spy.mock.calls.flat().map(String).join(' ');
		expect(logged).toContain(`[error ${id}] POST /s/abcdefgh`);
		expect(logged).not.toMatch(/die|Failing row/);
	});

	it('copes with things thrown that are not errors', () => {
		expect(describeError('i want to die')).toBe('thrown string');
		expect(describeError(null)).toBe('thrown object');
	});
});
