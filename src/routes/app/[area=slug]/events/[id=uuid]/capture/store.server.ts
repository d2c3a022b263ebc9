/**
 * Storing one captured entry, in its own transaction, for the capture page's form actions and its
 * sync endpoint: a bad or failing entry never holds back the others.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { asStaff } from '$lib/server/auth/guard';
import * as events from '$lib/server/services/events';
import type { CaptureEntry } from '$lib/schemas/event';
import { logError } from '$lib/server/log';
import { refusedAs } from '$lib/server/services/refusal';

export type Stored = { status: 'stored' | 'duplicate' | 'error'; safeguarding: boolean };

/** Already there: the same key stored by a request that raced this one. */
export const isUniqueViolation = (e: unknown) => refusedAs(e, 'already-there');

export async function storeEntry(event: RequestEvent, ev: events.EventRow, entry: CaptureEntry): Promise<Stored> {
	try {
		const r = await asStaff(event, (tx) => events.capture(tx, ev, entry));
		return { status: r.duplicate ? 'duplicate' : 'stored', safeguarding: r.safeguarding };
	} catch (e) {
		if (isUniqueViolation(e)) return { status: 'duplicate', safeguarding: false };
		// Logged with the event, never the words; the device keeps the entry and tries again.
		logError(`[capture] event ${ev.id}: storing an entry failed`, e);
		return { status: 'error', safeguarding: false };
	}
}

/** A paper form with no answers at all: nothing to store. */
export const emptyPaper = (entry: CaptureEntry) =>
	entry.kind === 'paper' && Object.keys(entry.texts).length + Object.keys(entry.ratings).length === 0;
