import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as results from '../../src/lib/server/services/results';
import { shownForSurvey } from '../../src/lib/server/services/results-shown';
import * as surveys from '../../src/lib/server/services/surveys';
import { seedDemoSurveys, type DemoAnswers } from '../../src/lib/server/demo';
import demoAnswers from '../../seeds/demo/answers.json' with { type: 'json' };
import { engines } from './engines';
import { areaIdOf, claimsFor, makeMembers, owner, seeded } from './fixtures';

describe.each(engines)('survey results on $name', (engine) => {
	let db: Db;
	let llr: string;
	let people: Record<'officer' | 'youth', Claims>;
	beforeAll(async () => {
		db = await seeded(await engine.create());
		await seedDemoSurveys(db, demoAnswers as DemoAnswers, 40);
		people = claimsFor(
			await owner(db, async (tx) => {
				llr = await areaIdOf(tx, 'llr');
				return makeMembers(tx, llr, { officer: 'engagement_officer', youth: 'youth_board' }, 'results.test');
			})
		);
	}, 180_000);
	afterAll(() => engine.cleanup());

	it('counts every answer of the demo responses, per question and per day, for officers', async () => {
		const [survey] = await withClaims(db, people.officer, (tx) => surveys.list(tx, llr));
		const r = await withClaims(db, people.officer, (tx) => results.forSurvey(tx, survey!.id, survey!.definition));
		expect(r.total).toBe(40);
		expect(r.byDay.reduce((n, d) => n + d.count, 0)).toBe(40);
		const rating = r.questions.find((q) => q.question.kind === 'rating')!;
		expect(rating.counts.map((c) => c.value)).toEqual(['1', '2', '3', '4', '5']);
		expect(rating.counts.reduce((n, c) => n + c.count, 0)).toBe(rating.answered);
		const multiple = r.questions.find((q) => q.question.kind === 'multiple')!;
		expect(multiple.counts.length).toBeGreaterThan(2);
		expect(r.who.locality.reduce((n, c) => n + c.count, 0)).toBe(40);
		expect(r.texts.length).toBeGreaterThan(10);
		expect(r.texts.some((t) => t.themes.length > 0)).toBe(true);
	});

	it('filters by age band and by place', async () => {
		const [survey] = await withClaims(db, people.officer, (tx) => surveys.list(tx, llr));
		const all = await withClaims(db, people.officer, (tx) => results.forSurvey(tx, survey!.id, survey!.definition));
		const band = all.who.age_band.find((b) => b.value !== 'not_given')!;
		const some = await withClaims(db, people.officer, (tx) =>
			results.forSurvey(tx, survey!.id, survey!.definition, { age_band: band.value })
		);
		expect(some.total).toBe(band.count);
	});

	it('sends the results page no count from 1 to 9, and nothing about a filter that narrows to a small group (issue 13, item 8)', async () => {
		const [survey] = await withClaims(db, people.officer, (tx) => surveys.list(tx, llr));
		const numbers = (x: unknown): number[] =>
			typeof x === 'number'
				? [x]
				: Array.isArray(x)
					? x.flatMap(numbers)
					: x && typeof x === 'object' && !(x instanceof Date)
						? Object.values(x).flatMap(numbers)
						: [];
		const page = (filters: results.ResultFilters = {}) =>
			withClaims(db, people.officer, (tx) => shownForSurvey(tx, survey!.id, survey!.definition, filters));
		const all = await page();
		expect(all.total).toEqual({ value: 40, label: '40' });
		// Counts are whole numbers (a text's theme scores are not counts).
		expect(numbers({ ...all, texts: [] }).filter((n) => n > 0 && n < 10)).toEqual([]);
		// Every place with fewer than 10 people: choosing it shows nothing about them.
		const raw = await withClaims(db, people.officer, (tx) => results.forSurvey(tx, survey!.id, survey!.definition));
		const small = raw.who.locality.find((l) => l.value !== 'not_given' && l.count > 0 && l.count < 10)!;
		expect(small).toBeDefined();
		const narrowed = await page({ locality: small.value });
		expect(narrowed.tooFew).toBe(true);
		expect(narrowed.texts).toEqual([]);
		expect(numbers(narrowed)).toEqual([]);
		expect(narrowed.localities).toContain(small.value);
	});

	it('exports one row per response without addresses, and keeps the youth board out of responses', async () => {
		const [survey] = await withClaims(db, people.officer, (tx) => surveys.list(tx, llr));
		const csv = await withClaims(db, people.officer, (tx) => results.exportRows(tx, survey!.id, survey!.definition));
		expect(csv.rows).toHaveLength(40);
		expect(csv.header.join('|')).not.toMatch(/address|ip|website|idempotency|receipt/i);
		const none = await withClaims(db, people.youth, (tx) => results.forSurvey(tx, survey!.id, survey!.definition));
		expect(none.total).toBe(0);
	});
});
