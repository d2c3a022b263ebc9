/**
 * "Did this help?" (issue 18, item 4), on both engines: a receipt holder answers for the done
 * actions their words fed and changes their answer by answering again; the board's counts appear
 * only from 10 answers up; worrying words raise an alert (and its delivery job) and are never
 * shown back; answering is refused for another area's action and for actions not theirs; staff of
 * the area read the answers, another area's staff do not; taking everything back deletes them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as responses from '../../src/lib/server/services/responses';
import * as helped from '../../src/lib/server/services/action-feedback';
import { heldData } from '../../src/lib/server/services/subject-access';
import * as boardService from '../../src/lib/server/services/board';
import { boardJsonSchema } from '../../src/lib/schemas/board-json';
import { engines } from './engines';
import { makeArea, makeMember, makePlan, makeSurvey, migrated, owner } from './fixtures';

const WORRYING = 'I am going to kill myself tonight, I have the tablets ready';

describe.each(engines)('did this help on $name', (engine) => {
	let db: Db;
	let secret: string;
	const areas: Record<'a' | 'b', { id: string; action: string; other: string; survey: string; theme: string }> =
		{} as never;
	const staff: Record<string, Claims> = {};
	const q = <T extends object>(sql: string, params: unknown[] = []) =>
		owner(db, async (tx) => (await tx.query<T>(sql, params)).rows);

	/** A response in the area with one written answer on the area's theme: its receipt code and id. */
	async function respond(which: 'a' | 'b'): Promise<{ code: string; response: string }> {
		const a = areas[which];
		const response = randomUUID();
		const code = responses.receiptCode(secret, a.survey, randomBytes(12).toString('hex'));
		await owner(db, async (tx) => {
			const engagement = (
				await tx.query<{ e: string }>('select engagement_id as e from public.surveys where id = $1', [a.survey])
			).rows[0]!.e;
			await tx.query(
				`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash) values ($1, $2, $3, $4, $5)`,
				[response, a.id, a.survey, randomBytes(12).toString('hex'), responses.receiptHash(secret, code)]
			);
			await tx.query(
				`insert into public.feedback_items (id, area_id, engagement_id, response_id, redacted_text, suggested_theme_ids)
				 values (gen_random_uuid(), $1, $2, $3, 'Waiting took months', $4)`,
				[a.id, engagement, response, [a.theme]]
			);
		});
		return { code, response };
	}

	const answer = (code: string, actionId: string, ans: 'helped' | 'partly' | 'no' | null, words = '') =>
		withClaims(db, ANON, (tx) => helped.answer(tx, secret, code, { actionId, answer: ans, words }));
	const mine = (code: string) => withClaims(db, ANON, (tx) => helped.receiptActions(tx, secret, code));
	const board = (actionId: string, claims: Claims = ANON) =>
		withClaims(db, claims, async (tx) =>
			helped.figures(
				(await tx.query<{ f: unknown }>('select app.action_helped($1) as f', [actionId])).rows[0]?.f ?? null
			)
		);

	beforeAll(async () => {
		db = await migrated(await engine.create());
		secret = await responses.receiptSecret(db);
		await owner(db, async (tx) => {
			for (const which of ['a', 'b'] as const) {
				const slug = `dh${which}${randomBytes(3).toString('hex')}`;
				const id = await makeArea(tx, slug);
				const { actionId, priorityId } = await makePlan(tx, id);
				const other = (
					await tx.query<{ id: string }>(
						`insert into public.actions (area_id, priority_id, title, status, outcome) values ($1, $2, 'Not linked', 'done', 'Things') returning id`,
						[id, priorityId]
					)
				).rows[0]!.id;
				await tx.query(
					`update public.actions set status = 'done', outcome = 'Call backs within a week', owner = 'CAMHS' where id = $1`,
					[actionId]
				);
				const theme = `${slug}-waiting`;
				await tx.query(`insert into public.themes (id, area_id, name) values ($1, $2, 'Waiting')`, [theme, id]);
				const statement = (
					await tx.query<{ id: string }>(
						`insert into public.you_said (area_id, statement, status, published_at) values ($1, 'Waiting is too long', 'published', now()) returning id`,
						[id]
					)
				).rows[0]!.id;
				await tx.query(`insert into public.you_said_themes values ($1, $2, $3)`, [statement, theme, id]);
				await tx.query(`insert into public.you_said_actions (you_said_id, action_id, area_id) values ($1, $2, $3)`, [
					statement,
					actionId,
					id
				]);
				const survey = (await makeSurvey(tx, id, `dhsurve${which}`, 'Getting help')).id;
				areas[which] = { id, action: actionId, other, survey, theme };
				for (const role of ['engagement_officer', 'commissioner', 'youth_board', 'partner'])
					staff[`${which}:${role}`] = {
						role: 'authenticated',
						sub: await makeMember(tx, id, `${role}-${slug}@x.test`, role, { organisation: 'CAMHS' })
					};
			}
		});
	}, 120_000);
	afterAll(() => engine.cleanup());

	it('offers the done actions their words fed, and keeps one answer per receipt and action', async () => {
		const { code, response } = await respond('a');
		const offered = await mine(code);
		expect(offered.map((a) => a.action_id)).toEqual([areas.a.action]);
		expect(offered[0]).toMatchObject({ title: 'A test action', owner: 'CAMHS', answer: null });

		expect(await answer(code, areas.a.action, 'helped', 'The call came in days')).toEqual({
			saved: true,
			safeguarding: false
		});
		expect(await answer(code, areas.a.action, 'partly', '')).toEqual({ saved: true, safeguarding: false });
		const rows = await q<{ answer: string; words: string | null }>(
			'select answer, words from public.action_feedback where response_id = $1',
			[response]
		);
		expect(rows).toEqual([{ answer: 'partly', words: null }]);
		expect((await mine(code))[0]).toMatchObject({ answer: 'partly', words: null });

		// Not one of theirs: an action their words did not feed, another area's action, a bad receipt.
		expect((await answer(code, areas.a.other, 'no')).saved).toBe(false);
		expect((await answer(code, areas.b.action, 'no')).saved).toBe(false);
		expect((await answer('AAAA-BBBB-CC', areas.a.action, 'no')).saved).toBe(false);
	});

	it('shows counts on the board only from 10 answers up', async () => {
		const action = areas.b.action;
		const answers = ['helped', 'helped', 'helped', 'helped', 'partly', 'partly', 'no', 'no', 'no'] as const;
		for (const ans of answers) {
			const { code } = await respond('b');
			expect((await answer(code, action, ans)).saved).toBe(true);
		}
		// Nine people: nothing but "fewer than 10", for everyone.
		expect(await board(action)).toEqual({ answered: null, helped: null, partly: null, no: null });
		expect(await board(action, staff['b:commissioner']!)).toEqual({
			answered: null,
			helped: null,
			partly: null,
			no: null
		});
		const onBoard = async () => {
			const b = await withClaims(db, ANON, (tx) => boardService.forArea(tx, areas.b.id));
			const json = boardService.boardJson(b, { slug: 'b', name: 'B', short_name: 'B' }, 'https://x.example');
			boardJsonSchema.parse(json);
			const found = json.priorities.flatMap((p) => p.actions).find((a) => a.id === action);
			return found?.did_it_help;
		};
		expect(await onBoard()).toEqual({ answered: null, helped: null, partly: null, no: null });
		const { code } = await respond('b');
		await answer(code, action, 'helped');
		expect(await board(action)).toEqual({ answered: 10, helped: 5, partly: 2, no: 3 });
		expect(await onBoard()).toEqual({ answered: 10, helped: 5, partly: 2, no: 3 });
		// Changing an answer changes the counts, not the number of people.
		await answer(code, action, 'no');
		expect(await board(action)).toEqual({ answered: 10, helped: 4, partly: 2, no: 4 });
		// Not done: no figures at all.
		await q(`update public.actions set status = 'in_progress' where id = $1`, [action]);
		expect(await board(action)).toBeNull();
		await q(`update public.actions set status = 'done', outcome = 'Call backs within a week' where id = $1`, [action]);
	});

	it('raises an alert for worrying words, never shows them back, and still helps when the answer is missing', async () => {
		const jobsBefore = (await q<{ n: number }>(`select count(*)::int as n from app.jobs where kind = 'alert'`))[0]!.n;
		const { code, response } = await respond('a');
		expect(await answer(code, areas.a.action, 'no', WORRYING)).toEqual({ saved: true, safeguarding: true });
		const [row] = await q<{ safeguarding: boolean; alert_id: string | null }>(
			'select safeguarding, alert_id from public.action_feedback where response_id = $1',
			[response]
		);
		expect(row!.safeguarding).toBe(true);
		const alerts = await q<{ id: string; original_text: string; engagement_id: string | null }>(
			`select a.id, w.original_text, a.engagement_id from public.safeguarding_alerts a
			 join public.safeguarding_alert_words w on w.alert_id = a.id where a.id = $1`,
			[row!.alert_id]
		);
		expect(alerts).toHaveLength(1);
		expect(alerts[0]!.original_text).toBe(WORRYING);
		expect(alerts[0]!.engagement_id).not.toBeNull();
		const jobsAfter = (await q<{ n: number }>(`select count(*)::int as n from app.jobs where kind = 'alert'`))[0]!.n;
		expect(jobsAfter).toBe(jobsBefore + 1);
		// Their page does not show flagged words back.
		expect((await mine(code))[0]).toMatchObject({ answer: 'no', words: null });
		// Sending the same words again raises no second alert.
		await answer(code, areas.a.action, 'partly', WORRYING);
		expect((await q<{ n: number }>(`select count(*)::int as n from app.jobs where kind = 'alert'`))[0]!.n).toBe(
			jobsAfter
		);

		// No answer chosen, worrying words: nothing saved, but the alert is raised all the same.
		const other = await respond('a');
		expect(await answer(other.code, areas.a.action, null, `${WORRYING} really`)).toEqual({
			saved: false,
			safeguarding: true
		});
		expect(await q('select 1 from public.action_feedback where response_id = $1', [other.response])).toHaveLength(0);
		expect((await q<{ n: number }>(`select count(*)::int as n from app.jobs where kind = 'alert'`))[0]!.n).toBe(
			jobsAfter + 1
		);

		// Staff who read feedback see the answer but not the flagged words beside the action.
		const seen = await withClaims(db, staff['a:engagement_officer']!, (tx) => helped.forAction(tx, areas.a.action));
		expect(seen.words.some((w) => w.words.includes('tablets'))).toBe(false);
		expect(seen.flagged).toBeGreaterThanOrEqual(1);
	});

	it("lets only the area's staff who read feedback see the answers", async () => {
		const { code } = await respond('a');
		await answer(code, areas.a.action, 'helped', 'It was quicker this time');
		const read = (who: Claims) => withClaims(db, who, (tx) => helped.forAction(tx, areas.a.action));
		const officer = await read(staff['a:engagement_officer']!);
		expect(officer.words.map((w) => w.words)).toContain('It was quicker this time');
		expect((await read(staff['a:commissioner']!)).answered).toBe(officer.answered);
		for (const who of ['a:youth_board', 'a:partner', 'b:engagement_officer', 'b:commissioner'])
			expect((await read(staff[who]!)).answered, who).toBe(0);
		expect((await withClaims(db, ANON, (tx) => helped.forAction(tx, areas.a.action))).answered).toBe(0);
		// Nobody writes the table directly, not even the area's staff.
		await expect(
			withClaims(db, staff['a:engagement_officer']!, (tx) =>
				tx.query(`update public.action_feedback set answer = 'no' where action_id = $1 returning 1`, [areas.a.action])
			)
		).resolves.toMatchObject({ rows: [] });
	});

	it('gives the answers in the download, and takes them back with everything else', async () => {
		const { code, response } = await respond('a');
		await answer(code, areas.a.action, 'partly', 'A bit better');
		const held = await withClaims(db, ANON, (tx) => heldData(tx, secret, code));
		expect(held?.did_it_help).toEqual([
			expect.objectContaining({ action: 'A test action', answer: 'partly', words: 'A bit better' })
		]);
		await withClaims(db, ANON, (tx) => responses.withdraw(tx, secret, code, true));
		expect(await q('select 1 from public.action_feedback where response_id = $1', [response])).toHaveLength(0);
		expect(await mine(code)).toEqual([]);
		expect((await answer(code, areas.a.action, 'helped')).saved).toBe(false);
	});
});
