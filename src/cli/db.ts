/**
 * Database commands: `npm run db:migrate`, `npm run db:seed`.
 * Uses DATABASE_URL when set, otherwise the embedded database in PGLITE_DIR.
 */
import { parseEnv, EnvError } from '../lib/server/env';
import { openDatabase } from '../lib/server/db/open';
import { migrate, MigrationError } from '../lib/server/db/migrate';
import { DatabaseOpenError } from '../lib/server/db/pglite';
import { parseSeeds, readSeedFiles, seed, SeedError } from '../lib/server/seed';
import { readFileSync } from 'node:fs';
import { seedDemoAccounts, seedDemoEvents, seedDemoSurveys, DEMO_PASSWORD, type DemoAnswers } from '../lib/server/demo';

const USAGE = `usage: npm run db:migrate | npm run db:seed [-- --demo]`;

async function main(argv: string[]): Promise<number> {
	const [command] = argv;
	if (command !== 'migrate' && command !== 'seed') {
		console.error(USAGE);
		return 2;
	}
	const env = parseEnv();
	const db = await openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
	try {
		const log = (line: string) => console.log(line);
		const result = await migrate(db, { log });
		console.log(
			`${db.location}: ${result.applied.length} migration(s) applied, ${result.alreadyApplied} already applied` +
				(result.bootstrapped ? ' (non-Supabase bootstrap checked)' : ' (Supabase detected: bootstrap skipped)')
		);
		if (command === 'seed') {
			const counts = await seed(db, parseSeeds(readSeedFiles()));
			for (const c of counts)
				console.log(
					`${c.area}: ${c.plans} plan(s), ${c.priorities} priorities, ${c.actions} actions, ` +
						`${c.statements} statements, ${c.quotes} quotes, ${c.engagements} engagements` +
						(c.population === undefined ? '' : `, ${c.population} population figures`)
				);
			// Demo accounts: automatic on the embedded database, opt-in anywhere else.
			if (argv.includes('--demo') || db.engine === 'pglite') {
				const created = await seedDemoAccounts(db);
				console.log(`demo accounts: ${created} created (password "${DEMO_PASSWORD}"); remove them before real use`);
				const answers = JSON.parse(readFileSync('seeds/demo/answers.json', 'utf8')) as DemoAnswers;
				console.log(`demo survey responses: ${await seedDemoSurveys(db, answers)} added`);
				console.log(`demo event contributions: ${await seedDemoEvents(db, answers)} added`);
			}
		}
		return 0;
	} finally {
		await db.close();
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(err: unknown) => {
		if (
			err instanceof MigrationError ||
			err instanceof DatabaseOpenError ||
			err instanceof EnvError ||
			err instanceof SeedError
		) {
			console.error(err.message);
		} else {
			console.error(`Failed: ${err instanceof Error ? err.message : String(err)}`);
		}
		process.exit(1);
	}
);
