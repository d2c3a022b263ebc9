/**
 * The server's one database, opened, migrated and (on a new embedded database) seeded at
 * start-up. Migrations and seeds are bundled into the build, so the built server does not
 * depend on the working directory's copies.
 */
import { env } from './env';
import { openDatabase, migrate, type Db } from './db';
import { hasAreas, parseSeeds, seed, type SeedFiles } from './seed';
import { seedDemoAccounts, seedDemoEvents, seedDemoSurveys, type DemoAnswers } from './demo';

const migrationFiles = import.meta.glob('/supabase/migrations/*.sql', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const bootstrap = Object.values(
	import.meta.glob('/supabase/bootstrap/non-supabase.sql', { query: '?raw', import: 'default', eager: true })
)[0] as string;
const themeFiles = import.meta.glob('/seeds/themes.json', { import: 'default', eager: true });
const areaFiles = import.meta.glob('/seeds/areas/*.json', { import: 'default', eager: true });
const populationFiles = import.meta.glob('/seeds/population/*.json', { import: 'default', eager: true });
const metricFiles = import.meta.glob('/seeds/metrics/*.json', { import: 'default', eager: true });
const demoAnswers = Object.values(
	import.meta.glob('/seeds/demo/answers.json', { import: 'default', eager: true })
)[0] as DemoAnswers;

export function bundledSeeds(): SeedFiles {
	const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
	return {
		themes: Object.values(themeFiles)[0],
		areas: Object.fromEntries(Object.entries(areaFiles).map(([p, v]) => [name(p), v])),
		population: Object.fromEntries(Object.entries(populationFiles).map(([p, v]) => [name(p), v])),
		metrics: Object.fromEntries(Object.entries(metricFiles).map(([p, v]) => [name(p), v]))
	};
}

let ready: Promise<Db> | undefined;

export function appDb(): Promise<Db> {
	ready ??= start();
	return ready;
}

async function start(): Promise<Db> {
	const e = env();
	const db = await openDatabase({ url: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR, poolSize: e.DATABASE_POOL_SIZE });
	const log = (line: string) => console.log(`[db] ${line}`);
	log(`using ${db.engine === 'pglite' ? 'the embedded database in' : 'PostgreSQL at'} ${db.location}`);
	try {
		const migrations = Object.entries(migrationFiles).map(([path, sql]) => ({
			name: path.slice(path.lastIndexOf('/') + 1),
			sql
		}));
		await migrate(db, { migrations, bootstrap, log });
		const autoSeed = e.AUTO_SEED === 'true' || (e.AUTO_SEED === 'auto' && db.engine === 'pglite');
		if (autoSeed && !(await hasAreas(db))) {
			const counts = await seed(db, parseSeeds(bundledSeeds()));
			log(
				`seeded ${counts.map((c) => `${c.area} (${c.priorities} priorities, ${c.statements} statements)`).join(', ')}`
			);
			// Demo accounts only on the embedded demo database, never on a real server by default.
			if (db.engine === 'pglite') {
				log(`created ${await seedDemoAccounts(db)} demo accounts (see README)`);
				log(`added ${await seedDemoSurveys(db, demoAnswers)} demo survey responses`);
				log(`added ${await seedDemoEvents(db, demoAnswers)} demo event contributions`);
				// The demo answers' alerts are made up: nobody is emailed about them.
				await db.transaction((tx) =>
					tx.query(`update app.jobs set status = 'done', done_at = now(), last_error = 'demo data: not sent'
						where status = 'queued'`)
				);
			}
		}
	} catch (err) {
		await db.close().catch(() => {});
		throw err;
	}
	return db;
}
