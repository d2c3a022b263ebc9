/**
 * Nothing takes an alert away (issue 12, item 3): withdrawal leaves the safeguarding record and its
 * words; NUL bytes and redaction that grows text never lose an answer or its alert; words that
 * could not be stored still raise an alert; the CSV marks flagged words and holds them only for
 * people who can act.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as surveys from '../../src/lib/server/services/surveys';
import * as responses from '../../src/lib/server/services/responses';
import * as feedback from '../../src/lib/server/services/feedback';
import * as alerts from '../../src/lib/server/services/alerts';
import * as results from '../../src/lib/server/services/results';
import { toCsv } from '../../src/lib/server/csv';
import { TEMPLATES } from '../../src/lib/survey/templates';
import { answersSchema, formToRecord, toParsed } from '../../src/lib/survey/answers';
import { engines } from './engines';
import { areaIdOf, claimsFor, formOf, makeMembers, openSurvey, owner, seeded } from './fixtures';

const template = TEMPLATES.find((t) => t.id === 'getting-help')!.definition;
const WORRYING = 'I am going to kill myself tonight, I have the tablets ready';

describe.each(engines)('the safeguarding record on $name', (engine) => {
	let db: Db;
	let llr: string;
	let people: Record<'contact' | 'officer' | 'commissioner', Claims>;
	let survey: surveys.Survey;
	let key: string;

	beforeAll(async () => {
		db = await seeded(await engine.create());
		people = claimsFor(
			await owner(db, async (tx) => {
				llr = await areaIdOf(tx, 'llr');
				return makeMembers(
					tx,
					llr,
					{
						contact: { role: 'area_admin', safeguardingContact: true },
						officer: 'engagement_officer',
						commissioner: 'commissioner'
					},
					'llr.test'
				);
			})
		);
		survey = await openSurvey(db, llr, people.officer, template);
		key = await responses.receiptSecret(db);
	}, 120_000);
	afterAll(() => engine.cleanup());

	const submit = (text: string, idem: string) =>
		withClaims(db, ANON, (tx) =>
			responses.submit(tx, key, {
				survey,
				idempotencyKey: idem,
				// Built as the route does, but without the length rule: the service must cope on its own.
				parsed: toParsed(template, {
					...answersSchema(template, []).parse(formToRecord(template, formOf({ 'answer-q1': '2' }))),
					'answer-q4': text,
					'consent-q4': 'quote'
				})
			})
		);
	const alertsFor = (who: Claims) => withClaims(db, who, (tx) => alerts.list(tx, llr));

	it('keeps an alert and its words for staff after the person takes their answers back', async () => {
		const r = await submit(WORRYING, 'withdraw-0000000000001');
		expect(r.safeguarding).toBe(true);
		expect(await withClaims(db, ANON, (tx) => responses.withdraw(tx, key, r.receipt, true))).toBe(true);

		// Gone from every other place: the item is blanked and its original deleted.
		const item = await owner(db, (tx) =>
			tx.query<{ redacted_text: string; original: string | null }>(
				`select f.redacted_text, o.original_text as original from public.feedback_items f
				 left join public.feedback_originals o on o.feedback_item_id = f.id
				 join public.responses r on r.id = f.response_id where r.receipt_hash = $1`,
				[responses.receiptHash(key, r.receipt)]
			)
		);
		expect(item.rows[0]).toEqual({ redacted_text: '[withdrawn]', original: null });

		// The safeguarding record still holds them, for the contact and the officer.
		for (const who of [people.contact, people.officer]) {
			const mine = (await alertsFor(who)).filter((a) => a.original_text === WORRYING);
			expect(mine).toHaveLength(1);
			expect(mine[0]!.redacted_text).toBe(WORRYING);
			expect(mine[0]!.closed_at).toBeNull();
		}
		// ...and after it is closed.
		const id = (await alertsFor(people.contact)).find((a) => a.original_text === WORRYING)!.id;
		expect(
			await withClaims(db, people.contact, (tx) =>
				alerts.resolve(tx, llr, id, people.contact.sub!, 'Told the school lead')
			)
		).toBe(true);
		expect((await alertsFor(people.officer)).find((a) => a.id === id)?.original_text).toBe(WORRYING);
		// A commissioner cannot see alerts or their words.
		const none = await withClaims(db, people.commissioner, (tx) =>
			tx.query('select 1 from public.safeguarding_alert_words')
		);
		expect(none.rows).toHaveLength(0);
	});

	it('stores an answer holding a NUL byte (without it) and raises its alert', async () => {
		const r = await submit('I want to kill myself\u0000 tonight\u0007\n\tplease', 'nul-byte-000000000001');
		expect(r.safeguarding).toBe(true);
		const row = await owner(db, (tx) =>
			tx.query<{ original_text: string; alerts: number }>(
				`select o.original_text, (select count(*)::int from public.safeguarding_alerts a where a.feedback_item_id = f.id) as alerts
				 from public.feedback_items f join public.feedback_originals o on o.feedback_item_id = f.id
				 join public.responses r on r.id = f.response_id where r.receipt_hash = $1`,
				[responses.receiptHash(key, r.receipt)]
			)
		);
		expect(row.rows[0]).toEqual({ original_text: 'I want to kill myself tonight\n\tplease', alerts: 1 });
	});

	it('cuts redaction that grows past 4,000 characters instead of losing the answer and its alert', async () => {
		const text = `${'@ab '.repeat(480)}I want to kill myself`;
		expect(text.length).toBeLessThanOrEqual(2000);
		const r = await submit(text, 'oversize-000000000001');
		expect(r.safeguarding).toBe(true);
		const row = await owner(db, (tx) =>
			tx.query<{ n: number; alerts: number }>(
				`select length(f.redacted_text) as n, (select count(*)::int from public.safeguarding_alerts a where a.feedback_item_id = f.id) as alerts
				 from public.feedback_items f join public.responses r on r.id = f.response_id where r.receipt_hash = $1`,
				[responses.receiptHash(key, r.receipt)]
			)
		);
		expect(row.rows[0]!.n).toBeLessThanOrEqual(4000);
		expect(row.rows[0]!.alerts).toBe(1);
	});

	it('raises an alert for words that could not be stored, and joins it to the answer when it is', async () => {
		const idem = 'unstored-00000000000001';
		const alertKey = responses.alertKey(survey.id, idem, 'q4');
		const raised = await feedback.raiseUnstored((fn) => withClaims(db, ANON, fn), {
			areaId: llr,
			engagementId: survey.engagement_id,
			texts: [{ text: 'nobody would care if i was gone, i am going to end it tonight', key: alertKey }]
		});
		expect(raised).toBe(true);
		const before = (await alertsFor(people.contact)).filter((a) => a.original_text?.startsWith('nobody would care'));
		expect(before).toHaveLength(1);
		expect(before[0]!.survey_title).toBe(survey.title);

		// They finish the form later: one alert, now joined to the stored answer.
		const r = await submit('nobody would care if i was gone, i am going to end it tonight', idem);
		expect(r.safeguarding).toBe(true);
		const rows = await owner(db, (tx) =>
			tx.query<{ feedback_item_id: string | null }>(
				'select feedback_item_id from public.safeguarding_alerts where submission_key = $1',
				[alertKey]
			)
		);
		expect(rows.rows).toHaveLength(1);
		expect(rows.rows[0]!.feedback_item_id).not.toBeNull();
	});

	it('refuses an alert without feedback for a survey that is not open', async () => {
		const closed = await withClaims(db, people.officer, async (tx) => {
			const s = await surveys.create(tx, llr, template, null);
			return s;
		});
		await expect(
			feedback.raiseUnstored((fn) => withClaims(db, ANON, fn), {
				areaId: llr,
				engagementId: closed.engagement_id,
				texts: [{ text: WORRYING, key: null }]
			})
		).rejects.toMatchObject({ code: '42501' });
	});

	it('marks flagged answers in the CSV and holds their words only for people who can act', async () => {
		const r = await submit('my stepdad hits me and I am scared to go home', 'csv-flag-000000000001');
		expect(r.safeguarding).toBe(true);
		const csvFor = async (who: Claims) => {
			const out = await withClaims(db, who, (tx) => results.exportRows(tx, survey.id, survey.definition));
			const flagged = out.header.indexOf('flagged for safeguarding');
			expect(flagged).toBeGreaterThan(0);
			return { csv: toCsv(out.header, out.rows), flags: out.rows.map((row) => row[flagged]) };
		};
		const forContact = await csvFor(people.contact);
		expect(forContact.csv).toContain('I am scared to go home');
		expect(forContact.flags).toContain('yes');
		const forCommissioner = await csvFor(people.commissioner);
		expect(forCommissioner.csv).not.toContain('scared to go home');
		expect(forCommissioner.csv).toContain(results.FLAGGED_WORDS_WITHHELD);
		expect(forCommissioner.flags.filter((f) => f === 'yes')).toHaveLength(
			forContact.flags.filter((f) => f === 'yes').length
		);
	});
});
