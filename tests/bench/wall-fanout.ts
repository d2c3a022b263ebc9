/**
 * Live wall fan-out (issue 13, item 7): database reads and delivery time per contribution with N
 * wall streams open on one event, in process (the stream code of src/lib/server/live.ts with the
 * wall's own read, on a counting database). Reads should stay at one per contribution however
 * many walls are open; before the change they were one per open wall. A benchmark, not a test:
 * it asserts nothing (tests/db/live.test.ts does).
 *
 *   node --import tsx tests/bench/wall-fanout.ts [--walls 1,10,50] [--contributions 20]
 *     [--engine pglite|postgres|both]
 */
import { randomUUID } from 'node:crypto';
import { ANON, withClaims } from '../../src/lib/server/db';
import { openPglite } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { migrate } from '../../src/lib/server/db/migrate';
import { asOwner } from '../../src/lib/server/db/privileged';
import type { Db } from '../../src/lib/server/db/types';
import { parseSeeds, readSeedFiles, seed } from '../../src/lib/server/seed';
import { eventStream } from '../../src/lib/server/live';
import * as events from '../../src/lib/server/services/events';
import { eventDefinition } from '../../src/lib/schemas/event';
import { areaId, engines, option, percentile, withFreshDatabase } from './lib';
import { counting } from '../support/counting-db';
import { followEvents } from '../support/sse';

const WALLS = option('walls', '1,10,50').split(',').map(Number);
const CONTRIBUTIONS = Number(option('contributions', '20'));
const ENGINES = engines(option('engine', 'pglite'));

const follow = (res: Response, onData: (data: events.WallView) => void) =>
	followEvents(res, (data) => onData(data as events.WallView));

/** A fresh database on the engine (PGlite in memory, or a throwaway PostgreSQL database), closed and removed after. */
async function run(engine: 'pglite' | 'postgres') {
	await withFreshDatabase(engine, async ({ target }) => {
		const db = target.url ? await openPostgres(target.url, 10) : await openPglite('memory://');
		try {
			await measure(db, engine);
		} finally {
			await db.close();
		}
	});
}

async function measure(db: Db, engine: 'pglite' | 'postgres') {
	await migrate(db);
	await seed(db, parseSeeds(readSeedFiles()));
	console.log(`\n${engine}: ${CONTRIBUTIONS} contributions, one at a time, each waited for on every wall`);
	console.log('walls | reads/contribution | delivered to all walls p50 / p95 (ms)');
	for (const n of WALLS) {
		const counted = counting(db);
		const ev = await asOwner(db, async (tx) => {
			const e = await events.create(
				tx,
				await areaId(tx),
				eventDefinition.parse({
					name: `Fan-out ${n}`,
					starts_at: '2026-12-03T18:30',
					audience: 'young_people',
					prompts: [{ key: 'p1', kind: 'text', text: 'What helps?' }]
				}),
				null
			);
			await events.setStatus(tx, e.area_id, e.id, 'open');
			return e;
		});
		const seen: number[] = Array(n).fill(-1);
		const stops: (() => unknown)[] = [];
		const controllers: AbortController[] = [];
		for (let i = 0; i < n; i++) {
			const controller = new AbortController();
			controllers.push(controller);
			const res = await eventStream(counted, {
				eventId: ev.id,
				kind: 'wall',
				group: 'wall',
				read: () => withClaims(counted, ANON, (tx) => events.wallView(tx, ev)),
				signal: controller.signal,
				address: `10.9.${Math.floor(i / 250)}.${i % 250}`
			});
			if (res.status !== 200) throw new Error(`wall ${i} refused: ${res.status}`);
			stops.push(follow(res, (w) => (seen[i] = w.contributions)));
		}
		// One phone joins, then says something `CONTRIBUTIONS` times.
		const token = randomUUID().replaceAll('-', '').padEnd(64, '0');
		await withClaims(db, ANON, (tx) =>
			events.join(tx, ev, { role: 'young_person', age_band: '14_15', tokenHash: token, key: randomUUID() })
		);
		const who = (await withClaims(db, ANON, (tx) => events.participant(tx, ev.id, token)))!;
		while (seen.some((s) => s < 0)) await new Promise((r) => setTimeout(r, 5));
		await new Promise((r) => setTimeout(r, 300));
		const reads: number[] = [];
		const times: number[] = [];
		for (let k = 1; k <= CONTRIBUTIONS; k++) {
			const before = counted.count;
			const started = performance.now();
			await withClaims(db, ANON, (tx) =>
				events.say(tx, ev, who, { prompt: 'p1', text: `Later opening ${k}`, consent: 'quote', key: randomUUID() })
			);
			while (seen.some((s) => s < k)) await new Promise((r) => setTimeout(r, 2));
			times.push(performance.now() - started);
			await new Promise((r) => setTimeout(r, 200));
			reads.push(counted.count - before);
		}
		for (const c of controllers) c.abort();
		for (const s of stops) await s();
		const sorted = [...times].sort((a, b) => a - b);
		const perContribution = reads.reduce((a, b) => a + b, 0) / reads.length;
		console.log(
			`${String(n).padStart(5)} | ${perContribution.toFixed(2).padStart(18)} | ${percentile(sorted, 0.5).toFixed(0)} / ${percentile(sorted, 0.95).toFixed(0)}`
		);
	}
}

for (const engine of ENGINES) await run(engine);
