/**
 * The facilitator's capture queue: every note or paper form typed at an event goes into a queue
 * kept in the browser's localStorage (one per event) before it is sent, so a dropped connection or
 * a closed tab loses nothing. The queue is sent to the capture sync endpoint in batches; each entry
 * carries an idempotency key made on the device, so sending the same entry twice stores it once.
 *
 * No Svelte and no DOM globals here: storage, fetch, timers and "are we online?" are passed in, so
 * the logic is tested without a browser (tests/unit/event-queue.test.ts).
 */

import type { Consent } from '../vocabulary';
import { CAPTURE_BATCH_BYTES, CAPTURE_SYNC_MAX_BYTES } from '../limits';

export type { Consent };
export type NoteSource = 'sticky_note' | 'said_aloud';

/** A note as it is queued and sent (the shape schemas/event.ts `captureEntry` accepts). */
export interface NoteDraft {
	kind: 'note';
	key: string;
	source: NoteSource;
	prompt: string | null;
	text: string;
	role: string | null;
	age_band: string | null;
	consent: Consent;
}

/** One person's paper form: their words and ratings against the event's prompts. */
export interface PaperDraft {
	kind: 'paper';
	key: string;
	role: string | null;
	age_band: string | null;
	consent: Consent;
	texts: Record<string, string>;
	ratings: Record<string, number>;
}

export type Draft = NoteDraft | PaperDraft;

export interface Queued {
	entry: Draft;
	/** When it was typed (ms since the epoch). */
	added_at: number;
	/** Set when the server refused it: it stays, visibly, and is not sent again until fixed. */
	errors?: Record<string, string>;
}

export type SyncStatus = 'stored' | 'duplicate' | 'invalid' | 'error';

/** The sync endpoint's answer for one entry. `error`: not stored this time, try again later. */
export interface SyncResult {
	key: string | null;
	status: SyncStatus;
	errors?: Record<string, string>;
	safeguarding: boolean;
}

/** What the screen says about the connection. */
export type Problem = 'offline' | 'network' | 'signed_out' | 'forbidden' | 'not_found' | 'server';

export interface SyncState {
	queue: Queued[];
	sending: boolean;
	problem: Problem | null;
	/** False when this browser would not keep the queue (storage full, blocked or private mode). */
	persisted: boolean;
}

/** The part of the Web Storage API the queue needs. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

// ---- Keys ---------------------------------------------------------------------------------------

/**
 * A new idempotency key: a random UUID (36 characters of hex digits and hyphens), which fits the
 * server's `idempotencyKey` pattern /^[A-Za-z0-9_-]{16,60}$/.
 */
export function newKey(random: () => string = () => crypto.randomUUID()): string {
	return random();
}

export const queueStorageKey = (eventId: string) => `said-and-done:capture-queue:${eventId}`;
export const recentStorageKey = (eventId: string) => `said-and-done:capture-sent:${eventId}`;

// ---- Reading and writing the stored queue -------------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isQueued(v: unknown): v is Queued {
	if (!isRecord(v) || !isRecord(v.entry)) return false;
	const e = v.entry;
	return typeof e.key === 'string' && (e.kind === 'note' || e.kind === 'paper') && typeof v.added_at === 'number';
}

/**
 * The stored queue for an event; [] when there is none or it cannot be read as a queue; null when
 * storage itself cannot be used (blocked, or it throws).
 */
export function readQueue(storage: StorageLike | null, eventId: string): Queued[] | null {
	if (!storage) return null;
	let raw: string | null;
	try {
		raw = storage.getItem(queueStorageKey(eventId));
	} catch {
		return null;
	}
	if (!raw) return [];
	try {
		const parsed: unknown = JSON.parse(raw);
		return Array.isArray(parsed) ? parsed.filter(isQueued) : [];
	} catch {
		return [];
	}
}

/** Stores the queue; false when the browser refuses (quota, private mode). */
export function writeQueue(storage: StorageLike | null, eventId: string, queue: Queued[]): boolean {
	if (!storage) return false;
	try {
		if (queue.length === 0) storage.removeItem(queueStorageKey(eventId));
		else storage.setItem(queueStorageKey(eventId), JSON.stringify(queue));
		return true;
	} catch {
		return false;
	}
}

// ---- Queue operations ---------------------------------------------------------------------------

/** Adds entries at the end; an entry whose key is already queued is not added twice. */
export function enqueue(queue: Queued[], drafts: Draft[], now: number): Queued[] {
	const keys = new Set(queue.map((q) => q.entry.key));
	const added = drafts.filter((d) => !keys.has(d.key)).map((entry) => ({ entry, added_at: now }));
	return [...queue, ...added];
}

export const pending = (queue: Queued[]) => queue.filter((q) => !q.errors);
export const refused = (queue: Queued[]) => queue.filter((q) => q.errors);
export const withoutKey = (queue: Queued[], key: string) => queue.filter((q) => q.entry.key !== key);

/**
 * Applies the server's answers: stored and duplicate entries leave the queue (both mean the server
 * has them), refused ones stay with their errors, and errors (or entries with no answer) stay to be
 * sent again.
 */
export function applyResults(
	queue: Queued[],
	results: SyncResult[]
): { queue: Queued[]; sent: Queued[]; flagged: Queued[]; refused: Queued[] } {
	const byKey = new Map(results.filter((r) => r.key).map((r) => [r.key!, r]));
	const next: Queued[] = [];
	const sent: Queued[] = [];
	const flagged: Queued[] = [];
	const newlyRefused: Queued[] = [];
	for (const q of queue) {
		const r = byKey.get(q.entry.key);
		if (r && (r.status === 'stored' || r.status === 'duplicate')) {
			sent.push(q);
			if (r.safeguarding) flagged.push(q);
		} else if (r && r.status === 'invalid') {
			const refusedEntry = {
				...q,
				errors: r.errors && Object.keys(r.errors).length ? r.errors : { form: 'The server could not accept this entry' }
			};
			newlyRefused.push(refusedEntry);
			next.push(refusedEntry);
		} else next.push(q);
	}
	return { queue: next, sent, flagged, refused: newlyRefused };
}

/** Each line of pasted text becomes a note with the same tags; blank lines are skipped. */
export function linesToNotes(
	text: string,
	tags: Omit<NoteDraft, 'kind' | 'key' | 'text'>,
	makeKey: () => string = newKey
): NoteDraft[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line.length > 0)
		.map((line) => ({ kind: 'note', key: makeKey(), text: line, ...tags }));
}

// ---- What the screen says -----------------------------------------------------------------------

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 notes", "1 paper form", "2 notes and 1 paper form". */
export function countLabel(queue: Queued[]): string {
	const notes = queue.filter((q) => q.entry.kind === 'note').length;
	const papers = queue.length - notes;
	const parts = [
		notes ? plural(notes, 'note', 'notes') : '',
		papers ? plural(papers, 'paper form', 'paper forms') : ''
	].filter(Boolean);
	return parts.join(' and ') || '0 notes';
}

/** The sentence in the live region: how much is waiting, and what will happen to it. */
export function waitingMessage(state: Pick<SyncState, 'queue' | 'sending' | 'problem'>): string {
	const waiting = pending(state.queue);
	if (waiting.length === 0) return 'Nothing waiting to send. Everything typed here has been sent.';
	const head = `${countLabel(waiting)} waiting to send`;
	switch (state.problem) {
		case 'offline':
			return `${head} — they will send when the connection is back.`;
		case 'signed_out':
			return `${head} — you have been signed out. Sign in again (in a new tab) and they will send; they are kept on this device.`;
		case 'forbidden':
			return `${head} — your role in this area no longer allows typing up notes. They are kept on this device; ask your area admin.`;
		case 'not_found':
			return `${head} — this event was not found. They are kept on this device.`;
		case 'network':
		case 'server':
			return `${head} — the connection is not working. They are kept on this device and will send when it is back.`;
		default:
			return `${head} — sending now.`;
	}
}

/** A short line for a queued or sent entry: the note's words, or the paper form's first answers. */
export function entrySummary(entry: Draft, promptText: (key: string) => string | undefined = () => undefined): string {
	if (entry.kind === 'note') return entry.text;
	const texts = Object.values(entry.texts);
	const ratings = Object.entries(entry.ratings).map(([k, v]) => `${promptText(k) ?? k}: ${v} out of 5`);
	return ['Paper form', ...texts, ...ratings].join(' · ');
}

/** Waits before the next try after `failures` failures in a row: 2s, 4s, 8s … at most a minute. */
export function retryDelay(failures: number): number {
	if (failures <= 0) return 0;
	return Math.min(60_000, 2000 * 2 ** (failures - 1));
}

// ---- Recently sent (this browser tab's session only) --------------------------------------------

export interface SentNote {
	key: string;
	summary: string;
	sent_at: number;
	safeguarding: boolean;
}

export const RECENT_LIMIT = 10;

export function readRecent(storage: StorageLike | null, eventId: string): SentNote[] {
	try {
		const raw = storage?.getItem(recentStorageKey(eventId));
		const parsed: unknown = raw ? JSON.parse(raw) : [];
		return Array.isArray(parsed)
			? (parsed as SentNote[]).filter((s) => isRecord(s) && typeof s.key === 'string').slice(0, RECENT_LIMIT)
			: [];
	} catch {
		return [];
	}
}

/** Newest first, no key twice, at most RECENT_LIMIT. */
export function addRecent(list: SentNote[], sent: SentNote[]): SentNote[] {
	const keys = new Set(sent.map((s) => s.key));
	return [...[...sent].reverse(), ...list.filter((s) => !keys.has(s.key))].slice(0, RECENT_LIMIT);
}

export function writeRecent(storage: StorageLike | null, eventId: string, list: SentNote[]): void {
	try {
		storage?.setItem(recentStorageKey(eventId), JSON.stringify(list));
	} catch {
		/* only a convenience: the list stays in memory */
	}
}

// ---- Sending ------------------------------------------------------------------------------------

export interface Timers {
	set(fn: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

export interface SyncerOptions {
	url: string;
	eventId: string;
	storage: StorageLike | null;
	fetch: (url: string, init: RequestInit) => Promise<Response>;
	isOnline: () => boolean;
	onChange: (state: SyncState) => void;
	/** Entries the server now has; `flagged` are those that raised a safeguarding alert. */
	onSent?: (sent: Queued[], flagged: Queued[]) => void;
	timers?: Timers;
	/** Entries per request (the endpoint takes at most 500). */
	batchSize?: number;
	now?: () => number;
}

/**
 * The sync endpoint's stated limit on one request's body (it answers 413 above it), and how much
 * the queue puts in one request: well under, so a batch of long paper forms still fits.
 */
export const MAX_SYNC_BYTES = CAPTURE_SYNC_MAX_BYTES;
export const BATCH_BYTES = CAPTURE_BATCH_BYTES;

/** The first entries of `waiting`: at most `max` of them and `bytes` of JSON, but always one. */
export function takeBatch(waiting: Queued[], max: number, bytes = BATCH_BYTES): Queued[] {
	const batch: Queued[] = [];
	let size = 0;
	for (const q of waiting) {
		if (batch.length >= max) break;
		const n = JSON.stringify(q.entry).length + 1;
		if (batch.length > 0 && size + n > bytes) break;
		batch.push(q);
		size += n;
	}
	return batch;
}

/** While offline, look again this often in case the browser misses its 'online' event. */
export const OFFLINE_POLL_MS = 15_000;

/**
 * Keeps the queue in storage and sends it: at once when something is added, again after failures
 * (with backoff), and when the page calls `sync()` (the browser's 'online' event, a button).
 */
export class Syncer {
	private queue: Queued[];
	private persisted: boolean;
	private sending = false;
	private again = false;
	private problem: Problem | null = null;
	private failures = 0;
	private timer: unknown = null;
	private stopped = false;
	private readonly timers: Timers;
	private readonly batchSize: number;
	/** Entries per request now: halved when the server says a request was too big. */
	private limit: number;
	private readonly now: () => number;

	constructor(private readonly o: SyncerOptions) {
		this.timers = o.timers ?? {
			set: (fn, ms) => setTimeout(fn, ms),
			clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
		};
		this.batchSize = Math.min(o.batchSize ?? 50, 500);
		this.limit = this.batchSize;
		this.now = o.now ?? Date.now;
		const stored = readQueue(o.storage, o.eventId);
		this.queue = stored ?? [];
		this.persisted = stored !== null;
	}

	get state(): SyncState {
		return { queue: this.queue, sending: this.sending, problem: this.problem, persisted: this.persisted };
	}

	private emit() {
		if (!this.stopped) this.o.onChange(this.state);
	}

	/**
	 * Changes the queue starting from what storage holds now (another tab on the same event may have
	 * added or sent entries), then stores the result. When storage fails, this tab's copy is kept.
	 */
	private update(fn: (q: Queued[]) => Queued[]) {
		const base = this.persisted ? (readQueue(this.o.storage, this.o.eventId) ?? this.queue) : this.queue;
		this.queue = fn(base);
		this.persisted = writeQueue(this.o.storage, this.o.eventId, this.queue);
	}

	/** Queues entries and starts sending them. */
	add(drafts: Draft[]): void {
		this.update((q) => enqueue(q, drafts, this.now()));
		this.emit();
		void this.sync();
	}

	/** Takes an entry out of the queue (a refused one the facilitator removes or copies back to fix). */
	remove(key: string): void {
		this.update((q) => withoutKey(q, key));
		this.emit();
	}

	/** Re-reads storage (another tab changed it). */
	refresh(): void {
		if (!this.persisted) return;
		this.queue = readQueue(this.o.storage, this.o.eventId) ?? this.queue;
		this.emit();
	}

	/** Sends everything waiting now, forgetting earlier failures (the connection may be back). */
	retryNow(): Promise<void> {
		this.failures = 0;
		return this.sync();
	}

	stop(): void {
		this.stopped = true;
		if (this.timer !== null) this.timers.clear(this.timer);
		this.timer = null;
	}

	private schedule(ms: number) {
		if (this.stopped) return;
		if (this.timer !== null) this.timers.clear(this.timer);
		this.timer = this.timers.set(() => {
			this.timer = null;
			void this.sync();
		}, ms);
	}

	private fail(problem: Problem) {
		this.problem = problem;
		this.failures += 1;
		this.schedule(retryDelay(this.failures));
	}

	/** Sends what is waiting, batch by batch, until it is all sent or something fails. */
	async sync(): Promise<void> {
		if (this.stopped) return;
		if (this.sending) {
			this.again = true;
			return;
		}
		if (this.timer !== null) {
			this.timers.clear(this.timer);
			this.timer = null;
		}
		if (pending(this.queue).length === 0) {
			this.problem = null;
			this.emit();
			return;
		}
		if (!this.o.isOnline()) {
			this.problem = 'offline';
			this.schedule(OFFLINE_POLL_MS);
			this.emit();
			return;
		}
		this.sending = true;
		this.emit();
		try {
			await this.sendAll();
		} finally {
			this.sending = false;
			this.emit();
		}
		if (this.again && !this.stopped) {
			this.again = false;
			if (this.timer === null) await this.sync();
		}
	}

	private async sendAll(): Promise<void> {
		for (;;) {
			this.again = false;
			// Start from storage: another tab may have sent some of these already.
			if (this.persisted) this.queue = readQueue(this.o.storage, this.o.eventId) ?? this.queue;
			const batch = takeBatch(pending(this.queue), this.limit);
			if (batch.length === 0) {
				this.problem = null;
				this.failures = 0;
				return;
			}
			let response: Response;
			try {
				response = await this.o.fetch(this.o.url, {
					method: 'POST',
					headers: { 'content-type': 'application/json', accept: 'application/json' },
					credentials: 'same-origin',
					body: JSON.stringify({ entries: batch.map((q) => q.entry) })
				});
			} catch {
				return this.fail(this.o.isOnline() ? 'network' : 'offline');
			}
			// Too big, or a body the server cannot read: split the batch; a single entry it still
			// refuses is marked refused (visibly, not sent again), never retried for ever.
			if (response.status === 413 || response.status === 400) {
				if (batch.length > 1) {
					this.limit = Math.max(1, Math.floor(batch.length / 2));
					continue;
				}
				const key = batch[0]!.entry.key;
				const form =
					response.status === 413
						? 'This is too long to send. Copy it back to shorten it, or split it into two.'
						: 'The server could not read this. Copy it back and enter it again.';
				this.update((q) => q.map((x) => (x.entry.key === key ? { ...x, errors: { form } } : x)));
				this.emit();
				continue;
			}
			if (!response.ok) {
				const problem: Problem =
					response.status === 401
						? 'signed_out'
						: response.status === 403
							? 'forbidden'
							: response.status === 404
								? 'not_found'
								: 'server';
				return this.fail(problem);
			}
			let results: SyncResult[];
			try {
				const body = (await response.json()) as { results?: unknown };
				if (!Array.isArray(body.results)) throw new Error('no results');
				results = body.results as SyncResult[];
			} catch {
				return this.fail('server');
			}
			let outcome: ReturnType<typeof applyResults> | undefined;
			this.update((q) => (outcome = applyResults(q, results)).queue);
			const done = outcome!;
			if (done.sent.length) this.o.onSent?.(done.sent, done.flagged);
			this.emit();
			const answered = done.sent.length + done.refused.length;
			// Something in the batch was not stored this time (or not answered): try again later
			// rather than at once.
			if (answered < batch.length) return this.fail('server');
			this.problem = null;
			this.failures = 0;
			this.limit = this.batchSize;
		}
	}
}
