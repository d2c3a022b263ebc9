/**
 * "An area with 100,000 feedback items, 2,000 statements and 500 actions: ... the trace view
 * under 500 ms." Builds such an area directly in the database (as the owner, in bulk with
 * generate_series, not row by row) on a throwaway PostgreSQL database and on PGlite, then times
 * the trace services for the busiest priority as the area's commissioner through `withClaims`,
 * so row-level security is part of every number. Prints p50/p95 per call and the query plan
 * summary (EXPLAIN ANALYZE, as the commissioner) of the slowest query of the priority trace,
 * first without the indexes of 20261122001100_trace.sql (its functions, which the services call,
 * are there) and again with them. It also times the heaviest query read through row-level
 * security alone (no trace function), to show what the functions are for.
 * Then times the public board (services/board.ts `forArea`, and the board.json route's data) as
 * an anonymous visitor on the same data, when that module loads.
 *
 *   npm run bench:trace -- [--engine pglite|postgres|both] [--runs 30] [--items 100000]
 *     [--statements 2000] [--actions 500]
 *
 * Environment: TEST_DATABASE_URL (see tests/bench/lib.ts). A benchmark, not a test: it prints
 * numbers and asserts nothing, except that the trace finds what was built.
 */
import { pathToFileURL } from 'node:url';
import { readMigrations, migrate } from '../../src/lib/server/db/migrate';
import { openDatabase } from '../../src/lib/server/db/open';
import { asOwner } from '../../src/lib/server/db/privileged';
import { withClaims } from '../../src/lib/server/db/claims';
import { ANON, type Claims, type Db, type Tx } from '../../src/lib/server/db/types';
import * as trace from '../../src/lib/server/services/trace';
import * as reports from '../../src/lib/server/services/reports';
import { engines, machineLoad, option, percentile, withFreshDatabase } from './lib';

const ENGINES = engines(option('engine', 'both'));
const RUNS = Number(option('runs', '30'));
const ITEMS = Number(option('items', '100000'));
const STATEMENTS = Number(option('statements', '2000'));
const ACTIONS = Number(option('actions', '500'));
const PRIORITIES = 25;
/** Pieces of feedback behind each statement (supporting), plus one quote each. */
const PER_STATEMENT = 25;
const TRACE_MIGRATION = '20261122001100_trace.sql';
/** Where the migration's indexes start: the bench measures with and without them. */
const INDEX_MARKER = '-- Indexes ---';

export interface Built {
	area: string;
	plan: string;
	busy: string;
	item: string;
	commissioner: Claims;
	statementsOnBusy: number;
}

/** The area, in bulk. Triggers are switched off while loading (audit rows and live notifications for 100,000 rows are not what is measured) and back on after. */
export async function build(tx: Tx): Promise<Built> {
	const one = async <T = string>(sql: string, params: unknown[] = []) =>
		Object.values((await tx.query<Record<string, T>>(sql, params)).rows[0]!)[0]!;
	const bulk = [
		'feedback_items',
		'responses',
		'event_participants',
		'feedback_reviews',
		'you_said',
		'you_said_feedback',
		'you_said_quotes',
		'you_said_themes',
		'you_said_priorities',
		'you_said_actions',
		'actions',
		'action_updates'
	];
	for (const t of bulk) await tx.query(`alter table public.${t} disable trigger user`);

	const area = await one(`insert into public.areas (slug, name, short_name, localities, published)
		values ('bench', 'Bench area', 'BENCH', '{North,South,East,West,Central}', true) returning id`);
	const person = async (email: string, role: string) => {
		const id = await one(`insert into public.people (email, display_name) values ($1, $1) returning id`, [email]);
		await tx.query(`insert into public.memberships (person_id, area_id, role) values ($1, $2, $3)`, [id, area, role]);
		return id;
	};
	const commissioner = await person('commissioner@bench.test', 'commissioner');
	const reviewer = await person('officer@bench.test', 'engagement_officer');
	await tx.query(
		`insert into public.themes (id, area_id, name, position) select 'bench-t' || i, $1, 'Bench theme ' || i, i from generate_series(1, 12) i`,
		[area]
	);
	const plan = await one(
		`insert into public.plans (area_id, title, period, published) values ($1, 'Bench plan', '2025/26', true) returning id`,
		[area]
	);
	await tx.query(
		`insert into public.priorities (area_id, plan_id, number, title) select $1, $2, i, 'Priority ' || i from generate_series(1, ${PRIORITIES}) i`,
		[area, plan]
	);
	const perPriority = Math.ceil(ACTIONS / PRIORITIES);
	await tx.query(
		`insert into public.actions (area_id, priority_id, position, title, status, progress, owner, outcome)
		 select $1, p.id, j, 'Action ' || p.number || '.' || j, (array['planned', 'in_progress', 'done', 'not_doing'])[1 + j % 4]::public.action_status,
			(j * 7) % 101, 'Bench ICB', 'What changed ' || j
		 from public.priorities p cross join generate_series(1, ${perPriority}) j where p.area_id = $1`,
		[area]
	);
	await tx.query(
		`insert into public.action_updates (area_id, action_id, happened_on, body)
		 select $1, a.id, date '2025-04-01' + (k * 30 + a.position), 'Update ' || k || ' on ' || a.title
		 from public.actions a cross join generate_series(1, 2) k where a.area_id = $1`,
		[area]
	);
	// Engagements: 20 surveys and 10 events.
	await tx.query(
		`with e as (
			insert into public.engagements (area_id, kind, title) select $1, 'survey', 'Survey ' || i from generate_series(1, 20) i returning id, title
		)
		insert into public.surveys (area_id, engagement_id, code, title, audience, definition, status)
		select $1, e.id, 'bench' || translate(lpad(row_number() over ()::text, 3, '0'), '01', 'ab'), e.title, 'mixed', '{}', 'closed' from e`,
		[area]
	);
	await tx.query(
		`with e as (
			insert into public.engagements (area_id, kind, title) select $1, 'event', 'Event ' || i from generate_series(1, 10) i returning id, title
		)
		insert into public.events (area_id, engagement_id, code, name, starts_at, audience, locality, status)
		select $1, e.id, 'event' || translate(lpad(row_number() over ()::text, 3, '0'), '01', 'ab'), e.title,
			timestamptz '2025-05-01' + (row_number() over ()) * interval '30 days', 'mixed',
			(array['North', 'South', 'East', 'West', 'Central'])[1 + (row_number() over ())::int % 5], 'closed'
		 from e`,
		[area]
	);
	// People: 60% of items come from survey responses (some with two answers), 20% from event participants.
	const surveyItems = Math.round(ITEMS * 0.8);
	const responses = Math.round(surveyItems * 0.75);
	const participants = Math.round((ITEMS - surveyItems) / 2.5);
	await tx.query(
		`insert into public.responses (id, area_id, survey_id, idempotency_key, receipt_hash, respondent_role, age_band, locality, equality, created_at)
		 select gen_random_uuid(), $1, s.id, 'bench-response-' || lpad(i::text, 10, '0'), md5('bench' || i),
			(array['young_person', 'young_person', 'young_person', 'parent_carer', 'professional'])[1 + i % 5],
			(array['11_13', '14_15', '16_17', '18_21', null])[1 + i % 5],
			(array['North', 'North', 'South', 'East', 'West', 'Central', null])[1 + i % 7],
			case when i % 3 = 0 then jsonb_build_object('ethnic_group', (array['White', 'Asian, Asian British or Asian Welsh', 'Black, Black British, Black Welsh, Caribbean or African', 'Mixed or Multiple ethnic groups'])[1 + i % 4]) else '{}' end,
			timestamptz '2024-04-01' + (i % 730) * interval '1 day' + (i % 86400) * interval '1 second'
		 from generate_series(1, ${responses}) i
		 cross join (select array_agg(id order by code) as ids from public.surveys where area_id = $1) list
		 cross join lateral (select list.ids[1 + i % 20] as id) s`,
		[area]
	);
	await tx.query(
		`insert into public.event_participants (id, area_id, event_id, source, respondent_role, age_band, created_at)
		 select gen_random_uuid(), $1, list.ids[1 + i % 10], 'phone', (array['young_person', 'young_person', 'parent_carer'])[1 + i % 3],
			(array['11_13', '14_15', '16_17', '18_21'])[1 + i % 4], list.starts[1 + i % 10] + (i % 90) * interval '1 minute'
		 from generate_series(1, ${participants}) i
		 cross join (select array_agg(id order by code) as ids, array_agg(starts_at order by code) as starts from public.events where area_id = $1) list`,
		[area]
	);
	// Words: one per response, a second for the first quarter of them, and 2.5 per participant.
	await tx.query(
		`insert into public.feedback_items (id, area_id, engagement_id, response_id, question_key, redacted_text, respondent_role, age_band, locality,
			consent, suggested_theme_ids, safeguarding, created_at, withdrawn_at, source)
		 select gen_random_uuid(), $1, s.engagement_id, r.id, 'q' || k, 'Bench words number ' || r.n || '.' || k || ' about waiting and school',
			r.respondent_role, r.age_band, r.locality,
			case when (r.n + k) % 3 = 0 then 'quote' else 'staff_only' end,
			array['bench-t' || (1 + (r.n + k) % 12), 'bench-t' || (1 + (r.n * 7 + k) % 12)],
			(r.n + k) % 200 = 0, r.created_at, case when (r.n + k) % 100 = 1 then r.created_at + interval '1 day' end, 'survey'
		 from (select r.*, row_number() over (order by r.created_at, r.id) as n from public.responses r where r.area_id = $1) r
		 join public.surveys s on s.id = r.survey_id
		 cross join generate_series(1, 2) k
		 where k = 1 or r.n <= ${surveyItems - responses}`,
		[area]
	);
	await tx.query(
		`insert into public.feedback_items (id, area_id, engagement_id, participant_id, question_key, redacted_text, consent, suggested_theme_ids,
			safeguarding, created_at, source)
		 select gen_random_uuid(), $1, e.engagement_id, p.id, 'p' || k, 'Event words ' || p.n || '.' || k,
			case when (p.n + k) % 2 = 0 then 'quote' else 'staff_only' end,
			array['bench-t' || (1 + (p.n + k) % 12)], (p.n + k) % 300 = 0, p.created_at + k * interval '1 minute',
			(array['phone', 'sticky_note', 'paper'])[1 + k % 3]
		 from (select p.*, row_number() over (order by p.created_at, p.id) as n from public.event_participants p where p.area_id = $1) p
		 join public.events e on e.id = p.event_id
		 cross join generate_series(1, 3) k
		 where k < 3 or p.n % 2 = 0`,
		[area]
	);
	// 60% of the words reviewed; every tenth a possible quote where the author agreed.
	await tx.query(
		`insert into public.feedback_reviews (area_id, feedback_item_id, reviewer_id, theme_ids, candidate_quote, redaction_checked, created_at, updated_at)
		 select $1, f.id, $2, array[f.suggested_theme_ids[1]], f.consent = 'quote' and f.n % 10 = 0, true, f.created_at, f.created_at + interval '2 days'
		 from (select f.*, row_number() over (order by f.created_at, f.id) as n from public.feedback_items f where f.area_id = $1) f
		 where f.n % 5 < 3`,
		[area, reviewer]
	);
	// Statements: a tenth on priority 1 (the busy one), the rest spread over the others.
	await tx.query(
		`insert into public.you_said (area_id, statement, status, published_at, position)
		 select $1, 'Bench statement ' || i || ': young people told us something about waiting', case when i % 10 = 3 then 'draft' else 'published' end,
			case when i % 10 = 3 then null else now() end, i
		 from generate_series(1, ${STATEMENTS}) i`,
		[area]
	);
	await tx.query(
		`create temporary table bench_statements on commit drop as
		 select y.id, y.position as n, p.id as priority_id, p.number,
			(select a.id from public.actions a where a.priority_id = p.id order by a.position offset (y.position % ${perPriority}) limit 1) as action_id
		 from public.you_said y
		 join public.priorities p on p.area_id = y.area_id and p.number = case when y.position % 10 = 0 then 1 else 2 + y.position % ${PRIORITIES - 1} end
		 where y.area_id = $1`,
		[area]
	);
	await tx.query(
		`insert into public.you_said_priorities (you_said_id, priority_id, area_id) select id, priority_id, $1 from bench_statements`,
		[area]
	);
	await tx.query(
		`insert into public.you_said_actions (you_said_id, action_id, area_id) select id, action_id, $1 from bench_statements where n % 2 = 0`,
		[area]
	);
	await tx.query(
		`insert into public.you_said_themes (you_said_id, theme_id, area_id)
		 select id, 'bench-t' || (1 + n % 12), $1::uuid from bench_statements
		 union select id, 'bench-t' || (1 + (n * 5) % 12), $1::uuid from bench_statements`,
		[area]
	);
	// The feedback behind each statement: reviewed items, not flagged (withdrawn later on is fine: it must not show).
	await tx.query(
		`create temporary table bench_reviewed on commit drop as
		 select f.id, f.consent, row_number() over (order by f.created_at, f.id) - 1 as k
		 from public.feedback_items f where f.area_id = $1 and not f.safeguarding
			and exists (select 1 from public.feedback_reviews r where r.feedback_item_id = f.id)`,
		[area]
	);
	await tx.query(`create index on bench_reviewed (k)`);
	await tx.query(`analyze bench_reviewed`);
	const reviewed = Number(await one<number>(`select count(*)::int from bench_reviewed`));
	await tx.query(
		`insert into public.you_said_feedback (you_said_id, feedback_item_id, area_id)
		 select s.id, r.id, $1 from bench_statements s cross join generate_series(0, ${PER_STATEMENT - 1}) j
		 join bench_reviewed r on r.k = ((s.n * ${PER_STATEMENT} + j * 7919) % ${reviewed})
		 on conflict do nothing`,
		[area]
	);
	await tx.query(
		`insert into public.you_said_quotes (area_id, you_said_id, position, body, feedback_item_id, published)
		 select $1, s.id, 0, 'Bench words', q.id, true from bench_statements s
		 join lateral (select r.id from bench_reviewed r where r.consent = 'quote' and r.k >= (s.n * 37) % ${reviewed} order by r.k limit 1) q on true`,
		[area]
	);
	await tx.query(
		`insert into public.area_population (area_id, dimension, group_key, age_range, count, population)
		 select $1, 'locality', l, 'all ages', c, 'residents of all ages'
		 from unnest(array['North', 'South', 'East', 'West', 'Central'], array[300000, 250000, 200000, 150000, 100000]) as x (l, c)`,
		[area]
	);
	for (const t of bulk) await tx.query(`alter table public.${t} enable trigger user`);

	const busy = await one(`select id from public.priorities where area_id = $1 and number = 1`, [area]);
	const item = await one(
		`select yf.feedback_item_id from public.you_said_feedback yf join bench_statements s on s.id = yf.you_said_id
		 join public.feedback_items f on f.id = yf.feedback_item_id
		 where s.number = 1 and f.withdrawn_at is null order by yf.feedback_item_id limit 1`
	);
	const statementsOnBusy = Number(await one<number>(`select count(*)::int from bench_statements where number = 1`));
	return { area, plan, busy, item, commissioner: { role: 'authenticated', sub: commissioner }, statementsOnBusy };
}

async function counts(db: Db): Promise<string> {
	return asOwner(db, async (tx) => {
		const { rows } = await tx.query<Record<string, number>>(
			`select (select count(*) from public.feedback_items)::int as feedback_items, (select count(*) from public.responses)::int as responses,
				(select count(*) from public.event_participants)::int as participants, (select count(*) from public.feedback_reviews)::int as reviews,
				(select count(*) from public.you_said)::int as statements, (select count(*) from public.you_said_feedback)::int as statement_feedback,
				(select count(*) from public.you_said_quotes)::int as quotes, (select count(*) from public.actions)::int as actions,
				(select count(*) from public.action_updates)::int as updates`
		);
		return Object.entries(rows[0]!)
			.map(([k, v]) => `${k} ${Number(v).toLocaleString('en-GB')}`)
			.join(', ');
	});
}

// ---- Timing -------------------------------------------------------------------------------------

interface Logged {
	sql: string;
	params: unknown[];
	ms: number;
}

/** The transaction, recording each query's time. */
function recording(tx: Tx, log: Logged[]): Tx {
	return {
		async query<T>(sql: string, params?: unknown[]) {
			const t0 = performance.now();
			const r = await tx.query<T>(sql, params);
			log.push({ sql, params: params ?? [], ms: performance.now() - t0 });
			return r;
		},
		exec: (sql) => tx.exec(sql),
		afterCommit: (fn) => tx.afterCommit(fn)
	};
}

const fmt = (ms: number) => ms.toFixed(1).padStart(7);

/** Runs `fn` `runs` times in its own transaction as `claims` (after one warm-up run); p50/p95 in ms. */
async function time(
	db: Db,
	claims: Claims,
	runs: number,
	fn: (tx: Tx) => Promise<unknown>
): Promise<{ p50: number; p95: number; max: number; queries: Logged[] }> {
	await withClaims(db, claims, fn);
	const all: number[] = [];
	const logs: Logged[][] = [];
	for (let i = 0; i < runs; i++) {
		const log: Logged[] = [];
		const t0 = performance.now();
		await withClaims(db, claims, (tx) => fn(recording(tx, log)));
		all.push(performance.now() - t0);
		logs.push(log);
	}
	const s = all.sort((a, b) => a - b);
	// Each query of the call (they run in the same order every time) with its median time over the runs.
	const queries = logs[0]!.map((q, i) => ({
		...q,
		ms: percentile(
			logs.map((l) => l[i]?.ms ?? 0).sort((a, b) => a - b),
			50
		)
	}));
	return { p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1)!, queries };
}

/** EXPLAIN ANALYZE of a query as `claims`: the lines of the plan that take 5% or more of the time, and the totals. */
async function explain(db: Db, claims: Claims, q: Logged): Promise<string> {
	const lines = await withClaims(db, claims, async (tx) =>
		(await tx.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${q.sql}`, q.params)).rows.map(
			(r) => r['QUERY PLAN']
		)
	);
	const total = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? 0);
	const kept = lines.filter((l) => {
		const m = /actual time=[\d.]+\.\.([\d.]+) rows=[\d.]+ loops=(\d+)/.exec(l);
		if (!m) return /Execution Time|Planning Time/.test(l);
		return Number(m[1]) * Number(m[2]) >= total * 0.05;
	});
	return kept.map((l) => `      ${l.length > 160 ? `${l.slice(0, 157)}...` : l}`).join('\n');
}

const firstLine = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 110);

async function measure(db: Db, b: Built, label: string): Promise<void> {
	console.log(`\n  ${label}`);
	const year = { from: '2025-04-01', to: '2026-03-31' };
	const check = await withClaims(db, b.commissioner, (tx) => trace.priority(tx, b.area, b.busy));
	console.log(
		`    busy priority: ${check!.statements.length} statements (${b.statementsOnBusy} built), ${check!.actions.length} actions, ` +
			`${check!.feedback.items.toLocaleString('en-GB')} pieces of feedback from ${check!.feedback.people.toLocaleString('en-GB')} people behind them`
	);
	const calls: [string, number, (tx: Tx) => Promise<unknown>][] = [
		['trace.priority (busy, all time, page 1)', RUNS, (tx) => trace.priority(tx, b.area, b.busy)],
		['trace.priority (busy, one year, page 3)', RUNS, (tx) => trace.priority(tx, b.area, b.busy, year, 3)],
		['trace.priorityOptions', RUNS, (tx) => trace.priorityOptions(tx, b.area)],
		['trace.feedback (an item behind it)', RUNS, (tx) => trace.feedback(tx, b.area, b.item)],
		['trace.who (all time)', Math.min(RUNS, 10), (tx) => trace.who(tx, b.area)],
		['reports.steering (plan year)', Math.min(RUNS, 5), (tx) => reports.steering(tx, b.area, b.plan)]
	];
	let slowest: Logged | undefined;
	for (const [name, runs, fn] of calls) {
		const r = await time(db, b.commissioner, runs, fn);
		console.log(
			`    ${name.padEnd(42)} p50 ${fmt(r.p50)} ms  p95 ${fmt(r.p95)} ms  max ${fmt(r.max)} ms  (${runs} runs, ${r.queries.length} queries)`
		);
		if (name.startsWith('trace.priority (busy, all')) {
			for (const q of [...r.queries].sort((x, y) => y.ms - x.ms).slice(0, 3))
				console.log(`      ${fmt(q.ms)} ms (median)  ${firstLine(q.sql)}`);
			slowest = [...r.queries].sort((x, y) => y.ms - x.ms)[0];
		}
	}
	if (slowest) {
		console.log(
			`    EXPLAIN ANALYZE (as the commissioner) of the slowest trace.priority query, nodes taking 5% or more:`
		);
		console.log(await explain(db, b.commissioner, slowest));
	}
}

/** The public board on the same data, as an anonymous visitor; whatever services/board.ts offers right now. */
async function measureBoard(db: Db, b: Built): Promise<void> {
	console.log(`\n  public board (anonymous)`);
	let board: Record<string, unknown>;
	try {
		board = await import('../../src/lib/server/services/board');
	} catch (e) {
		console.log(`    services/board.ts did not load: ${(e as Error).message}`);
		return;
	}
	const forArea = board.forArea as
		((tx: Tx, areaId: string, wanted?: object, options?: object) => Promise<unknown>) | undefined;
	const feedbackFigures = board.feedbackFigures as ((tx: Tx, areaId: string) => Promise<unknown>) | undefined;
	const boardJson = board.boardJson as
		((b: unknown, area: { slug: string; name: string; short_name: string }, origin: string) => unknown) | undefined;
	if (typeof forArea !== 'function') {
		console.log('    services/board.ts has no forArea');
		return;
	}
	const runs = Math.min(RUNS, 10);
	const line = (name: string, r: Awaited<ReturnType<typeof time>>) =>
		console.log(
			`    ${name.padEnd(42)} p50 ${fmt(r.p50)} ms  p95 ${fmt(r.p95)} ms  max ${fmt(r.max)} ms  (${runs} runs, ${r.queries.length} queries)`
		);
	try {
		const r = await time(db, ANON, runs, (tx) => forArea(tx, b.area, {}));
		line('board.forArea (figures read too)', r);
		for (const q of [...r.queries].sort((x, y) => y.ms - x.ms).slice(0, 3))
			console.log(`      ${fmt(q.ms)} ms (median)  ${firstLine(q.sql)}`);
		if (typeof feedbackFigures === 'function') {
			// Pages and board.json share the figures for a minute (publicFeedbackFigures): the warm path.
			const figures = await withClaims(db, ANON, (tx) => feedbackFigures(tx, b.area));
			line('board.forArea (figures cached)', await time(db, ANON, runs, (tx) => forArea(tx, b.area, {}, { figures })));
			if (typeof boardJson === 'function')
				line(
					'board.json data (forArea + boardJson)',
					await time(db, ANON, runs, async (tx) =>
						boardJson(
							await forArea(tx, b.area, {}, { figures }),
							{ slug: 'bench', name: 'Bench area', short_name: 'BENCH' },
							'http://localhost'
						)
					)
				);
			line('board.feedbackFigures (once a minute)', await time(db, ANON, runs, (tx) => feedbackFigures(tx, b.area)));
		}
		const slow = [...r.queries].sort((x, y) => y.ms - x.ms)[0];
		if (slow) {
			console.log(`    EXPLAIN ANALYZE (anonymous) of the slowest board query, nodes taking 5% or more:`);
			console.log(await explain(db, ANON, slow));
		}
	} catch (e) {
		console.log(`    the board failed on this data: ${(e as Error).message}`);
	}
}

/**
 * The heavy query of the priority trace (the feedback behind the busy priority's statements) as it
 * would be without app.trace_feedback: the same joins read straight through row-level security as
 * the commissioner. Timed and explained to show where the time goes.
 */
const POLICIES_ONLY = `
	with st as (
		select yp.you_said_id as id from public.you_said_priorities yp where yp.priority_id = $2 and yp.area_id = $1
		union
		select ya.you_said_id from public.you_said_actions ya join public.actions a on a.id = ya.action_id where a.priority_id = $2 and ya.area_id = $1
	), links as (
		select yf.feedback_item_id as item, yf.you_said_id from public.you_said_feedback yf join st on st.id = yf.you_said_id
		union all
		select q.feedback_item_id, q.you_said_id from public.you_said_quotes q join st on st.id = q.you_said_id where q.feedback_item_id is not null
	)
	select count(distinct f.id)::int as items, count(distinct coalesce(f.response_id, f.participant_id, f.id))::int as people,
		count(distinct coalesce(f.locality, ev.locality)) as places
	from links l
	join public.feedback_items f on f.id = l.item
	join public.engagements e on e.id = f.engagement_id
	left join public.event_participants p on p.id = f.participant_id
	left join public.events ev on ev.engagement_id = f.engagement_id
	where f.area_id = $1 and f.withdrawn_at is null`;

async function policiesOnly(db: Db, b: Built): Promise<void> {
	const runs = Math.min(RUNS, 10);
	const r = await time(db, b.commissioner, runs, (tx) => tx.query(POLICIES_ONLY, [b.area, b.busy]));
	const rows = await withClaims(db, b.commissioner, (tx) =>
		tx.query<{ items: number; people: number }>(POLICIES_ONLY, [b.area, b.busy])
	);
	console.log(
		`    ${'feedback behind it, policies only'.padEnd(42)} p50 ${fmt(r.p50)} ms  p95 ${fmt(r.p95)} ms  max ${fmt(r.max)} ms  (${runs} runs; ${rows.rows[0]!.items} items)`
	);
	console.log(`    EXPLAIN ANALYZE (as the commissioner) of it, nodes taking 5% or more:`);
	console.log(await explain(db, b.commissioner, { sql: POLICIES_ONLY, params: [b.area, b.busy], ms: 0 }));
}

async function run(engine: 'pglite' | 'postgres'): Promise<void> {
	await withFreshDatabase(engine, async ({ target }) => {
		console.log(`\n== ${engine} (${machineLoad()})`);
		const db = await openDatabase(target);
		try {
			// 1. The migrations before 001100_trace: only row-level security, as the area was designed.
			const all = readMigrations();
			const traceSql = all.find((m) => m.name === TRACE_MIGRATION)!.sql;
			const cut = traceSql.indexOf(INDEX_MARKER);
			if (cut < 0) throw new Error(`${TRACE_MIGRATION} has no "${INDEX_MARKER}" section`);
			await migrate(db, { migrations: all.filter((m) => m.name < TRACE_MIGRATION) });
			let t0 = performance.now();
			const built = await asOwner(db, build);
			await asOwner(db, (tx) => tx.exec('analyze'));
			console.log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${await counts(db)}`);
			console.log(`\n  before ${TRACE_MIGRATION}: row-level security alone`);
			await policiesOnly(db, built);

			// 2. Its functions (and the cheaper app.is_area_member), not yet its indexes.
			await migrate(db, {
				migrations: all.map((m) => (m.name === TRACE_MIGRATION ? { ...m, sql: traceSql.slice(0, cut) } : m))
			});
			console.log(`\n  ${TRACE_MIGRATION} without its indexes: the same query, policies only`);
			await policiesOnly(db, built);
			await measure(db, built, `${TRACE_MIGRATION} without its indexes: the services`);

			// 3. Its indexes.
			t0 = performance.now();
			await asOwner(db, (tx) => tx.exec(traceSql.slice(cut)));
			await asOwner(db, (tx) => tx.exec('analyze'));
			console.log(`\n  created the indexes of ${TRACE_MIGRATION} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
			await measure(db, built, `with its indexes`);
			await measureBoard(db, built);
		} finally {
			await db.close();
		}
	});
}

// Run when started as a script (tests/bench/trace-scratch work imports `build`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	console.log(
		`Trace benchmark: ${ITEMS.toLocaleString('en-GB')} feedback items, ${STATEMENTS.toLocaleString('en-GB')} statements, ${ACTIONS} actions; ${RUNS} runs per call`
	);
	for (const engine of ENGINES) await run(engine);
}
