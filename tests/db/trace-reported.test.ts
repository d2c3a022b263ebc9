/**
 * Issue 15, item 7 on both engines: the commissioner's trace of a seeded priority carries the
 * engagement its plan reports behind the traced statements, with the plan's figures (SSOT's
 * priority 9: the NSCHT youth survey, 157 responses), even when no feedback was captured on this
 * site; only engagement behind the traced statements is listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClaims } from '../../src/lib/server/db';
import type { Db, Tx } from '../../src/lib/server/db/types';
import * as trace from '../../src/lib/server/services/trace';
import { engines } from './engines';
import { areaIdOf, makeMember, owner, seeded } from './fixtures';

describe.each(engines)('engagement the plan reports, in the trace, on $name', (engine) => {
	let db: Db;
	let ssot: string;
	let commissioner: string;
	let outsider: string;
	const priorityId = async (slug: string, number: number) =>
		owner(db, async (tx) => {
			const { rows } = await tx.query<{ id: string }>(
				`select p.id from public.priorities p join public.areas a on a.id = p.area_id where a.slug = $1 and p.number = $2`,
				[slug, number]
			);
			return rows[0]!.id;
		});

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await owner(db, async (tx) => {
			ssot = await areaIdOf(tx, 'ssot');
			commissioner = await makeMember(tx, ssot, 'commissioner@reported.test', 'commissioner');
			outsider = await makeMember(tx, await areaIdOf(tx, 'llr'), 'outsider@reported.test', 'commissioner');
		});
	});
	afterAll(async () => {
		await db.close();
	});

	const as =
		(person: string) =>
		<T>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
			withClaims(db, { role: 'authenticated', sub: person }, fn);

	it("counts the plan's own youth survey (157 responses) behind SSOT's priority 9", async () => {
		const t = await as(commissioner)((tx) => trace.priority(tx, ssot, priorityIdOf9));
		expect(t).not.toBeNull();
		const survey = t!.reported.find((e) => e.title === 'NSCHT youth survey on community provision');
		expect(survey).toBeTruthy();
		expect(survey!.figures).toContainEqual({ label: 'responses', value: 157 });
		expect(survey!.statements).toBe(1);
	});

	it('lists only engagement behind the traced statements; it is public, feedback is not', async () => {
		const t = await as(commissioner)((tx) => trace.priority(tx, ssot, priorityIdOf9));
		expect(t!.reported.every((e) => e.statements > 0)).toBe(true);
		// The plan reports the ELEVATE youth council, but no statement came from it.
		expect(t!.reported.map((e) => e.title)).not.toContain('ELEVATE youth council');
		// Reported engagement is public (the board lists it under "Where we listened"), so another
		// area's staff see the same list, and still none of this area's feedback.
		const other = await as(outsider)((tx) => trace.priority(tx, ssot, priorityIdOf9));
		expect(other!.reported.map((e) => e.id)).toEqual(t!.reported.map((e) => e.id));
		expect(other!.feedback.items).toBe(0);
	});

	let priorityIdOf9: string;
	beforeAll(async () => {
		priorityIdOf9 = await priorityId('ssot', 9);
	});
});
