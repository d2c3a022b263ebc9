/**
 * Trace for commissioners and the steering group report (issue 7, items 7 and 8) on both engines:
 * priority -> actions, statements, themes and the feedback behind them (exact counts by role, age
 * band, place and engagement), and back from feedback to statements, priorities and actions, on a
 * small known fixture; withdrawn feedback never appears; another area's staff see nothing; "who
 * we heard from" against the area's population suppresses small numbers; the steering report
 * uses the plan's financial year and lists "You said, we did".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { withClaims } from '../../src/lib/server/db';
import type { Db, Tx } from '../../src/lib/server/db/types';
import * as trace from '../../src/lib/server/services/trace';
import * as reports from '../../src/lib/server/services/reports';
import { engines } from './engines';
import { owner, seeded } from './fixtures';

type Who = 'commissioner' | 'officer' | 'youth' | 'outsider';
const code = () =>
	randomBytes(8)
		.toString('hex')
		.replace(/[^a-z2-9]/g, 'k')
		.slice(0, 8);

describe.each(engines)('trace and steering report on $name', (engine) => {
	let db: Db;
	const id: Record<string, string> = {};
	const people = {} as Record<Who, string>;
	const as =
		(who: Who) =>
		<T>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
			withClaims(db, { role: 'authenticated', sub: people[who] }, fn);

	beforeAll(async () => {
		db = await seeded(await engine.create());
		await owner(db, async (tx) => {
			const one = async (sql: string, params: unknown[] = []) =>
				(await tx.query<{ id: string }>(sql, params)).rows[0]!.id;
			const area = (id.area = await one(
				`insert into public.areas (slug, name, short_name, localities, published)
				 values ('trace-a', 'Trace area', 'TA', '{Northtown,Eastville,Southtown,Westham,Centrefield}', true) returning id`
			));
			const otherArea = await one(
				`insert into public.areas (slug, name, short_name, localities, published) values ('trace-b', 'Other area', 'TB', '{Elsewhere}', true) returning id`
			);
			for (const [who, role] of [
				['commissioner', 'commissioner'],
				['officer', 'engagement_officer'],
				['youth', 'youth_board'],
				['outsider', 'commissioner']
			] as const) {
				people[who] = await one(`insert into public.people (email, display_name) values ($1, $2) returning id`, [
					`${who}@trace.test`,
					who
				]);
				await tx.query(`insert into public.memberships (person_id, area_id, role) values ($1, $2, $3)`, [
					people[who],
					who === 'outsider' ? otherArea : area,
					role
				]);
			}

			const plan = (id.plan = await one(
				`insert into public.plans (area_id, title, period, published) values ($1, 'Trace plan', '2025/26', true) returning id`,
				[area]
			));
			id.p1 = await one(
				`insert into public.priorities (area_id, plan_id, number, title) values ($1, $2, 1, 'Shorter waits') returning id`,
				[area, plan]
			);
			id.p2 = await one(
				`insert into public.priorities (area_id, plan_id, number, title) values ($1, $2, 2, 'Help in schools') returning id`,
				[area, plan]
			);
			const action = (
				priority: string,
				position: number,
				title: string,
				status = 'planned',
				progress: number | null = null
			) =>
				one(
					`insert into public.actions (area_id, priority_id, position, title, status, progress, owner) values ($1, $2, $3, $4, $5, $6, 'Trace ICB') returning id`,
					[area, priority, position, title, status, progress]
				);
			id.a1 = await action(id.p1, 1, 'Text reminders for appointments', 'in_progress', 40);
			id.a2 = await action(id.p1, 2, 'A waiting list helpline');
			id.a3 = await action(id.p2, 1, 'Counsellors in every secondary school', 'in_progress', 10);
			await tx.query(
				`insert into public.action_updates (area_id, action_id, happened_on, body) values ($1, $2, '2025-07-01', 'Pilot started in two clinics'), ($1, $2, '2025-10-01', 'Rolled out to every clinic')`,
				[area, id.a1]
			);

			const survey = async (title: string) => {
				const e = await one(
					`insert into public.engagements (area_id, kind, title) values ($1, 'survey', $2) returning id`,
					[area, title]
				);
				const s = await one(
					`insert into public.surveys (area_id, engagement_id, code, title, audience, definition, status) values ($1, $2, $3, $4, 'mixed', '{}', 'open') returning id`,
					[area, e, code(), title]
				);
				return { engagement: e, survey: s };
			};
			const s1 = await survey('Waiting survey');
			id.surveyEngagement = s1.engagement;
			const eventEngagement = (id.eventEngagement = await one(
				`insert into public.engagements (area_id, kind, title) values ($1, 'event', 'School drop-in') returning id`,
				[area]
			));
			const event = await one(
				`insert into public.events (area_id, engagement_id, code, name, starts_at, audience, locality, status) values ($1, $2, $3, 'School drop-in', '2026-01-10T16:00:00Z', 'mixed', 'Northtown', 'closed') returning id`,
				[area, eventEngagement, code()]
			);
			const participant = randomUUID();
			await tx.query(
				`insert into public.event_participants (id, area_id, event_id, source, respondent_role, age_band, created_at) values ($1, $2, $3, 'paper', 'young_person', '16_17', '2026-01-10T16:10:00Z')`,
				[participant, area, event]
			);
			const respond = async (
				role: string | null,
				age: string | null,
				place: string | null,
				at: string,
				surveyId = s1.survey
			) => {
				const r = randomUUID();
				await tx.query(
					`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash, respondent_role, age_band, locality, created_at)
					 values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
					[r, area, surveyId, randomBytes(12).toString('hex'), randomBytes(16).toString('hex'), role, age, place, at]
				);
				return r;
			};
			const item = async (
				key: string,
				text: string,
				o: {
					response?: string;
					participant?: string;
					engagement: string;
					role?: string | null;
					age?: string | null;
					place?: string | null;
					at: string;
					consent?: string;
					source?: string;
					review?: string[];
					suggested?: string[];
				}
			) => {
				id[key] = randomUUID();
				await tx.query(
					`insert into public.feedback_items (id, area_id, engagement_id, response_id, participant_id, redacted_text, respondent_role, age_band, locality, consent, source, suggested_theme_ids, created_at)
					 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
					[
						id[key],
						area,
						o.engagement,
						o.response ?? null,
						o.participant ?? null,
						text,
						o.role ?? null,
						o.age ?? null,
						o.place ?? null,
						o.consent ?? 'staff_only',
						o.source ?? 'survey',
						o.suggested ?? [],
						o.at
					]
				);
				if (o.review)
					await tx.query(
						`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id, theme_ids, candidate_quote, redaction_checked) values ($1, $2, $3, $4, $5, true)`,
						[area, id[key], people.officer, o.review, o.consent === 'quote']
					);
			};
			await item('i1', 'I waited eight months for an appointment', {
				response: await respond('young_person', '14_15', null, '2025-05-01T10:00:00Z'),
				engagement: s1.engagement,
				role: 'young_person',
				age: '14_15',
				place: 'Northtown',
				at: '2025-05-01T10:00:00Z',
				consent: 'quote',
				review: ['access-waiting'],
				suggested: ['access-waiting']
			});
			await item('i2', 'Nobody told us how long the wait would be', {
				response: await respond('parent_carer', null, null, '2025-06-01T10:00:00Z'),
				engagement: s1.engagement,
				role: 'parent_carer',
				place: 'Southtown',
				at: '2025-06-01T10:00:00Z',
				review: ['access-waiting'],
				suggested: ['schools-education']
			});
			await item('i3', 'The school counsellor is booked up for weeks', {
				participant,
				engagement: eventEngagement,
				at: '2026-01-10T16:30:00Z',
				source: 'paper',
				review: ['schools-education']
			});
			await item('i4', 'Words that will be taken back', {
				response: await respond('young_person', '16_17', null, '2025-06-02T10:00:00Z'),
				engagement: s1.engagement,
				role: 'young_person',
				age: '16_17',
				at: '2025-06-02T10:00:00Z',
				review: ['access-waiting']
			});
			await item('i5', 'Nobody asks what we think', {
				engagement: s1.engagement,
				at: '2025-08-01T10:00:00Z',
				suggested: ['being-heard']
			});

			const statement = (text: string, position: number, status = 'published') =>
				one(
					`insert into public.you_said (area_id, statement, status, published_at, position) values ($1, $2, $3, case when $3 = 'published' then now() end, $4) returning id`,
					[area, text, status, position]
				);
			id.st1 = await statement('Waiting too long made things worse', 1);
			id.st2 = await statement('We want help at school', 2);
			id.st3 = await statement('Tell us how long the wait will be', 3, 'draft');
			await tx.query(
				`insert into public.you_said_themes (you_said_id, theme_id, area_id) values ($1, 'access-waiting', $3), ($2, 'schools-education', $3), ($4, 'access-waiting', $3)`,
				[id.st1, id.st2, area, id.st3]
			);
			await tx.query(
				`insert into public.you_said_priorities (you_said_id, priority_id, area_id) values ($1, $2, $4), ($3, $2, $4)`,
				[id.st1, id.p1, id.st3, area]
			);
			await tx.query(
				`insert into public.you_said_actions (you_said_id, action_id, area_id) values ($1, $2, $5), ($3, $4, $5), ($6, $2, $5)`,
				[id.st1, id.a1, id.st2, id.a3, area, id.st3]
			);
			await tx.query(
				`insert into public.you_said_quotes (area_id, you_said_id, position, body, feedback_item_id) values ($1, $2, 0, 'x', $3)`,
				[area, id.st1, id.i1]
			);
			await tx.query(
				`insert into public.you_said_feedback (you_said_id, feedback_item_id, area_id) values ($1, $2, $5), ($1, $3, $5), ($4, $3, $5), ($1, $6, $5)`,
				[id.st1, id.i2, id.i3, id.st2, area, id.i4]
			);
			// Taken back after it was linked: it must vanish from every trace, links or not.
			await tx.query(
				`update public.feedback_items set withdrawn_at = now(), redacted_text = '[withdrawn]' where id = $1`,
				[id.i4]
			);

			// Who we heard from: population by place (counts, so shares of their sum), and people heard
			// from in each place (the event's participant counts in Northtown).
			for (const [place, n] of [
				['Northtown', 3000],
				['Eastville', 4000],
				['Southtown', 1000],
				['Westham', 1000],
				['Centrefield', 1000]
			] as const)
				await tx.query(
					`insert into public.area_population (area_id, dimension, group_key, age_range, count, population, source_file, quote)
					 values ($1, 'locality', $2, 'all ages', $3, 'residents of all ages', null, $4)`,
					[area, place, n, `${place} has ${n} residents, said the test.`]
				);
			const s2 = await survey('Who survey');
			for (const [place, n] of [
				['Northtown', 59],
				['Eastville', 12],
				['Southtown', 3],
				['Centrefield', 2]
			] as const)
				for (let i = 0; i < n; i++) await respond('young_person', '14_15', place, '2025-09-01T12:00:00Z', s2.survey);
		});
	}, 240_000);
	afterAll(() => engine.cleanup());

	it('lists the priorities with their actions and statements', async () => {
		const options = await as('commissioner')((tx) => trace.priorityOptions(tx, id.area!));
		expect(options.map((o) => [o.number, o.actions, o.statements])).toEqual([
			[1, 2, 2],
			[2, 1, 1]
		]);
		// Another area's staff see what the public sees of a published plan (its priorities and actions), and no counts of statements.
		const outside = await as('outsider')((tx) => trace.priorityOptions(tx, id.area!));
		expect(outside.map((o) => [o.number, o.actions, o.statements])).toEqual([
			[1, 2, 0],
			[2, 1, 0]
		]);
	});

	it('traces a priority to its actions, statements, themes and the feedback behind them', async () => {
		const t = (await as('commissioner')((tx) => trace.priority(tx, id.area!, id.p1!)))!;
		expect(t.priority).toMatchObject({
			number: 1,
			title: 'Shorter waits',
			plan_title: 'Trace plan',
			plan_period: '2025/26'
		});
		expect(t.actions.map((a) => [a.id, a.status, a.progress])).toEqual([
			[id.a1, 'in_progress', 40],
			[id.a2, 'planned', null]
		]);
		expect(t.actions[0]!.latest_update).toMatchObject({ body: 'Rolled out to every clinic', on: '2025-10-01' });
		expect(t.actions[1]!.latest_update).toBeNull();
		expect(t.statements.map((s) => [s.id, s.status, s.direct, s.action_ids, s.feedback])).toEqual([
			[id.st1, 'published', true, [id.a1], 3],
			[id.st3, 'draft', true, [id.a1], 0]
		]);
		expect(t.themes).toEqual([{ id: 'access-waiting', name: expect.any(String), statements: 2 }]);

		const f = t.feedback;
		expect(f.items).toBe(3);
		expect(f.people).toBe(3);
		expect(f.list.map((x) => x.id).sort()).toEqual([id.i1, id.i2, id.i3].sort());
		expect(f.list.map((x) => x.id)[0]).toBe(id.i3); // newest first
		const i1 = f.list.find((x) => x.id === id.i1)!;
		expect(i1).toMatchObject({
			consent: 'quote',
			quoted: true,
			source: 'survey',
			heard_on: '2025-05-01',
			statement_ids: [id.st1],
			engagement: { kind: 'survey', title: 'Waiting survey' }
		});
		const i3 = f.list.find((x) => x.id === id.i3)!;
		// An event contribution takes its participant's role and age band and the event's place.
		expect(i3).toMatchObject({
			respondent_role: 'young_person',
			age_band: '16_17',
			locality: 'Northtown',
			source: 'paper',
			quoted: false
		});
		const rows = (list: trace.CountRow[]) => list.map((r) => [r.value, r.people, r.items]);
		expect(rows(f.byRole)).toEqual([
			['young_person', 2, 2],
			['parent_carer', 1, 1]
		]);
		expect(rows(f.byAgeBand)).toEqual([
			['14_15', 1, 1],
			['16_17', 1, 1],
			['not_given', 1, 1]
		]);
		expect(rows(f.byLocality)).toEqual([
			['Northtown', 2, 2],
			['Southtown', 1, 1]
		]);
		expect(rows(f.byEngagement)).toEqual([
			[id.surveyEngagement, 2, 2],
			[id.eventEngagement, 1, 1]
		]);

		// Through an action only.
		const t2 = (await as('commissioner')((tx) => trace.priority(tx, id.area!, id.p2!)))!;
		expect(t2.statements.map((s) => [s.id, s.direct, s.action_ids])).toEqual([[id.st2, false, [id.a3]]]);
		expect(t2.feedback.list.map((x) => x.id)).toEqual([id.i3]);
	});

	it('filters the feedback by the period it was heard in', async () => {
		const t = (await as('commissioner')((tx) =>
			trace.priority(tx, id.area!, id.p1!, { from: '2025-05-15', to: '2025-12-31' })
		))!;
		expect(t.feedback.list.map((x) => x.id)).toEqual([id.i2]);
		expect(t.statements.map((s) => s.feedback)).toEqual([1, 0]);
		// 23:30 on 30 April UTC is 00:30 on 1 May in the UK: i1 (10:00 UTC on 1 May) is in a period ending 1 May.
		const may = (await as('commissioner')((tx) =>
			trace.priority(tx, id.area!, id.p1!, { from: null, to: '2025-05-01' })
		))!;
		expect(may.feedback.list.map((x) => x.id)).toEqual([id.i1]);
	});

	it('traces feedback back to the statements it supports or is quoted in, and their priorities and actions', async () => {
		const f = (await as('commissioner')((tx) => trace.feedback(tx, id.area!, id.i3!)))!;
		expect(f).toMatchObject({
			text: 'The school counsellor is booked up for weeks',
			themes_from: 'review',
			themes: [{ id: 'schools-education' }]
		});
		expect(f.statements.map((s) => [s.id, s.supports, s.quoted])).toEqual([
			[id.st1, true, false],
			[id.st2, true, false]
		]);
		expect(f.statements[0]!.priorities.map((p) => [p.id, p.via_action])).toEqual([[id.p1, false]]);
		expect(f.statements[0]!.actions.map((a) => [a.id, a.status, a.progress, a.priority_number])).toEqual([
			[id.a1, 'in_progress', 40, 1]
		]);
		expect(f.statements[1]!.priorities.map((p) => [p.id, p.via_action])).toEqual([[id.p2, true]]);
		expect(f.statements[1]!.actions.map((a) => a.id)).toEqual([id.a3]);

		const quoted = (await as('commissioner')((tx) => trace.feedback(tx, id.area!, id.i1!)))!;
		expect(quoted.statements.map((s) => [s.id, s.supports, s.quoted])).toEqual([[id.st1, false, true]]);
		const lone = (await as('officer')((tx) => trace.feedback(tx, id.area!, id.i5!)))!;
		expect(lone).toMatchObject({ statements: [], themes_from: 'suggested', themes: [{ id: 'being-heard' }] });
	});

	it('never shows withdrawn feedback', async () => {
		expect(await as('commissioner')((tx) => trace.feedback(tx, id.area!, id.i4!))).toBeNull();
		const t = (await as('commissioner')((tx) => trace.priority(tx, id.area!, id.p1!)))!;
		expect(t.feedback.list.map((x) => x.id)).not.toContain(id.i4);
		expect(JSON.stringify(t)).not.toContain('[withdrawn]');
		// It is still linked to the statement: the trace leaves it out, not the links.
		const links = await owner(db, (tx) =>
			tx.query(`select 1 from public.you_said_feedback where feedback_item_id = $1`, [id.i4])
		);
		expect(links.rows).toHaveLength(1);
		// The owner (no role anywhere) reads nothing through the trace's functions either.
		expect((await owner(db, (tx) => trace.priority(tx, id.area!, id.p1!)))!.feedback.items).toBe(0);
		expect(await owner(db, (tx) => trace.feedback(tx, id.area!, id.i4!))).toBeNull();
	});

	it("shows another area's staff nothing", async () => {
		expect(await as('outsider')((tx) => trace.priority(tx, id.area!, id.p1!))).toMatchObject({
			feedback: { items: 0, list: [] }
		});
		// The plan is published, so its priority and actions are public; the statements are, the feedback is not.
		const t = (await as('outsider')((tx) => trace.priority(tx, id.area!, id.p1!)))!;
		expect(t.statements.map((s) => s.id)).toEqual([id.st1]); // published only, as anyone sees
		expect(await as('outsider')((tx) => trace.feedback(tx, id.area!, id.i1!))).toBeNull();
		expect(
			await as('outsider')((tx) =>
				tx.query(`select * from app.trace_feedback($1, $2::uuid[], null, null)`, [id.area, [id.st1, id.st2, id.st3]])
			)
		).toMatchObject({ rows: [] });
		expect(await as('outsider')((tx) => reports.topThemes(tx, id.area!, '2025-04-01', '2026-03-31'))).toEqual({
			rows: [],
			items: 0,
			reviewed: 0
		});
		// Nor does the youth board of the area itself: the trace is for staff who may read every piece of feedback.
		expect((await as('youth')((tx) => trace.priority(tx, id.area!, id.p1!)))!.feedback.items).toBe(0);
		const w = await as('outsider')((tx) => trace.who(tx, id.area!));
		expect(w.total.value).toBe(0);
		expect(await as('outsider')((tx) => reports.youSaidWeDid(tx, id.area!, id.plan!))).toEqual([
			expect.objectContaining({ id: id.st1 }),
			expect.objectContaining({ id: id.st2 })
		]);
	});

	const place_total = (w: trace.WhoWeHeardFrom) => w.dimensions.find((d) => d.key === 'locality')!.total;

	it('compares who we heard from with the population, suppressing small numbers', async () => {
		const w = await as('commissioner')((tx) => trace.who(tx, id.area!));
		// 76 people in the who survey, 3 in the trace one (one taken back still counts: only its words went), 1 at the event:
		// 80, but 3 of them gave no place, and 80 minus the 77 who did would give the 3 away, so the total is hidden.
		expect(w.total).toEqual({ value: null, label: 'not shown' });
		// The most any breakdown shows instead: the 77 who gave their place (age: 79 gave one).
		expect(w.atLeast).toBe(79);
		expect(place_total(w)).toEqual({ value: null, label: 'not shown' });
		const place = w.dimensions.find((d) => d.key === 'locality')!;
		expect(place.basis?.method).toBe('from_counts');
		const byPlace = Object.fromEntries(place.rows.map((r) => [r.group, r]));
		expect(byPlace.Northtown).toMatchObject({ respondents: 60, text: '60', populationShare: 30, flag: null });
		// 12 of the 77 who said (16%) against 40% of residents: under-heard.
		expect(byPlace.Eastville).toMatchObject({ respondents: 12, flag: 'under_heard' });
		expect(byPlace.Eastville!.respondentShare).toBeCloseTo((12 / 77) * 100, 5);
		// 3 and 2 people: shown only as "fewer than 10", with nothing that gives them away.
		expect(byPlace.Southtown).toMatchObject({
			respondents: null,
			text: 'fewer than 10',
			respondentShare: null,
			ratio: null,
			flag: null
		});
		expect(byPlace.Centrefield).toMatchObject({
			respondents: null,
			text: 'fewer than 10',
			respondentShare: null,
			ratio: null
		});
		expect(byPlace.Westham).toMatchObject({ respondents: 0, flag: 'not_heard' });
		expect(byPlace.unknown).toMatchObject({ kind: 'unknown', respondents: null, text: 'fewer than 10' });
		expect(JSON.stringify(place.rows)).not.toMatch(/"respondents":[1-9],/);
		// No population figures by age: counts only, still suppressed.
		const age = w.dimensions.find((d) => d.key === 'age_band')!;
		expect(age.basis).toBeNull();
		expect(age.rows.find((r) => r.group === '16_17')).toMatchObject({ respondents: null, text: 'fewer than 10' });
		expect(w.figures).toHaveLength(5);
		expect(w.figures[0]).toMatchObject({
			dimension: 'locality',
			quote: expect.stringContaining('residents, said the test')
		});

		const none = await as('commissioner')((tx) => trace.who(tx, id.area!, { from: '2030-01-01', to: null }));
		expect(none.total.value).toBe(0);
	});

	it('builds the steering group report for the plan period, with "You said, we did" and its CSV', async () => {
		const r = (await as('commissioner')((tx) => reports.steering(tx, id.area!, id.plan!)))!;
		expect(r).toMatchObject({ from: '2025-04-01', to: '2026-03-31', planDates: true });
		expect(r.engagement.totals).toMatchObject({ people: 80, events: 1, surveys: 2 });
		// i1, i2 (confirmed), i3 (confirmed), i5 (suggested only); i4 taken back.
		expect(r.themes.items).toBe(4);
		expect(r.themes.reviewed).toBe(3);
		expect(r.themes.rows.map((t) => [t.id, t.items, t.confirmed])).toEqual([
			['access-waiting', 2, 2],
			['being-heard', 1, 0],
			['schools-education', 1, 1]
		]);
		expect(r.youSaid.map((s) => [s.id, s.priority_numbers, s.actions.map((a) => a.id)])).toEqual([
			[id.st1, [1], [id.a1]],
			[id.st3, [1], [id.a1]],
			[id.st2, [2], [id.a3]]
		]);
		expect(r.youSaid[0]!.actions[0]).toMatchObject({
			status: 'in_progress',
			progress: 40,
			latest_update_on: '2025-10-01',
			owner: 'Trace ICB'
		});
		expect(r.gaps.map((g) => [g.group, g.flag])).toEqual([
			['Eastville', 'under_heard'],
			['Westham', 'not_heard']
		]);
		expect(r.compared.map((c) => c.title)).toEqual(['Place']);

		const csv = reports.youSaidCsv(r.youSaid);
		expect(csv.rows).toHaveLength(3);
		expect(csv.rows[0]).toEqual([
			'Waiting too long made things worse',
			'Published',
			'1',
			'Text reminders for appointments',
			1,
			'Trace ICB',
			'In progress',
			40,
			null,
			null,
			'2025-10-01'
		]);

		// Other dates may be chosen; an unknown plan is null.
		const q = (await as('commissioner')((tx) =>
			reports.steering(tx, id.area!, id.plan!, { from: '2026-01-01', to: '2026-03-31' })
		))!;
		expect(q.planDates).toBe(false);
		expect(q.themes.items).toBe(1);
		expect(await as('commissioner')((tx) => reports.steering(tx, id.area!, randomUUID()))).toBeNull();
	});

	it('finds the latest financial year with feedback, so the steering report never opens empty', async () => {
		const latest = await as('commissioner')((tx) => reports.latestPeriodWithData(tx, id.area!));
		expect(latest).not.toBeNull();
		expect(latest!.from).toMatch(/^\d{4}-04-01$/);
		expect(Number(latest!.to.slice(0, 4))).toBe(Number(latest!.from.slice(0, 4)) + 1);
		expect(await as('commissioner')((tx) => reports.heardBetween(tx, id.area!, latest!))).toBe(true);
		expect(
			await as('commissioner')((tx) => reports.heardBetween(tx, id.area!, { from: '2020-04-01', to: '2021-03-31' }))
		).toBe(false);
		// Another area's staff see none of it.
		expect(await as('outsider')((tx) => reports.latestPeriodWithData(tx, id.area!))).toBeNull();
	});
});
