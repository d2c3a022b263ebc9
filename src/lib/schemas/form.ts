import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

/** The first message per field, keyed by field name, for the error summary and the fields. */
export function fieldErrors(error: z.ZodError): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const key = issue.path.join('.') || 'form';
		out[key] ??= issue.message;
	}
	return out;
}

/** A form's text values, for re-display after an error (passwords are never sent back). */
export function formValues(data: FormData, omit: string[] = []): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of data.entries()) if (typeof v === 'string' && !omit.includes(k)) out[k] = v;
	return out;
}

/**
 * On a page with several forms, the errors and typed values of the one that was sent (each action
 * returns `form: name`), so nothing shows next to the others.
 */
export function sentForm(
	result: { form?: string; values?: Record<string, string>; errors?: Record<string, string> } | null | undefined
) {
	return {
		errorsOf: (name: string): Record<string, string> => (result?.form === name ? (result.errors ?? {}) : {}),
		valuesOf: (name: string): Record<string, string> => (result?.form === name ? (result.values ?? {}) : {})
	};
}
