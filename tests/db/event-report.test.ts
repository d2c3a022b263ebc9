/**
 * The event report and the area engagement summary, on both engines: a known event built through
 * services/events.ts (phones joining, words, ratings, notes and a paper form), with words that are
 * withdrawn, flagged, hidden and not for quoting, and a survey with a withdrawn response.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as events from '../../src/lib/server/services/events';
import * as report from '../../src/lib/server/services/event-report';
import * as surveys from '../../src/lib/server/services/surveys';
import * as responses from '../../src/lib/server/services/responses';
import { toCsv } from '../../src/lib/server/csv';
import { TEMPLATES } from '../../src/lib/survey/templates';
import { answersSchema, formToRecord, toParsed } from '../../src/lib/survey/answers';
import { financialYear, periodSchema } from '../../src/lib/schemas/engagement';
import demoAnswers from '../../seeds/demo/answers.json' with { type: 'json' };
import { engines } from './engines';
import { londonDay } from '../../src/lib/dates';
import { areaIdOf, makeMember, owner, seeded } from './fixtures';

const PHONE_NUMBER = '07700 900123';
const TEXTS = {
	quote: `the waiting list took nine months and nobody rang back, ring me on ${PHONE_NUMBER}`,
	staffOnly: 'I did not want my teacher to know I was struggling',
	withdrawn: 'WITHDRAWN-WORDS the crisis line never picked up',
	hidden: 'HIDDEN-WORDS school counsellor is booked for weeks',
	flagged: demoAnswers.worrying[0]!.text,
	sticky: 'more drop in sessions after school please',
	aloud: 'A group said they did not know where else to go.',
	paper1: 'I never asked anyone because of my parents',
	paper2: 'a website that says what happens after a referral'
};

const template = TEMPLATES.find((t) => t.id === 'getting-help')!.definition;
const form = (fields: Record<string, string>) => ({
	get: (k: string) => fields[k] ?? null,
	getAll: (k: string) => (fields[k] !== undefined ? [fields[k]] : [])
});

describe.each(engines)('event report and engagement summary on $name', (engine) => {
	let db: Db;
	let llr: string;
	let priority: { id: string; number: number; title: string };
	let officer: Claims;
	let commissioner: Claims;
	let event: events.EventRow;
	const itemId: Record<string, string> = {};
	let theme: string;

	beforeAll(async () => {
		db = await seeded(await engine.create());
		const ids = await owner(db, async (tx) => {
			const area = await areaIdOf(tx, 'llr');
			const p = (
				await tx.query<{ id: string; number: number; title: string }>(
					`select p.id, p.number, p.title from public.priorities p where p.area_id = $1 order by p.number limit 1`,
					[area]
				)
			).rows[0]!;
			const t = (
				await tx.query<{ id: string }>(`select id from public.themes where area_id is null order by id limit 1`)
			).rows[0]!.id;
			return {
				area,
				p,
				t,
				officer: await makeMember(tx, area, 'o@llr.test', 'engagement_officer'),
				commissioner: await makeMember(tx, area, 'c@llr.test', 'commissioner')
			};
		});
		llr = ids.area;
		priority = ids.p;
		theme = ids.t;
		officer = { role: 'authenticated', sub: ids.officer };
		commissioner = { role: 'authenticated', sub: ids.commissioner };

		// The event, as an officer: yesterday evening, two text prompts and a rating.
		event = await withClaims(db, officer, async (tx) => {
			const e = await events.create(
				tx,
				llr,
				{
					name: 'Report test session',
					starts_at: `${londonDay(-1)}T18:00`,
					ends_at: null,
					venue: 'Town hall',
					locality: null,
					audience: 'young_people',
					partner_organisation: null,
					priority_ids: [priority.id],
					prompts: [
						{ key: 'p1', kind: 'text', text: 'What makes it hard?' },
						{ key: 'p2', kind: 'text', text: 'What would help?' },
						{ key: 'p3', kind: 'rating', text: 'How easy is it to get help?' }
					]
				},
				ids.officer
			);
			await events.setStatus(tx, llr, e.id, 'open');
			return (await events.get(tx, llr, e.id))!;
		});

		// Three phones join, as anonymous participants.
		const who: events.Participant[] = [];
		for (const [i, [role, age]] of (
			[
				['young_person', '14_15'],
				['young_person', '16_17'],
				['parent_carer', '22_25']
			] as const
		).entries()) {
			await withClaims(db, ANON, (tx) =>
				events.join(tx, event, { role, age_band: age, tokenHash: `token-hash-${i}`, key: `join-key-000000${i}` })
			);
			who.push((await withClaims(db, ANON, (tx) => events.participant(tx, event.id, `token-hash-${i}`)))!);
		}
		const say = (n: number, name: keyof typeof TEXTS, consent: 'quote' | 'staff_only', prompt = 'p1') =>
			withClaims(db, ANON, (tx) =>
				events.say(tx, event, who[n]!, { prompt, text: TEXTS[name], consent, key: `say-key-${name}-0000000` })
			);
		await say(0, 'quote', 'quote');
		await say(1, 'staffOnly', 'staff_only');
		await say(0, 'withdrawn', 'quote', 'p2');
		await say(1, 'hidden', 'quote', 'p2');
		const flagged = await say(2, 'flagged', 'quote');
		expect(flagged.safeguarding).toBe(true);
		for (const [i, rating] of [5, 4, 2].entries())
			await withClaims(db, ANON, (tx) =>
				events.rate(tx, event, who[i]!, { prompt: 'p3', rating, key: `rate-key-00000000${i}` })
			);

		// The facilitator types in a sticky note, something said aloud and a paper form.
		await withClaims(db, officer, async (tx) => {
			await events.capture(tx, event, {
				kind: 'note',
				key: 'note-key-000000001',
				source: 'sticky_note',
				prompt: 'p2',
				text: TEXTS.sticky,
				role: null,
				age_band: null,
				consent: 'staff_only'
			});
			await events.capture(tx, event, {
				kind: 'note',
				key: 'note-key-000000002',
				source: 'said_aloud',
				prompt: null,
				text: TEXTS.aloud,
				role: 'young_person',
				age_band: null,
				consent: 'staff_only'
			});
			await events.capture(tx, event, {
				kind: 'paper',
				key: 'paper-key-00000001',
				role: 'young_person',
				age_band: '14_15',
				consent: 'staff_only',
				texts: { p1: TEXTS.paper1, p2: TEXTS.paper2 },
				ratings: { p3: 3 }
			});
			await events.setHeadCount(tx, llr, event.id, 2);
		});

		// Every word in one theme, so the only thing keeping words out of the quotes is the rule.
		await owner(db, async (tx) => {
			const rows = (
				await tx.query<{ id: string; idempotency_key: string }>(
					`select id, idempotency_key from public.feedback_items where engagement_id = $1`,
					[event.engagement_id]
				)
			).rows;
			for (const r of rows) itemId[r.idempotency_key] = r.id;
			await tx.query(`update public.feedback_items set suggested_theme_ids = array[$2] where engagement_id = $1`, [
				event.engagement_id,
				theme
			]);
			// Taken back, as a withdrawal does it: words blanked, original deleted.
			const gone = itemId['say-key-withdrawn-0000000']!;
			await tx.query(
				`update public.feedback_items set withdrawn_at = now(), redacted_text = '[withdrawn]', consent = 'staff_only' where id = $1`,
				[gone]
			);
			await tx.query(`delete from public.feedback_originals where feedback_item_id = $1`, [gone]);
		});
		await withClaims(db, officer, (tx) =>
			events.setHidden(tx, llr, itemId['say-key-hidden-0000000']!, true, ids.officer)
		);
		await withClaims(db, officer, (tx) => events.setStatus(tx, llr, event.id, 'closed'));
	}, 180_000);
	afterAll(() => engine.cleanup());

	const get = (claims: Claims) => withClaims(db, claims, (tx) => report.forEvent(tx, llr, event.id));

	it('counts people, contributions by kind, role and age band exactly', async () => {
		const r = (await get(officer))!;
		expect(r.people).toEqual({ participants: 4, phone: 3, paper: 1, headCount: 2, engaged: 4 });
		expect(r.contributions.byKind).toEqual([
			{ kind: 'phone', count: 4 }, // five said, one withdrawn
			{ kind: 'sticky_note', count: 1 },
			{ kind: 'said_aloud', count: 1 },
			{ kind: 'paper', count: 2 },
			{ kind: 'rating', count: 4 }
		]);
		expect(r.contributions.total).toBe(12);
		expect(r.byRole).toEqual([
			// Participants: two phones and the paper form; contributions: 3 phone words (one withdrawn),
			// two ratings, the note said aloud, and the paper form's two words and rating.
			{ value: 'young_person', people: 3, contributions: 9 },
			{ value: 'parent_carer', people: 1, contributions: 2 },
			{ value: 'not_given', people: 0, contributions: 1 }
		]);
		expect(r.byAgeBand).toEqual([
			{ value: '14_15', people: 2, contributions: 5 },
			{ value: '16_17', people: 1, contributions: 3 },
			{ value: '22_25', people: 1, contributions: 2 },
			{ value: 'not_given', people: 0, contributions: 2 }
		]);
		expect(r.ratings).toEqual([
			{
				key: 'p3',
				text: 'How easy is it to get help?',
				n: 4,
				average: 3.5,
				distribution: [
					{ value: 1, count: 0 },
					{ value: 2, count: 1 },
					{ value: 3, count: 1 },
					{ value: 4, count: 1 },
					{ value: 5, count: 1 }
				]
			}
		]);
		expect(r.priorities).toEqual([
			{ id: priority.id, number: priority.number, title: priority.title, plan_title: expect.any(String) }
		]);
	});

	it('counts the head count as people engaged when it is the larger number', async () => {
		await withClaims(db, officer, (tx) => events.setHeadCount(tx, llr, event.id, 30));
		expect((await get(officer))!.people.engaged).toBe(30);
		await withClaims(db, officer, (tx) => events.setHeadCount(tx, llr, event.id, 2));
	});

	it('quotes only consented words: never withdrawn, flagged, hidden or staff-only ones, for officers and commissioners', async () => {
		for (const who of [officer, commissioner]) {
			const r = (await get(who))!;
			const quotes = r.themes.flatMap((t) => t.quotes);
			expect(r.themes.map((t) => [t.id, t.count])).toEqual([[theme, 8]]);
			expect(quotes.map((q) => q.id)).toEqual([itemId['say-key-quote-0000000']]);
			expect(quotes[0]!.text).not.toContain(PHONE_NUMBER);
		}
		// Giving consent for the sticky note makes it quotable too.
		await owner(db, (tx) =>
			tx.query(`update public.feedback_items set consent = 'quote' where id = $1`, [itemId['note-key-000000001']])
		);
		const r = (await get(officer))!;
		expect(r.themes[0]!.quotes.map((q) => q.id).sort()).toEqual(
			[itemId['say-key-quote-0000000'], itemId['note-key-000000001']].sort()
		);
		await owner(db, (tx) =>
			tx.query(`update public.feedback_items set consent = 'staff_only' where id = $1`, [itemId['note-key-000000001']])
		);
	});

	it('gives commissioners the same report as officers', async () => {
		const [o, c] = [(await get(officer))!, (await get(commissioner))!];
		expect({ ...c, event: null }).toEqual({ ...o, event: null });
	});

	it('exports one CSV row per contribution, with no withdrawn words and no originals', async () => {
		const out = await withClaims(db, officer, (tx) => report.exportContributions(tx, event));
		expect(out.rows).toHaveLength(12);
		const csv = toCsv(out.header, out.rows);
		expect(csv).not.toContain('WITHDRAWN-WORDS');
		expect(csv).not.toContain('[withdrawn]');
		expect(csv).not.toContain(PHONE_NUMBER);
		// Officers can act on alerts, so their file holds flagged words, marked; a commissioner's does not.
		expect(csv).toContain(TEXTS.flagged);
		const flagCol = out.header.indexOf('flagged for safeguarding');
		expect(out.rows.filter((r) => r[flagCol] === 'yes')).toHaveLength(1);
		const theirs = await withClaims(db, commissioner, (tx) => report.exportContributions(tx, event));
		const theirCsv = toCsv(theirs.header, theirs.rows);
		expect(theirCsv).not.toContain(TEXTS.flagged);
		expect(theirCsv).toContain('Flagged for safeguarding');
		expect(theirs.rows.filter((r) => r[flagCol] === 'yes')).toHaveLength(1);
		expect(csv).toContain('HIDDEN-WORDS'); // off the wall, but still a contribution staff may read
		expect(out.rows.filter((r) => r[1] === 'Rating')).toHaveLength(4);
		expect(out.rows.filter((r) => r[1] === 'Paper form')).toHaveLength(2);
		expect(out.rows.every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(String(r[0])))).toBe(true);
		const header = out.header.join('|');
		expect(header).not.toMatch(/original|token|idempotency|address/i);
	});

	describe('area engagement summary', () => {
		let receiptToWithdraw: string;
		let survey: Awaited<ReturnType<typeof surveys.create>>;
		beforeAll(async () => {
			survey = await withClaims(db, officer, async (tx) => {
				const s = await surveys.create(tx, llr, template, null);
				await surveys.setStatus(tx, llr, s.id, 'open');
				return s;
			});
			const key = await responses.receiptSecret(db);
			const submit = (fields: Record<string, string>, idem: string) => {
				const parsed = answersSchema(template, ['Leicester City', 'Leicestershire', 'Rutland']).parse(
					formToRecord(template, form(fields))
				);
				return withClaims(db, ANON, (tx) =>
					responses.submit(tx, key, { survey, idempotencyKey: idem, parsed: toParsed(template, parsed) })
				);
			};
			await submit(
				{ 'answer-q1': '4', 'answer-q3': 'yes', 'answer-q4': 'text me instead of ringing', 'consent-q4': 'quote' },
				'summary-idem-000001'
			);
			receiptToWithdraw = (
				await submit(
					{ 'answer-q1': '2', 'answer-q4': 'I changed my mind about this', 'consent-q4': 'quote' },
					'summary-idem-000002'
				)
			).receipt;
			await submit({ 'answer-q1': '3', 'answer-q3': 'no' }, 'summary-idem-000003');
			const secret = await responses.receiptSecret(db);
			await withClaims(db, ANON, (tx) => responses.withdraw(tx, secret, receiptToWithdraw, true));
			// A draft event and one still to come: neither has engaged anyone yet.
			await withClaims(db, officer, async (tx) => {
				const base = {
					venue: '',
					locality: null,
					audience: 'young_people' as const,
					partner_organisation: null,
					priority_ids: [],
					prompts: [{ key: 'p1', kind: 'text' as const, text: 'Anything?' }]
				};
				await events.create(
					tx,
					llr,
					{ ...base, name: 'A draft event', starts_at: `${londonDay(-2)}T10:00`, ends_at: null },
					null
				);
				const later = await events.create(
					tx,
					llr,
					{ ...base, name: 'A later event', starts_at: `${londonDay(3)}T10:00`, ends_at: null },
					null
				);
				await events.setStatus(tx, llr, later.id, 'scheduled');
			});
		}, 120_000);

		it('adds survey responses and event people, words and ratings, leaving out withdrawn responses', async () => {
			const s = await withClaims(db, officer, (tx) => report.areaSummary(tx, llr, londonDay(-7), londonDay(7)));
			const r = (await get(officer))!;
			expect(s.rows.map((x) => [x.kind, x.title, x.people, x.written, x.ratings, x.contributions])).toEqual([
				['event', 'Report test session', r.people.engaged, 8, 4, r.contributions.total],
				['survey', survey.title, 2, 1, 2, 3]
			]);
			expect(s.totals).toEqual({ people: 4 + 2, written: 9, ratings: 6, contributions: 15, events: 1, surveys: 1 });
			expect(s.rows[0]!.first).toBe(londonDay(-1));
			const csv = report.summaryCsv(s);
			expect(csv.rows).toHaveLength(2);
			expect(toCsv(csv.header, csv.rows)).toContain('Report test session');
		});

		it('counts nothing outside the dates', async () => {
			const s = await withClaims(db, officer, (tx) => report.areaSummary(tx, llr, '2020-04-01', '2021-03-31'));
			expect(s.rows).toEqual([]);
			expect(s.totals.people).toBe(0);
		});

		it('checks the dates and knows the financial year', () => {
			expect(periodSchema.safeParse({ from: '2026-04-01', to: '2027-03-31' }).success).toBe(true);
			const bad = periodSchema.safeParse({ from: '2026-02-30', to: '2026-01-01' });
			expect(bad.success).toBe(false);
			expect(bad.error!.issues.map((i) => i.path.join('.'))).toContain('from');
			const backwards = periodSchema.safeParse({ from: '2026-05-01', to: '2026-04-01' });
			expect(backwards.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
				['to', 'The end date must be the same as or after the start date']
			]);
			expect(financialYear('2026-11-22')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
			expect(financialYear('2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
			expect(financialYear('2027-04-01')).toEqual({ from: '2027-04-01', to: '2028-03-31' });
		});
	});
});
