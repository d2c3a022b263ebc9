/**
 * Live streams (issue 13, item 7), through the real stream endpoints on both engines: one read
 * per change however many walls are open, caps per event and per address, a closed event's
 * stream ends (and a new one is refused with 410), and "sign out everywhere" ends a staff
 * member's open feed within seconds.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as events from '../../src/lib/server/services/events';
import { createSession, endAllSessions, resolveSession, type Session } from '../../src/lib/server/auth/sessions';
import { MAX_STREAMS_PER_ADDRESS, MAX_STREAMS_PER_EVENT } from '../../src/lib/server/live';
import { eventDefinition } from '../../src/lib/schemas/event';
import { GET as wallStream } from '../../src/routes/e/[code=code]/wall/stream/+server';
import { GET as feedStream } from '../../src/routes/app/[area=slug]/events/[id=uuid]/feed/+server';
import { engines } from './engines';
import { counting } from '../support/counting-db';
import { followEvents } from '../support/sse';
import { areaIdOf, makeMember, owner, seeded } from './fixtures';

const definition = (name: string) =>
	eventDefinition.parse({
		name,
		starts_at: '2026-12-03T18:30',
		venue: 'Youth centre',
		audience: 'young_people',
		prompts: [{ key: 'p1', kind: 'text', text: 'What helps you feel OK?' }]
	});

const key = (label: string) => `${label}-${randomUUID()}`.slice(0, 60);

/** Reads a Server-Sent Events response as it arrives. */
function sse(res: Response) {
	const messages: unknown[] = [];
	const state = { done: false };
	const cancel = followEvents(
		res,
		(data) => messages.push(data),
		() => (state.done = true)
	);
	return { messages, state, cancel };
}

async function until(what: string, ok: () => boolean, ms = 5000) {
	const start = Date.now();
	while (!ok()) {
		if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 20));
	}
}

describe.each(engines)('live streams on $name', (engine) => {
	let db: Db;
	let areaId: string;
	let officer: Claims;
	let officerId: string;
	const open: (() => unknown)[] = [];

	const as = <T>(claims: Claims, fn: Parameters<typeof withClaims<T>>[2]) => withClaims(db, claims, fn);

	/** A request to a stream endpoint, as SvelteKit would make it. */
	function request(
		on: Db,
		path: string,
		params: Record<string, string>,
		address: string,
		session: Session | null = null
	) {
		const controller = new AbortController();
		const url = new URL(`http://localhost${path}`);
		const event = {
			params,
			url,
			locals: { db: on, session },
			request: new Request(url, { signal: controller.signal }),
			getClientAddress: () => address
		} as unknown as RequestEvent as never;
		open.push(() => controller.abort());
		return event;
	}

	async function openEvent(name: string) {
		const ev = await as(officer, (tx) => events.create(tx, areaId, definition(name), officerId));
		await as(officer, (tx) => events.setStatus(tx, areaId, ev.id, 'open'));
		return ev;
	}

	async function join(ev: events.EventRow) {
		const tokenHash = randomUUID().replaceAll('-', '').padEnd(64, '0');
		await as(ANON, (tx) => events.join(tx, ev, { role: 'young_person', age_band: '14_15', tokenHash, key: key('j') }));
		return (await as(ANON, (tx) => events.participant(tx, ev.id, tokenHash)))!;
	}

	async function contribute(ev: events.EventRow, text: string) {
		const who = await join(ev);
		await as(ANON, (tx) => events.say(tx, ev, who, { prompt: 'p1', text, consent: 'quote', key: key('say') }));
	}

	beforeAll(async () => {
		db = await seeded(await engine.create());
		areaId = await owner(db, (tx) => areaIdOf(tx, 'llr'));
		officerId = await owner(db, (tx) =>
			makeMember(tx, areaId, 'officer@live.test', 'engagement_officer', { name: 'Officer' })
		);
		officer = { role: 'authenticated', sub: officerId };
	}, 120_000);
	afterAll(async () => {
		for (const abort of open) abort();
		await engine.cleanup();
	});

	/** Opens `n` walls (each from its own address), waits for their first data, then counts the reads one contribution causes. */
	async function readsPerContribution(n: number): Promise<number> {
		const counted = counting(db);
		const ev = await openEvent(`Wall count ${n}`);
		const walls: ReturnType<typeof sse>[] = [];
		for (let i = 0; i < n; i++) {
			const res = await wallStream(request(counted, `/e/${ev.code}/wall/stream`, { code: ev.code }, `10.1.${n}.${i}`));
			expect(res.status).toBe(200);
			walls.push(sse(res));
		}
		// Someone joins first (a change of its own), and every wall has shown it, before counting.
		const who = await join(ev);
		await until('every wall to show the person who joined', () =>
			walls.every((w) => (w.messages.at(-1) as events.WallView | undefined)?.people === 1)
		);
		await new Promise((r) => setTimeout(r, 400));
		counted.count = 0;
		await as(ANON, (tx) =>
			events.say(tx, ev, who, {
				prompt: 'p1',
				text: `Youth clubs open later, wall of ${n}`,
				consent: 'quote',
				key: key('say')
			})
		);
		await until('every wall to see the contribution', () =>
			walls.every((w) => (w.messages.at(-1) as events.WallView).contributions === 1)
		);
		// Anything still on its way (a second coalesced read) has time to arrive.
		await new Promise((r) => setTimeout(r, 400));
		const reads = counted.count;
		for (const w of walls) await w.cancel();
		return reads;
	}

	it('reads once per change for all of an event’s walls, however many are open', async () => {
		const one = await readsPerContribution(1);
		const many = await readsPerContribution(12);
		expect(one).toBe(1);
		expect(many).toBe(one);
	});

	it('refuses a stream over the cap per address, and over the cap per event, with a 429', async () => {
		const ev = await openEvent('Capped walls');
		const path = `/e/${ev.code}/wall/stream`;
		const mine: ReturnType<typeof sse>[] = [];
		for (let i = 0; i < MAX_STREAMS_PER_ADDRESS; i++) {
			const res = await wallStream(request(db, path, { code: ev.code }, '192.0.2.1'));
			expect(res.status).toBe(200);
			mine.push(sse(res));
		}
		const refused = await wallStream(request(db, path, { code: ev.code }, '192.0.2.1'));
		expect(refused.status).toBe(429);
		expect(await refused.text()).toMatch(/Too many live screens are open from this connection/);
		// Another address still gets in, up to the event's cap.
		const others: ReturnType<typeof sse>[] = [];
		for (let i = MAX_STREAMS_PER_ADDRESS; i < MAX_STREAMS_PER_EVENT; i++) {
			const res = await wallStream(request(db, path, { code: ev.code }, `198.51.100.${i}`));
			expect(res.status).toBe(200);
			others.push(sse(res));
		}
		const full = await wallStream(request(db, path, { code: ev.code }, '203.0.113.9'));
		expect(full.status).toBe(429);
		expect(await full.text()).toMatch(/Too many live screens are open for this event/);
		// Closing one makes room again.
		await mine[0]!.cancel();
		await until('the closed stream to leave', () => mine[0]!.state.done);
		const again = await wallStream(request(db, path, { code: ev.code }, '203.0.113.9'));
		expect(again.status).toBe(200);
		const last = sse(again);
		for (const s of [...mine, ...others, last]) await s.cancel();
	});

	it('ends a closed event’s wall stream and answers a new one with 410', async () => {
		const ev = await openEvent('Closing walls');
		const path = `/e/${ev.code}/wall/stream`;
		const wall = sse(await wallStream(request(db, path, { code: ev.code }, '192.0.2.20')));
		await until('first data', () => wall.messages.length >= 1);
		await as(officer, (tx) => events.setStatus(tx, areaId, ev.id, 'closed'));
		await until('the stream to end', () => wall.state.done);
		expect((wall.messages.at(-1) as events.WallView).status).toBe('closed');
		await expect(wallStream(request(db, path, { code: ev.code }, '192.0.2.20'))).rejects.toMatchObject({
			status: 410,
			body: { message: 'This event has ended' }
		});
	});

	it('ends a staff member’s open feed within seconds when they sign out everywhere', async () => {
		const ev = await openEvent('Feed and sign out');
		const session = (await resolveSession(db, await createSession(db, officerId)))!;
		const other = (await resolveSession(db, await createSession(db, officerId)))!;
		const path = `/app/llr/events/${ev.id}/feed`;
		const params = { area: 'llr', id: ev.id };
		const feed = sse(await feedStream(request(db, path, params, '192.0.2.30', session)));
		const second = sse(await feedStream(request(db, path, params, '192.0.2.31', other)));
		await until('the feeds’ first data', () => feed.messages.length >= 1 && second.messages.length >= 1);
		// Both share one read; both see a contribution.
		await contribute(ev, 'A place to go after school');
		await until('the feeds to update', () => feed.messages.length >= 2 && second.messages.length >= 2);
		const started = Date.now();
		expect(await endAllSessions(db, officerId)).toBe(2);
		await until('both feeds to end', () => feed.state.done && second.state.done, 5000);
		expect(Date.now() - started).toBeLessThan(5000);
	});
});
