/**
 * What a survey submission no longer asks the database for, and why that stays correct: the
 * survey as visitors see it (`surveys.publicByCode`, 5 s), the area's analysis inputs
 * (`analysis.cachedInputsFor`, 30 s), the address limit in the response insert, and the round
 * trips one POST costs. On PGlite and PostgreSQL.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db, TransactionOptions, Tx } from '../../src/lib/server/db/types';
import * as surveys from '../../src/lib/server/services/surveys';
import * as responses from '../../src/lib/server/services/responses';
import * as analysis from '../../src/lib/server/services/analysis';
import { TEMPLATES } from '../../src/lib/survey/templates';
import { answersSchema, formToRecord, toParsed } from '../../src/lib/survey/answers';
import type { SurveyDefinition } from '../../src/lib/schemas/survey';
import { engines } from './engines';
import { areaIdOf, formOf, makeArea, makeMember, owner, seeded } from './fixtures';

const template = TEMPLATES.find((t) => t.id === 'getting-help')!.definition;

/**
 * The same database, counting round trips: BEGIN (with the role and claims, one round trip on
 * PostgreSQL), each statement, and COMMIT or ROLLBACK.
 */
function counting(db: Db) {
	const stats = { roundTrips: 0, transactions: 0, statements: [] as string[] };
	const counted: Db = {
		...db,
		transaction: <T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions) => {
			stats.transactions++;
			stats.roundTrips++;
			return db
				.transaction(
					(tx) =>
						fn({
							query: <R>(sql: string, params?: unknown[]) => {
								stats.roundTrips++;
								stats.statements.push(sql.replace(/\s+/g, ' ').trim().slice(0, 60));
								return tx.query<R>(sql, params);
							},
							exec: (sql: string) => {
								stats.roundTrips++;
								return tx.exec(sql);
							},
							afterCommit: (hook) => tx.afterCommit(hook)
						}),
					options
				)
				.finally(() => void stats.roundTrips++);
		}
	};
	const reset = () => {
		stats.roundTrips = 0;
		stats.transactions = 0;
		stats.statements = [];
	};
	return { db: counted, stats, reset };
}

const code = (err: unknown) => (err as { code?: string } | null)?.code;

describe.each(engines)("the survey path's caches on $name", (engine) => {
	let db: Db;
	let llr: string;
	let ssot: string;
	let officer: Claims;
	let survey: surveys.Survey;
	let key: string;

	beforeAll(async () => {
		db = await seeded(await engine.create());
		const ids = await owner(db, async (tx) => {
			const llr = await areaIdOf(tx, 'llr');
			const person = await makeMember(tx, llr, 'off@cache.test', 'engagement_officer', { name: 'Officer' });
			return { llr, ssot: await areaIdOf(tx, 'ssot'), person };
		});
		llr = ids.llr;
		ssot = ids.ssot;
		officer = { role: 'authenticated', sub: ids.person };
		survey = await withClaims(db, officer, (tx) => surveys.create(tx, llr, template, ids.person));
		key = await responses.receiptSecret(db);
	}, 120_000);
	afterAll(() => engine.cleanup());
	afterEach(() => vi.restoreAllMocks());

	const asOfficer = <T>(fn: (tx: Tx) => Promise<T>) => withClaims(db, officer, fn);
	const setStatus = (status: surveys.SurveyStatus, s = survey) =>
		asOfficer((tx) => surveys.setStatus(tx, llr, s.id, status));
	const storedResponses = () =>
		owner(
			db,
			async (tx) =>
				(
					await tx.query<{ n: number }>(`select count(*)::int as n from public.responses where survey_id = $1`, [
						survey.id
					])
				).rows[0]!.n
		);

	const answers = (text = 'the wait for camhs was far too long') =>
		toParsed(
			template,
			answersSchema(template, []).parse(
				formToRecord(template, formOf({ 'answer-q1': '3', 'answer-q4': text, 'consent-q4': 'staff_only' }))
			)
		);
	const submit = (idem: string, limit?: { address: string; max: number }, on: Db = db) =>
		withClaims(on, ANON, (tx) => responses.submit(tx, key, { survey, idempotencyKey: idem, parsed: answers(), limit }));

	describe('the survey as visitors see it', () => {
		it('is not found while a draft, and found at once once opened on this server', async () => {
			expect(await surveys.publicByCode(db, survey.code)).toBeNull();
			await setStatus('open');
			expect(await surveys.publicByCode(db, survey.code)).toMatchObject({
				id: survey.id,
				status: 'open',
				area_slug: 'llr'
			});
		});

		it('is read once for concurrent first visitors, then kept', async () => {
			const c = counting(db);
			surveys.forgetPublic(survey.code);
			const seen = await Promise.all(Array.from({ length: 6 }, () => surveys.publicByCode(c.db, survey.code)));
			expect(c.stats.transactions).toBe(1);
			expect(new Set(seen).size).toBe(1);
			c.reset();
			expect(await surveys.publicByCode(c.db, survey.code)).toBe(seen[0]);
			expect(c.stats.transactions).toBe(0);
		});

		it('keeps it for PUBLIC_SURVEY_TTL_MS, and on each database apart', async () => {
			const c = counting(db);
			const first = await surveys.publicByCode(c.db, survey.code);
			const now = Date.now();
			vi.spyOn(Date, 'now').mockReturnValue(now + surveys.PUBLIC_SURVEY_TTL_MS + 1);
			const later = await surveys.publicByCode(c.db, survey.code);
			expect(later).not.toBe(first);
			expect(later).toMatchObject({ id: survey.id, status: 'open' });
			// Another Db (the counting wrapper is one) does not get this one's copy.
			expect(await surveys.publicByCode(db, survey.code)).not.toBe(later);
		});

		it('does not keep an unknown code', async () => {
			const c = counting(db);
			expect(await surveys.publicByCode(c.db, 'zzzzzzzz')).toBeNull();
			expect(await surveys.publicByCode(c.db, 'zzzzzzzz')).toBeNull();
			expect(c.stats.transactions).toBe(2);
		});

		it('is forgotten when setStatus commits: not before, not after a rollback', async () => {
			const open = await surveys.publicByCode(db, survey.code);
			// A change rolled back forgets nothing.
			await expect(
				asOfficer(async (tx) => {
					await surveys.setStatus(tx, llr, survey.id, 'closed');
					throw new Error('rolled back');
				})
			).rejects.toThrow('rolled back');
			expect(await surveys.publicByCode(db, survey.code)).toBe(open);
			// A visitor reading while the close is being committed must not keep the old status.
			let during: Promise<unknown> | undefined;
			await asOfficer(async (tx) => {
				await surveys.setStatus(tx, llr, survey.id, 'closed');
				surveys.forgetPublic(survey.code);
				during = surveys.publicByCode(db, survey.code);
			});
			await during;
			expect(await surveys.publicByCode(db, survey.code)).toMatchObject({ status: 'closed' });
			await setStatus('open');
			expect(await surveys.publicByCode(db, survey.code)).toMatchObject({ status: 'open' });
		});

		it('closed straight in SQL: the copy still says open, and row-level security refuses the answer with 42501', async () => {
			expect((await surveys.publicByCode(db, survey.code))?.status).toBe('open');
			await owner(db, (tx) =>
				tx.query(`update public.surveys set status = 'closed', closed_at = now() where id = $1`, [survey.id])
			);
			const copy = await surveys.publicByCode(db, survey.code);
			expect(copy?.status).toBe('open');
			const before = await storedResponses();
			const err = await submit(crypto.randomUUID(), { address: '198.51.100.1', max: 100 }).then(
				() => null,
				(e: unknown) => e
			);
			// What the /s/{code} action recognises as "closed meanwhile".
			expect(code(err)).toBe('42501');
			expect(String(err)).toMatch(/row-level security/);
			expect(await storedResponses()).toBe(before);
			surveys.forgetPublic(survey.code);
			expect(await surveys.publicByCode(db, survey.code)).toMatchObject({ status: 'closed' });
			await setStatus('open');
		});
	});

	describe('the address limit', () => {
		it('over the limit: reports limited and stores nothing; a retry of a stored response still gets its receipt', async () => {
			const address = '198.51.100.2';
			const first = crypto.randomUUID();
			const r1 = await submit(first, { address, max: 2 });
			expect(r1).toMatchObject({ duplicate: false });
			expect(r1.limited).toBeFalsy();
			const again = await submit(first, { address, max: 2 });
			expect(again).toMatchObject({ duplicate: true, receipt: r1.receipt });
			const before = await storedResponses();
			const over = await submit(crypto.randomUUID(), { address, max: 2 });
			expect(over).toMatchObject({ limited: true, duplicate: false, safeguarding: false });
			expect(await storedResponses()).toBe(before);
			const retry = await submit(first, { address, max: 2 });
			expect(retry).toMatchObject({ duplicate: true, receipt: r1.receipt });
			expect(retry.limited).toBeFalsy();
			// Another address, or no limit, is not affected.
			expect((await submit(crypto.randomUUID(), { address: '198.51.100.3', max: 2 })).limited).toBeFalsy();
			expect((await submit(crypto.randomUUID())).limited).toBeFalsy();
			expect(await storedResponses()).toBe(before + 2);
			// Every attempt counted, the limited ones included.
			expect(await withClaims(db, ANON, (tx) => responses.noteAddress(tx, key, address))).toBe(5);
		});

		it('racing double taps store one response, with one receipt for all', async () => {
			const idem = crypto.randomUUID();
			const before = await storedResponses();
			const taps = await Promise.all(
				Array.from({ length: 8 }, () => submit(idem, { address: '198.51.100.4', max: 100 }))
			);
			expect(taps.filter((t) => !t.duplicate)).toHaveLength(1);
			expect(new Set(taps.map((t) => t.receipt)).size).toBe(1);
			expect(await storedResponses()).toBe(before + 1);
			const items = await owner(db, (tx) =>
				tx.query(
					`select 1 from public.feedback_items f join public.responses r on r.id = f.response_id where r.idempotency_key = $1`,
					[idem]
				)
			);
			expect(items.rowCount).toBe(1);
		});
	});

	describe("the area's analysis inputs", () => {
		const TEXT = 'the buses to the clinic are rubbish and the wait was long';
		const analyse = (on: Db, area: string, claims: Claims = ANON) =>
			withClaims(on, claims, (tx) => analysis.analyse(tx, area, TEXT));
		const inputs = (area: string, claims: Claims = ANON, on: Db = db) =>
			withClaims(on, claims, (tx) => analysis.cachedInputsFor(tx, area));

		it('are read once per area and shared by later submissions until the TTL passes', async () => {
			analysis.forgetInputs(llr);
			const c = counting(db);
			await analyse(c.db, llr);
			expect(c.stats.roundTrips).toBe(3); // BEGIN, the inputs, COMMIT
			c.reset();
			await analyse(c.db, llr);
			await analyse(c.db, llr, officer);
			expect(c.stats.roundTrips).toBe(4); // BEGIN and COMMIT, twice
			vi.spyOn(Date, 'now').mockReturnValue(Date.now() + analysis.AREA_INPUTS_TTL_MS + 1);
			c.reset();
			await analyse(c.db, llr);
			expect(c.stats.roundTrips).toBe(3);
		});

		it('are read once per transaction, however many answers it analyses', async () => {
			analysis.forgetInputs(llr);
			const c = counting(db);
			await withClaims(c.db, ANON, async (tx) => {
				for (let i = 0; i < 3; i++) await analysis.analyse(tx, llr, `${TEXT} ${i}`);
			});
			expect(c.stats.roundTrips).toBe(3);
		});

		it('pick up a retrain on this server once it commits, and one elsewhere within the TTL', async () => {
			const before = await inputs(llr);
			const analyserBefore = await withClaims(db, ANON, (tx) => analysis.analyserFor(tx, llr));
			const examples = [
				{ text: 'the bus takes ages to get to the clinic', themes: ['access-waiting'] },
				{ text: 'school never told us where to go', themes: ['schools-education'] },
				{ text: 'my mum had to take time off work for every appointment', themes: ['parents-carers'] }
			];
			// Not while the retrain has not committed (nor if it rolls back).
			await expect(
				asOfficer(async (tx) => {
					await analysis.retrain(tx, llr, examples, officer.sub!);
					// (PGlite runs one transaction at a time: ask in this one; the shared copy answers.)
					expect(await analysis.cachedInputsFor(tx, llr)).toBe(before);
					throw new Error('rolled back');
				})
			).rejects.toThrow('rolled back');
			expect(await inputs(llr)).toBe(before);

			await asOfficer((tx) => analysis.retrain(tx, llr, examples, officer.sub!));
			const after = await inputs(llr);
			expect(after.version).not.toBe(before.version);
			expect(after.version).not.toMatch(/built-in/);
			expect(after.model).not.toBe(before.model);
			expect(await withClaims(db, ANON, (tx) => analysis.analyserFor(tx, llr))).not.toBe(analyserBefore);

			// Another instance retrains (here: the model is stored straight in SQL).
			await owner(db, (tx) =>
				tx.query(`update public.area_models set trained_at = now() + interval '1 minute' where area_id = $1`, [llr])
			);
			expect(await inputs(llr)).toBe(after);
			vi.spyOn(Date, 'now').mockReturnValue(Date.now() + analysis.AREA_INPUTS_TTL_MS + 1);
			const elsewhere = await inputs(llr);
			expect(elsewhere.version).not.toBe(after.version);
		});

		it('are not kept from a read that a retrain overtook', async () => {
			analysis.forgetInputs(llr);
			const c = counting(db);
			await withClaims(c.db, ANON, async (tx) => {
				await analysis.cachedInputsFor(tx, llr);
				// A retrain commits while this transaction is still running.
				analysis.forgetInputs(llr);
			});
			c.reset();
			await inputs(llr, ANON, c.db);
			expect(c.stats.roundTrips).toBe(3);
		});

		it("never use one area's themes or model for another", async () => {
			await owner(db, (tx) =>
				tx.query(
					`insert into public.themes (id, area_id, name, keywords) values ('ssot-buses', $1, 'Buses in Stoke', '{bus,buses}')`,
					[ssot]
				)
			);
			analysis.forgetInputs(ssot);
			const [l, s] = [await inputs(llr), await inputs(ssot)];
			expect(l.version.startsWith(`${llr}:`)).toBe(true);
			expect(s.version.startsWith(`${ssot}:`)).toBe(true);
			expect(l.themes.map((t) => t.id)).not.toContain('ssot-buses');
			expect(s.themes.map((t) => t.id)).toContain('ssot-buses');
			expect(s.version).toMatch(/built-in/);
			expect(l.version).not.toMatch(/built-in/);
			const [tagL, tagS] = [await analyse(db, llr), await analyse(db, ssot)];
			expect(tagS.themes).toContain('ssot-buses');
			expect(tagL.themes).not.toContain('ssot-buses');
			const analysers = await withClaims(db, ANON, async (tx) => [
				await analysis.analyserFor(tx, llr),
				await analysis.analyserFor(tx, ssot)
			]);
			expect(analysers[0]).not.toBe(analysers[1]);
		});

		it('of an area that is not published are not shared: each caller gets what row-level security shows them', async () => {
			const hidden = await owner(db, async (tx) => {
				const area = await makeArea(tx, 'cache-hidden', false);
				await tx.query(
					`insert into public.themes (id, area_id, name, keywords) values ('cache-hidden-own', $1, 'Its own theme', '{kites}')`,
					[area]
				);
				await tx.query(
					`insert into public.memberships (person_id, area_id, role) values ($1, $2, 'engagement_officer')`,
					[officer.sub, area]
				);
				return area;
			});
			const c = counting(db);
			const staff = await inputs(hidden, officer, c.db);
			const anon = await inputs(hidden, ANON, c.db);
			const staffAgain = await inputs(hidden, officer, c.db);
			expect(staff.themes.map((t) => t.id)).toContain('cache-hidden-own');
			expect(anon.themes.map((t) => t.id)).not.toContain('cache-hidden-own');
			expect(staffAgain.themes.map((t) => t.id)).toContain('cache-hidden-own');
			expect(c.stats.roundTrips).toBe(9);
		});
	});

	describe('round trips per survey POST', () => {
		/** As the /s/{code} action does it: the survey (kept), then one transaction as anon. */
		const post = async (
			on: Db,
			idem = crypto.randomUUID(),
			definition: SurveyDefinition = template,
			s = survey,
			text = 'the wait for camhs was far too long'
		) => {
			const open = await surveys.publicByCode(on, s.code);
			const fields: Record<string, string> = { 'answer-q1': '3' };
			for (const q of definition.questions)
				if (q.kind === 'text')
					Object.assign(fields, { [`answer-${q.key}`]: `${text} (${q.key})`, [`consent-${q.key}`]: 'staff_only' });
			const parsed = toParsed(
				definition,
				answersSchema(definition, []).parse(formToRecord(definition, formOf(fields)))
			);
			return withClaims(on, ANON, (tx) =>
				responses.submit(tx, key, {
					survey: open!,
					idempotencyKey: idem,
					parsed,
					limit: { address: '198.51.100.9', max: 1_000 }
				})
			);
		};

		it('one free-text answer: 6 with the analysis inputs to read, 5 once they are kept; a retry 4', async () => {
			const c = counting(db);
			await surveys.publicByCode(c.db, survey.code);
			analysis.forgetInputs(llr);
			c.reset();
			await post(c.db);
			const cold = c.stats.roundTrips;
			const coldStatements = c.stats.statements;
			c.reset();
			const idem = crypto.randomUUID();
			await post(c.db, idem);
			const warm = c.stats.roundTrips;
			const warmStatements = c.stats.statements;
			c.reset();
			expect(await post(c.db, idem)).toMatchObject({ duplicate: true });
			const retry = c.stats.roundTrips;
			console.info(
				`[${engine.name}] round trips per POST: first in 30 s ${cold} (${coldStatements.join(' | ')}); then ${warm} (${warmStatements.join(' | ')}); retry ${retry}`
			);
			expect({ cold, warm, retry }).toEqual({ cold: 6, warm: 5, retry: 4 });
		});

		it('three free-text answers: the inputs are read at most once', async () => {
			const q = template.questions.find((x) => x.kind === 'text')!;
			const def: SurveyDefinition = {
				...template,
				questions: [...template.questions, { ...q, key: 'q6' }, { ...q, key: 'q7' }]
			};
			const three = await asOfficer((tx) => surveys.create(tx, llr, def, officer.sub!));
			await asOfficer((tx) => surveys.setStatus(tx, llr, three.id, 'open'));
			const c = counting(db);
			await surveys.publicByCode(c.db, three.code);
			analysis.forgetInputs(llr);
			c.reset();
			await post(c.db, undefined, def, three);
			const cold = c.stats.roundTrips;
			c.reset();
			await post(c.db, undefined, def, three);
			const warm = c.stats.roundTrips;
			console.info(
				`[${engine.name}] round trips per POST with 3 free-text answers: first in 30 s ${cold}; then ${warm}`
			);
			// BEGIN, the response, (the inputs,) an item and its original per answer, COMMIT.
			expect({ cold, warm }).toEqual({ cold: 10, warm: 9 });
		});
	});
});
