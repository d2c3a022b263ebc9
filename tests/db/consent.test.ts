/**
 * Three levels of consent (issue 13, item 3; migration 20261203001000): the youth board reads only
 * what its author allowed ("quote" or "board"), never "staff_only", whatever way it asks: the
 * table itself, the review queue, or a statement's feedback. Staff read every level. Before, the
 * youth board read "staff only" words with their age band. On PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClaims } from '../../src/lib/server/db';
import type { Db, Tx } from '../../src/lib/server/db/types';
import * as review from '../../src/lib/server/services/review';
import { BOARD_READABLE, CONSENT_LEVELS } from '../../src/lib/vocabulary';
import { engines } from './engines';
import { areaIdOf, makeEngagement, makeMembers, owner, seeded } from './fixtures';

describe.each(engines)('consent levels on $name', (engine) => {
	let db: Db;
	let area: string;
	let engagement: string;
	const people = {} as Record<'officer' | 'commissioner' | 'youth', string>;
	const item = {} as Record<string, string>;
	const as =
		(who: keyof typeof people) =>
		<T>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
			withClaims(db, { role: 'authenticated', sub: people[who] }, fn);

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await owner(db, async (tx) => {
			area = await areaIdOf(tx, 'llr');
			Object.assign(
				people,
				await makeMembers(
					tx,
					area,
					{ officer: 'engagement_officer', commissioner: 'commissioner', youth: 'youth_board' },
					'consent.test'
				)
			);
			engagement = await makeEngagement(tx, area, 'Consent survey');
			for (const consent of CONSENT_LEVELS) {
				item[consent] = (
					await tx.query<{ id: string }>(
						`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, consent, respondent_role, age_band)
						 values (gen_random_uuid(), $1, $2, $3, $4, 'young_person', '14_15') returning id`,
						[area, engagement, `Words marked ${consent}`, consent]
					)
				).rows[0]!.id;
			}
		});
	});
	afterAll(() => engine.cleanup());

	const visible = (who: keyof typeof people) =>
		as(who)(async (tx) =>
			(
				await tx.query<{ consent: string }>(
					`select consent from public.feedback_items where engagement_id = $1 order by consent`,
					[engagement]
				)
			).rows.map((r) => r.consent)
		);

	it('keeps staff-only words from a youth board member, and lets them read what its author allowed', async () => {
		expect(await visible('youth')).toEqual([...BOARD_READABLE].sort());
		// Asking for the row by its id does not find it either.
		const direct = await as('youth')((tx) =>
			tx.query(`select redacted_text, age_band from public.feedback_items where id = $1`, [item.staff_only])
		);
		expect(direct.rows).toEqual([]);
	});

	it('lets staff who read feedback read every level', async () => {
		expect(await visible('officer')).toEqual([...CONSENT_LEVELS].sort());
		expect(await visible('commissioner')).toEqual([...CONSENT_LEVELS].sort());
	});

	it("leaves staff-only words out of the youth board's review queue, but not the officer's", async () => {
		const count = (who: keyof typeof people) =>
			as(who)(async (tx) => {
				const q = await review.queue(tx, area, { show: 'all', engagement });
				return q.count;
			});
		expect(await count('youth')).toBe(2);
		expect(await count('officer')).toBe(3);
		expect(await as('youth')((tx) => review.item(tx, area, item.staff_only!))).toBeNull();
		expect(await as('youth')((tx) => review.item(tx, area, item.board!))).not.toBeNull();
	});

	it('refuses a level the vocabulary does not list', async () => {
		await expect(
			owner(db, (tx) =>
				tx.query(
					`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, consent)
					 values (gen_random_uuid(), $1, $2, 'x', 'everyone')`,
					[area, engagement]
				)
			)
		).rejects.toThrow(/consent/);
	});

	it('lets only "quote" be quoted: the board level is readable but never a candidate quote', async () => {
		const allowed = await owner(db, (tx) =>
			tx.query<{ consent: string; board: boolean }>(
				`select c as consent, app.board_may_read(c) as board from unnest($1::text[]) c`,
				[[...CONSENT_LEVELS]]
			)
		);
		expect(Object.fromEntries(allowed.rows.map((r) => [r.consent, r.board]))).toEqual({
			quote: true,
			board: true,
			staff_only: false
		});
		const candidates = await as('officer')((tx) => review.candidateQuotes(tx, area));
		expect(candidates.map((c) => c.id)).not.toContain(item.board);
	});
});
