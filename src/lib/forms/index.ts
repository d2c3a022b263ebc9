/**
 * One way to build a form. Every action that fails returns the same shape, a `Failure`: which form
 * was sent, the message per field, and what the person typed so the page can show it again. The
 * components next to this file (TextInput, Textarea, Select, Choices, DateInput, ErrorSummary) read
 * it, so pages pass the failure and a field name and write no NHS error markup themselves.
 * Everything works without JavaScript: the failure comes back with the re-rendered page.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;
/** What was typed, by field name; a list for the names read with `lists` (checkboxes). */
export type Values = Record<string, string | string[]>;
/** What every failed action returns (as `fail(status, failure)`). */
export type Failure = { form: string; errors: FieldErrors; values: Values };
/** The part of a failure the components read. */
export type FormState = { errors: FieldErrors; values: Values };

/** The first message per field, keyed by field name, for the error summary and the fields. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldErrors {
	const out: FieldErrors = {};
	for (const issue of error.issues) {
		const path = issue.path.join('.');
		const key = path ? `${prefix}${path}` : 'form';
		out[key] ??= issue.message;
	}
	return out;
}

/** A form's text values, for re-display after an error (passwords are never sent back: `omit`). */
export function formValues(data: FormData, omit: string[] = []): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of data.entries()) if (typeof v === 'string' && !omit.includes(k)) out[k] = v;
	return out;
}

/**
 * The text values plus, for each name in `lists`, every value sent under it (checkboxes). A listed
 * name is always present, so an unticked set of boxes comes back empty rather than as what was saved.
 */
export function formInput(data: FormData, { omit = [], lists = [] }: { omit?: string[]; lists?: string[] } = {}) {
	const values: Values = formValues(data, [...omit, ...lists]);
	for (const name of lists) values[name] = data.getAll(name).filter((v): v is string => typeof v === 'string');
	return values;
}

/**
 * A failed action: `return failure(400, 'details', errors, values)`. A string is a message for the
 * whole form; `extra` is anything else the page needs to show again (a preview, a help panel).
 */
export function failure<X extends object = object>(
	status: number,
	form: string,
	errors: FieldErrors | string,
	values: Values = {},
	extra?: X
): ActionFailure<Failure & X> {
	const body = { form, errors: typeof errors === 'string' ? { form: errors } : errors, values };
	return fail(status, { ...(extra as X), ...body });
}

export type Parsed<T> =
	| { ok: true; data: T; values: Values; failure?: undefined }
	| { ok: false; failure: ActionFailure<Failure>; values: Values; data?: undefined };

/**
 * Checks values against a schema: the data, or the failure to return from the action. `prefix`
 * keys the errors by the fields' ids when one page repeats a field name in several forms.
 */
export function check<S extends z.ZodType>(
	form: string,
	schema: S,
	values: Values,
	{ prefix = '' }: { prefix?: string } = {}
): Parsed<z.output<S>> {
	const parsed = schema.safeParse(values);
	if (parsed.success) return { ok: true, data: parsed.data, values };
	return { ok: false, failure: failure(400, form, fieldErrors(parsed.error, prefix), values), values };
}

/** Reads the request's form and checks it: `const p = await parseForm(request, 'details', schema); if (!p.ok) return p.failure;` */
export async function parseForm<S extends z.ZodType>(
	request: Request,
	form: string,
	schema: S,
	options: { prefix?: string; omit?: string[]; lists?: string[] } = {}
): Promise<Parsed<z.output<S>>> {
	return check(form, schema, formInput(await request.formData(), options), options);
}

const isFailure = (result: unknown): result is Partial<Failure> & { errors: FieldErrors } =>
	typeof result === 'object' && result !== null && 'errors' in result && typeof result.errors === 'object';

/**
 * On the page: the errors and typed values of the form that failed, or null. With a name, only
 * when that form was the one sent, so on a page with several forms nothing shows next to the others.
 */
export function failed(result: unknown, name?: string): FormState | null {
	if (!isFailure(result)) return null;
	if (name !== undefined && result.form !== name) return null;
	return { errors: result.errors, values: result.values ?? {} };
}

/** The typed value of one field, or the fallback (what is saved) when the form was not sent. */
export function kept(state: FormState | null | undefined, name: string, fallback = ''): string {
	const v = state?.values[name];
	if (Array.isArray(v)) return v[0] ?? fallback;
	return v ?? fallback;
}

/** The typed values of a list field (checkboxes), or the fallback when the form was not sent. */
export function keptList(state: FormState | null | undefined, name: string, fallback: string[] = []): string[] {
	const v = state?.values[name];
	if (v === undefined) return fallback;
	return Array.isArray(v) ? v : [v];
}

/** Field errors with each key prefixed, so several forms on one page keep their own ids. */
export function prefixed(errors: FieldErrors, prefix: string): FieldErrors {
	return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'form' ? k : `${prefix}${k}`, v]));
}

/**
 * Kept for older pages: the errors and typed values of the form that was sent (each action
 * returns `form: name`).
 */
export function sentForm(result: unknown) {
	return {
		errorsOf: (name: string): FieldErrors => failed(result, name)?.errors ?? {},
		valuesOf: (name: string): Record<string, string> => {
			const values = failed(result, name)?.values ?? {};
			return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]));
		}
	};
}
