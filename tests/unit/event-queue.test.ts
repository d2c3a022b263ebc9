import { describe, expect, it, vi } from 'vitest';
import { captureEntry, idempotencyKey } from '../../src/lib/schemas/event';
import {
	OFFLINE_POLL_MS,
	Syncer,
	takeBatch,
	addRecent,
	applyResults,
	countLabel,
	enqueue,
	entrySummary,
	linesToNotes,
	newKey,
	queueStorageKey,
	readQueue,
	retryDelay,
	waitingMessage,
	writeQueue,
	type Draft,
	type NoteDraft,
	type StorageLike,
	type SyncResult,
	type SyncState,
	type Timers
} from '../../src/lib/events/queue';
import { checkMany, checkNote, checkPaper } from '../../src/routes/app/[area=slug]/events/[id=uuid]/capture/capture';

const EVENT = '6f1c2a52-3a1e-4f7a-9b5e-2d7c8a9b0c1d';

class MemoryStorage implements StorageLike {
	map = new Map<string, string>();
	full = false;
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.full) throw new DOMException('full', 'QuotaExceededError');
		this.map.set(k, v);
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
}

let n = 0;
const key = () => `key-${String(++n).padStart(12, '0')}`;
const note = (text: string, extra: Partial<NoteDraft> = {}): NoteDraft => ({
	kind: 'note',
	key: key(),
	source: 'sticky_note',
	prompt: null,
	text,
	role: null,
	age_band: null,
	consent: 'staff_only',
	...extra
});

/** Timers run by hand: `fire()` runs everything due. */
function manualTimers() {
	const due: { fn: () => void; ms: number; id: number }[] = [];
	let id = 0;
	const timers: Timers = {
		set: (fn, ms) => {
			due.push({ fn, ms, id: ++id });
			return id;
		},
		clear: (h) => {
			const i = due.findIndex((d) => d.id === h);
			if (i >= 0) due.splice(i, 1);
		}
	};
	return { timers, due, fire: () => due.splice(0).forEach((d) => d.fn()) };
}

const respond = (body: unknown, status = 200) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A server that stores each key once and flags texts containing "hurt". */
function fakeServer() {
	const stored = new Set<string>();
	const bodies: Draft[][] = [];
	const fetch = vi.fn(async (_url: string, init: RequestInit) => {
		const { entries } = JSON.parse(String(init.body)) as { entries: Draft[] };
		bodies.push(entries);
		const results: SyncResult[] = entries.map((e) => {
			const parsed = captureEntry.safeParse(e);
			if (!parsed.success)
				return { key: e.key, status: 'invalid', errors: { text: 'Write something first' }, safeguarding: false };
			if (stored.has(e.key)) return { key: e.key, status: 'duplicate', safeguarding: false };
			stored.add(e.key);
			return { key: e.key, status: 'stored', safeguarding: e.kind === 'note' && e.text.includes('hurt') };
		});
		return respond({ results });
	});
	return { stored, bodies, fetch };
}

async function settle() {
	for (let i = 0; i < 10; i++) await Promise.resolve();
	await new Promise((r) => setTimeout(r, 0));
}

describe('capture queue: keys and storage', () => {
	it('makes keys the server accepts', () => {
		for (let i = 0; i < 20; i++) expect(idempotencyKey.safeParse(newKey()).success).toBe(true);
	});

	it('stores per event, reads back, drops what is not a queued entry and survives bad JSON', () => {
		const s = new MemoryStorage();
		const q = enqueue([], [note('first'), note('second')], 1000);
		expect(writeQueue(s, EVENT, q)).toBe(true);
		expect(readQueue(s, EVENT)).toEqual(q);
		expect(readQueue(s, 'another-event')).toEqual([]);
		s.setItem(queueStorageKey(EVENT), JSON.stringify([...q, { nonsense: true }, 7]));
		expect(readQueue(s, EVENT)).toHaveLength(2);
		s.setItem(queueStorageKey(EVENT), '{not json');
		expect(readQueue(s, EVENT)).toEqual([]);
		expect(writeQueue(s, EVENT, [])).toBe(true);
		expect(s.map.has(queueStorageKey(EVENT))).toBe(false);
	});

	it('reports storage it cannot use', () => {
		const s = new MemoryStorage();
		s.full = true;
		expect(writeQueue(s, EVENT, enqueue([], [note('x')], 1))).toBe(false);
		expect(readQueue(null, EVENT)).toBeNull();
		const throwing: StorageLike = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {},
			removeItem: () => {}
		};
		expect(readQueue(throwing, EVENT)).toBeNull();
	});

	it('does not queue the same key twice', () => {
		const a = note('once');
		expect(enqueue(enqueue([], [a], 1), [a], 2)).toHaveLength(1);
	});
});

describe('capture queue: operations and wording', () => {
	it('turns pasted lines into notes with the same tags, skipping blank lines', () => {
		const notes = linesToNotes(
			'  first  \n\nsecond\r\nthird\n   \n',
			{ source: 'said_aloud', prompt: 'p1', role: 'young_person', age_band: '14_15', consent: 'quote' },
			key
		);
		expect(notes.map((x) => x.text)).toEqual(['first', 'second', 'third']);
		expect(new Set(notes.map((x) => x.key)).size).toBe(3);
		for (const x of notes) {
			expect(x).toMatchObject({
				kind: 'note',
				source: 'said_aloud',
				prompt: 'p1',
				role: 'young_person',
				age_band: '14_15',
				consent: 'quote'
			});
			expect(captureEntry.safeParse(x).success).toBe(true);
		}
	});

	it('removes stored and duplicate entries, keeps refused ones with their errors and the rest to retry', () => {
		const [a, b, c, d] = [note('a'), note('b'), note('c'), note('d')];
		const q = enqueue([], [a, b, c, d], 1);
		const out = applyResults(q, [
			{ key: a.key, status: 'stored', safeguarding: true },
			{ key: b.key, status: 'duplicate', safeguarding: false },
			{ key: c.key, status: 'invalid', errors: { text: 'Write something first' }, safeguarding: false },
			{ key: d.key, status: 'error', safeguarding: false }
		]);
		expect(out.sent.map((x) => x.entry.key)).toEqual([a.key, b.key]);
		expect(out.flagged.map((x) => x.entry.key)).toEqual([a.key]);
		expect(out.queue.map((x) => x.entry.key)).toEqual([c.key, d.key]);
		expect(out.queue[0]!.errors).toEqual({ text: 'Write something first' });
		expect(out.queue[1]!.errors).toBeUndefined();
	});

	it('says what is waiting, and what will happen to it', () => {
		const q = enqueue([], [note('a'), note('b'), note('c')], 1);
		expect(waitingMessage({ queue: q, sending: false, problem: 'offline' })).toBe(
			'3 notes waiting to send — they will send when the connection is back.'
		);
		expect(waitingMessage({ queue: q, sending: true, problem: null })).toBe('3 notes waiting to send — sending now.');
		expect(waitingMessage({ queue: [], sending: false, problem: 'offline' })).toMatch(/^Nothing waiting to send/);
		const paper: Draft = {
			kind: 'paper',
			key: key(),
			role: null,
			age_band: null,
			consent: 'staff_only',
			texts: { p1: 'hi' },
			ratings: { p2: 4 }
		};
		expect(countLabel(enqueue(q.slice(0, 1), [paper], 1))).toBe('1 note and 1 paper form');
		expect(entrySummary(paper, (k) => (k === 'p2' ? 'How was it?' : undefined))).toBe(
			'Paper form · hi · How was it?: 4 out of 5'
		);
		// Refused entries are not "waiting": they need the facilitator.
		const refused = applyResults(q, [{ key: q[0]!.entry.key, status: 'invalid', safeguarding: false }]).queue;
		expect(waitingMessage({ queue: refused, sending: false, problem: 'offline' })).toMatch(/^2 notes waiting/);
	});

	it('backs off 2s, 4s, 8s … up to a minute', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 10].map(retryDelay)).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
	});

	it('keeps a short, newest-first list of what was sent', () => {
		let list = addRecent([], [{ key: 'a', summary: 'a', sent_at: 1, safeguarding: false }]);
		list = addRecent(list, [
			{ key: 'b', summary: 'b', sent_at: 2, safeguarding: false },
			{ key: 'a', summary: 'a', sent_at: 2, safeguarding: false }
		]);
		expect(list.map((s) => s.key)).toEqual(['a', 'b']);
		for (let i = 0; i < 20; i++)
			list = addRecent(list, [{ key: `k${i}`, summary: '', sent_at: 3, safeguarding: false }]);
		expect(list).toHaveLength(10);
		expect(list[0]!.key).toBe('k19');
	});
});

describe('capture queue: the syncer', () => {
	function setup(opts: { online?: () => boolean; fetch?: ReturnType<typeof vi.fn>; storage?: MemoryStorage } = {}) {
		const storage = opts.storage ?? new MemoryStorage();
		const server = fakeServer();
		const t = manualTimers();
		const states: SyncState[] = [];
		const sent: string[] = [];
		const flagged: string[] = [];
		const syncer = new Syncer({
			url: '/sync',
			eventId: EVENT,
			storage,
			fetch: (opts.fetch ?? server.fetch) as unknown as (u: string, i: RequestInit) => Promise<Response>,
			isOnline: opts.online ?? (() => true),
			onChange: (s) => states.push(s),
			onSent: (s, f) => {
				sent.push(...s.map((x) => x.entry.key));
				flagged.push(...f.map((x) => x.entry.key));
			},
			timers: t.timers,
			batchSize: 2
		});
		return { syncer, storage, server, t, states, sent, flagged, last: () => states.at(-1)! };
	}

	it('sends what is added, in batches, and empties the queue and storage', async () => {
		const { syncer, storage, server, sent, last } = setup();
		const notes = [note('one'), note('two'), note('three')];
		syncer.add(notes);
		await settle();
		expect(server.bodies.map((b) => b.length)).toEqual([2, 1]);
		expect(sent).toEqual(notes.map((x) => x.key));
		expect(last()).toMatchObject({ queue: [], sending: false, problem: null, persisted: true });
		expect(readQueue(storage, EVENT)).toEqual([]);
	});

	it('keeps everything while offline, then sends each once when the connection is back', async () => {
		let online = false;
		const { syncer, storage, server, t, last } = setup({ online: () => online });
		syncer.add([note('a'), note('b'), note('c')]);
		await settle();
		expect(server.fetch).not.toHaveBeenCalled();
		expect(last().problem).toBe('offline');
		expect(waitingMessage(last())).toBe('3 notes waiting to send — they will send when the connection is back.');
		expect(readQueue(storage, EVENT)).toHaveLength(3);
		expect(t.due.map((d) => d.ms)).toEqual([OFFLINE_POLL_MS]);

		// A reload: a new syncer finds the queue in storage.
		syncer.stop();
		online = true;
		const again = setup({ online: () => online, storage });
		expect(again.syncer.state.queue).toHaveLength(3);
		await again.syncer.retryNow();
		expect(again.server.stored.size).toBe(3);
		expect(again.last().queue).toEqual([]);
	});

	it('backs off after network failures and tries again on its timer', async () => {
		let fail = true;
		const server = fakeServer();
		const fetch = vi.fn(async (u: string, i: RequestInit) => {
			if (fail) throw new TypeError('Failed to fetch');
			return server.fetch(u, i);
		});
		const { syncer, t, last } = setup({ fetch });
		syncer.add([note('x')]);
		await settle();
		expect(last().problem).toBe('network');
		expect(t.due.map((d) => d.ms)).toEqual([2000]);
		t.fire();
		await settle();
		expect(t.due.map((d) => d.ms)).toEqual([4000]);
		fail = false;
		t.fire();
		await settle();
		expect(last()).toMatchObject({ queue: [], problem: null });
		expect(t.due).toEqual([]);
	});

	it('splits a batch the server says is too big, and stops sending one entry it still refuses (issue 13, item 11)', async () => {
		const server = fakeServer();
		// A server whose request limit is 1,500 bytes: 413 above it, as the sync endpoint does.
		const limited = vi.fn(async (url: string, init: RequestInit) => {
			if (String(init.body).length > 1500) {
				server.bodies.push([]);
				return respond({ error: 'Send at most 1.5 KB at once.' }, 413);
			}
			return server.fetch(url, init);
		});
		const { syncer, last, sent, t } = setup({ fetch: limited });
		const fine = [note('a'.repeat(500)), note('b'.repeat(500)), note('c'.repeat(500))];
		const huge = note('d'.repeat(2000));
		syncer.add([...fine, huge]);
		await settle();
		expect(sent.sort()).toEqual(fine.map((x) => x.key).sort());
		expect(last().queue).toHaveLength(1);
		expect(last().queue[0]!.entry.key).toBe(huge.key);
		expect(last().queue[0]!.errors?.form).toMatch(/too long to send/);
		expect(last().problem).toBeNull();
		// Refused: not sent again, on any timer.
		const calls = limited.mock.calls.length;
		expect(t.due).toHaveLength(0);
		t.fire();
		await syncer.sync();
		await settle();
		expect(limited.mock.calls.length).toBe(calls);
	});

	it('puts at most the byte budget in one request, but always at least one entry', () => {
		const q = (text: string) => ({ entry: note(text), added_at: 0 });
		const waiting = [q('x'.repeat(600)), q('y'.repeat(600)), q('z'.repeat(3000))];
		expect(takeBatch(waiting, 50, 1500)).toHaveLength(2);
		expect(takeBatch(waiting.slice(2), 50, 1500)).toHaveLength(1);
		expect(takeBatch(waiting, 1, 1500)).toHaveLength(1);
	});

	it('keeps refused entries visibly and does not send them again; removing one takes it out', async () => {
		const { syncer, server, last } = setup();
		const bad = { ...note('x'), text: '' };
		syncer.add([bad, note('fine')]);
		await settle();
		expect(last().queue).toHaveLength(1);
		expect(last().queue[0]!.errors).toEqual({ text: 'Write something first' });
		expect(last().problem).toBeNull();
		await syncer.sync();
		expect(server.bodies).toHaveLength(1);
		syncer.remove(bad.key);
		expect(last().queue).toEqual([]);
	});

	it('reports a flagged note and a lost session, keeping the queue', async () => {
		const { syncer, flagged } = setup();
		const worrying = note('he said he would hurt me');
		syncer.add([worrying, note('fine')]);
		await settle();
		expect(flagged).toEqual([worrying.key]);

		const signedOut = setup({ fetch: vi.fn(async () => respond({ error: 'Sign in again' }, 401)) });
		signedOut.syncer.add([note('kept')]);
		await settle();
		expect(signedOut.last()).toMatchObject({ problem: 'signed_out' });
		expect(signedOut.last().queue).toHaveLength(1);
		expect(waitingMessage(signedOut.last())).toMatch(/signed out/);
	});

	it('sends an entry added while a batch is in flight once that batch is answered', async () => {
		const server = fakeServer();
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const fetch = vi.fn(async (u: string, i: RequestInit) => {
			if (fetch.mock.calls.length === 1) await gate;
			return server.fetch(u, i);
		});
		const { syncer, last } = setup({ fetch });
		syncer.add([note('first')]);
		await settle();
		syncer.add([note('second')]);
		release();
		await settle();
		expect(server.stored.size).toBe(2);
		expect(last().queue).toEqual([]);
	});

	it('keeps working in memory when storage refuses, and says so', async () => {
		const storage = new MemoryStorage();
		storage.full = true;
		const { syncer, last } = setup({ storage, online: () => false });
		syncer.add([note('a')]);
		expect(last()).toMatchObject({ persisted: false });
		expect(last().queue).toHaveLength(1);
		syncer.add([note('b')]);
		expect(last().queue).toHaveLength(2);
	});

	it('sees entries another tab added or sent', async () => {
		const storage = new MemoryStorage();
		const one = setup({ storage, online: () => false });
		const two = setup({ storage, online: () => false });
		one.syncer.add([note('from tab one')]);
		two.syncer.add([note('from tab two')]);
		expect(readQueue(storage, EVENT)).toHaveLength(2);
		one.syncer.refresh();
		expect(one.last().queue).toHaveLength(2);
	});
});

describe('capture forms without JavaScript', () => {
	const prompts = [
		{ key: 'p1', kind: 'text' as const, text: 'What helps?' },
		{ key: 'p2', kind: 'rating' as const, text: 'How easy is it?' }
	];
	const KEY = '0b7f3c1e-8d2a-4c5b-9e6f-1a2b3c4d5e6f';

	it('reads a note, with empty choices as "not known" and consent staff only by default', () => {
		const r = checkNote({
			key: KEY,
			text: '  Longer opening hours ',
			source: 'said_aloud',
			prompt: '',
			role: 'parent_carer',
			age_band: ''
		});
		expect(r).toEqual({
			ok: true,
			entry: {
				kind: 'note',
				key: KEY,
				source: 'said_aloud',
				prompt: null,
				text: 'Longer opening hours',
				role: 'parent_carer',
				age_band: null,
				consent: 'staff_only'
			}
		});
	});

	it('puts each error on its own field, and a bad key on the form', () => {
		expect(checkNote({ key: KEY, text: '   ', source: 'sticky_note' })).toEqual({
			ok: false,
			errors: { text: 'Write something first' }
		});
		const r = checkNote({ key: 'short', text: 'hi', source: 'pigeon', role: 'astronaut' });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['form', 'role', 'source']);
	});

	it('makes one note a line with its own key from the form key, and names a bad line', () => {
		const r = checkMany({ key: KEY, lines: 'one\n\n two \n', 'many-source': 'sticky_note', 'many-consent': 'quote' });
		expect(r.ok && r.entries.map((e) => [e.key, e.kind === 'note' && e.text, e.consent])).toEqual([
			[`${KEY}-1`, 'one', 'quote'],
			[`${KEY}-2`, 'two', 'quote']
		]);
		expect(checkMany({ key: KEY, lines: '\n \n', 'many-source': 'sticky_note' })).toEqual({
			ok: false,
			errors: { lines: 'Paste or type at least one note, one a line' }
		});
		expect(checkMany({ key: KEY, lines: `fine\n${'x'.repeat(2001)}`, 'many-source': 'sticky_note' })).toEqual({
			ok: false,
			errors: { lines: 'Line 2: Keep it under 2000 characters' }
		});
	});

	it('reads a paper form against the prompts and refuses one with no answers', () => {
		const r = checkPaper(
			{
				key: KEY,
				'paper-text-p1': ' Friends ',
				'paper-rating-p2': '4',
				'paper-role': 'young_person',
				'paper-age_band': '16_17',
				'paper-consent': 'quote'
			},
			prompts
		);
		expect(r).toEqual({
			ok: true,
			entry: {
				kind: 'paper',
				key: KEY,
				role: 'young_person',
				age_band: '16_17',
				consent: 'quote',
				texts: { p1: 'Friends' },
				ratings: { p2: 4 }
			}
		});
		expect(checkPaper({ key: KEY, 'paper-text-p1': '  ', 'paper-rating-p2': '' }, prompts)).toEqual({
			ok: false,
			errors: { 'paper-text-p1': 'Type at least one answer from the paper form' }
		});
		const long = checkPaper({ key: KEY, 'paper-text-p1': 'x'.repeat(2001) }, prompts);
		expect(long).toEqual({ ok: false, errors: { 'paper-text-p1': 'Keep it under 2000 characters' } });
	});
});
