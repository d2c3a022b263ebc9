/**
 * The production build on its own port and its own throw-away PostgreSQL database, seeded, so an
 * end-to-end spec can also change things in SQL as an analyst would (the shared e2e server runs
 * on embedded PGlite, which no other process can open). `stop` ends the server and drops the
 * database.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface AppOnPostgres {
	base: string;
	/** A connection to the app's database as its owner. */
	sql: pg.Client;
	stop(): Promise<void>;
}

export async function startAppOnPostgres(
	name: string,
	port: number,
	env: Record<string, string> = {}
): Promise<AppOnPostgres> {
	const dbName = `said_done_${name}_${randomBytes(5).toString('hex')}`;
	const admin = new pg.Client({ connectionString: ADMIN_URL });
	await admin.connect();
	await admin.query(`create database ${dbName}`);
	await admin.end();
	const url = new URL(ADMIN_URL);
	url.pathname = `/${dbName}`;
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: base,
			DATABASE_URL: url.toString(),
			AUTO_SEED: 'true',
			SMTP_URL: '',
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = async () => {
		await sql.end().catch(() => {});
		if (server.exitCode === null) {
			server.kill('SIGTERM');
			await new Promise((r) => server.once('exit', r));
		}
		const a = new pg.Client({ connectionString: ADMIN_URL });
		await a.connect();
		await a.query(`drop database if exists ${dbName} with (force)`);
		await a.end();
	};
	const sql = new pg.Client({ connectionString: url.toString() });
	const until = Date.now() + 240_000;
	for (;;) {
		const up = await fetch(`${base}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) break;
		if (Date.now() > until || server.exitCode !== null) {
			await stop();
			throw new Error(`the ${name} test server did not start`);
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	await sql.connect();
	return { base, sql, stop };
}
