/**
 * The two real engines database tests run on: embedded PGlite (in memory) and a PostgreSQL
 * server (TEST_DATABASE_URL, default the local one), each test file getting its own fresh
 * database. Under CI=true a missing server fails the run instead of skipping.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import type { Db } from '../../src/lib/server/db/types';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface TestEngine {
	name: 'pglite' | 'postgres';
	/** A new, empty database. */
	create(): Promise<Db>;
	/** Drops every database this engine created. */
	cleanup(): Promise<void>;
}

async function serverReachable(): Promise<boolean> {
	const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		await client.query('select 1');
		return true;
	} catch {
		return false;
	} finally {
		await client.end().catch(() => {});
	}
}

const pgliteEngine = (): TestEngine => {
	const opened: Db[] = [];
	return {
		name: 'pglite',
		async create() {
			const db = await openPglite('memory://');
			opened.push(db);
			return db;
		},
		async cleanup() {
			await Promise.all(opened.splice(0).map((db) => db.close().catch(() => {})));
		}
	};
};

const postgresEngine = (): TestEngine => {
	const created: { name: string; db: Db }[] = [];
	const admin = () => new pg.Client({ connectionString: TEST_DATABASE_URL });
	return {
		name: 'postgres',
		async create() {
			const name = `said_done_test_${randomBytes(6).toString('hex')}`;
			const client = admin();
			await client.connect();
			await client.query(`create database ${name}`);
			await client.end();
			const url = new URL(TEST_DATABASE_URL);
			url.pathname = `/${name}`;
			const db = await openPostgres(url.toString(), 5);
			created.push({ name, db });
			return db;
		},
		async cleanup() {
			const client = admin();
			await client.connect();
			for (const { name, db } of created.splice(0)) {
				await db.close().catch(() => {});
				await client.query(`drop database if exists ${name} with (force)`);
			}
			await client.end();
		}
	};
};

/** The engines to run on. The PostgreSQL one is skipped locally when no server answers. */
export async function testEngines(): Promise<TestEngine[]> {
	if (await serverReachable()) return [pgliteEngine(), postgresEngine()];
	if (process.env.CI === 'true')
		throw new Error(`CI=true but no PostgreSQL server answers at ${TEST_DATABASE_URL}; database tests need it.`);
	console.warn(`No PostgreSQL at ${TEST_DATABASE_URL}: running database tests on PGlite only.`);
	return [pgliteEngine()];
}

export const engines = await testEngines();
