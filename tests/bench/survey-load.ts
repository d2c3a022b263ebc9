/**
 * "A whole school answering at once", against the production build (node build) on the embedded
 * database and on the PostgreSQL server. Two scenarios, each on its own survey:
 *
 * - closed loop: N respondents at once, each loading the survey page and submitting straight away
 *   (no think time), as fast as the server answers. Measures capacity; latency here is mostly
 *   queueing, because N clients keep N requests in flight on a CPU-bound server.
 * - open loop: N respondents arriving evenly over `--arrival` seconds, each loading the page,
 *   "thinking" for `--think-min`..`--think-max` seconds, then submitting. Arrivals do not wait
 *   for the server, so this is what a class or school answering together looks like.
 *
 * In both, 10% of respondents also submit the same form a second time (a double tap), which must
 * give the same receipt and store nothing more. For each scenario it prints throughput, latency
 * percentiles for GET and POST separately, errors, and lost or duplicated submissions (checked in
 * the database against the idempotency keys the server acknowledged). A benchmark, not a test: it
 * prints numbers and asserts nothing. Before measuring, `--warmup` respondents answer one at a time
 * on a third survey, so the server is warm (JIT, connection pool, caches) as one in service is.
 *
 *   npm run build && npm run bench:survey -- [--clients 300] [--engine pglite|postgres|both]
 *     [--mode closed|open|both] [--arrival 60] [--think-min 2] [--think-max 6] [--warmup 30]
 *
 * Environment: see tests/bench/lib.ts (BENCH_BUILD_DIR, BENCH_SERVER_ARGS, TEST_DATABASE_URL);
 * DATABASE_POOL_SIZE, if set, is the server's pool on PostgreSQL (otherwise the app's default).
 *
 * Where /proc is available it also prints the CPU each part used per request: the server, the
 * PostgreSQL backends serving the bench database (approximate: a backend that exits mid-run is
 * not counted) and this load generator, which shares the machine.
 */
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import * as surveys from '../../src/lib/server/services/surveys';
import { TEMPLATES } from '../../src/lib/survey/templates';
import {
	BUILD_DIR,
	Tally,
	areaId,
	asOwnerOf,
	cpuMeter,
	engines,
	formatCpu,
	networkError,
	option,
	postSurvey,
	prepareDatabase,
	random,
	sleep,
	startServer,
	summary,
	withFreshDatabase,
	type Server,
	type Target
} from './lib';

const CLIENTS = Number(option('clients', '300'));
const ENGINES = engines(option('engine', 'both'));
const MODES = option('mode', 'both') === 'both' ? ['closed', 'open'] : [option('mode', 'both')];
const ARRIVAL_S = Number(option('arrival', '60'));
const THINK_MIN_S = Number(option('think-min', '2'));
const THINK_MAX_S = Number(option('think-max', '6'));
const WARMUP = Number(option('warmup', '30'));

/** The seeded areas and one open survey per scenario; their codes by scenario. */
function prepare(target: Target, scenarios: string[]): Promise<Record<string, string>> {
	return prepareDatabase(target, async (tx) => {
		const area = await areaId(tx);
		const codes: Record<string, string> = {};
		for (const name of scenarios) {
			const s = await surveys.create(tx, area, TEMPLATES[0]!.definition, null);
			await surveys.setStatus(tx, area, s.id, 'open');
			codes[name] = s.code;
		}
		return codes;
	});
}

function storedKeys(target: Target, code: string): Promise<{ rows: number; keys: Set<string> }> {
	return asOwnerOf(target, async (tx) => {
		const { rows } = await tx.query<{ idempotency_key: string }>(
			`select r.idempotency_key::text from public.responses r join public.surveys s on s.id = r.survey_id where s.code = $1`,
			[code]
		);
		return { rows: rows.length, keys: new Set(rows.map((r) => r.idempotency_key)) };
	});
}

interface Stats {
	get: number[];
	post: number[];
	errors: Tally;
	statuses: Tally;
	/** Idempotency keys whose first submission the server acknowledged (303). */
	acknowledged: Set<string>;
	/** Double taps whose receipt differed from the first submission's. */
	receiptMismatches: number;
}

const newStats = (): Stats => ({
	get: [],
	post: [],
	errors: new Tally(),
	statuses: new Tally(),
	acknowledged: new Set(),
	receiptMismatches: 0
});

/** One respondent: load the page, think, submit; one in ten taps submit twice. */
async function respondent(base: string, code: string, i: number, thinkMs: number, stats: Stats) {
	const fail = (what: string) => stats.errors.add(what);
	try {
		const t = performance.now();
		const page = await fetch(`${base}/s/${code}`);
		const body = await page.text();
		stats.get.push(performance.now() - t);
		const key = /name="idempotency_key" value="([^"]+)"/.exec(body)?.[1];
		if (!page.ok || !key) return fail(`GET ${page.status}${page.ok ? ' without a form' : ''}`);
		if (thinkMs > 0) await sleep(thinkMs);
		const form = new URLSearchParams({
			idempotency_key: key,
			easy_read: 'no',
			'answer-q1': String(1 + (i % 5)),
			'answer-q3': i % 2 ? 'yes' : 'no',
			'answer-q4': `bench answer ${i}: the wait for camhs was too long`,
			'consent-q4': 'staff_only',
			age_band: '14_15'
		});
		const submit = async () => {
			const t0 = performance.now();
			const post = await postSurvey(base, code, form);
			stats.post.push(performance.now() - t0);
			stats.statuses.add(String(post.status));
			if (post.status !== 303) fail(`POST ${post.status}`);
			return post.status === 303 ? post.headers.get('location') : null;
		};
		const first = await submit();
		if (first) stats.acknowledged.add(key);
		// A double tap: the same form again must not make a second response, and gets the same receipt.
		if (i % 10 === 0) {
			const again = await submit();
			if (first && again && again.replace('?new=1', '') !== first.replace('?new=1', '')) stats.receiptMismatches++;
		}
	} catch (err) {
		fail(networkError(err));
	}
}

/** Runs one scenario and returns how to report it once the server has stopped (PGlite is single-process). */
async function scenario(
	mode: string,
	base: string,
	code: string,
	server: Server,
	dbName?: string
): Promise<(target: Target) => Promise<void>> {
	const stats = newStats();
	const rnd = random(42);
	const meter = cpuMeter(server.pid, dbName);
	if (mode === 'closed') {
		await Promise.all(Array.from({ length: CLIENTS }, (_, i) => respondent(base, code, i, 0, stats)));
	} else {
		const gap = (ARRIVAL_S * 1000) / CLIENTS;
		await Promise.all(
			Array.from({ length: CLIENTS }, async (_, i) => {
				const think = (THINK_MIN_S + rnd() * (THINK_MAX_S - THINK_MIN_S)) * 1000;
				await sleep(i * gap);
				await respondent(base, code, i, think, stats);
			})
		);
	}
	const use = meter();
	return async (target) => {
		const stored = await storedKeys(target, code);
		const lost = [...stats.acknowledged].filter((k) => !stored.keys.has(k)).length;
		const requests = stats.get.length + stats.post.length;
		const errors = stats.errors.total;
		console.log(
			mode === 'closed'
				? `  closed loop: ${CLIENTS} respondents at once, no think time`
				: `  open loop: ${CLIENTS} respondents arriving over ${ARRIVAL_S} s, thinking ${THINK_MIN_S}-${THINK_MAX_S} s before submitting`
		);
		console.log(
			`    requests ${requests} in ${use.seconds.toFixed(2)} s = ${(requests / use.seconds).toFixed(0)} req/s`
		);
		if (!Number.isNaN(use.server)) console.log(`    CPU: ${formatCpu(use, requests, dbName !== undefined)}`);
		console.log(`    GET  ms: ${summary(stats.get)}`);
		console.log(`    POST ms: ${summary(stats.post)}`);
		console.log(`    errors ${errors}${errors ? ` ${stats.errors}` : ''}; submit statuses ${stats.statuses}`);
		console.log(
			`    stored ${stored.rows} responses (${stored.keys.size} distinct keys) for ${stats.acknowledged.size} acknowledged submissions: ` +
				`lost ${lost}, duplicated ${stored.rows - stored.keys.size}, stored but not acknowledged ${[...stored.keys].filter((k) => !stats.acknowledged.has(k)).length}, ` +
				`double-tap receipt mismatches ${stats.receiptMismatches}`
		);
	};
}

/**
 * A survey closed behind the server's back (by another instance, or in the database): answers
 * must be refused at once (row-level security), and the page must say it has closed within the
 * server's few seconds of caching. PostgreSQL only: PGlite allows one process.
 */
async function closing(base: string, url: string, answered: string, watched: string) {
	// Both pages were just seen open, as visitors in the middle of answering would have.
	await (await fetch(`${base}/s/${watched}`)).text();
	const page = await (await fetch(`${base}/s/${answered}`)).text();
	const key = /name="idempotency_key" value="([^"]+)"/.exec(page)?.[1] ?? '';
	const owner = new pg.Client({ connectionString: url });
	await owner.connect();
	try {
		await owner.query(`update public.surveys set status = 'closed', closed_at = now() where code = any($1)`, [
			[answered, watched]
		]);
	} finally {
		await owner.end();
	}
	const closedAt = performance.now();
	const form = new URLSearchParams({ idempotency_key: key, easy_read: 'no', 'answer-q1': '3' });
	const post = await fetch(`${base}/s/${answered}`, {
		method: 'POST',
		body: form,
		redirect: 'manual',
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
	});
	const refused = /this survey has closed/i.test(await post.text());
	let seconds = NaN;
	while (performance.now() - closedAt < 30_000) {
		if ((await (await fetch(`${base}/s/${watched}`)).text()).includes('This survey has closed')) {
			seconds = (performance.now() - closedAt) / 1000;
			break;
		}
		await sleep(100);
	}
	return async () => {
		console.log(
			`  closed in the database behind the server's back: an answer sent at once got ${post.status}${refused ? ' (closed, nothing stored)' : ''}; the page said closed after ${seconds.toFixed(1)} s`
		);
	};
}

async function run(engine: 'pglite' | 'postgres') {
	// DATABASE_POOL_SIZE only if set: otherwise the server keeps the app's default pool.
	await withFreshDatabase(
		engine,
		async (db) => {
			const url = db.target.url;
			const codes = await prepare(db.target, ['warmup', ...MODES]);
			const server = await startServer(db.serverEnv);
			const base = server.base;
			console.log(
				`\n${engine} (build ${BUILD_DIR}${url ? `, pool ${db.serverEnv.DATABASE_POOL_SIZE || 'default'}` : ''})`
			);
			const reports: ((target: Target) => Promise<void>)[] = [];
			try {
				// Page weight: the HTML and the CSS it links, compressed; the page loads no JavaScript.
				const html = await (await fetch(`${base}/s/${codes[MODES[0]!]}`)).text();
				const cssLinks = [...html.matchAll(/href="([^"]+\.css)"/g)].map((m) => m[1]!);
				const css = await Promise.all(cssLinks.map(async (h) => (await fetch(new URL(h, base))).text()));
				const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].length + (html.includes('<script') ? 1 : 0);
				const weight = gzipSync(html).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
				console.log(
					`  survey page: ${(weight / 1024).toFixed(1)} KB compressed (HTML + CSS), ${scripts} script tag(s)`
				);
				// Warm up (JIT, pools, caches) as a server that has been up a while would be, on its own survey.
				for (let i = 0; i < WARMUP; i++) await respondent(base, codes.warmup!, i, 0, newStats());
				for (const mode of MODES) reports.push(await scenario(mode, base, codes[mode]!, server, db.dbName));
				if (url) reports.push(await closing(base, url, codes[MODES[0]!]!, codes.warmup!));
			} finally {
				const stop = await server.stop();
				if (stop.killed) console.log(`  server still running ${(stop.ms / 1000).toFixed(0)} s after SIGTERM, killed`);
			}
			for (const report of reports) await report(db.target);
		},
		null
	);
}

for (const engine of ENGINES) await run(engine);
