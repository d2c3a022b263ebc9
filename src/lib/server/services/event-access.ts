/**
 * Who may join an event from a phone (issue 13, item 6): a closed event takes nobody; a
 * facilitator may require a short room code shown on the wall; and joins are throttled per
 * network address the way sign-in is (src/lib/server/auth/sign-in.ts): a few free, then growing
 * waits, never a lockout. Attempts are stored in Postgres (as an HMAC of the address, never the
 * address), so the limit holds across app instances.
 */
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import type { Db, Tx } from '../db/types';
import { asOwner } from '../db/privileged';
import { delaySeconds } from '../auth/sign-in';
import { receiptSecret } from './responses';

/** Letters and digits that cannot be mistaken for each other on a projector (no 0/O, 1/I/L). */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 4;

export function newRoomCode(): string {
	let code = '';
	for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
	return code;
}

/** What someone typed, as the code is stored: capitals, no spaces; o/i/l read as 0/1 are not in it. */
export const normaliseRoomCode = (typed: string) =>
	typed
		.normalize('NFKC')
		.replace(/[\s-]+/g, '')
		.toUpperCase()
		.slice(0, 12);

export interface RoomCode {
	code: string;
	wall_key: string;
}

/** Turns the room code on (a new code and wall key) or off. False when the caller may not. */
export async function setRoomCode(tx: Tx, eventId: string, on: boolean): Promise<boolean> {
	const { rows } = await tx.query<{ ok: boolean }>('select app.set_event_room_code($1, $2, $3) as ok', [
		eventId,
		on ? newRoomCode() : null,
		on ? randomBytes(18).toString('base64url') : null
	]);
	return rows[0]?.ok ?? false;
}

/** The event's room code and wall key, for its staff; null when it has none. */
export async function roomCodeForStaff(tx: Tx, eventId: string): Promise<RoomCode | null> {
	const { rows } = await tx.query<RoomCode>('select * from app.event_room_code_for_staff($1)', [eventId]);
	return rows[0] ?? null;
}

export async function roomCodeRequired(tx: Tx, eventId: string): Promise<boolean> {
	const { rows } = await tx.query<{ required: boolean }>('select app.event_room_code_required($1) as required', [
		eventId
	]);
	return rows[0]?.required ?? false;
}

/** True when the event needs no room code, or `typed` is it. */
export async function roomCodeMatches(tx: Tx, eventId: string, typed: string): Promise<boolean> {
	const { rows } = await tx.query<{ ok: boolean }>('select app.event_room_code_matches($1, $2) as ok', [
		eventId,
		normaliseRoomCode(typed)
	]);
	return rows[0]?.ok ?? false;
}

/** The room code for a wall opened with the right key; null otherwise. */
export async function wallRoomCode(tx: Tx, eventId: string, key: string | null): Promise<string | null> {
	if (!key || key.length > 64) return null;
	const { rows } = await tx.query<{ code: string | null }>('select app.event_wall_room_code($1, $2) as code', [
		eventId,
		key
	]);
	return rows[0]?.code ?? null;
}

// ---- Join throttling -----------------------------------------------------------------------

export const JOIN_WINDOW_MINUTES = 15;
/**
 * Joins allowed from one address (any event) before waits begin. A whole school or trust may
 * share one address, so this is generous: it stops a script filling rooms, not a class.
 */
export const FREE_JOINS_PER_ADDRESS = 200;
/**
 * Wrong room codes allowed from one address for one event, since its last successful join
 * there, before waits begin (10 s, doubling, at most 60 s: about one guess a minute).
 */
export const FREE_WRONG_CODES = 5;

const addressHash = (secret: string, address: string) =>
	createHmac('sha256', secret).update(`event-join:${address}`).digest('hex');

/** Seconds this address must wait before trying to join this event again (0: go ahead). */
export async function joinWaitSecondsIn(tx: Tx, eventId: string, hash: string): Promise<number> {
	const { rows } = await tx.query<{
		joins: number;
		join_last: number | null;
		wrong: number;
		wrong_last: number | null;
	}>(
		`with recent as (
			select * from app.event_join_attempts where address_hash = $1 and at > now() - make_interval(mins => $3)
		), here as (
			select * from recent where event_id = $2
			and at > coalesce((select max(at) from recent where event_id = $2 and not wrong_code), '-infinity')
		)
		select
			(select count(*) from recent)::int as joins,
			(select extract(epoch from now() - max(at)) from recent)::float8 as join_last,
			(select count(*) from here where wrong_code)::int as wrong,
			(select extract(epoch from now() - max(at)) from here where wrong_code)::float8 as wrong_last`,
		[hash, eventId, JOIN_WINDOW_MINUTES]
	);
	const r = rows[0]!;
	const left = (n: number, free: number, since: number | null) =>
		since === null ? 0 : Math.max(0, delaySeconds(n, free) - since);
	return Math.ceil(
		Math.max(left(r.joins, FREE_JOINS_PER_ADDRESS, r.join_last), left(r.wrong, FREE_WRONG_CODES, r.wrong_last))
	);
}

export async function recordJoinIn(tx: Tx, eventId: string, hash: string, wrongCode: boolean): Promise<void> {
	await tx.query(`delete from app.event_join_attempts where at < now() - interval '1 day'`);
	await tx.query('insert into app.event_join_attempts (event_id, address_hash, wrong_code) values ($1, $2, $3)', [
		eventId,
		hash,
		wrongCode
	]);
}

/** Seconds `address` must wait before joining `eventId` again (0: go ahead). */
export async function joinWaitSeconds(db: Db, eventId: string, address: string): Promise<number> {
	const hash = addressHash(await receiptSecret(db), address);
	return asOwner(db, (tx) => joinWaitSecondsIn(tx, eventId, hash));
}

/** Counts a join attempt that was checked (a throttled one is not: nothing was tried). */
export async function recordJoin(db: Db, eventId: string, address: string, wrongCode: boolean): Promise<void> {
	const hash = addressHash(await receiptSecret(db), address);
	await asOwner(db, (tx) => recordJoinIn(tx, eventId, hash, wrongCode));
}
