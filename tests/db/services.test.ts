import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON, withClaims } from '../../src/lib/server/db';
import type { Claims, Db } from '../../src/lib/server/db/types';
import * as areas from '../../src/lib/server/services/areas';
import * as plans from '../../src/lib/server/services/plans';
import * as board from '../../src/lib/server/services/board';
import { engines } from './engines';
import { makeArea, makeMember, makePlan, migrated, owner, seedData, seeded } from './fixtures';

const llrSeed = seedData.areas.find((a) => a.area.slug === 'llr')!;

describe.each(engines)('public reads on $name', (engine) => {
	let db: Db;
	beforeAll(async () => {
		db = await seeded(await engine.create());
	});
	afterAll(() => engine.cleanup());

	const asAnon = <T>(fn: Parameters<typeof withClaims<T>>[2]) => withClaims(db, ANON, fn);

	it('lists the four areas by name with their localities', async () => {
		const list = await asAnon((tx) => areas.list(tx));
		expect(list.map((a) => a.slug)).toEqual(['blmk', 'kent-medway', 'llr', 'ssot']);
		expect(list.find((a) => a.slug === 'llr')?.localities).toEqual(['Leicester City', 'Leicestershire', 'Rutland']);
	});

	it('finds an area by slug with its source documents, and nothing for an unknown slug', async () => {
		const llr = await asAnon((tx) => areas.bySlug(tx, 'llr'));
		expect(llr?.name).toBe(llrSeed.area.name);
		expect(llr?.sources.map((s) => s.file)).toEqual(llrSeed.area.sources.map((s) => s.file).sort());
		expect(await asAnon((tx) => areas.bySlug(tx, 'atlantis'))).toBeNull();
	});

	it('returns every priority of the plan in document order, each with its actions in order', async () => {
		const llr = (await asAnon((tx) => areas.bySlug(tx, 'llr')))!;
		const [plan] = await asAnon((tx) => plans.forArea(tx, llr.id));
		const seedPlan = llrSeed.plans[0]!;
		expect(plan?.title).toBe(seedPlan.title);
		expect(plan?.priorities.map((p) => p.title)).toEqual(seedPlan.priorities.map((p) => p.title));
		expect(plan?.priorities.map((p) => p.actions.map((a) => a.title))).toEqual(
			seedPlan.priorities.map((p) => p.actions.map((a) => a.title))
		);
	});

	it('puts each statement on the board with its verbatim quotes and the actions that answer it', async () => {
		const llr = (await asAnon((tx) => areas.bySlug(tx, 'llr')))!;
		const b = await asAnon((tx) => board.forArea(tx, llr.id));
		const statements = b.groups.flatMap((g) => g.statements);
		expect(statements).toHaveLength(llrSeed.you_said.length);
		const withQuote = llrSeed.you_said.find((y) => y.quotes.length > 0 && y.actions.length > 0)!;
		const shown = statements.find((s) => s.statement === withQuote.text)!;
		expect(shown.quotes.map((q) => q.body)).toEqual(withQuote.quotes.map((q) => q.text));
		expect(shown.actions).toHaveLength(new Set(withQuote.actions).size);
		expect(b.totals.quotes).toBe(llrSeed.you_said.reduce((n, y) => n + y.quotes.length, 0));
	});

	it('follows a theme from a receipt to the published statements on it and their actions', async () => {
		const themed = llrSeed.you_said.filter((y) => y.theme_ids.includes('access-waiting'));
		const [f] = await asAnon((tx) => board.followUp(tx, 'llr', ['access-waiting']));
		expect(f?.theme.id).toBe('access-waiting');
		expect(f?.statements.map((s) => s.statement).sort()).toEqual(themed.map((y) => y.text).sort());
		const withActions = themed.find((y) => y.actions.length)!;
		expect(f?.statements.find((s) => s.statement === withActions.text)?.actions).toHaveLength(
			new Set(withActions.actions).size
		);
		expect(await asAnon((tx) => board.followUp(tx, 'llr', []))).toEqual([]);
	});

	it('traces a priority back to the statements linked to it', async () => {
		const llr = (await asAnon((tx) => areas.bySlug(tx, 'llr')))!;
		const [plan] = await asAnon((tx) => plans.forArea(tx, llr.id));
		const seedPriority = llrSeed.plans[0]!.priorities.find((p) =>
			llrSeed.you_said.some((y) => y.priorities.includes(p.key))
		)!;
		const priority = plan!.priorities.find((p) => p.title === seedPriority.title)!;
		const traced = await asAnon((tx) => board.forPriority(tx, llr.id, priority.id));
		const expected = llrSeed.you_said.filter((y) => y.priorities.includes(seedPriority.key)).map((y) => y.text);
		expect(traced.map((s) => s.statement).sort()).toEqual(expected.sort());
		expect(priority.statements).toBe(expected.length);
	});
});

describe.each(engines)('plan priorities as choices on $name', (engine) => {
	let db: Db;
	let area: string;
	let otherArea: string;
	let officer: Claims;
	let published: { planId: string; priorityId: string };
	let draft: { planId: string; priorityId: string };
	let elsewhere: { planId: string; priorityId: string };

	beforeAll(async () => {
		db = await migrated(await engine.create());
		const ids = await owner(db, async (tx) => {
			const area = await makeArea(tx, 'choices');
			const otherArea = await makeArea(tx, 'elsewhere');
			const published = await makePlan(tx, area, true);
			await tx.query(
				`insert into public.priorities (area_id, plan_id, number, title) values ($1, $2, 2, 'A second priority')`,
				[area, published.planId]
			);
			await tx.query(`update public.plans set period = '2024/25', title = 'The current plan' where id = $1`, [
				published.planId
			]);
			const draft = await makePlan(tx, area, false);
			const elsewhere = await makePlan(tx, otherArea, false);
			const person = await makeMember(tx, area, 'off@choices.test', 'engagement_officer', { name: 'Officer' });
			return { area, otherArea, published, draft, elsewhere, person };
		});
		({ area, otherArea, published, draft, elsewhere } = ids);
		officer = { role: 'authenticated', sub: ids.person };
	});
	afterAll(() => engine.cleanup());

	it('lists an area’s priorities with their plan, newest plan first and in document order', async () => {
		const choices = await withClaims(db, officer, (tx) => plans.priorityChoices(tx, area));
		expect(choices.map((c) => [c.plan_period, c.number, c.title])).toEqual([
			['2025/26', 1, 'A test priority'],
			['2024/25', 1, 'A test priority'],
			['2024/25', 2, 'A second priority']
		]);
		expect(choices[0]).toMatchObject({ id: draft.priorityId, plan_id: draft.planId, plan_title: 'A test plan' });
		expect(choices[1]).toMatchObject({ id: published.priorityId, plan_title: 'The current plan' });
	});

	it('shows the public only published plans, and staff nothing of another area’s unpublished plans', async () => {
		const anon = await withClaims(db, ANON, (tx) => plans.priorityChoices(tx, area));
		expect(anon.map((c) => c.plan_id)).toEqual([published.planId, published.planId]);
		expect(await withClaims(db, officer, (tx) => plans.priorityChoices(tx, otherArea))).toEqual([]);
		expect((await owner(db, (tx) => plans.priorityChoices(tx, otherArea))).map((c) => c.id)).toEqual([
			elsewhere.priorityId
		]);
	});
});
