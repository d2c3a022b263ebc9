/**
 * "You said" statements and dot-voting (migration 000900, services/statements.ts and votes.ts):
 * the workflow draft -> agreed -> published and who may move it, quotes only from candidate
 * quotes, how many voices and their suppression, withdrawal by receipt taking a quote down
 * everywhere (the public board included), and the dot limit. On PGlite and PostgreSQL, as the
 * people who use it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Db, Tx } from '../../src/lib/server/db/types';
import * as statements from '../../src/lib/server/services/statements';
import * as votes from '../../src/lib/server/services/votes';
import * as board from '../../src/lib/server/services/board';
import { receiptHash, withdraw } from '../../src/lib/server/services/responses';

/** These responses are inserted directly, so any secret will do as long as it is the same one. */
const RECEIPT_SECRET = 'statements-test-receipt-secret';
import { engines } from './engines';
import { CAST, areaIdOf, makeMembers, makeSurvey, owner, seeded } from './fixtures';

type Who = 'youth' | 'youth2' | 'officer' | 'commissioner' | 'partner' | 'outsider';

describe.each(engines)('statements and votes on $name', (engine) => {
	let db: Db;
	let llr: string;
	let other: string;
	const people = {} as Record<Who, string>;
	const item: Record<string, string> = {};
	const receipt: Record<string, string> = {};
	const as =
		(who: Who) =>
		<T>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
			withClaims(db, { role: 'authenticated', sub: people[who] }, fn);
	const anon = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> => withClaims(db, ANON, fn);
	const fails = async (p: Promise<unknown>): Promise<string> => {
		try {
			await p;
		} catch (e) {
			return (e as Error).message;
		}
		throw new Error('expected a refusal');
	};

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await owner(db, async (tx) => {
			llr = await areaIdOf(tx, 'llr');
			other = await areaIdOf(tx, 'ssot');
			Object.assign(
				people,
				await makeMembers(tx, llr, CAST, 'statements.test'),
				await makeMembers(tx, other, { outsider: 'youth_board' }, 'statements.test')
			);
			const { id: survey, engagementId: engagement } = await makeSurvey(tx, llr, 'stmtsrv2', 'Statements survey');
			let n = 0;
			/** A response with one item; `review` marks it reviewed with themes (and maybe as a candidate quote). */
			const add = async (
				key: string,
				text: string,
				o: {
					consent?: string;
					role?: string;
					age?: string;
					themes?: string[];
					candidate?: boolean;
					flagged?: boolean;
				} = {}
			) => {
				const code = `TEST-${String(++n).padStart(4, '0')}-ZZ`;
				const response = crypto.randomUUID();
				await tx.query(
					`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash, respondent_role, age_band) values ($1, $2, $3, $4, $5, $6, $7)`,
					[
						response,
						llr,
						survey,
						`idem-key-${key}-0123456789`,
						receiptHash(RECEIPT_SECRET, code),
						o.role ?? 'young_person',
						o.age ?? '14_15'
					]
				);
				const id = crypto.randomUUID();
				await tx.query(
					`insert into public.feedback_items (id, area_id, engagement_id, response_id, redacted_text, consent, respondent_role, age_band, safeguarding)
					 values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
					[
						id,
						llr,
						engagement,
						response,
						text,
						o.consent ?? 'board',
						o.role ?? 'young_person',
						o.age ?? '14_15',
						o.flagged ?? false
					]
				);
				if (o.themes)
					await tx.query(
						`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id, theme_ids, candidate_quote, redaction_checked) values ($1, $2, $3, $4, $5, $5)`,
						[llr, id, people.officer, o.themes, o.candidate ?? false]
					);
				item[key] = id;
				receipt[key] = code;
			};
			await add('quote', 'I waited eight months to be seen by anyone', {
				consent: 'quote',
				themes: ['access-waiting'],
				candidate: true
			});
			await add('quote2', 'Nobody told me how long the wait would be', {
				consent: 'quote',
				themes: ['access-waiting'],
				candidate: true,
				age: '16_17'
			});
			await add('unmarked', 'The wait was far too long for me', { consent: 'quote', themes: ['access-waiting'] });
			await add('staffOnly', 'My name is [name] and I waited a year', { themes: ['access-waiting'] });
			await add('flagged', 'I could not cope while I waited', {
				consent: 'quote',
				themes: ['access-waiting'],
				candidate: true,
				flagged: true
			});
			await add('unreviewed', 'Waiting lists are too long');
			await add('school', 'School did not listen to me', { themes: ['schools-education'] });
			for (let i = 0; i < 11; i++)
				await add(`w${i}`, `Waiting list number ${i} was far too long`, {
					themes: ['access-waiting'],
					role: i < 9 ? 'young_person' : 'parent_carer',
					age: i < 8 ? '14_15' : '11_13'
				});
		});
	}, 180_000);
	afterAll(() => engine.cleanup());

	let statement: string;

	it('lets the youth board draft a statement from a candidate quote and mark it agreed, but not publish it', async () => {
		const candidates = await as('youth')((tx) => statements.candidateQuotes(tx, llr, null, ['access-waiting']));
		expect(candidates.map((c) => c.id).sort()).toEqual([item.quote!, item.quote2!].sort());
		expect(candidates.every((c) => c.matches)).toBe(true);

		statement = await as('youth')((tx) =>
			statements.create(tx, llr, {
				statement: 'Waiting too long for help made things worse',
				theme_ids: ['access-waiting'],
				quote_item_id: item.quote!
			})
		);
		let s = (await as('youth')((tx) => statements.get(tx, llr, statement)))!;
		expect(s).toMatchObject({
			status: 'draft',
			can_edit: true,
			can_agree: true,
			can_publish: false,
			themes: [{ id: 'access-waiting' }]
		});
		expect(s.quotes_list).toEqual([
			expect.objectContaining({
				body: 'I waited eight months to be seen by anyone',
				feedback_item_id: item.quote,
				published: false,
				available: true
			})
		]);
		// The quoted item counts among the feedback behind it.
		expect(s.feedback_list.map((f) => f.id)).toEqual([item.quote]);

		// Nobody outside the board and the officers changes the words.
		expect(
			await as('partner')((tx) =>
				statements.update(tx, llr, statement, { statement: 'Changed by a partner', theme_ids: ['access-waiting'] })
			)
		).toBe(false);
		expect(
			await as('commissioner')((tx) =>
				statements.update(tx, llr, statement, { statement: 'Changed by a commissioner', theme_ids: ['access-waiting'] })
			)
		).toBe(false);
		expect(
			await as('outsider')((tx) =>
				statements.update(tx, llr, statement, { statement: 'Changed from another area', theme_ids: ['access-waiting'] })
			)
		).toBe(false);
		expect(
			await as('youth2')((tx) =>
				statements.update(tx, llr, statement, {
					statement: 'Waiting too long for help made everything worse',
					theme_ids: ['access-waiting']
				})
			)
		).toBe(true);

		expect(await as('youth')((tx) => statements.publish(tx, llr, statement))).toBe(false); // not agreed yet
		expect(await as('youth')((tx) => statements.agree(tx, llr, statement))).toBe(true);
		s = (await as('youth')((tx) => statements.get(tx, llr, statement)))!;
		expect(s).toMatchObject({ status: 'agreed', can_agree: false, can_publish: false });
		expect(s.agreed_at).not.toBeNull();
		// The youth board cannot publish, through the service or by writing the row.
		expect(await as('youth')((tx) => statements.publish(tx, llr, statement))).toBe(false);
		expect(
			await fails(
				as('youth')((tx) => tx.query(`update public.you_said set status = 'published' where id = $1`, [statement]))
			)
		).toMatch(/row-level security/);
		const agreedBy = await owner(db, (tx) =>
			tx.query<{ agreed_by: string; status: string }>(`select agreed_by, status from public.you_said where id = $1`, [
				statement
			])
		);
		expect(agreedBy.rows[0]).toEqual({ agreed_by: people.youth, status: 'agreed' });
		// Anonymous visitors see nothing yet.
		expect(await anon((tx) => tx.query(`select * from app.statement_voices($1::uuid[])`, [[statement]]))).toMatchObject(
			{ rows: [] }
		);
	});

	it('sends changed words back to the board, and lets an officer publish only what the board agreed', async () => {
		const other = await as('youth')((tx) =>
			statements.create(tx, llr, {
				statement: 'Another statement to agree',
				theme_ids: ['access-waiting'],
				quote_item_id: null
			})
		);
		await as('youth')((tx) => statements.agree(tx, llr, other));
		await as('officer')((tx) =>
			statements.update(tx, llr, other, {
				statement: 'Another statement, reworded by an officer',
				theme_ids: ['access-waiting']
			})
		);
		expect((await as('officer')((tx) => statements.get(tx, llr, other)))!.status).toBe('draft');
		expect(await as('officer')((tx) => statements.publish(tx, llr, other))).toBe(false);

		expect(await as('officer')((tx) => statements.publish(tx, llr, statement))).toBe(true);
		const s = (await as('officer')((tx) => statements.get(tx, llr, statement)))!;
		expect(s.status).toBe('published');
		expect(s.quotes_list.every((q) => q.published)).toBe(true);
		const row = await owner(db, (tx) =>
			tx.query<{ published_by: string }>(`select published_by from public.you_said where id = $1`, [statement])
		);
		expect(row.rows[0]!.published_by).toBe(people.officer);
		const audit = await owner(db, (tx) =>
			tx.query<{ action: string }>(
				`select action from public.audit_log where table_name = 'you_said' and row_id = $1`,
				[statement]
			)
		);
		expect(audit.rows.map((r) => r.action)).toContain('publish');

		// Once published, the board can no longer change it or its quotes.
		expect((await as('youth')((tx) => statements.get(tx, llr, statement)))!.can_edit).toBe(false);
		expect(
			await as('youth')((tx) =>
				statements.update(tx, llr, statement, { statement: 'Edited after publishing', theme_ids: ['access-waiting'] })
			)
		).toBe(false);
		expect(await fails(as('youth')((tx) => statements.addQuote(tx, llr, statement, item.quote2!)))).toMatch(
			/row-level security/
		);
	});

	it('attaches only candidate quotes, always as their redacted text', async () => {
		const draft = await as('youth')((tx) =>
			statements.create(tx, llr, {
				statement: 'Quotes must be chosen properly',
				theme_ids: ['access-waiting'],
				quote_item_id: null
			})
		);
		for (const key of ['unmarked', 'staffOnly', 'unreviewed'])
			expect(await fails(as('youth')((tx) => statements.addQuote(tx, llr, draft, item[key]!)))).toMatch(
				/possible quote/
			);
		// Flagged words: the board cannot even see them; an officer is refused too.
		expect(await fails(as('officer')((tx) => statements.addQuote(tx, llr, draft, item.flagged!)))).toMatch(
			/possible quote/
		);
		// A quote typed in, not chosen from feedback, is refused.
		expect(
			await fails(
				as('youth')((tx) =>
					tx.query(
						`insert into public.you_said_quotes (area_id, you_said_id, position, body) values ($1, $2, 5, 'Words nobody said')`,
						[llr, draft]
					)
				)
			)
		).toMatch(/chosen from feedback/);
		// Made-up words sent with a real candidate are replaced by its redacted text, and cannot be edited later.
		await as('youth')((tx) =>
			tx.query(
				`insert into public.you_said_quotes (area_id, you_said_id, position, body, feedback_item_id) values ($1, $2, 0, 'Words nobody said', $3)`,
				[llr, draft, item.quote2]
			)
		);
		await as('youth')((tx) =>
			tx.query(`update public.you_said_quotes set body = 'Edited words' where you_said_id = $1`, [draft])
		);
		const q = (await as('youth')((tx) => statements.get(tx, llr, draft)))!.quotes_list;
		expect(q.map((x) => x.body)).toEqual(['Nobody told me how long the wait would be']);
		// Someone from another area cannot quote this area's feedback.
		expect(await fails(as('outsider')((tx) => statements.addQuote(tx, other, draft, item.quote!)))).toBeTruthy();
	});

	it('counts the people behind a statement by role and age band, small numbers as "fewer than 10"', async () => {
		const choices = await as('youth')((tx) => statements.feedbackChoices(tx, llr, statement, ['access-waiting']));
		const keys = Object.fromEntries(Object.entries(item).map(([k, v]) => [v, k]));
		const offered = choices.items.map((c) => keys[c.id]);
		expect(offered).not.toContain('flagged');
		expect(offered).not.toContain('school');
		expect(offered).not.toContain('unreviewed');
		expect(offered).not.toContain('quote'); // already behind it
		// The board cannot change a published statement's feedback; an officer can.
		const ws = Array.from({ length: 11 }, (_, i) => item[`w${i}`]!);
		expect(await fails(as('youth')((tx) => statements.addFeedback(tx, llr, statement, ws)))).toMatch(
			/row-level security/
		);
		expect(await as('officer')((tx) => statements.addFeedback(tx, llr, statement, [...ws, item.school!]))).toBe(11); // not the school item: other theme
		expect(
			await fails(
				as('officer')((tx) =>
					tx.query(
						`insert into public.you_said_feedback (you_said_id, feedback_item_id, area_id) values ($1, $2, $3)`,
						[statement, item.unreviewed, llr]
					)
				)
			)
		).toMatch(/reviewed/);

		const s = (await as('youth')((tx) => statements.get(tx, llr, statement)))!;
		expect(s.voices.label).toBe('12');
		// 10 young people and 2 parents: the 2 are hidden, so the 10 are too (else 12 - 10 gives them away).
		expect(s.voices_detail!.roles.rows).toEqual([
			{ label: 'Young people', value: null, text: 'not shown' },
			{ label: 'Parents and carers', value: null, text: 'fewer than 10' }
		]);
		// 14-15: 9 (quote + w0..w7) and 11-13: 3 -> both small; the total is shown.
		expect(s.voices_detail!.ages.rows.map((r) => r.text)).toEqual(['fewer than 10', 'fewer than 10']);
		expect(s.voices_detail!.ages.total.label).toBe('12');

		// The exact breakdown is for the area's members (suppressed before it leaves the server);
		// anyone else gets nothing from it (issue 13, item 8), and the public board reads the day's
		// rounded total instead.
		const exact = await as('youth')((tx) =>
			tx.query<{ n: number; engagement_kind: string }>(`select * from app.statement_voices($1::uuid[])`, [[statement]])
		);
		expect(exact.rows.reduce((a, r) => a + r.n, 0)).toBe(12);
		expect(new Set(exact.rows.map((r) => r.engagement_kind))).toEqual(new Set(['survey']));
		expect(
			(await anon((tx) => tx.query(`select * from app.statement_voices($1::uuid[])`, [[statement]]))).rows
		).toEqual([]);
		const pub = await anon((tx) =>
			tx.query<{ you_said_id: string; n: number }>(`select * from app.board_statement_voices($1)`, [llr])
		);
		expect(pub.rows.find((r) => r.you_said_id === statement)?.n).toBe(10); // 12, rounded to 5
	});

	it('takes a quote down everywhere when its author withdraws by receipt', async () => {
		const text = 'I waited eight months to be seen by anyone';
		const publicBoard = () => anon((tx) => board.forArea(tx, llr)).then((b) => JSON.stringify(b));
		expect(await publicBoard()).toContain(text);
		const quoteId = (
			await owner(db, (tx) =>
				tx.query<{ id: string }>(`select id from public.you_said_quotes where feedback_item_id = $1`, [item.quote])
			)
		).rows[0]!.id;

		// Taking back consent to be quoted: the quote goes; the words still count, as staff-only feedback.
		expect(await anon((tx) => withdraw(tx, RECEIPT_SECRET, receipt.quote!, false))).toBe(true);
		const left = await owner(db, (tx) =>
			tx.query(`select 1 from public.you_said_quotes where feedback_item_id = $1`, [item.quote])
		);
		expect(left.rows).toEqual([]);
		expect(await publicBoard()).not.toContain(text);
		const audit = await owner(db, (tx) =>
			tx.query<{ changes: string }>(
				`select changes::text from public.audit_log where table_name = 'you_said_quotes' and row_id = $1`,
				[quoteId]
			)
		);
		expect(audit.rows.length).toBeGreaterThan(0);
		for (const r of audit.rows) expect(r.changes).not.toContain('eight months');
		expect((await as('youth')((tx) => statements.get(tx, llr, statement)))!.voices.label).toBe('12');

		// Withdrawing everything: the words leave the feedback behind the statement too.
		expect(await anon((tx) => withdraw(tx, RECEIPT_SECRET, receipt.w0!, true))).toBe(true);
		const links = await owner(db, (tx) =>
			tx.query(`select 1 from public.you_said_feedback where feedback_item_id = $1`, [item.w0])
		);
		expect(links.rows).toEqual([]);
		expect((await as('youth')((tx) => statements.get(tx, llr, statement)))!.voices.label).toBe('11');
	});

	it('scrubs withdrawn words from the audit log even when the quote was taken off its statement first', async () => {
		const text = 'Nobody told me how long the wait would be';
		await as('officer')((tx) => statements.addQuote(tx, llr, statement, item.quote2!));
		const quoteId = (
			await owner(db, (tx) =>
				tx.query<{ id: string }>(
					`select id from public.you_said_quotes where feedback_item_id = $1 and you_said_id = $2`,
					[item.quote2, statement]
				)
			)
		).rows[0]!.id;
		expect(await as('officer')((tx) => statements.removeQuote(tx, llr, statement, quoteId))).toBe(true);
		const logged = () =>
			owner(db, (tx) =>
				tx.query<{ changes: string }>(`select changes::text from public.audit_log where row_id = $1`, [quoteId])
			).then((r) => r.rows.map((x) => x.changes));
		// The insert and the delete both logged the words.
		expect((await logged()).filter((c) => c.includes('how long the wait')).length).toBe(2);

		expect(await anon((tx) => withdraw(tx, RECEIPT_SECRET, receipt.quote2!, true))).toBe(true);
		const after = await logged();
		expect(after.length).toBe(2); // the history stays, without the words
		for (const c of after) expect(c).not.toContain(text);
	});

	it('gives each voter a fixed number of dots, enforced by the database', async () => {
		const round = await as('youth')((tx) =>
			votes.start(tx, llr, {
				title: 'Spring priorities',
				votes_per_person: 5,
				theme_ids: ['access-waiting', 'schools-education', 'being-heard']
			})
		);
		await as('youth')((tx) =>
			votes.vote(tx, llr, round, people.youth, { 'access-waiting': 3, 'schools-education': 2 })
		);
		await as('youth2')((tx) => votes.vote(tx, llr, round, people.youth2, { 'access-waiting': 1 }));
		// Six dots: refused, and the five already placed stay as they were.
		expect(
			await fails(
				as('youth')((tx) => votes.vote(tx, llr, round, people.youth, { 'access-waiting': 4, 'being-heard': 2 }))
			)
		).toMatch(/5 dots/);
		expect(
			await fails(
				as('youth')((tx) =>
					tx.query(
						`insert into public.theme_votes (area_id, round_id, voter_id, theme_id, dots) values ($1, $2, $3, 'being-heard', 1)`,
						[llr, round, people.youth]
					)
				)
			)
		).toMatch(/5 dots/);
		expect(await as('youth')((tx) => votes.myDots(tx, llr, round))).toEqual({
			'access-waiting': 3,
			'schools-education': 2
		});
		// Not on the ballot; someone else's name; a partner; another area.
		expect(
			await fails(as('youth2')((tx) => votes.vote(tx, llr, round, people.youth2, { 'crisis-support': 1 })))
		).toMatch(/ballot/);
		expect(await fails(as('youth')((tx) => votes.vote(tx, llr, round, people.youth2, { 'being-heard': 1 })))).toMatch(
			/row-level security/
		);
		expect(
			await fails(as('partner')((tx) => votes.vote(tx, llr, round, people.partner, { 'being-heard': 1 })))
		).toMatch(/row-level security/);
		expect(
			await fails(as('outsider')((tx) => votes.vote(tx, llr, round, people.outsider, { 'being-heard': 1 })))
		).toBeTruthy();

		// Everyone in the area reads the totals, nobody else's dots.
		const r = await as('commissioner')((tx) => votes.results(tx, llr, round));
		expect(r.voters).toBe(2);
		expect(r.rows.map((x) => [x.theme_id, x.dots, x.voters])).toEqual([
			['access-waiting', 4, 2],
			['schools-education', 2, 1],
			['being-heard', 0, 0]
		]);
		expect(
			(await as('commissioner')((tx) => tx.query(`select * from public.theme_votes where round_id = $1`, [round]))).rows
		).toEqual([]);
		expect(
			(await as('youth2')((tx) => tx.query(`select * from public.theme_votes where round_id = $1`, [round]))).rows
		).toHaveLength(1);
		expect((await as('outsider')((tx) => votes.results(tx, llr, round))).rows.every((x) => x.dots === 0)).toBe(true);

		// Closed: no more votes, and the ballot cannot change.
		expect(await as('youth')((tx) => votes.close(tx, llr, round))).toBe(true);
		expect(await fails(as('youth2')((tx) => votes.vote(tx, llr, round, people.youth2, { 'being-heard': 2 })))).toMatch(
			/closed/
		);
		expect(
			await fails(
				as('officer')((tx) => tx.query(`update public.vote_rounds set votes_per_person = 10 where id = $1`, [round]))
			)
		).toMatch(/ballot/);
	});
});
