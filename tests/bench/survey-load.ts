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
 * Environment: BENCH_BUILD_DIR runs another copy of the build (default ./build; a copy outside the
 * project needs a node_modules it can resolve, e.g. a symlink next to it), BENCH_SERVER_ARGS adds
 * node flags for the server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), TEST_DATABASE_URL is
 * the PostgreSQL server (a throwaway database is created on it and dropped afterwards), and
 * DATABASE_POOL_SIZE, if set, the server's pool (otherwise the app's default).
 *
 * Where /proc is available it also prints the CPU each part used per request: the server, the
 * PostgreSQL backends serving the bench database (approximate: a backend that exits mid-run is
 * not counted) and this load generator, which shares the machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/lib/server/db/open';
import { migrate } from '../../src/lib/server/db/migrate';
import { asOwner } from '../../src/lib/server/db/privileged';
import { parseSeeds, readSeedFiles, seed } from '../../src/lib/server/seed';
import * as surveys from '../../src/lib/server/services/surveys';
import { TEMPLATES } from '../../src/lib/survey/templates';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const CLIENTS = Number(opt('clients', '300'));
const ENGINES = opt('engine', 'both') === 'both' ? ['pglite', 'postgres'] : [opt('engine', 'both')];
const MODES = opt('mode', 'both') === 'both' ? ['closed', 'open'] : [opt('mode', 'both')];
const ARRIVAL_S = Number(opt('arrival', '60'));
const THINK_MIN_S = Number(opt('think-min', '2'));
const THINK_MAX_S = Number(opt('think-max', '6'));
const WARMUP = Number(opt('warmup', '30'));
const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const BUILD_DIR = resolve(process.env.BENCH_BUILD_DIR || 'build');
const SERVER_ARGS = (process.env.BENCH_SERVER_ARGS ?? '').split(/\s+/).filter(Boolean);

type Target = { url?: string; pgliteDir: string };

/** A fresh database with the seeded areas and one open survey per scenario. */
async function prepare(target: Target, scenarios: string[]): Promise<Record<string, string>> {
	const db = await openDatabase(target);
	try {
		await migrate(db);
		await seed(db, parseSeeds(readSeedFiles()));
		return await asOwner(db, async (tx) => {
			const area = (await tx.query<{ id: string }>(`select id from public.areas where slug = 'llr'`)).rows[0]!.id;
			const codes: Record<string, string> = {};
			for (const name of scenarios) {
				const s = await surveys.create(tx, area, TEMPLATES[0]!.definition, null);
				await surveys.setStatus(tx, area, s.id, 'open');
				codes[name] = s.code;
			}
			return codes;
		});
	} finally {
		await db.close();
	}
}

async function storedKeys(target: Target, code: string): Promise<{ rows: number; keys: Set<string> }> {
	const db = await openDatabase(target);
	try {
		return await asOwner(db, async (tx) => {
			const { rows } = await tx.query<{ idempotency_key: string }>(
				`select r.idempotency_key::text from public.responses r join public.surveys s on s.id = r.survey_id where s.code = $1`,
				[code]
			);
			return { rows: rows.length, keys: new Set(rows.map((r) => r.idempotency_key)) };
		});
	} finally {
		await db.close();
	}
}

/** CPU seconds a process has used (Linux), or NaN where /proc is not available. */
function cpuSeconds(pid: number | string | undefined): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return NaN;
	}
}

/** CPU seconds used by the PostgreSQL backends serving this database (a local server only), by pid. */
function backendCpu(dbName: string | undefined): Map<string, number> {
	const used = new Map<string, number>();
	if (!dbName) return used;
	try {
		for (const pid of readdirSync('/proc')) {
			if (!/^\d+$/.test(pid)) continue;
			try {
				if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${dbName} `)) used.set(pid, cpuSeconds(pid));
			} catch {
				// gone
			}
		}
	} catch {
		// no /proc
	}
	return used;
}

interface Server {
	pid: number | undefined;
	stop(): Promise<void>;
}

function startServer(env: Record<string, string>, port: number): Promise<Server> {
	if (!existsSync(join(BUILD_DIR, 'index.js'))) throw new Error(`no build in ${BUILD_DIR}: run npm run build first`);
	const child = spawn(process.execPath, [...SERVER_ARGS, join(BUILD_DIR, 'index.js')], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}`, NODE_ENV: 'production', AUTO_SEED: 'false' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('server did not start in 60 s')), 60_000);
		child.stdout!.on('data', (b: Buffer) => {
			if (b.toString().includes('Listening')) {
				clearTimeout(timer);
				resolve({ pid: child.pid, stop: () => new Promise((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); }) });
			}
		});
		child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}

/** Deterministic, so two runs think for the same times. */
function random(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Stats {
	get: number[];
	post: number[];
	errors: Map<string, number>;
	statuses: Map<number, number>;
	/** Idempotency keys whose first submission the server acknowledged (303). */
	acknowledged: Set<string>;
	/** Double taps whose receipt differed from the first submission's. */
	receiptMismatches: number;
}

const newStats = (): Stats => ({ get: [], post: [], errors: new Map(), statuses: new Map(), acknowledged: new Set(), receiptMismatches: 0 });
const fail = (stats: Stats, what: string) => stats.errors.set(what, (stats.errors.get(what) ?? 0) + 1);

/** One respondent: load the page, think, submit; one in ten taps submit twice. */
async function respondent(base: string, code: string, i: number, thinkMs: number, stats: Stats) {
	try {
		const t = performance.now();
		const page = await fetch(`${base}/s/${code}`);
		const body = await page.text();
		stats.get.push(performance.now() - t);
		const key = /name="idempotency_key" value="([^"]+)"/.exec(body)?.[1];
		if (!page.ok || !key) return fail(stats, `GET ${page.status}${page.ok ? ' without a form' : ''}`);
		if (thinkMs > 0) await sleep(thinkMs);
		const form = new URLSearchParams({ idempotency_key: key, easy_read: 'no', 'answer-q1': String(1 + (i % 5)), 'answer-q3': i % 2 ? 'yes' : 'no', 'answer-q4': `bench answer ${i}: the wait for camhs was too long`, 'consent-q4': 'staff_only', age_band: '14_15' });
		const submit = async () => {
			const t0 = performance.now();
			const post = await fetch(`${base}/s/${code}`, { method: 'POST', body: form, redirect: 'manual', headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' } });
			await post.arrayBuffer();
			stats.post.push(performance.now() - t0);
			stats.statuses.set(post.status, (stats.statuses.get(post.status) ?? 0) + 1);
			if (post.status !== 303) fail(stats, `POST ${post.status}`);
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
		fail(stats, `network: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`);
	}
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const summary = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const f = (n: number) => n.toFixed(0).padStart(6);
	return `n ${String(s.length).padStart(4)}  p50 ${f(pct(s, 50))}  p95 ${f(pct(s, 95))}  p99 ${f(pct(s, 99))}  max ${f(s.at(-1) ?? 0)}`;
};

/** Runs one scenario and returns how to report it once the server has stopped (PGlite is single-process). */
async function scenario(mode: string, base: string, code: string, server: Server, dbName?: string): Promise<(target: Target) => Promise<void>> {
	const stats = newStats();
	const rnd = random(42);
	const started = performance.now();
	const cpuBefore = cpuSeconds(server.pid);
	const clientBefore = process.cpuUsage();
	const backendsBefore = backendCpu(dbName);
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
	const seconds = (performance.now() - started) / 1000;
	const cpu = cpuSeconds(server.pid) - cpuBefore;
	const clientUsage = process.cpuUsage(clientBefore);
	const client = (clientUsage.user + clientUsage.system) / 1e6;
	let backends = 0;
	for (const [pid, used] of backendCpu(dbName)) backends += used - (backendsBefore.get(pid) ?? 0);
	return async (target) => {
		const stored = await storedKeys(target, code);
		const lost = [...stats.acknowledged].filter((k) => !stored.keys.has(k)).length;
		const requests = stats.get.length + stats.post.length;
		const errors = [...stats.errors.values()].reduce((a, b) => a + b, 0);
		console.log(
			mode === 'closed'
				? `  closed loop: ${CLIENTS} respondents at once, no think time`
				: `  open loop: ${CLIENTS} respondents arriving over ${ARRIVAL_S} s, thinking ${THINK_MIN_S}-${THINK_MAX_S} s before submitting`
		);
		console.log(`    requests ${requests} in ${seconds.toFixed(2)} s = ${(requests / seconds).toFixed(0)} req/s`);
		const perRequest = (name: string, used: number) =>
			`${name} ${used.toFixed(2)} s = ${((used * 1000) / requests).toFixed(1)} ms/request (${((100 * used) / seconds).toFixed(0)}% of a core)`;
		if (!Number.isNaN(cpu))
			console.log(`    CPU: ${[perRequest('server', cpu), dbName ? perRequest('postgres', backends) : '', perRequest('load generator', client)].filter(Boolean).join('; ')}`);
		console.log(`    GET  ms: ${summary(stats.get)}`);
		console.log(`    POST ms: ${summary(stats.post)}`);
		console.log(`    errors ${errors}${errors ? ` ${JSON.stringify(Object.fromEntries(stats.errors))}` : ''}; submit statuses ${JSON.stringify(Object.fromEntries(stats.statuses))}`);
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
		await owner.query(`update public.surveys set status = 'closed', closed_at = now() where code = any($1)`, [[answered, watched]]);
	} finally {
		await owner.end();
	}
	const closedAt = performance.now();
	const form = new URLSearchParams({ idempotency_key: key, easy_read: 'no', 'answer-q1': '3' });
	const post = await fetch(`${base}/s/${answered}`, { method: 'POST', body: form, redirect: 'manual', headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' } });
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
		console.log(`  closed in the database behind the server's back: an answer sent at once got ${post.status}${refused ? ' (closed, nothing stored)' : ''}; the page said closed after ${seconds.toFixed(1)} s`);
	};
}

async function run(engine: string) {
	const port = 4310 + (engine === 'postgres' ? 1 : 0);
	const dir = mkdtempSync(join(tmpdir(), 'sd-bench-'));
	let url: string | undefined;
	let dbName: string | undefined;
	if (engine === 'postgres') {
		dbName = `said_done_bench_${randomBytes(4).toString('hex')}`;
		const admin = new pg.Client({ connectionString: PG_URL });
		await admin.connect();
		await admin.query(`create database ${dbName}`);
		await admin.end();
		const u = new URL(PG_URL);
		u.pathname = `/${dbName}`;
		url = u.toString();
	}
	const target: Target = { url, pgliteDir: join(dir, 'db') };
	try {
		const codes = await prepare(target, ['warmup', ...MODES]);
		const server = await startServer(url ? { DATABASE_URL: url } : { PGLITE_DIR: target.pgliteDir, DATABASE_URL: '' }, port);
		const base = `http://127.0.0.1:${port}`;
		console.log(`\n${engine} (build ${BUILD_DIR}${url ? `, pool ${process.env.DATABASE_POOL_SIZE || 'default'}` : ''})`);
		const reports: ((target: Target) => Promise<void>)[] = [];
		try {
			// Page weight: the HTML and the CSS it links, compressed; the page loads no JavaScript.
			const html = await (await fetch(`${base}/s/${codes[MODES[0]!]}`)).text();
			const cssLinks = [...html.matchAll(/href="([^"]+\.css)"/g)].map((m) => m[1]!);
			const css = await Promise.all(cssLinks.map(async (h) => (await fetch(new URL(h, base))).text()));
			const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].length + (html.includes('<script') ? 1 : 0);
			const weight = gzipSync(html).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
			console.log(`  survey page: ${(weight / 1024).toFixed(1)} KB compressed (HTML + CSS), ${scripts} script tag(s)`);
			// Warm up (JIT, pools, caches) as a server that has been up a while would be, on its own survey.
			for (let i = 0; i < WARMUP; i++) await respondent(base, codes.warmup!, i, 0, newStats());
			for (const mode of MODES) reports.push(await scenario(mode, base, codes[mode]!, server, dbName));
			if (url) reports.push(await closing(base, url, codes[MODES[0]!]!, codes.warmup!));
		} finally {
			await server.stop();
		}
		for (const report of reports) await report(target);
	} finally {
		rmSync(dir, { recursive: true, force: true });
		if (dbName) {
			const admin = new pg.Client({ connectionString: PG_URL });
			await admin.connect();
			await admin.query(`drop database if exists ${dbName} with (force)`);
			await admin.end();
		}
	}
}

for (const engine of ENGINES) await run(engine);
