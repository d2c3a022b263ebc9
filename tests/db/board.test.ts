/**
 * The public board (services/board.ts, the baseline migration) on both engines:
 * filters, voices and feedback counts never small, "still hearing", the published decision log,
 * board.json against its schema, and a fixed number of queries whatever the size of the area.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Db, Tx } from '../../src/lib/server/db/types';
import * as areas from '../../src/lib/server/services/areas';
import * as board from '../../src/lib/server/services/board';
import { boardJsonSchema, parseBoardQuery } from '../../src/lib/schemas/board-json';
import { engines } from './engines';
import { makeArea, makePlan, owner, seedData, seeded } from './fixtures';

const llrSeed = seedData.areas.find((a) => a.area.slug === 'llr')!;

interface Fixture {
	areaId: string;
	p1: string;
	p2: string;
	/** Answers S1; done on 1 March 2026. */
	done: string;
	/** Answers S1; planned. */
	planned: string;
	/** Answers S2; in progress, 40%. */
	inProgress: string;
	/** Answers S3; not doing. */
	notDoing: string;
	s1: string;
	s2: string;
	s3: string;
	draft: string;
	agreed: string;
	publishedDecision: string;
	hiddenDecision: string;
}

/**
 * An area with two priorities, four actions, three published statements (and a draft and an
 * agreed one, which are not public) and feedback on two themes over four months:
 *   access-waiting: 25 in January 2026, 12 in April (after the done action), 1 reviewed from
 *     crisis-support into access-waiting in April, plus 5 flagged and 4 withdrawn that never count;
 *   crisis-support: 3 in April (fewer than 10).
 * S1 has 12 people behind it, S2 3 (fewer than 10), S3 none.
 * The public figures are rounded to the nearest 5 and counted once a UK day (issue 13, item 8):
 * 12 shows as 10, 13 as 15, 25 as 25. A test that changes the data calls `recount()` first.
 */
async function build(tx: Tx): Promise<Fixture> {
	const areaId = await makeArea(tx, 'board-test');
	const { priorityId: p1, actionId: planned, planId } = await makePlan(tx, areaId);
	const one = async <T>(sql: string, params: unknown[]) => (await tx.query<T>(sql, params)).rows[0]!;
	const p2 = (
		await one<{ id: string }>(
			`insert into public.priorities (area_id, plan_id, number, title) values ($1, $2, 2, 'A second priority') returning id`,
			[areaId, planId]
		)
	).id;
	let position = 0;
	const action = async (
		priority: string,
		title: string,
		status: string,
		extra: { outcome?: string; progress?: number; changed?: string | null } = {}
	) =>
		(
			await one<{ id: string }>(
				`insert into public.actions (area_id, priority_id, title, status, outcome, progress, status_changed_at, owner_organisation, owner_role, position)
				 values ($1, $2, $3, $4::public.action_status, $5, $6, $7::timestamptz, 'Test NHS Trust', 'Head of CAMHS', $8) returning id`,
				[
					areaId,
					priority,
					title,
					status,
					extra.outcome ?? null,
					extra.progress ?? null,
					extra.changed === undefined ? null : extra.changed,
					++position
				]
			)
		).id;
	await tx.query('update public.actions set position = 9 where id = $1', [planned]);
	const done = await action(p1, 'Open a drop-in clinic', 'done', {
		outcome: 'There is now a weekly drop-in clinic.',
		changed: '2026-03-01T12:00:00Z'
	});
	const inProgress = await action(p2, 'Text line for urgent help', 'in_progress', {
		progress: 40,
		changed: '2026-02-01T12:00:00Z'
	});
	const notDoing = await action(p2, 'A new building', 'not_doing', {
		outcome: 'There was no money for it this year.',
		changed: '2026-02-01T12:00:00Z'
	});
	await tx.query(
		`insert into public.action_updates (area_id, action_id, happened_on, body, evidence_url) values
		 ($1, $2, '2026-01-10', 'We found a room.', null), ($1, $2, '2026-02-20', 'The clinic opened.', 'https://example.org/clinic')`,
		[areaId, done]
	);
	await tx.query(
		`insert into public.action_milestones (area_id, action_id, title, due_on, done_on, position) values
		 ($1, $2, 'Recruit two staff', '2026-05-01', null, 0), ($1, $2, 'Choose the provider', '2026-01-01', '2026-01-05', 1)`,
		[areaId, inProgress]
	);

	const statement = async (text: string, status: string, position: number) =>
		(
			await one<{ id: string }>(
				`insert into public.you_said (area_id, statement, status, published_at, agreed_at, position)
				 values ($1, $2, $3, case when $3 = 'published' then now() end, case when $3 = 'agreed' then now() end, $4) returning id`,
				[areaId, text, status, position]
			)
		).id;
	const s1 = await statement('Young people told us they wait too long for help', 'published', 0);
	const s2 = await statement('Young people told us they need help at night', 'published', 1);
	const s3 = await statement('Young people told us they want a new building', 'published', 2);
	const draft = await statement('A draft the public must not see', 'draft', 3);
	const agreed = await statement('An agreed statement the public must not see yet', 'agreed', 4);
	const link = (table: string, col: string, ys: string, id: string) =>
		tx.query(`insert into public.${table} (you_said_id, ${col}, area_id) values ($1, $2, $3)`, [ys, id, areaId]);
	await link('you_said_priorities', 'priority_id', s1, p1);
	await link('you_said_priorities', 'priority_id', s2, p2);
	await link('you_said_priorities', 'priority_id', s3, p2);
	await link('you_said_priorities', 'priority_id', draft, p1);
	await link('you_said_priorities', 'priority_id', agreed, p1);
	await link('you_said_actions', 'action_id', s1, done);
	await link('you_said_actions', 'action_id', s1, planned);
	await link('you_said_actions', 'action_id', s2, inProgress);
	await link('you_said_actions', 'action_id', s3, notDoing);
	await link('you_said_themes', 'theme_id', s1, 'access-waiting');
	await link('you_said_themes', 'theme_id', s2, 'crisis-support');
	await link('you_said_themes', 'theme_id', s3, 'places-spaces');
	await link('you_said_themes', 'theme_id', draft, 'eating-disorders');
	await tx.query(
		`insert into public.you_said_quotes (area_id, you_said_id, position, body, published) values
		 ($1, $2, 0, 'I waited a year', true), ($1, $2, 1, 'An unpublished quote', false), ($1, $3, 0, 'Nights are the worst', true)`,
		[areaId, s1, s2]
	);

	const engagement = (
		await one<{ id: string }>(
			`insert into public.engagements (area_id, kind, title, published) values ($1, 'survey', 'Test survey', true) returning id`,
			[areaId]
		)
	).id;
	const items = async (
		n: number,
		themes: string[],
		at: string,
		flags: { safeguarding?: boolean; withdrawn?: boolean } = {}
	) =>
		(
			await tx.query<{ id: string }>(
				`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, suggested_theme_ids, created_at, safeguarding, withdrawn_at, respondent_role)
				 select gen_random_uuid(), $1, $2, 'words', $3::text[], $4::timestamptz + g * interval '1 minute', $5, case when $6 then now() end, 'young_person'
				 from generate_series(1, $7::int) g returning id`,
				[areaId, engagement, themes, at, flags.safeguarding ?? false, flags.withdrawn ?? false, n]
			)
		).rows.map((r) => r.id);
	await items(25, ['access-waiting'], '2026-01-10T10:00:00Z');
	const after = await items(12, ['access-waiting'], '2026-04-02T10:00:00Z');
	const night = await items(3, ['crisis-support'], '2026-04-03T10:00:00Z');
	const [relabelled] = await items(1, ['crisis-support'], '2026-04-04T10:00:00Z');
	await items(5, ['access-waiting'], '2026-04-05T10:00:00Z', { safeguarding: true });
	await items(4, ['access-waiting'], '2026-04-06T10:00:00Z', { withdrawn: true });

	// Reviews: the relabelled item is about waiting, not crisis; the items behind statements are reviewed.
	const reviewer = (
		await one<{ id: string }>(
			`insert into public.people (email, display_name) values ('reviewer@board-test.example', 'Reviewer') returning id`,
			[]
		)
	).id;
	for (const [id, themes] of [
		[relabelled!, ['access-waiting']],
		...after.map((id) => [id, ['access-waiting']]),
		...night.map((id) => [id, ['crisis-support']])
	] as [string, string[]][])
		await tx.query(
			`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id, theme_ids) values ($1, $2, $3, $4)`,
			[areaId, id, reviewer, themes]
		);
	for (const id of after) await link('you_said_feedback', 'feedback_item_id', s1, id);
	for (const id of night) await link('you_said_feedback', 'feedback_item_id', s2, id);

	const decision = async (summary: string, published: boolean) =>
		(
			await one<{ id: string }>(
				`insert into public.theme_decisions (area_id, kind, summary, reason, theme_ids, details, decided_at, published, published_at)
				 values ($1, 'rename', $2, 'Young people asked for plainer words', '{access-waiting}', '{"by": "Engagement officer"}', '2026-02-01T09:00:00Z', $3, case when $3 then now() end) returning id`,
				[areaId, summary, published]
			)
		).id;
	const publishedDecision = await decision('Renamed "Waiting" to "Access and waiting times"', true);
	const hiddenDecision = await decision('A decision not yet published', false);
	return {
		areaId,
		p1,
		p2,
		done,
		planned,
		inProgress,
		notDoing,
		s1,
		s2,
		s3,
		draft,
		agreed,
		publishedDecision,
		hiddenDecision
	};
}

/** Every { count, label } object anywhere in a value. */
function counts(value: unknown, out: { count: unknown; label: unknown }[] = []): { count: unknown; label: unknown }[] {
	if (Array.isArray(value)) value.forEach((v) => counts(v, out));
	else if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		if ('count' in o && 'label' in o) out.push({ count: o.count, label: o.label });
		Object.values(o).forEach((v) => counts(v, out));
	}
	return out;
}

/** A transaction that counts the queries run through it. */
function counting(tx: Tx): { tx: Tx; queries: () => number } {
	let n = 0;
	return {
		tx: {
			query: (sql, params) => (n++, tx.query(sql, params)),
			exec: (sql) => tx.exec(sql),
			afterCommit: (fn) => tx.afterCommit(fn)
		} as Tx,
		queries: () => n
	};
}

describe.each(engines)('the public board on $name', (engine) => {
	let db: Db;
	let f: Fixture;
	beforeAll(async () => {
		db = await seeded(await engine.create());
		f = await owner(db, build);
	});
	afterAll(() => engine.cleanup());

	const asAnon = <T>(fn: (tx: Tx) => Promise<T>) => withClaims(db, ANON, fn);
	const boardOf = (filters: Partial<board.BoardFilters> = {}, options: board.BoardOptions = {}) =>
		asAnon((tx) => board.forArea(tx, f.areaId, filters, options));
	const statementIds = (b: board.Board) => b.groups.flatMap((g) => g.statements.map((s) => s.id));
	/** Forgets today's counts, as if the next read were tomorrow's first. */
	const recount = () => owner(db, (tx) => tx.query('delete from app.board_snapshots where area_id = $1', [f.areaId]));

	it('shows only published statements, grouped under their priority, each with what we did', async () => {
		const b = await boardOf();
		expect(statementIds(b)).toEqual([f.s1, f.s2, f.s3]);
		expect(b.groups.map((g) => g.priority?.title)).toEqual(['A test priority', 'A second priority']);
		expect(b.groups[0]!.actions.map((a) => a.id)).toEqual([f.done, f.planned]);
		expect(b.groups[1]!.actions.map((a) => a.id)).toEqual([f.inProgress, f.notDoing]);
		expect(b.totals).toEqual({
			statements: 3,
			quotes: 2,
			actions: 4,
			by_status: { planned: 1, in_progress: 1, done: 1, not_doing: 1 }
		});
		const s1 = b.groups[0]!.statements[0]!;
		expect(s1.quotes.map((q) => q.body)).toEqual(['I waited a year']);
		expect(s1.themes.map((t) => t.id)).toEqual(['access-waiting']);
		const done = b.groups[0]!.actions[0]!;
		expect(done).toMatchObject({
			owner: 'Test NHS Trust',
			owner_role: 'Head of CAMHS',
			outcome: 'There is now a weekly drop-in clinic.'
		});
		expect(done.latest_update).toMatchObject({
			happened_on: '2026-02-20',
			body: 'The clinic opened.',
			evidence_url: 'https://example.org/clinic'
		});
		const inProgress = b.groups[1]!.actions[0]!;
		expect(inProgress.progress).toBe(40);
		expect(inProgress.milestones.map((m) => [m.title, m.done_on])).toEqual([
			['Recruit two staff', null],
			['Choose the provider', '2026-01-05']
		]);
		expect(b.last_updated).toBeInstanceOf(Date);
	});

	it('filters by priority, theme and status, and drops (and names) a priority or theme not on the board', async () => {
		expect(statementIds(await boardOf({ priority: f.p2 }))).toEqual([f.s2, f.s3]);
		expect(statementIds(await boardOf({ theme: 'crisis-support' }))).toEqual([f.s2]);
		const done = await boardOf({ status: 'done' });
		expect(statementIds(done)).toEqual([f.s1]);
		// Only the actions with that status are listed, under the statement and under the priority.
		expect(done.groups[0]!.statements[0]!.actions.map((a) => a.id)).toEqual([f.done]);
		expect(done.groups[0]!.actions.map((a) => a.id)).toEqual([f.done]);
		expect(done.totals.by_status).toEqual({ planned: 0, in_progress: 0, done: 1, not_doing: 0 });
		expect(statementIds(await boardOf({ priority: f.p2, status: 'not_doing' }))).toEqual([f.s3]);
		expect(statementIds(await boardOf({ priority: f.p1, theme: 'crisis-support' }))).toEqual([]);

		// A theme filter narrows the feedback figures too.
		const themed = await boardOf({ theme: 'access-waiting' });
		expect(themed.volumes.series.map((s) => s.theme.id)).toEqual(['access-waiting']);

		// A priority of another area, a theme only a draft has, a page that does not exist.
		const llr = (await asAnon((tx) => areas.bySlug(tx, 'llr')))!;
		const llrBoard = await asAnon((tx) => board.forArea(tx, llr.id));
		const wrong = await boardOf({ priority: llrBoard.options.priorities[0]!.id, theme: 'eating-disorders', page: 7 });
		expect(wrong.problems).toEqual(['priority', 'theme', 'page']);
		expect(wrong.filters).toEqual({ priority: null, theme: null, status: null, page: 1 });
		expect(statementIds(wrong)).toEqual([f.s1, f.s2, f.s3]);
		// Options: only what published statements (and feedback) are about.
		const b = await boardOf();
		expect(b.options.priorities.map((p) => p.id)).toEqual([f.p1, f.p2]);
		expect(b.options.themes.map((t) => t.id)).toEqual(
			expect.arrayContaining(['access-waiting', 'crisis-support', 'places-spaces'])
		);
		expect(b.options.themes.map((t) => t.id)).not.toContain('eating-disorders');
	});

	it('reads filters from the query string and names the ones that are not valid', () => {
		const ok = parseBoardQuery(new URLSearchParams(`priority=${f.p1}&theme=access-waiting&status=done&page=2`));
		expect(ok).toEqual({ filters: { priority: f.p1, theme: 'access-waiting', status: 'done', page: 2 }, invalid: [] });
		const bad = parseBoardQuery(new URLSearchParams('priority=42&theme=Not%20a%20theme&status=finished&page=-1'));
		expect(bad).toEqual({
			filters: { priority: null, theme: null, status: null, page: 1 },
			invalid: ['priority', 'theme', 'status', 'page']
		});
		expect(parseBoardQuery(new URLSearchParams('priority=&status=')).invalid).toEqual([]);
	});

	it('pages through statements in board order, each page with the actions answering its statements', async () => {
		const first = await boardOf({}, { pageSize: 2 });
		expect(first.page).toEqual({ number: 1, size: 2, pages: 2 });
		expect(statementIds(first)).toEqual([f.s1, f.s2]);
		const second = await boardOf({ page: 2 }, { pageSize: 2 });
		expect(statementIds(second)).toEqual([f.s3]);
		expect(second.groups[0]!.statement_count).toBe(2);
		expect(second.groups[0]!.actions.map((a) => a.id)).toEqual([f.notDoing]);
		expect(first.groups[1]!.actions.map((a) => a.id)).toEqual([f.inProgress]);
		expect(second.totals.statements).toBe(3);
	});

	it('counts the voices behind each statement, showing fewer than 10 and never a small number', async () => {
		const all = (await boardOf()).groups.flatMap((g) => g.statements);
		const by = new Map(all.map((s) => [s.id, s.voices]));
		expect(by.get(f.s1)).toEqual({ count: 10, label: '10' }); // 12, rounded to 5
		expect(by.get(f.s2)).toEqual({ count: null, label: 'fewer than 10' });
		expect(by.get(f.s3)).toBeNull();
	});

	it('counts feedback per theme per month without flagged or withdrawn items, using reviewed labels, hiding 1 to 9', async () => {
		const { volumes } = await boardOf();
		expect(volumes.periods).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
		const series = new Map(volumes.series.map((s) => [s.theme.id, s.counts]));
		expect(series.get('access-waiting')).toEqual([
			{ count: 25, label: '25' },
			{ count: 0, label: '0' },
			{ count: 0, label: '0' },
			// 12 plus the item reviewed from crisis support into waiting; not the 5 flagged or 4 withdrawn:
			// 13, rounded to 5.
			{ count: 15, label: '15' }
		]);
		expect(series.get('crisis-support')).toEqual([
			{ count: 0, label: '0' },
			{ count: 0, label: '0' },
			{ count: 0, label: '0' },
			{ count: null, label: 'fewer than 10' }
		]);
		// The most heard theme first.
		expect(volumes.series[0]!.theme.id).toBe('access-waiting');
	});

	it('lists the themes people still raise after the actions on them were marked done', async () => {
		const { still_hearing } = await boardOf();
		expect(still_hearing).toHaveLength(1);
		const [waiting] = still_hearing;
		expect(waiting!.theme).toEqual({ id: 'access-waiting', name: expect.any(String) });
		expect(waiting!.since.toISOString()).toBe('2026-03-01T12:00:00.000Z');
		expect(waiting!.count).toEqual({ count: 15, label: '15' }); // 13, rounded to 5
		expect(waiting!.actions.map((a) => a.id)).toEqual([f.done]);
		expect(waiting!.action_count).toBe(1);
	});

	it('shows still hearing counts of 1 to 9 as fewer than 10, and nothing for themes with no done action', async () => {
		// Crisis support's action is in progress: not on the list, however much is heard.
		expect((await boardOf()).still_hearing.map((s) => s.theme.id)).not.toContain('crisis-support');
		await owner(db, async (tx) => {
			await tx.query(`update public.actions set status = 'done', outcome = 'The text line is open.' where id = $1`, [
				f.inProgress
			]);
			// Marking it done stamps today; say it was done in March.
			await tx.query(`update public.actions set status_changed_at = '2026-03-15T00:00:00Z' where id = $1`, [
				f.inProgress
			]);
		});
		await recount();
		try {
			const night = (await boardOf()).still_hearing.find((s) => s.theme.id === 'crisis-support');
			expect(night?.count).toEqual({ count: null, label: 'fewer than 10' });
		} finally {
			await owner(db, (tx) =>
				tx.query(
					`update public.actions set status = 'in_progress', outcome = null, status_changed_at = '2026-02-01T12:00:00Z' where id = $1`,
					[f.inProgress]
				)
			);
			await recount();
		}
	});

	it('the database functions never hand anyone a count from 1 to 9, and nothing for an unpublished area', async () => {
		const rows = await asAnon(async (tx) => [
			...(await tx.query<{ n: number | null }>('select n from app.board_theme_volumes($1)', [f.areaId])).rows,
			...(await tx.query<{ n: number | null }>('select n from app.board_still_hearing($1)', [f.areaId])).rows
		]);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.filter((r) => r.n !== null && r.n > 0 && r.n < 10)).toEqual([]);

		await owner(db, (tx) => tx.query('update public.areas set published = false where id = $1', [f.areaId]));
		try {
			const hidden = await asAnon(async (tx) => ({
				volumes: (await tx.query('select * from app.board_theme_volumes($1)', [f.areaId])).rows,
				still: (await tx.query('select * from app.board_still_hearing($1)', [f.areaId])).rows
			}));
			expect(hidden).toEqual({ volumes: [], still: [] });
		} finally {
			await owner(db, (tx) => tx.query('update public.areas set published = true where id = $1', [f.areaId]));
		}
	});

	it('shows only the published part of the decision log', async () => {
		const { decisions } = await boardOf();
		expect(decisions.map((d) => d.id)).toEqual([f.publishedDecision]);
		expect(decisions[0]).toMatchObject({
			kind: 'rename',
			reason: 'Young people asked for plainer words',
			decided_by: 'Engagement officer'
		});
	});

	it('board.json matches its schema, with no small number anywhere, for every filter', async () => {
		const area = { slug: 'board-test', name: 'Area board-test', short_name: 'BOARD-TEST' };
		for (const filters of [{}, { priority: f.p2 }, { theme: 'crisis-support' }, { status: 'done' as const }]) {
			const json = board.boardJson(await boardOf(filters), area, 'https://said-and-done.example');
			const parsed = boardJsonSchema.safeParse(json);
			expect(parsed.error?.issues ?? []).toEqual([]);
			for (const c of counts(json))
				expect(c.count === null || c.count === 0 || (c.count as number) >= 10, JSON.stringify(c)).toBe(true);
		}
		const json = board.boardJson(await boardOf(), area, 'https://said-and-done.example');
		expect(json.schema_version).toBe(2);
		expect(json.board_url).toBe('https://said-and-done.example/board-test/board');
		expect(json.priorities[0]!.statements[0]!.voices).toEqual({ count: 10, label: '10' });
		expect(json.priorities[1]!.statements[0]!.voices).toEqual({ count: null, label: 'fewer than 10' });
		expect(json.priorities[0]!.actions[0]!.outcome).toEqual({
			kind: 'what_changed',
			text: 'There is now a weekly drop-in clinic.'
		});
		expect(json.priorities[1]!.actions[1]!.outcome).toEqual({
			kind: 'why_not',
			text: 'There was no money for it this year.'
		});
		expect(json.decision_log.map((d) => d.id)).toEqual([f.publishedDecision]);
		expect(JSON.stringify(json)).not.toContain('An unpublished quote');
		expect(JSON.stringify(json)).not.toContain(f.draft);
		expect(JSON.stringify(json)).not.toContain(f.agreed);
		expect(JSON.stringify(json)).not.toContain(f.hiddenDecision);

		const paged = board.boardJson(await boardOf({ status: 'planned' }, { pageSize: 1 }), area, 'https://x.example');
		expect(paged.page.next_url).toBeNull();
		const two = board.boardJson(await boardOf({}, { pageSize: 2 }), area, 'https://x.example');
		expect(two.page.next_url).toBe('https://x.example/board-test/board.json?page=2');
	});

	it('shares the feedback figures between visitors for a minute, as anonymous reads', async () => {
		board.forgetFeedbackFigures();
		const first = await board.publicFeedbackFigures(db, f.areaId);
		expect(first.volumes.series.map((s) => s.theme.id)).toContain('access-waiting');
		expect(await board.publicFeedbackFigures(db, f.areaId)).toBe(first);
		const fromBoard = await boardOf({}, { figures: board.publicFeedbackFigures(db, f.areaId) });
		expect(fromBoard.volumes).toEqual((await boardOf()).volumes);
		board.forgetFeedbackFigures();
		expect(await board.publicFeedbackFigures(db, f.areaId)).not.toBe(first);
	});

	it('board.json for every seeded area matches the schema', async () => {
		for (const a of seedData.areas) {
			const area = (await asAnon((tx) => areas.bySlug(tx, a.area.slug)))!;
			const json = board.boardJson(await asAnon((tx) => board.forArea(tx, area.id)), area, 'http://127.0.0.1');
			const parsed = boardJsonSchema.safeParse(json);
			expect(parsed.error?.issues ?? [], a.area.slug).toEqual([]);
			expect(json.totals.statements).toBe(a.you_said.length);
		}
	});

	it('runs the same small number of queries however many statements, actions and feedback an area has', async () => {
		const llr = (await asAnon((tx) => areas.bySlug(tx, 'llr')))!;
		const measure = (areaId: string, options: board.BoardOptions = {}) =>
			asAnon(async (tx) => {
				const c = counting(tx);
				await board.forArea(c.tx, areaId, {}, options);
				return c.queries();
			});
		const small = await measure(f.areaId);
		const seeded = await measure(llr.id);
		expect(small).toBe(seeded);
		expect(small).toBeLessThanOrEqual(14);
		// Pages bring the feedback figures from the shared copy: two queries fewer.
		const figures = await asAnon((tx) => board.feedbackFigures(tx, f.areaId));
		expect(await measure(f.areaId, { figures })).toBe(small - 2);
		expect(await measure(f.areaId, { compact: true })).toBeLessThanOrEqual(10);
	});

	it('traces a priority to its published statements on the seeded LLR board', async () => {
		const llr = (await asAnon((tx) => areas.bySlug(tx, 'llr')))!;
		const b = await asAnon((tx) => board.forArea(tx, llr.id));
		expect(b.totals.statements).toBe(llrSeed.you_said.length);
		const p = b.options.priorities[0]!;
		const traced = await asAnon((tx) => board.forPriority(tx, llr.id, p.id));
		expect(traced.length).toBeGreaterThan(0);
		expect(traced.every((s) => s.priority_ids.includes(p.id))).toBe(true);
		expect(await asAnon((tx) => board.forPriority(tx, llr.id, f.p1))).toEqual([]);
	});

	it('rounds public counts from 10 up to the nearest 5, and never below 10', async () => {
		const { rows } = await asAnon((tx) =>
			tx.query<{ n: number | null; shown: number | null }>(
				`select n, app.round_public(n) as shown from unnest($1::int[]) n`,
				[[0, 1, 9, 10, 11, 12, 13, 17, 18, 22, 23, 100]]
			)
		);
		expect(rows.map((r) => r.shown)).toEqual([0, null, null, 10, 10, 10, 15, 15, 20, 20, 25, 100]);
	});

	it("nine answers of one's own do not reveal a hidden \"fewer than 10\": today's figures stay, tomorrow's are rounded (issue 13, item 8)", async () => {
		const engagement = await owner(
			db,
			async (tx) =>
				(
					await tx.query<{ id: string }>(
						`insert into public.engagements (area_id, kind, title, published) values ($1, 'survey', 'Nine of my own', true) returning id`,
						[f.areaId]
					)
				).rows[0]!.id
		);
		const answer = (n: number) =>
			owner(db, async (tx) => {
				for (let i = 0; i < n; i++)
					await tx.query(
						`insert into public.feedback_items (id, area_id, engagement_id, redacted_text, suggested_theme_ids)
						 values (gen_random_uuid(), $1, $2, 'The youth club closed', '{being-heard}')`,
						[f.areaId, engagement]
					);
			});
		const thisMonth = async () => {
			board.forgetFeedbackFigures();
			const { volumes } = await boardOf();
			const series = volumes.series.find((x) => x.theme.id === 'being-heard');
			return series?.counts.at(-1);
		};
		try {
			// Three other people said it this month: the board says "fewer than 10".
			await answer(3);
			await recount();
			expect(await thisMonth()).toEqual({ count: null, label: 'fewer than 10' });
			// Nine answers of one's own, and the board that day is unchanged (before: 12, so 3 before them).
			await answer(9);
			expect(await thisMonth()).toEqual({ count: null, label: 'fewer than 10' });
			const direct = await asAnon((tx) =>
				tx.query<{ period: string; n: number | null }>(
					`select period::text, n from app.board_theme_volumes($1) where theme_id = 'being-heard'`,
					[f.areaId]
				)
			);
			expect(direct.rows.every((r) => r.n === null)).toBe(true);
			// The live, exact counts are not for anyone outside the database.
			for (const fn of ['board_theme_volumes_now', 'board_still_hearing_now', 'board_snapshot'])
				await expect(asAnon((tx) => tx.query(`select * from app.${fn}($1)`, [f.areaId]))).rejects.toThrow(
					/permission denied/
				);
			await expect(asAnon((tx) => tx.query('select * from app.board_snapshots'))).rejects.toThrow(/permission denied/);
			// The next day: 12, shown as 10, which says only that there were between 1 and 3 before.
			await owner(db, (tx) => tx.query(`update app.board_snapshots set day = day - 1 where area_id = $1`, [f.areaId]));
			expect(await thisMonth()).toEqual({ count: 10, label: '10' });
		} finally {
			await owner(db, async (tx) => {
				await tx.query(`delete from public.feedback_items where engagement_id = $1`, [engagement]);
				await tx.query(`delete from public.engagements where id = $1`, [engagement]);
			});
			await recount();
			board.forgetFeedbackFigures();
		}
	});
});
