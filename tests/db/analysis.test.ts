import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Db } from '../../src/lib/server/db/types';
import * as analysis from '../../src/lib/server/services/analysis';
import { engines, TEST_DATABASE_URL } from './engines';
import { makeMember, owner, seeded } from './fixtures';

const run = promisify(execFile);

describe.each(engines)('analysing feedback for an area on $name', (engine) => {
	let db: Db;
	let llr: string;
	beforeAll(async () => {
		db = await seeded(await engine.create());
		llr = await owner(
			db,
			async (tx) => (await tx.query<{ id: string }>(`select id from public.areas where slug = 'llr'`)).rows[0]!.id
		);
	}, 120_000);
	afterAll(() => engine.cleanup());

	it('works for an anonymous respondent with the built-in model when the area has none stored', async () => {
		const result = await withClaims(db, ANON, (tx) =>
			analysis.analyse(
				tx,
				llr,
				'waited 8 months for camhs and nobody called me back, my email is jo@example.com',
				'young_person'
			)
		);
		expect(result.themes).toContain('access-waiting');
		expect(result.redacted).toContain('[email]');
		expect(result.redacted).not.toContain('jo@example.com');
		expect(result.safeguarding).toBe(false);
	});

	it('flags risk on arrival', async () => {
		const result = await withClaims(db, ANON, (tx) =>
			analysis.analyse(tx, llr, 'honestly everyone would be better off without me')
		);
		expect(result.safeguarding).toBe(true);
		expect(result.safeguarding_reasons.length).toBeGreaterThan(0);
	});

	it('uses an area theme with its own keywords, and a retrained model once stored', async () => {
		await owner(db, (tx) =>
			tx.query(
				`insert into public.themes (id, area_id, name, keywords) values ('llr-buses', $1, 'Buses and travel', '{bus,buses,travel}')`,
				[llr]
			)
		);
		// Added straight in SQL, behind this server's copy of the area's inputs (kept for 30 s).
		analysis.forgetInputs(llr);
		const tagged = await withClaims(db, ANON, (tx) =>
			analysis.analyse(tx, llr, 'the buses to the clinic from rutland are rubbish, two buses a day')
		);
		expect(tagged.themes).toContain('llr-buses');

		const officer = await owner(db, (tx) => makeMember(tx, llr, 'o@llr.test', 'engagement_officer', { name: 'O' }));
		const examples = [
			{ text: 'the bus takes ages to get to the clinic', themes: ['llr-buses', 'access-waiting'] },
			{ text: 'no buses from the village so I miss appointments', themes: ['llr-buses'] },
			{ text: 'travel costs too much for my mum', themes: ['llr-buses', 'parents-carers'] }
		];
		const learnt = await withClaims(db, { role: 'authenticated', sub: officer }, (tx) =>
			analysis.retrain(tx, llr, examples, officer)
		);
		expect(learnt).toBe(3);
		const stored = await owner(db, (tx) =>
			tx.query<{ examples: number }>('select examples from public.area_models where area_id = $1', [llr])
		);
		expect(stored.rows[0]?.examples).toBe(3);
		const after = await withClaims(db, ANON, (tx) => analysis.inputsFor(tx, llr));
		expect(after.version).not.toMatch(/built-in/);
	});
});

describe('the nlp command line with --area', () => {
	it("tags with the area's themes from the PostgreSQL server, and says when an area is unknown", async () => {
		const pg = engines.find((e) => e.name === 'postgres');
		if (!pg) return expect(process.env.CI).not.toBe('true');
		const db = await seeded(await pg.create());
		// The engine created a throw-away database; point the CLI at it.
		const { rows } = await owner(db, (tx) => tx.query<{ name: string }>('select current_database() as name'));
		const url = new URL(TEST_DATABASE_URL);
		url.pathname = `/${rows[0]!.name}`;
		await owner(db, async (tx) => {
			const area = (await tx.query<{ id: string }>(`select id from public.areas where slug = 'ssot'`)).rows[0]!.id;
			await tx.query(
				`insert into public.themes (id, area_id, name, keywords) values ('ssot-dietetics', $1, 'Dietetics', '{dietitian,dietetics}')`,
				[area]
			);
		});
		const env = { ...process.env, DATABASE_URL: url.toString() };
		const child = run(process.execPath, ['--import', 'tsx', 'src/cli/nlp.ts', 'tag', '--area', 'ssot'], { env });
		child.child.stdin!.end('{"id":"1","text":"waiting a year to see the dietitian"}\nnot json\n');
		const { stdout } = await child;
		const lines = stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines[0]).toMatchObject({ id: '1' });
		expect(lines[0].themes).toContain('ssot-dietetics');
		expect(lines[1]).toMatchObject({ line: 2 });

		const unknown = await run(process.execPath, ['--import', 'tsx', 'src/cli/nlp.ts', 'tag', '--area', 'atlantis'], {
			env
		}).catch((e: { code: number; stderr: string }) => e);
		expect((unknown as { code: number }).code).toBe(2);
		await pg.cleanup();
	}, 120_000);
});
