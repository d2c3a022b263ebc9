/**
 * "A whole school answering at once": N concurrent respondents each load a survey page and
 * submit it, against the production build (node build) on the embedded database and on the
 * PostgreSQL server. Prints throughput, latency percentiles, errors, lost or duplicated
 * submissions, and the survey page's transferred size. A benchmark, not a test: it prints numbers.
 *   npm run build && npm run bench:survey -- [--clients 300] [--engine pglite|postgres|both]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

async function prepare(target: { url?: string; pgliteDir: string }): Promise<string> {
	const db = await openDatabase(target);
	try {
		await migrate(db);
		await seed(db, parseSeeds(readSeedFiles()));
		return await asOwner(db, async (tx) => {
			const area = (await tx.query<{ id: string }>(`select id from public.areas where slug = 'llr'`)).rows[0]!.id;
			const s = await surveys.create(tx, area, TEMPLATES[0]!.definition, null);
			await surveys.setStatus(tx, area, s.id, 'open');
			return s.code;
		});
	} finally {
		await db.close();
	}
}

async function countResponses(target: { url?: string; pgliteDir: string }, code: string): Promise<{ responses: number; distinctKeys: number }> {
	const db = await openDatabase(target);
	try {
		return await asOwner(db, async (tx) => {
			const { rows } = await tx.query<{ responses: number; distinct_keys: number }>(
				`select count(*)::int as responses, count(distinct idempotency_key)::int as distinct_keys
				 from public.responses r join public.surveys s on s.id = r.survey_id where s.code = $1`,
				[code]
			);
			return { responses: rows[0]!.responses, distinctKeys: rows[0]!.distinct_keys };
		});
	} finally {
		await db.close();
	}
}

function startServer(env: Record<string, string>, port: number): Promise<() => Promise<void>> {
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}`, NODE_ENV: 'production', AUTO_SEED: 'false' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('server did not start in 60 s')), 60_000);
		child.stdout!.on('data', (b: Buffer) => {
			if (b.toString().includes('Listening')) {
				clearTimeout(timer);
				resolve(() => new Promise((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); }));
			}
		});
		child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

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
	const target = { url, pgliteDir: join(dir, 'db') };
	const code = await prepare(target);
	const stop = await startServer(url ? { DATABASE_URL: url, DATABASE_POOL_SIZE: '20' } : { PGLITE_DIR: target.pgliteDir, DATABASE_URL: '' }, port);
	const base = `http://127.0.0.1:${port}`;

	// Page weight: the HTML and the CSS it links, compressed; the page loads no JavaScript.
	const html = await (await fetch(`${base}/s/${code}`)).text();
	const cssLinks = [...html.matchAll(/href="([^"]+\.css)"/g)].map((m) => m[1]!);
	const css = await Promise.all(cssLinks.map(async (h) => (await fetch(new URL(h, base))).text()));
	const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].length + (html.includes('<script') ? 1 : 0);
	const weight = gzipSync(html).length + css.reduce((n, c) => n + gzipSync(c).length, 0);

	const latencies: number[] = [];
	let errors = 0;
	const statuses = new Map<number, number>();
	const started = performance.now();
	await Promise.all(
		Array.from({ length: CLIENTS }, async (_, i) => {
			try {
				let t = performance.now();
				const page = await fetch(`${base}/s/${code}`);
				const body = await page.text();
				latencies.push(performance.now() - t);
				const key = /name="idempotency_key" value="([^"]+)"/.exec(body)?.[1];
				if (!page.ok || !key) throw new Error(`page ${page.status}`);
				const form = new URLSearchParams({ idempotency_key: key, easy_read: 'no', 'answer-q1': String(1 + (i % 5)), 'answer-q3': i % 2 ? 'yes' : 'no', 'answer-q4': `bench answer ${i}: the wait for camhs was too long`, 'consent-q4': 'staff_only', age_band: '14_15' });
				t = performance.now();
				const post = await fetch(`${base}/s/${code}`, { method: 'POST', body: form, redirect: 'manual', headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' } });
				await post.arrayBuffer();
				latencies.push(performance.now() - t);
				statuses.set(post.status, (statuses.get(post.status) ?? 0) + 1);
				if (post.status !== 303) errors++;
				// A double tap: the same form again must not make a second response.
				if (i % 10 === 0) {
					const again = await fetch(`${base}/s/${code}`, { method: 'POST', body: form, redirect: 'manual', headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' } });
					await again.arrayBuffer();
					if (again.status !== 303) errors++;
				}
			} catch {
				errors++;
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	await stop();
	const stored = await countResponses(target, code);
	const sorted = latencies.sort((a, b) => a - b);
	console.log(`\n${engine}: ${CLIENTS} concurrent respondents (page load + submit, 10% also double-submit)`);
	console.log(`  requests ${latencies.length} in ${seconds.toFixed(2)} s = ${(latencies.length / seconds).toFixed(0)} req/s`);
	console.log(`  latency ms: p50 ${pct(sorted, 50).toFixed(0)}  p95 ${pct(sorted, 95).toFixed(0)}  p99 ${pct(sorted, 99).toFixed(0)}  max ${sorted.at(-1)?.toFixed(0)}`);
	console.log(`  errors ${errors}; submit statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
	console.log(`  stored responses ${stored.responses} for ${CLIENTS} respondents (distinct keys ${stored.distinctKeys}): lost ${CLIENTS - stored.responses}, duplicated ${stored.responses - stored.distinctKeys}`);
	console.log(`  survey page: ${(weight / 1024).toFixed(1)} KB compressed (HTML + CSS), ${scripts} script tag(s)`);
	rmSync(dir, { recursive: true, force: true });
	if (dbName) {
		const admin = new pg.Client({ connectionString: PG_URL });
		await admin.connect();
		await admin.query(`drop database if exists ${dbName} with (force)`);
		await admin.end();
	}
}

for (const engine of ENGINES) await run(engine);
