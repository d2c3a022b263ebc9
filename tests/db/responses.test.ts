import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as surveys from '../../src/lib/server/services/surveys';
import * as access from '../../src/lib/server/services/subject-access';
import * as responses from '../../src/lib/server/services/responses';
import { TEMPLATES } from '../../src/lib/survey/templates';
import { answersSchema, formToRecord, toParsed } from '../../src/lib/survey/answers';
import { engines } from './engines';
import { areaIdOf, formOf, makeMember, openSurvey, owner, seeded } from './fixtures';

const template = TEMPLATES.find((t) => t.id === 'getting-help')!.definition;

describe.each(engines)('answering a survey on $name', (engine) => {
	let db: Db;
	let llr: string;
	let officer: Claims;
	let survey: Awaited<ReturnType<typeof surveys.create>>;
	let key: string;

	beforeAll(async () => {
		db = await seeded(await engine.create());
		const ids = await owner(db, async (tx) => {
			const area = await areaIdOf(tx, 'llr');
			const person = await makeMember(tx, area, 'off@llr.test', 'engagement_officer', {
				name: 'Officer',
				safeguardingContact: true
			});
			return { area, person };
		});
		llr = ids.area;
		officer = { role: 'authenticated', sub: ids.person };
		survey = await openSurvey(db, llr, officer, template);
		key = await responses.receiptSecret(db);
	}, 120_000);
	afterAll(() => engine.cleanup());

	const submit = (fields: Record<string, string | string[]>, idem: string) => {
		const parsed = answersSchema(template, ['Leicester City', 'Leicestershire', 'Rutland']).parse(
			formToRecord(template, formOf(fields))
		);
		return withClaims(db, ANON, (tx) =>
			responses.submit(tx, key, { survey, idempotencyKey: idem, parsed: toParsed(template, parsed) })
		);
	};

	it('stores one response per idempotency key, however often it is sent, with the same receipt', async () => {
		const fields = {
			'answer-q1': '2',
			'answer-q4': 'waited ages for camhs, my worker Sarah said ring 07700 900123',
			'consent-q4': 'quote',
			role: 'young_person',
			age_band: '14_15',
			locality: 'Rutland'
		};
		const first = await submit(fields, 'idem-key-0000000001');
		const again = await submit(fields, 'idem-key-0000000001');
		expect(first.duplicate).toBe(false);
		expect(again).toEqual({ ...first, duplicate: true });
		expect(first.receipt).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
		const rows = await owner(db, (tx) =>
			tx.query<{ n: number }>(
				`select count(*)::int as n from public.responses where idempotency_key = 'idem-key-0000000001'`
			)
		);
		expect(rows.rows[0]?.n).toBe(1);
	});

	it('turns free text into redacted feedback with suggested themes, keeping the original apart', async () => {
		const r = await submit(
			{
				'answer-q1': '3',
				'answer-q4': 'my email is sam@example.com and the waiting list is 9 months long',
				'consent-q4': 'staff_only'
			},
			'idem-key-0000000002'
		);
		const item = await withClaims(db, officer, (tx) =>
			tx.query<{
				redacted_text: string;
				suggested_themes: Record<string, number>;
				consent: string;
				original_text: string;
			}>(
				`select f.redacted_text, f.suggested_themes, f.consent, o.original_text from public.feedback_items f
				 join public.feedback_originals o on o.feedback_item_id = f.id
				 join public.responses r on r.id = f.response_id where r.receipt_hash = $1`,
				[responses.receiptHash(key, r.receipt)]
			)
		);
		expect(item.rows[0]?.redacted_text).toContain('[email]');
		expect(item.rows[0]?.redacted_text).not.toContain('sam@example.com');
		expect(item.rows[0]?.original_text).toContain('sam@example.com');
		expect(Object.keys(item.rows[0]!.suggested_themes)).toContain('access-waiting');
		expect(item.rows[0]?.consent).toBe('staff_only');
	});

	it("raises a safeguarding alert at once, which the area's safeguarding contact can see", async () => {
		const r = await submit(
			{ 'answer-q1': '1', 'answer-q4': "there's no point being here anymore tbh" },
			'idem-key-0000000003'
		);
		expect(r.safeguarding).toBe(true);
		const alerts = await withClaims(db, officer, (tx) =>
			tx.query<{ reasons: string[]; acknowledged_at: Date | null }>(
				`select reasons, acknowledged_at from public.safeguarding_alerts where area_id = $1`,
				[llr]
			)
		);
		expect(alerts.rows).toHaveLength(1);
		expect(alerts.rows[0]!.reasons.length).toBeGreaterThan(0);
		expect(alerts.rows[0]!.acknowledged_at).toBeNull();
	});

	it('stores receipts as an HMAC with the server secret, never a plain hash of the code; old hashes convert in place', async () => {
		const r = await submit({ 'answer-q1': '2' }, 'idem-key-0000000hmac');
		const code = responses.normaliseReceipt(r.receipt);
		const stored = await owner(
			db,
			async (tx) =>
				(
					await tx.query<{ plain: boolean; hmac: boolean }>(
						`select bool_or(receipt_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')) as plain,
							bool_or(receipt_hash = $2) as hmac from public.responses`,
						[code, responses.receiptHash(key, r.receipt)]
					)
				).rows[0]!
		);
		expect(stored).toEqual({ plain: false, hmac: true });
		// The migration's SQL HMAC turns an old stored SHA-256 into exactly what the app looks up now.
		const converted = await owner(
			db,
			async (tx) =>
				(
					await tx.query<{ h: string }>(
						`select encode(app.hmac_sha256(convert_to($1, 'UTF8'), convert_to(encode(sha256(convert_to($2, 'UTF8')), 'hex'), 'UTF8')), 'hex') as h`,
						[key, code]
					)
				).rows[0]!.h
		);
		expect(converted).toBe(responses.receiptHash(key, r.receipt));
		// A long key (hashed first, as RFC 2104 says) matches node's HMAC too.
		const long = 'k'.repeat(100);
		const sql = await owner(
			db,
			async (tx) =>
				(
					await tx.query<{ h: string }>(
						`select encode(app.hmac_sha256(convert_to($1, 'UTF8'), convert_to($2, 'UTF8')), 'hex') as h`,
						[long, 'message']
					)
				).rows[0]!.h
		);
		expect(sql).toBe(createHmac('sha256', long).update('message').digest('hex'));
	});

	it('lets the receipt show what happened and withdraw consent, then everything, removing the words', async () => {
		const r = await submit(
			{ 'answer-q1': '4', 'answer-q4': 'the school counsellor was really kind', 'consent-q4': 'quote' },
			'idem-key-0000000004'
		);
		const before = await withClaims(db, ANON, (tx) =>
			responses.receipt(tx, key, r.receipt.toLowerCase().replaceAll('-', ' '))
		);
		expect(before).toMatchObject({
			survey_title: template.title,
			area_slug: 'llr',
			withdrawn: false,
			items: 1,
			quoted_items: 1
		});
		expect(before?.themes).toContain('schools-education');
		expect(await withClaims(db, ANON, (tx) => responses.withdraw(tx, key, r.receipt, false))).toBe(true);
		expect(await withClaims(db, ANON, (tx) => responses.receipt(tx, key, r.receipt))).toMatchObject({
			quoted_items: 0,
			items: 1
		});
		expect(await withClaims(db, ANON, (tx) => responses.withdraw(tx, key, r.receipt, true))).toBe(true);
		expect(await withClaims(db, ANON, (tx) => responses.receipt(tx, key, r.receipt))).toMatchObject({
			withdrawn: true,
			items: 0
		});
		const visible = await withClaims(db, officer, (tx) =>
			tx.query(
				`select 1 from public.feedback_items f join public.responses r on r.id = f.response_id where r.receipt_hash = $1`,
				[responses.receiptHash(key, r.receipt)]
			)
		);
		expect(visible.rows).toHaveLength(0);
		const originals = await owner(db, (tx) =>
			tx.query(`select 1 from public.feedback_originals where original_text like '%counsellor was really kind%'`)
		);
		expect(originals.rows).toHaveLength(0);
	});

	it('gives the receipt holder everything held about the receipt, as JSON and CSV, and nothing after withdrawal', async () => {
		const r = await submit(
			{ 'answer-q1': '2', 'answer-q4': '=the school nurse Jo Bloggs helped me loads', 'consent-q4': 'quote' },
			'idem-key-0000000006'
		);
		const held = (await withClaims(db, ANON, (tx) => access.heldData(tx, key, r.receipt)))!;
		expect(held).toMatchObject({ survey: template.title, withdrawn_at: null, answers: { q1: 2 } });
		expect(held.words).toHaveLength(1);
		expect(held.words[0]).toMatchObject({ question: 'q4', may_quote: true, quoted_in: [], behind: [] });
		expect(held.words[0]!.as_typed).toContain('Jo Bloggs');
		expect(held.words[0]!.as_redacted).not.toContain('Jo Bloggs');
		expect(held.words[0]!.themes.length).toBeGreaterThan(0);
		const json = JSON.parse(access.asJson(held)) as { not_included: string };
		expect(json.not_included).toMatch(/safeguarding record/);
		const csv = access.asCsv(held);
		expect(csv).toContain('as you typed them');
		// Spreadsheet-safe: the words that start with "=" are not a formula.
		expect(csv).toContain("'=the school nurse Jo Bloggs");
		// A wrong code finds nothing.
		expect(await withClaims(db, ANON, (tx) => access.heldData(tx, key, 'ABCD-EFGH-JK'))).toBeNull();
		// After taking everything back, the words are gone from the download too.
		await withClaims(db, ANON, (tx) => responses.withdraw(tx, key, r.receipt, true));
		const after = (await withClaims(db, ANON, (tx) => access.heldData(tx, key, r.receipt)))!;
		expect(after.withdrawn_at).not.toBeNull();
		expect(after.answers).toEqual({});
		expect(JSON.stringify(after)).not.toContain('Jo Bloggs');
	});

	it('refuses answers once the survey is closed', async () => {
		await withClaims(db, officer, (tx) => surveys.setStatus(tx, llr, survey.id, 'closed'));
		await expect(submit({ 'answer-q1': '5' }, 'idem-key-0000000005')).rejects.toThrow(/row-level security/);
		await withClaims(db, officer, (tx) => surveys.setStatus(tx, llr, survey.id, 'open'));
	});

	it('counts submissions per address without storing the address', async () => {
		const n1 = await withClaims(db, ANON, (tx) => responses.noteAddress(tx, key, '203.0.113.9'));
		const n2 = await withClaims(db, ANON, (tx) => responses.noteAddress(tx, key, '203.0.113.9'));
		expect(n2).toBe(n1 + 1);
		const stored = await owner(db, (tx) =>
			tx.query(`select 1 from app.submission_attempts where address_hash like '%203.0.113.9%'`)
		);
		expect(stored.rows).toHaveLength(0);
	});
});
