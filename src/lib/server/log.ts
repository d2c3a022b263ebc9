/**
 * Logging a failure without the words that caused it. A database error's message and detail can
 * quote the row ("Failing row contains (...)") and so a child's words; the log gets an error id,
 * the error's kind, its SQLSTATE and where it happened, never its message or detail.
 */
import { randomUUID } from 'node:crypto';

export const newErrorId = () => randomUUID().slice(0, 8);

/** The loggable parts of an error: name, code, constraint and table, and the stack's frames only. */
export function describeError(err: unknown): string {
	if (!(err instanceof Error) && (typeof err !== 'object' || err === null)) return `thrown ${typeof err}`;
	const e = err as { name?: unknown; code?: unknown; constraint?: unknown; table?: unknown; stack?: unknown };
	const parts = [typeof e.name === 'string' ? e.name : 'Error'];
	for (const k of ['code', 'constraint', 'table'] as const)
		if (typeof e[k] === 'string' || typeof e[k] === 'number') parts.push(`${k}=${String(e[k])}`);
	// The first line of a stack is the message; the frames after it hold no input.
	const frames = typeof e.stack === 'string' ? e.stack.split('\n').filter((l) => /^\s+at /.test(l)) : [];
	return [parts.join(' '), ...frames.slice(0, 8)].join('\n');
}

/** Logs `context` and the error's safe parts under a new error id, and returns the id. */
export function logError(context: string, err: unknown, id = newErrorId()): string {
	console.error(`[error ${id}] ${context}: ${describeError(err)}`);
	return id;
}
