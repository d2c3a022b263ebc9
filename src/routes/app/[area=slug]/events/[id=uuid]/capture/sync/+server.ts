/**
 * The capture page's sync endpoint: a facilitator's device posts its queue as JSON
 * ({entries: [...]}) and gets one result per idempotency key. Each entry is validated and stored
 * in its own transaction, so one bad entry never blocks the rest; an entry already stored (a retry
 * after a lost answer, or two tabs racing) is a duplicate, never a second copy.
 *
 * Errors are JSON ({error}) with 400, 401, 403, 404, 413 or 415, never an HTML page or a stack trace.
 */
import { isHttpError, json, type RequestHandler } from '@sveltejs/kit';
import { asStaff, requireArea } from '$lib/server/auth/guard';
import * as events from '$lib/server/services/events';
import { captureBatch, captureEntry } from '$lib/schemas/event';
import { MAX_SYNC_BYTES, type SyncResult } from '$lib/events/queue';
import { kb } from '$lib/limits';
import { CAPTURE_ROLES, captureErrors } from '../capture';
import { emptyPaper, storeEntry } from '../store.server';
import { logError } from '$lib/server/log';

const problem = (status: number, message: string) =>
	json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });

const keyOf = (raw: unknown): string | null =>
	typeof raw === 'object' && raw !== null && typeof (raw as { key?: unknown }).key === 'string'
		? (raw as { key: string }).key
		: null;

export const POST: RequestHandler = async (event) => {
	const { request, url } = event;
	// Cross-site requests. SvelteKit's CSRF check covers only form content types, not JSON, so
	// this endpoint checks both: it accepts only Content-Type application/json (which a page on
	// another site cannot send without a CORS preflight, and we answer no preflight), and the
	// Origin header, which browsers send with every POST, must be this site's own origin.
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type))
		return problem(415, 'Send the notes as JSON (Content-Type: application/json).');
	if (request.headers.get('origin') !== url.origin) return problem(403, 'Requests from other sites are not allowed.');

	// hooks.server.ts already turns away console requests without a session; checked here too so
	// the answer is JSON whatever route guard runs first.
	if (!event.locals.session)
		return problem(401, 'You are signed out. Sign in again: your notes are kept on this device.');
	let areaId: string;
	try {
		areaId = requireArea(event, event.params.area ?? '', [...CAPTURE_ROLES]).area.id;
	} catch (e) {
		if (isHttpError(e)) return problem(e.status, e.body.message);
		throw e;
	}

	// One stated limit for this endpoint, checked before reading; the queue sends far less.
	const tooBig = () => problem(413, `Send at most ${kb(MAX_SYNC_BYTES)} at once. Your notes are kept on this device.`);
	if (Number(request.headers.get('content-length') ?? 0) > MAX_SYNC_BYTES) return tooBig();
	let text: string;
	try {
		text = await request.text();
	} catch {
		// The server's own request limit cut the body short.
		return tooBig();
	}
	if (Buffer.byteLength(text) > MAX_SYNC_BYTES) return tooBig();
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return problem(400, 'The request was not valid JSON.');
	}
	const batch = captureBatch.safeParse(body);
	if (!batch.success) return problem(400, 'Send {"entries": [...]} with between 1 and 500 entries.');

	try {
		const ev = await asStaff(event, (tx) => events.get(tx, areaId, event.params.id ?? ''));
		if (!ev) return problem(404, 'That event was not found in this area.');
		const results: SyncResult[] = [];
		for (const raw of batch.data.entries) {
			const key = keyOf(raw);
			const parsed = captureEntry.safeParse(raw);
			if (!parsed.success) {
				const kind = (raw as { kind?: unknown } | null)?.kind === 'paper' ? 'paper' : 'note';
				results.push({ key, status: 'invalid', errors: captureErrors(parsed.error, kind), safeguarding: false });
				continue;
			}
			if (emptyPaper(parsed.data)) {
				results.push({
					key,
					status: 'invalid',
					errors: { form: 'The paper form has no answers' },
					safeguarding: false
				});
				continue;
			}
			const stored = await storeEntry(event, ev, parsed.data);
			results.push({ key, status: stored.status, safeguarding: stored.safeguarding });
		}
		return json({ results }, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		const id = logError(`capture sync for event ${event.params.id}`, e);
		return problem(
			500,
			`Something went wrong (error ${id}). Your notes are kept on this device and will be sent again.`
		);
	}
};
