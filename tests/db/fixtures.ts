import { withClaims } from '../../src/lib/server/db';
import type { Claims, Db, Tx } from '../../src/lib/server/db/types';
import * as surveys from '../../src/lib/server/services/surveys';
import type { SurveyDefinition } from '../../src/lib/schemas/survey';
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

/** The id of a seeded area, by its slug. */
export async function areaIdOf(tx: Tx, slug: string): Promise<string> {
	return (await tx.query<{ id: string }>(`select id from public.areas where slug = $1`, [slug])).rows[0]!.id;
}

/** A person with one membership of an area: their id. */
export async function makeMember(
	tx: Tx,
	areaId: string,
	email: string,
	role: string,
	{
		name = 'Someone',
		safeguardingContact = false,
		organisation = null
	}: { name?: string; safeguardingContact?: boolean; organisation?: string | null } = {}
): Promise<string> {
	const id = (
		await tx.query<{ id: string }>(`insert into public.people (email, display_name) values ($1, $2) returning id`, [
			email,
			name
		])
	).rows[0]!.id;
	await tx.query(
		`insert into public.memberships (person_id, area_id, role, safeguarding_contact, organisation)
		 values ($1, $2, $3, $4, $5)`,
		[id, areaId, role, safeguardingContact, organisation]
	);
	return id;
}

/** An engagement of an area: its id. */
export async function makeEngagement(tx: Tx, areaId: string, title: string, kind = 'survey'): Promise<string> {
	return (
		await tx.query<{ id: string }>(
			`insert into public.engagements (area_id, kind, title) values ($1, $2, $3) returning id`,
			[areaId, kind, title]
		)
	).rows[0]!.id;
}

/** An open survey (young people, no questions) in its own engagement. */
export async function makeSurvey(
	tx: Tx,
	areaId: string,
	code: string,
	title: string
): Promise<{ id: string; engagementId: string }> {
	const engagementId = await makeEngagement(tx, areaId, title);
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.surveys (area_id, engagement_id, code, title, audience, definition, status)
		 values ($1, $2, $3, $4, 'young_people', '{}', 'open') returning id`,
		[areaId, engagementId, code, title]
	);
	return { id: rows[0]!.id, engagementId };
}

/** Claims of signed-in people, by name, as the app's session sets them. */
export function claimsFor<K extends string>(ids: Record<K, string>): Record<K, Claims> {
	return Object.fromEntries(
		Object.entries<string>(ids).map(([who, id]) => [who, { role: 'authenticated', sub: id }])
	) as Record<K, Claims>;
}

/** A survey made from `definition` by a signed-in member of the area, and opened for answers. */
export async function openSurvey(
	db: Db,
	areaId: string,
	by: Claims,
	definition: SurveyDefinition
): Promise<surveys.Survey> {
	const survey = await withClaims(db, by, (tx) => surveys.create(tx, areaId, definition, by.sub!));
	await withClaims(db, by, (tx) => surveys.setStatus(tx, areaId, survey.id, 'open'));
	return survey;
}

/** The people most workflow tests act as, by name: the staff who run it and two youth board members. */
export const CAST = {
	officer: 'engagement_officer',
	youth: 'youth_board',
	youth2: 'youth_board',
	commissioner: 'commissioner',
	partner: 'partner'
} as const;

type MemberRole = string | { role: string; safeguardingContact: boolean };

/**
 * One member of the area per name, with that role (and whether they are a safeguarding contact);
 * email name@domain, display name the name: their ids.
 */
export async function makeMembers<K extends string>(
	tx: Tx,
	areaId: string,
	roles: Record<K, MemberRole>,
	domain: string
): Promise<Record<K, string>> {
	const ids = {} as Record<K, string>;
	for (const [who, r] of Object.entries(roles) as [K, MemberRole][]) {
		const { role, safeguardingContact = false } = typeof r === 'string' ? { role: r } : r;
		ids[who] = await makeMember(tx, areaId, `${who}@${domain}`, role, { name: who, safeguardingContact });
	}
	return ids;
}

/** What a route reads of a posted form (get and getAll), from plain fields. */
export function formOf(fields: Record<string, string | string[]>) {
	const all = (k: string) => {
		const v = fields[k];
		return v === undefined ? [] : Array.isArray(v) ? v : [v];
	};
	return { get: (k: string) => all(k)[0] ?? null, getAll: all };
}
