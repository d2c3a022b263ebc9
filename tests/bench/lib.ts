/**
 * Shared pieces of the load benchmarks (tests/bench/*-load.ts): command-line options, a fresh
 * database per engine (a PGlite folder or a throwaway PostgreSQL database), the production server
 * (node build) on a free port, CPU accounting from /proc, and latency summaries.
 *
 * Environment: BENCH_BUILD_DIR runs another copy of the build (default ./build; a copy outside the
 * project needs a node_modules it can resolve, e.g. a symlink next to it), BENCH_SERVER_ARGS adds
 * node flags for the server (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), TEST_DATABASE_URL is
 * the PostgreSQL server (a throwaway database is created on it and dropped afterwards).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../src/lib/server/db/open';
import { migrate } from '../../src/lib/server/db/migrate';
import { asOwner } from '../../src/lib/server/db/privileged';
import type { Tx } from '../../src/lib/server/db/types';
import { parseSeeds, readSeedFiles, seed } from '../../src/lib/server/seed';

export const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
export const BUILD_DIR = resolve(process.env.BENCH_BUILD_DIR || 'build');
export const SERVER_ARGS = (process.env.BENCH_SERVER_ARGS ?? '').split(/\s+/).filter(Boolean);

/** `--name value` from the command line, or `fallback`. */
export function option(name: string, fallback: string, args = process.argv.slice(2)): string {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

/** `--engine pglite|postgres|both` as a list. */
export function engines(value: string): ('pglite' | 'postgres')[] {
	if (value === 'both') return ['pglite', 'postgres'];
	if (value === 'pglite' || value === 'postgres') return [value];
	throw new Error(`--engine must be pglite, postgres or both, not ${value}`);
}

// ---- Databases ---------------------------------------------------------------------------------

/** Where a run's database lives: a PostgreSQL URL, else the PGlite folder. */
export type Target = { url?: string; pgliteDir: string };

export interface BenchDatabase {
	engine: 'pglite' | 'postgres';
	target: Target;
	/** The throwaway PostgreSQL database's name (to find its backends' CPU), if any. */
	dbName?: string;
	/** Environment for `startServer` to use this database. */
	serverEnv: Record<string, string>;
}

/**
 * Runs `fn` with a fresh, empty database on `engine` (a temporary PGlite folder, or a throwaway
 * database on the PostgreSQL server), removed afterwards whatever happens. On PostgreSQL the
 * server's pool is DATABASE_POOL_SIZE if set, else `defaultPoolSize` (null: the app's own default).
 */
export async function withFreshDatabase<T>(
	engine: 'pglite' | 'postgres',
	fn: (db: BenchDatabase) => Promise<T>,
	defaultPoolSize: string | null = '20'
): Promise<T> {
	const dir = mkdtempSync(join(tmpdir(), 'sd-bench-'));
	let dbName: string | undefined;
	let url: string | undefined;
	try {
		if (engine === 'postgres') {
			dbName = `said_done_bench_${randomBytes(4).toString('hex')}`;
			await adminQuery(`create database ${dbName}`);
			const u = new URL(PG_URL);
			u.pathname = `/${dbName}`;
			url = u.toString();
		}
		const target: Target = { url, pgliteDir: join(dir, 'db') };
		const pool = process.env.DATABASE_POOL_SIZE ?? defaultPoolSize;
		const serverEnv: Record<string, string> = url
			? { DATABASE_URL: url, ...(pool !== null ? { DATABASE_POOL_SIZE: pool } : {}) }
			: { PGLITE_DIR: target.pgliteDir, DATABASE_URL: '' };
		return await fn({ engine, target, dbName, serverEnv });
	} finally {
		rmSync(dir, { recursive: true, force: true });
		if (dbName) await adminQuery(`drop database if exists ${dbName} with (force)`);
	}
}

async function adminQuery(sql: string) {
	const admin = new pg.Client({ connectionString: PG_URL });
	await admin.connect();
	try {
		await admin.query(sql);
	} finally {
		await admin.end();
	}
}

/** Opens the database, runs `fn` as its owner (no row-level security) and closes it again. */
export async function asOwnerOf<T>(target: Target, fn: (tx: Tx) => Promise<T>): Promise<T> {
	const db = await openDatabase(target);
	try {
		return await asOwner(db, fn);
	} finally {
		await db.close();
	}
}

/** Migrates and seeds (the areas in seeds/), then runs `fn` as the owner to set up the scenario. */
export async function prepareDatabase<T>(target: Target, fn: (tx: Tx) => Promise<T>): Promise<T> {
	const db = await openDatabase(target);
	try {
		await migrate(db);
		await seed(db, parseSeeds(readSeedFiles()));
		return await asOwner(db, fn);
	} finally {
		await db.close();
	}
}

/** The seeded area's id by its slug. */
export async function areaId(tx: Tx, slug = 'llr'): Promise<string> {
	const row = (await tx.query<{ id: string }>(`select id from public.areas where slug = $1`, [slug])).rows[0];
	if (!row) throw new Error(`no area ${slug} in the seed`);
	return row.id;
}

// ---- The server --------------------------------------------------------------------------------

export interface Server {
	pid: number | undefined;
	base: string;
	/** Set once the server has exited (it should not, before `stop`). */
	exitCode: () => number | null | undefined;
	/**
	 * SIGTERM, then SIGKILL if it has not exited within `graceMs` (say `killed` in the report:
	 * something kept the server's event loop alive after its graceful shutdown).
	 */
	stop(graceMs?: number): Promise<{ ms: number; killed: boolean }>;
}

/** A port nobody is listening on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

/** Starts the production build (node build/index.js) and resolves once it is listening. */
export async function startServer(env: Record<string, string>, port?: number): Promise<Server> {
	if (!existsSync(join(BUILD_DIR, 'index.js'))) throw new Error(`no build in ${BUILD_DIR}: run npm run build first`);
	const p = port ?? (await freePort());
	const base = `http://127.0.0.1:${p}`;
	const child = spawn(process.execPath, [...SERVER_ARGS, join(BUILD_DIR, 'index.js')], {
		env: {
			...process.env,
			...env,
			PORT: String(p),
			HOST: '127.0.0.1',
			ORIGIN: base,
			NODE_ENV: 'production',
			AUTO_SEED: 'false'
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let exited: number | null | undefined;
	const exit = new Promise<void>((done) =>
		child.once('exit', (code, signal) => ((exited = code ?? (signal ? -1 : null)), done()))
	);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('server did not start in 60 s')), 60_000);
		let listening = false;
		child.stdout!.on('data', (b: Buffer) => {
			if (!listening && b.toString().includes('Listening')) {
				listening = true;
				clearTimeout(timer);
				resolve({
					pid: child.pid,
					base,
					exitCode: () => exited,
					stop: async (graceMs = 20_000) => {
						const t0 = performance.now();
						if (exited !== undefined) return { ms: 0, killed: false };
						child.kill('SIGTERM');
						let timer: ReturnType<typeof setTimeout> | undefined;
						const killed = await Promise.race([
							exit.then(() => false),
							new Promise<boolean>((r) => (timer = setTimeout(() => r(true), graceMs)))
						]);
						clearTimeout(timer);
						if (killed) {
							child.kill('SIGKILL');
							await exit;
						}
						return { ms: performance.now() - t0, killed };
					}
				});
			}
		});
		void exit.then(() => {
			clearTimeout(timer);
			if (!listening) reject(new Error(`server exited with ${exited}`));
		});
	});
}

// ---- CPU ---------------------------------------------------------------------------------------

/** CPU seconds a process has used (Linux), or NaN where /proc is not available. */
export function cpuSeconds(pid: number | string | undefined): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return NaN;
	}
}

/** CPU seconds used by the PostgreSQL backends serving this database (a local server only), by pid. */
export function backendCpu(dbName: string | undefined): Map<string, number> {
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

export interface CpuUse {
	/** Wall-clock seconds since `cpuMeter` was called. */
	seconds: number;
	server: number;
	/** PostgreSQL backends of this database (0 on PGlite, which runs inside the server). */
	postgres: number;
	loadGenerator: number;
}

/** Starts measuring CPU: call the result to read what the server, Postgres and this process used since. */
export function cpuMeter(serverPid: number | undefined, dbName?: string): () => CpuUse {
	const started = performance.now();
	const serverBefore = cpuSeconds(serverPid);
	const clientBefore = process.cpuUsage();
	const backendsBefore = backendCpu(dbName);
	return () => {
		const client = process.cpuUsage(clientBefore);
		let postgres = 0;
		for (const [pid, used] of backendCpu(dbName)) postgres += used - (backendsBefore.get(pid) ?? 0);
		return {
			seconds: (performance.now() - started) / 1000,
			server: cpuSeconds(serverPid) - serverBefore,
			postgres,
			loadGenerator: (client.user + client.system) / 1e6
		};
	};
}

/** "server 12.3 s = 4.1 ms/request (10% of a core); postgres ...; load generator ..." */
export function formatCpu(use: CpuUse, requests: number, withPostgres: boolean): string {
	const one = (name: string, used: number) =>
		`${name} ${used.toFixed(2)} s = ${((used * 1000) / Math.max(1, requests)).toFixed(1)} ms/request (${((100 * used) / use.seconds).toFixed(0)}% of a core)`;
	if (Number.isNaN(use.server)) return `load generator ${use.loadGenerator.toFixed(2)} s (no /proc for the server)`;
	return [
		one('server', use.server),
		withPostgres ? one('postgres', use.postgres) : '',
		one('load generator', use.loadGenerator)
	]
		.filter(Boolean)
		.join('; ');
}

/** The machine's load average and CPU count, to read the numbers against (other work shares the CPU). */
export function machineLoad(): string {
	try {
		const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').split(' ');
		const cpus = (readFileSync('/proc/cpuinfo', 'utf8').match(/^processor\s*:/gm) ?? []).length;
		return `load average ${one} ${five} ${fifteen} on ${cpus} CPUs`;
	} catch {
		return 'load average unknown';
	}
}

// ---- Statistics and helpers ---------------------------------------------------------------------

/** Deterministic, so two runs make the same choices. */
export function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The p-th percentile of an ascending list (nearest rank). */
export const percentile = (sorted: readonly number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** "n  300  p50     12  p95     40  p99     80  max    120" (milliseconds). */
export function summary(xs: readonly number[]): string {
	const s = [...xs].sort((a, b) => a - b);
	const f = (n: number) => n.toFixed(0).padStart(6);
	return `n ${String(s.length).padStart(4)}  p50 ${f(percentile(s, 50))}  p95 ${f(percentile(s, 95))}  p99 ${f(percentile(s, 99))}  max ${f(s.at(-1) ?? 0)}`;
}

/** Counts of things by name, e.g. errors by kind. */
export class Tally {
	readonly counts = new Map<string, number>();
	add(what: string, n = 1) {
		this.counts.set(what, (this.counts.get(what) ?? 0) + n);
	}
	get total() {
		return [...this.counts.values()].reduce((a, b) => a + b, 0);
	}
	toString() {
		return JSON.stringify(Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b))));
	}
}

/** A fetch failure as a short label ("network: ECONNRESET"). */
export function networkError(err: unknown): string {
	return `network: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`;
}

/** Sends a survey form as a phone without JavaScript does (a plain form POST), reading the whole reply. */
export async function postSurvey(base: string, code: string, form: URLSearchParams): Promise<Response> {
	const post = await fetch(`${base}/s/${code}`, {
		method: 'POST',
		body: form,
		redirect: 'manual',
		headers: { origin: base, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }
	});
	await post.arrayBuffer();
	return post;
}
