/**
 * Youth board members who helped at an event (issue 16, item 6): an officer ticks them on the
 * event page, the member's record of contribution counts the event, and another area's staff can
 * neither see nor add helpers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import { seedDemoAccounts } from '../../src/lib/server/demo';
import * as helpers from '../../src/lib/server/services/event-helpers';
import * as youth from '../../src/lib/server/services/youth';
import { engines } from './engines';
import { owner, seeded } from './fixtures';

describe.each(engines)('event helpers on $name', (engine) => {
	let db: Db;
	let llr: string;
	let eventId: string;
	const as: Record<string, Claims> = {};
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await seedDemoAccounts(db);
		await owner(db, async (tx) => {
			const areas = await tx.query<{ id: string; slug: string }>('select id, slug from public.areas order by slug');
			llr = areas.rows.find((a) => a.slug === 'llr')!.id;
			const other = areas.rows.find((a) => a.slug !== 'llr')!;
			for (const [key, email] of [
				['officer', 'officer@llr.example'],
				['youth', 'youth@llr.example'],
				['admin', 'admin@llr.example'],
				['otherOfficer', `officer@${other.slug}.example`],
				['otherYouth', `youth@${other.slug}.example`]
			] as const) {
				const { rows } = await tx.query<{ id: string }>('select id from public.people where email = $1', [email]);
				ids[key] = rows[0]!.id;
				as[key] = { role: 'authenticated', sub: rows[0]!.id };
			}
			const engagement = await tx.query<{ id: string }>(
				`insert into public.engagements (area_id, kind, title) values ($1, 'event', 'Helped event') returning id`,
				[llr]
			);
			const event = await tx.query<{ id: string }>(
				`insert into public.events (area_id, engagement_id, code, name, starts_at, audience, prompts, status, created_by)
				 values ($1, $2, 'helpedaa', 'Helped event', now(), 'mixed', '[]', 'closed', $3) returning id`,
				[llr, engagement.rows[0]!.id, ids.officer]
			);
			eventId = event.rows[0]!.id;
		});
	}, 600_000);
	afterAll(() => engine.cleanup());

	it('lists the youth board for an officer, and records who helped (replacing the set)', async () => {
		const before = await withClaims(db, as.officer!, (tx) => helpers.possible(tx, llr, eventId));
		expect(before.map((h) => h.id)).toContain(ids.youth);
		expect(before.map((h) => h.id)).not.toContain(ids.officer);
		expect(before.every((h) => !h.helped)).toBe(true);

		const recordBefore = await withClaims(db, as.youth!, (tx) => youth.record(tx, llr, ids.youth!));
		expect(recordBefore.events.map((e) => e.id)).not.toContain(eventId);

		expect(await withClaims(db, as.officer!, (tx) => helpers.set(tx, llr, eventId, [ids.youth!], ids.officer!))).toBe(
			true
		);
		const after = await withClaims(db, as.officer!, (tx) => helpers.possible(tx, llr, eventId));
		expect(after.find((h) => h.id === ids.youth)?.helped).toBe(true);

		const record = await withClaims(db, as.youth!, (tx) => youth.record(tx, llr, ids.youth!));
		expect(record.events.map((e) => e.name)).toContain('Helped event');
		expect(record.events.filter((e) => e.id === eventId)).toHaveLength(1);

		// Someone who is not on the youth board cannot be added.
		expect(await withClaims(db, as.officer!, (tx) => helpers.set(tx, llr, eventId, [ids.admin!], ids.officer!))).toBe(
			false
		);
		// Unticking everyone removes them.
		expect(await withClaims(db, as.officer!, (tx) => helpers.set(tx, llr, eventId, [], ids.officer!))).toBe(true);
		const cleared = await withClaims(db, as.youth!, (tx) => youth.record(tx, llr, ids.youth!));
		expect(cleared.events.map((e) => e.id)).not.toContain(eventId);
		await withClaims(db, as.officer!, (tx) => helpers.set(tx, llr, eventId, [ids.youth!], ids.officer!));
	});

	it("keeps another area's staff out: they neither see helpers nor add them", async () => {
		const seen = await withClaims(db, as.otherOfficer!, (tx) =>
			tx.query('select 1 from public.event_helpers where event_id = $1', [eventId])
		);
		expect(seen.rowCount).toBe(0);
		expect(await withClaims(db, as.otherOfficer!, (tx) => helpers.possible(tx, llr, eventId))).toEqual([]);
		expect(
			await withClaims(db, as.otherOfficer!, (tx) => helpers.set(tx, llr, eventId, [ids.youth!], ids.otherOfficer!))
		).toBe(false);
		await expect(
			withClaims(db, as.otherOfficer!, (tx) =>
				tx.query('insert into public.event_helpers (event_id, person_id, area_id) values ($1, $2, $3)', [
					eventId,
					ids.otherYouth,
					llr
				])
			)
		).rejects.toThrow();
		// A youth board member cannot tick themselves.
		await expect(
			withClaims(db, as.youth!, (tx) =>
				tx.query('delete from public.event_helpers where event_id = $1 returning 1', [eventId])
			)
		).resolves.toMatchObject({ rowCount: 0 });
	});
});
