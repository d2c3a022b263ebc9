/**
 * Who may join an event (issue 13, item 6), on both engines: room codes that only the event's
 * officers can set and only a wall opened with its key shows, and joins throttled per address
 * the way sign-in is (waits that grow, never a lockout).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as events from '../../src/lib/server/services/events';
import * as access from '../../src/lib/server/services/event-access';
import { FIRST_DELAY_SECONDS } from '../../src/lib/server/auth/sign-in';
import { eventDefinition } from '../../src/lib/schemas/event';
import { engines } from './engines';
import { areaIdOf, makeMember, owner, seeded } from './fixtures';

const definition = eventDefinition.parse({
	name: 'Room code evening',
	starts_at: '2026-12-03T18:30',
	venue: 'Youth centre',
	audience: 'young_people',
	prompts: [{ key: 'p1', kind: 'text', text: 'What helps you feel OK?' }]
});

describe.each(engines)('event access on $name', (engine) => {
	let db: Db;
	let llr: string;
	let officer: Claims;
	let commissioner: Claims;
	let youth: Claims;
	let stranger: Claims;
	let ev: events.EventRow;

	const as = <T>(claims: Claims, fn: Parameters<typeof withClaims<T>>[2]) => withClaims(db, claims, fn);

	async function member(email: string, slug: string, role: string): Promise<Claims> {
		const id = await owner(db, async (tx) => makeMember(tx, await areaIdOf(tx, slug), email, role, { name: email }));
		return { role: 'authenticated', sub: id };
	}

	beforeAll(async () => {
		db = await seeded(await engine.create());
		llr = (await owner(db, (tx) => tx.query<{ id: string }>(`select id from public.areas where slug = 'llr'`))).rows[0]!
			.id;
		officer = await member('officer@access.test', 'llr', 'engagement_officer');
		commissioner = await member('commissioner@access.test', 'llr', 'commissioner');
		youth = await member('youth@access.test', 'llr', 'youth_board');
		stranger = await member('officer@ssot.access.test', 'ssot', 'engagement_officer');
		ev = await as(officer, (tx) => events.create(tx, llr, definition, officer.sub!));
		await as(officer, (tx) => events.setStatus(tx, llr, ev.id, 'open'));
	}, 120_000);
	afterAll(() => engine.cleanup());

	it('needs no room code until an officer asks for one', async () => {
		expect(await as(ANON, (tx) => access.roomCodeRequired(tx, ev.id))).toBe(false);
		expect(await as(ANON, (tx) => access.roomCodeMatches(tx, ev.id, ''))).toBe(true);
	});

	it('lets only the event’s officers set a room code, and only its staff read it', async () => {
		expect(await as(stranger, (tx) => access.setRoomCode(tx, ev.id, true))).toBe(false);
		expect(await as(youth, (tx) => access.setRoomCode(tx, ev.id, true))).toBe(false);
		expect(await as(commissioner, (tx) => access.setRoomCode(tx, ev.id, true))).toBe(false);
		await expect(as(ANON, (tx) => access.setRoomCode(tx, ev.id, true))).rejects.toThrow(/permission denied/);
		expect(await as(ANON, (tx) => access.roomCodeRequired(tx, ev.id))).toBe(false);

		expect(await as(officer, (tx) => access.setRoomCode(tx, ev.id, true))).toBe(true);
		const room = (await as(officer, (tx) => access.roomCodeForStaff(tx, ev.id)))!;
		expect(room.code).toMatch(/^[A-HJKMNP-Z2-9]{4}$/);
		expect(await as(commissioner, (tx) => access.roomCodeForStaff(tx, ev.id))).toEqual(room);
		expect(await as(youth, (tx) => access.roomCodeForStaff(tx, ev.id))).toBeNull();
		expect(await as(stranger, (tx) => access.roomCodeForStaff(tx, ev.id))).toBeNull();
		// Nobody outside the app reaches the table itself.
		await expect(as(officer, (tx) => tx.query('select * from app.event_room_codes'))).rejects.toThrow(
			/permission denied/
		);
		await expect(as(ANON, (tx) => tx.query('select * from app.event_room_codes'))).rejects.toThrow(/permission denied/);
		const audit = await owner(db, (tx) =>
			tx.query(`select 1 from public.audit_log where action = 'event_room_code_on' and changes ->> 'event_id' = $1`, [
				ev.id
			])
		);
		expect(audit.rows).toHaveLength(1);
	});

	it('checks the typed room code, forgiving case and spaces', async () => {
		const room = (await as(officer, (tx) => access.roomCodeForStaff(tx, ev.id)))!;
		expect(await as(ANON, (tx) => access.roomCodeRequired(tx, ev.id))).toBe(true);
		expect(await as(ANON, (tx) => access.roomCodeMatches(tx, ev.id, room.code))).toBe(true);
		const loose = ` ${room.code.slice(0, 2).toLowerCase()} ${room.code.slice(2).toLowerCase()} `;
		expect(await as(ANON, (tx) => access.roomCodeMatches(tx, ev.id, loose))).toBe(true);
		const wrong = room.code === 'AAAA' ? 'BBBB' : 'AAAA';
		expect(await as(ANON, (tx) => access.roomCodeMatches(tx, ev.id, wrong))).toBe(false);
		expect(await as(ANON, (tx) => access.roomCodeMatches(tx, ev.id, ''))).toBe(false);
	});

	it('shows the room code only to a wall opened with its key', async () => {
		const room = (await as(officer, (tx) => access.roomCodeForStaff(tx, ev.id)))!;
		expect(await as(ANON, (tx) => access.wallRoomCode(tx, ev.id, room.wall_key))).toBe(room.code);
		expect(await as(ANON, (tx) => access.wallRoomCode(tx, ev.id, null))).toBeNull();
		expect(await as(ANON, (tx) => access.wallRoomCode(tx, ev.id, 'x'.repeat(24)))).toBeNull();
	});

	it('makes a new code and key when turned on again, and needs none once turned off', async () => {
		const before = (await as(officer, (tx) => access.roomCodeForStaff(tx, ev.id)))!;
		await as(officer, (tx) => access.setRoomCode(tx, ev.id, true));
		const after = (await as(officer, (tx) => access.roomCodeForStaff(tx, ev.id)))!;
		expect(after.wall_key).not.toBe(before.wall_key);
		expect(await as(ANON, (tx) => access.wallRoomCode(tx, ev.id, before.wall_key))).toBeNull();
		expect(await as(officer, (tx) => access.setRoomCode(tx, ev.id, false))).toBe(true);
		expect(await as(ANON, (tx) => access.roomCodeRequired(tx, ev.id))).toBe(false);
		expect(await as(officer, (tx) => access.roomCodeForStaff(tx, ev.id))).toBeNull();
	});

	it('slows an address after five wrong room codes, not another address, and a right one resets it', async () => {
		const a = '192.0.2.50';
		for (let i = 0; i < access.FREE_WRONG_CODES; i++) {
			expect(await access.joinWaitSeconds(db, ev.id, a)).toBe(0);
			await access.recordJoin(db, ev.id, a, true);
		}
		const wait = await access.joinWaitSeconds(db, ev.id, a);
		expect(wait).toBeGreaterThan(0);
		expect(wait).toBeLessThanOrEqual(FIRST_DELAY_SECONDS);
		expect(await access.joinWaitSeconds(db, ev.id, '192.0.2.51')).toBe(0);
		// The address is kept only as an HMAC.
		const stored = await owner(db, (tx) =>
			tx.query<{ address_hash: string }>('select address_hash from app.event_join_attempts')
		);
		expect(stored.rows.every((r) => /^[0-9a-f]{64}$/.test(r.address_hash))).toBe(true);
		// Once the wait has passed (moved back in time here) and someone there joins, the count starts again.
		await owner(db, (tx) => tx.query(`update app.event_join_attempts set at = at - interval '2 minutes'`));
		expect(await access.joinWaitSeconds(db, ev.id, a)).toBe(0);
		await access.recordJoin(db, ev.id, a, false);
		await access.recordJoin(db, ev.id, a, true);
		expect(await access.joinWaitSeconds(db, ev.id, a)).toBe(0);
	});

	it('lets a school’s worth of joins through one address, then slows a script down', async () => {
		const a = '192.0.2.60';
		// The first join makes the row; the rest copy its hash.
		await access.recordJoin(db, ev.id, a, false);
		const hash = (
			await owner(db, (tx) =>
				tx.query<{ address_hash: string }>(`select address_hash from app.event_join_attempts order by id desc limit 1`)
			)
		).rows[0]!.address_hash;
		await owner(db, (tx) =>
			tx.query(
				`insert into app.event_join_attempts (event_id, address_hash) select $1, $2 from generate_series(2, $3)`,
				[ev.id, hash, access.FREE_JOINS_PER_ADDRESS - 1]
			)
		);
		expect(await access.joinWaitSeconds(db, ev.id, a)).toBe(0);
		await access.recordJoin(db, ev.id, a, false);
		expect(await access.joinWaitSeconds(db, ev.id, a)).toBeGreaterThan(0);
	});
});
