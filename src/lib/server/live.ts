/**
 * Live updates for event walls and facilitators' consoles. One LISTEN per app instance on
 * 'event_activity' (Postgres NOTIFY, so every instance hears writes made by any other), fanned
 * out to the browsers watching each event as Server-Sent Events.
 *
 * Reads are shared (issue 13, item 7): streams that show the same thing (every wall of an
 * event; staff feeds of an event seen with the same roles) form a group, and a change costs one
 * read per group per instance, sent to every stream in it, however many are open. Bursts are
 * coalesced too: a room of phones sending at once costs one read per interval, not one per
 * contribution. Streams are capped per event and per address (a refusal is a 429), and a
 * second LISTEN on 'session_ended' closes a staff session's streams as soon as it ends ("sign
 * out everywhere"), on every instance.
 */
import type { Db } from './db/types';

const COALESCE_MS = 150;
/** Open streams of one kind (walls, or staff feeds) for one event, on one instance. */
export const MAX_STREAMS_PER_EVENT = 50;
/**
 * Open walls from one network address, or staff feeds of one session, on one instance. Staff
 * feeds count per session, not per address: a whole trust may sit behind one address.
 */
export const MAX_STREAMS_PER_ADDRESS = 10;

interface Stream {
	/** Sends one payload; `data` is what it encodes, for `endWhen`. */
	send(payload: Uint8Array, data: unknown): void;
	close(): void;
	read: () => Promise<unknown>;
}

/** Streams that show the same data, so one read serves them all. */
interface Group {
	streams: Set<Stream>;
	/** The last payload sent, for a stream that joins between changes. */
	last: { payload: Uint8Array; data: unknown } | null;
	reading: boolean;
	again: boolean;
}

const encoder = new TextEncoder();

export class Hub {
	/** event id → group key → group. */
	private groups = new Map<string, Map<string, Group>>();
	private timers = new Map<string, ReturnType<typeof setTimeout>>();
	private perEvent = new Map<string, number>();
	private perAddress = new Map<string, number>();
	private bySession = new Map<string, Set<Stream>>();
	/** channel → its LISTEN, once it is asked for (dropped if it failed, so the next stream tries again). */
	private listening = new Map<string, Promise<unknown>>();
	/** Reads made for streams, for tests and benchmarks. */
	reads = 0;

	constructor(private readonly db: Db) {}

	private listen(channel: string, onPayload: (payload: string) => void) {
		let started = this.listening.get(channel);
		if (!started) {
			started = this.db.listen(channel, onPayload).catch((e) => {
				this.listening.delete(channel);
				throw e;
			});
			this.listening.set(channel, started);
		}
		return started;
	}

	private start() {
		return this.listen('event_activity', (eventId) => this.poke(eventId));
	}

	private startSessions() {
		return this.listen('session_ended', (sessionId) => this.endSession(sessionId));
	}

	/** Closes a session's streams; an empty id (the connection was re-made) closes every staff stream. */
	private endSession(sessionId: string) {
		const ids = sessionId === '' ? [...this.bySession.keys()] : [sessionId];
		for (const id of ids) for (const s of [...(this.bySession.get(id) ?? [])]) s.close();
	}

	private poke(eventId: string) {
		// An empty payload means the connection was re-made and something may have been missed.
		if (eventId === '') {
			for (const id of this.groups.keys()) this.poke(id);
			return;
		}
		if (!this.groups.has(eventId) || this.timers.has(eventId)) return;
		this.timers.set(
			eventId,
			setTimeout(() => {
				this.timers.delete(eventId);
				for (const group of this.groups.get(eventId)?.values() ?? []) void this.refresh(group);
			}, COALESCE_MS)
		);
	}

	/** One read for the whole group, sent to every stream in it. A failed read ends them all. */
	private async refresh(group: Group) {
		if (group.reading) {
			group.again = true;
			return;
		}
		group.reading = true;
		try {
			do {
				group.again = false;
				const reader = group.streams.values().next().value;
				if (!reader) break;
				let data: unknown;
				try {
					this.reads++;
					data = await reader.read();
				} catch {
					for (const s of [...group.streams]) s.close();
					break;
				}
				const payload = encoder.encode(`data: ${JSON.stringify(data)}\n\n`);
				group.last = { payload, data };
				for (const s of [...group.streams]) s.send(payload, data);
			} while (group.again);
		} finally {
			group.reading = false;
		}
	}

	/** Why a new stream may not open (null: it may). */
	refusal(eventId: string, kind: string, address: string): string | null {
		if ((this.perAddress.get(address) ?? 0) >= MAX_STREAMS_PER_ADDRESS)
			return kind === 'wall'
				? 'Too many live screens are open from this connection. Close one and reload this page.'
				: 'Too many live pages are open for your account. Close one and reload this page.';
		if ((this.perEvent.get(`${eventId}:${kind}`) ?? 0) >= MAX_STREAMS_PER_EVENT)
			return 'Too many live screens are open for this event. Close one and reload this page.';
		return null;
	}

	/** Adds a stream (counted against its event and address); returns how to remove it. */
	async add(
		s: { eventId: string; kind: string; group: string; address: string; sessionId?: string },
		stream: Stream
	): Promise<() => void> {
		const counter = `${s.eventId}:${s.kind}`;
		const bump = (map: Map<string, number>, key: string, by: number) => {
			const n = (map.get(key) ?? 0) + by;
			if (n > 0) map.set(key, n);
			else map.delete(key);
		};
		bump(this.perEvent, counter, 1);
		bump(this.perAddress, s.address, 1);
		let removed = false;
		const remove = () => {
			if (removed) return;
			removed = true;
			bump(this.perEvent, counter, -1);
			bump(this.perAddress, s.address, -1);
			const groups = this.groups.get(s.eventId);
			const group = groups?.get(s.group);
			group?.streams.delete(stream);
			if (groups && group && group.streams.size === 0) groups.delete(s.group);
			if (groups?.size === 0) this.groups.delete(s.eventId);
			if (s.sessionId) {
				const set = this.bySession.get(s.sessionId);
				set?.delete(stream);
				if (set?.size === 0) this.bySession.delete(s.sessionId);
			}
		};
		try {
			await this.start();
			if (s.sessionId) await this.startSessions();
		} catch (e) {
			remove();
			throw e;
		}
		if (s.sessionId) {
			let set = this.bySession.get(s.sessionId);
			if (!set) this.bySession.set(s.sessionId, (set = new Set()));
			set.add(stream);
		}
		let groups = this.groups.get(s.eventId);
		if (!groups) this.groups.set(s.eventId, (groups = new Map()));
		let group = groups.get(s.group);
		if (!group) groups.set(s.group, (group = { streams: new Set(), last: null, reading: false, again: false }));
		group.streams.add(stream);
		// A group already up to date serves a new stream without a read; a read under way
		// reaches it when it finishes.
		if (group.last && !group.reading) stream.send(group.last.payload, group.last.data);
		else if (!group.last) void this.refresh(group);
		return remove;
	}
}

const hubs = new WeakMap<Db, Hub>();
export function hub(db: Db): Hub {
	let h = hubs.get(db);
	if (!h) hubs.set(db, (h = new Hub(db)));
	return h;
}

export interface StreamOptions {
	eventId: string;
	/** Capped separately per event: 'wall' (public) or 'feed' (staff). */
	kind: 'wall' | 'feed';
	/** Streams with the same group key see the same data and share one read. */
	group: string;
	read: () => Promise<unknown>;
	signal: AbortSignal;
	/** Who the per-address cap counts: the client's network address (walls), or `session:{id}` (staff feeds). */
	address: string;
	/** A staff stream's session: it closes as soon as the session ends. */
	sessionId?: string;
	/** Close after sending data for which this is true (an event that has closed). */
	endWhen?: (data: unknown) => boolean;
	maxMs?: number;
}

/**
 * A Server-Sent Events response that sends the group's data now and again whenever the event
 * changes, or a 429 when too many streams are open. A failed read ends the stream (the
 * browser's EventSource reconnects by itself, and access is checked again).
 */
export async function eventStream(db: Db, o: StreamOptions): Promise<Response> {
	const h = hub(db);
	const refused = h.refusal(o.eventId, o.kind, o.address);
	if (refused)
		return new Response(refused, {
			status: 429,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30', 'cache-control': 'no-store' }
		});
	// Set once the stream is under way; `close` may run before any of them is.
	const parts: {
		remove?: () => void;
		heartbeat?: ReturnType<typeof setInterval>;
		ender?: ReturnType<typeof setTimeout>;
	} = {};
	let closed = false;
	let controller!: ReadableStreamDefaultController<Uint8Array>;
	const close = () => {
		if (closed) return;
		closed = true;
		parts.remove?.();
		clearInterval(parts.heartbeat);
		clearTimeout(parts.ender);
		try {
			controller.close();
		} catch {
			/* already closed by the client */
		}
	};
	const stream = new ReadableStream<Uint8Array>({
		start(c) {
			controller = c;
			// Tell the browser to come back quickly if the connection drops.
			c.enqueue(encoder.encode('retry: 2000\n\n'));
		},
		cancel() {
			close();
		}
	});
	const member: Stream = {
		read: o.read,
		close,
		send(payload, data) {
			if (closed) return;
			try {
				controller.enqueue(payload);
			} catch {
				close();
				return;
			}
			if (o.endWhen?.(data)) close();
		}
	};
	// Counted against the caps from now, before any await, so a burst cannot slip past them.
	parts.remove = await h.add(
		{ eventId: o.eventId, kind: o.kind, group: o.group, address: o.address, sessionId: o.sessionId },
		member
	);
	// Ended while joining (an event that had already closed): leave the hub now.
	if (closed) parts.remove();
	o.signal.addEventListener('abort', close);
	if (o.signal.aborted) close();
	const headers = { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'x-accel-buffering': 'no' };
	if (closed) return new Response(stream, { headers });
	// Proxies close idle connections; a comment line every 20 s keeps this one open.
	parts.heartbeat = setInterval(() => {
		if (closed) return;
		try {
			controller.enqueue(encoder.encode(': keep-alive\n\n'));
		} catch {
			close();
		}
	}, 20_000);
	// End long streams so the browser reconnects and access is checked again (an event made a
	// draft, a role taken away).
	parts.ender = setTimeout(close, o.maxMs ?? 15 * 60_000);
	parts.ender.unref?.();
	return new Response(stream, { headers });
}
