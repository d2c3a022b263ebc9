import type { Db, Tx } from '../../src/lib/server/db/types';
import { migrate } from '../../src/lib/server/db/migrate';
import { asOwner } from '../../src/lib/server/db/privileged';
import { parseSeeds, readSeedFiles, seed, type SeedData } from '../../src/lib/server/seed';

export const seedData: SeedData = parseSeeds(readSeedFiles());

export async function migrated(db: Db): Promise<Db> {
	await migrate(db);
	return db;
}

export async function seeded(db: Db): Promise<Db> {
	await migrate(db);
	await seed(db, seedData);
	return db;
}

export const owner = <T>(db: Db, fn: (tx: Tx) => Promise<T>) => asOwner(db, fn);

/** Small factories for rows the seeds do not cover (unpublished, draft). */
export async function makeArea(tx: Tx, slug: string, published = true): Promise<string> {
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.areas (slug, name, short_name, localities, published)
		 values ($1, $2, $3, '{Somewhere}', $4) returning id`,
		[slug, `Area ${slug}`, slug.toUpperCase(), published]
	);
	return rows[0]!.id;
}

export async function makePlan(
	tx: Tx,
	areaId: string,
	published = true
): Promise<{ planId: string; priorityId: string; actionId: string }> {
	const plan = await tx.query<{ id: string }>(
		`insert into public.plans (area_id, title, period, published) values ($1, 'A test plan', '2025/26', $2) returning id`,
		[areaId, published]
	);
	const planId = plan.rows[0]!.id;
	const priority = await tx.query<{ id: string }>(
		`insert into public.priorities (area_id, plan_id, number, title) values ($1, $2, 1, 'A test priority') returning id`,
		[areaId, planId]
	);
	const priorityId = priority.rows[0]!.id;
	const action = await tx.query<{ id: string }>(
		`insert into public.actions (area_id, priority_id, title) values ($1, $2, 'A test action') returning id`,
		[areaId, priorityId]
	);
	return { planId, priorityId, actionId: action.rows[0]!.id };
}

export async function makeStatement(
	tx: Tx,
	areaId: string,
	{
		status = 'published',
		quotePublished = true
	}: { status?: 'draft' | 'published' | 'archived'; quotePublished?: boolean } = {}
): Promise<{ youSaidId: string; quoteId: string }> {
	const ys = await tx.query<{ id: string }>(
		`insert into public.you_said (area_id, statement, status, published_at)
		 values ($1, 'Young people told us something', $2, case when $2 = 'published' then now() end) returning id`,
		[areaId, status]
	);
	const youSaidId = ys.rows[0]!.id;
	const q = await tx.query<{ id: string }>(
		`insert into public.you_said_quotes (area_id, you_said_id, position, body, published)
		 values ($1, $2, 0, 'a quote', $3) returning id`,
		[areaId, youSaidId, quotePublished]
	);
	return { youSaidId, quoteId: q.rows[0]!.id };
}
