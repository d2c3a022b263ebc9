/**
 * Running a form's change on the server: the one copy of what the actions and statements pages
 * each used to keep. Pairs with src/lib/forms (the failure shape) and services/refusal (what the
 * database refused, typed).
 */
import type { ActionFailure } from '@sveltejs/kit';
import { failure, type Failure, type FieldErrors, type Values } from '$lib/forms';
import { refusal, type Refusal } from '$lib/server/services/refusal';

export type Refused = (r: Refusal) => { field?: string; message: string } | null;

/**
 * Runs a change. False from `run` means nothing matched (not theirs to change, or it moved on):
 * the form fails with `denied`. A refusal from the database becomes the words `refused` gives it
 * (a field's error, or the form's) instead of an error page; anything else is thrown on.
 */
export async function attempt(
	form: string,
	values: Values,
	run: () => Promise<boolean | void>,
	{ denied, refused }: { denied: string; refused: Refused }
): Promise<{ saved: string } | ActionFailure<Failure>> {
	try {
		if ((await run()) === false) return failure(403, form, denied, values);
		return { saved: form };
	} catch (e) {
		return refusedFailure(e, form, values, refused);
	}
}

/** A database refusal as the form's failure, in the words `refused` gives it; anything else is thrown on. */
export function refusedFailure(e: unknown, form: string, values: Values, refused: Refused): ActionFailure<Failure> {
	const r = refusal(e);
	const words = r && refused(r);
	if (!words) throw e;
	const errors: FieldErrors = { [words.field ?? 'form']: words.message };
	return failure(words.field ? 400 : 403, form, errors, values);
}

/**
 * A form's fields, or null when the request is bigger than `maxBytes` (by its Content-Length,
 * checked before anything is read) or bigger than the server's own cap (adapter-node stops
 * reading it). The caller answers null with a 413 failure next to the field, instead of the
 * adapter's error page (issue 13, item 11).
 */
export async function readForm(request: Request, maxBytes: number): Promise<FormData | null> {
	if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return null;
	try {
		return await request.formData();
	} catch (e) {
		if ((e as { status?: number }).status === 413) return null;
		throw e;
	}
}
