/**
 * Live updates for event walls and facilitators' consoles. One LISTEN per app instance on
 * 'event_activity' (Postgres NOTIFY, so every instance hears writes made by any other), fanned
 * out to the browsers watching each event as Server-Sent Events. Bursts are coalesced: a room
 * of phones sending at once costs one re-read per event per interval, not one per contribution.
 */
import type { Db } from './db/types';

type Listener = () => void;

const COALESCE_MS = 150;

class Hub {
	private listeners = new Map<string, Set<Listener>>();
	private timers = new Map<string, ReturnType<typeof setTimeout>>();
	private started: Promise<unknown> | null = null;

	constructor(private readonly db: Db) {}

	private start() {
		this.started ??= this.db
			.listen('event_activity', (eventId) => this.poke(eventId))
			.catch((e) => {
				this.started = null;
				throw e;
			});
		return this.started;
	}

	private poke(eventId: string) {
		// An empty payload means the connection was re-made and something may have been missed.
		if (eventId === '') {
			for (const id of this.listeners.keys()) this.poke(id);
			return;
		}
		if (!this.listeners.has(eventId) || this.timers.has(eventId)) return;
		this.timers.set(
			eventId,
			setTimeout(() => {
				this.timers.delete(eventId);
				for (const fn of this.listeners.get(eventId) ?? []) fn();
			}, COALESCE_MS)
		);
	}

	async subscribe(eventId: string, fn: Listener): Promise<() => void> {
		await this.start();
		let set = this.listeners.get(eventId);
		if (!set) this.listeners.set(eventId, (set = new Set()));
		set.add(fn);
		return () => {
			set.delete(fn);
			if (set.size === 0) this.listeners.delete(eventId);
		};
	}
}

const hubs = new WeakMap<Db, Hub>();
export function hub(db: Db): Hub {
	let h = hubs.get(db);
	if (!h) hubs.set(db, (h = new Hub(db)));
	return h;
}

/**
 * A Server-Sent Events response that sends `read()` now and again whenever the event changes.
 * Reads that fail end the stream (the browser's EventSource reconnects by itself).
 */
export function eventStream(
	db: Db,
	eventId: string,
	read: () => Promise<unknown>,
	signal: AbortSignal,
	maxMs = 15 * 60_000
): Response {
	const encoder = new TextEncoder();
	let unsubscribe: (() => void) | undefined;
	let heartbeat: ReturnType<typeof setInterval> | undefined;
	let closed = false;
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const close = () => {
				if (closed) return;
				closed = true;
				unsubscribe?.();
				clearInterval(heartbeat);
				try {
					controller.close();
				} catch {
					/* already closed by the client */
				}
			};
			let reading: Promise<void> | null = null;
			let again = false;
			const send = async () => {
				if (closed) return;
				if (reading) {
					again = true;
					return;
				}
				reading = (async () => {
					do {
						again = false;
						try {
							const data = await read();
							if (!closed) controller.enqueue(encoder.encode(`data: ${JSON.stringify(data)}\n\n`));
						} catch {
							close();
						}
					} while (again && !closed);
				})();
				await reading;
				reading = null;
			};
			signal.addEventListener('abort', close);
			// Tell the browser to come back quickly if the connection drops.
			controller.enqueue(encoder.encode('retry: 2000\n\n'));
			unsubscribe = await hub(db).subscribe(eventId, () => void send());
			// Proxies close idle connections; a comment line every 20 s keeps this one open.
			heartbeat = setInterval(() => !closed && controller.enqueue(encoder.encode(': keep-alive\n\n')), 20_000);
			// End long streams so the browser reconnects and access is checked again (a staff
			// session that ended, an event made a draft).
			setTimeout(close, maxMs).unref?.();
			await send();
		},
		cancel() {
			closed = true;
			unsubscribe?.();
			clearInterval(heartbeat);
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'x-accel-buffering': 'no' }
	});
}
