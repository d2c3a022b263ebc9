/** Surveys: building (officers, via row-level security), and reading an open one by its code. */
import { randomInt } from 'node:crypto';
import { ANON, type Db, type Tx } from '../db/types';
import { withClaims } from '../db/claims';
import { lruCache, sharedRead, type SharedRead } from '../cache';
import { surveyDefinition, type SurveyDefinition } from '../../schemas/survey';
import type { SurveyStatus } from '../../vocabulary';

export type { SurveyStatus };

export interface Survey {
	id: string;
	area_id: string;
	engagement_id: string;
	code: string;
	title: string;
	introduction: string;
	audience: SurveyDefinition['audience'];
	definition: SurveyDefinition;
	status: SurveyStatus;
	opened_at: Date | null;
	closed_at: Date | null;
	created_at: Date;
	responses?: number;
}

// No 0/o, 1/l/i: codes are read off posters and typed on phones.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function newCode(): string {
	let code = '';
	for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
	return code;
}

const COLUMNS = `s.id, s.area_id, s.engagement_id, s.code, s.title, s.introduction, s.audience, s.definition,
	s.status, s.opened_at, s.closed_at, s.created_at`;

function parseRow(row: Survey): Survey {
	return { ...row, definition: surveyDefinition.parse(row.definition) };
}

export async function create(tx: Tx, areaId: string, definition: SurveyDefinition, by: string | null): Promise<Survey> {
	const def = surveyDefinition.parse(definition);
	const engagement = await tx.query<{ id: string }>(
		`insert into public.engagements (area_id, kind, title, description) values ($1, 'survey', $2, $3) returning id`,
		[areaId, def.title, def.introduction]
	);
	const { rows } = await tx.query<Survey>(
		`insert into public.surveys as s (area_id, engagement_id, code, title, introduction, audience, definition, created_by)
		 values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${COLUMNS}`,
		[areaId, engagement.rows[0]!.id, newCode(), def.title, def.introduction, def.audience, JSON.stringify(def), by]
	);
	return parseRow(rows[0]!);
}

export async function list(tx: Tx, areaId: string): Promise<Survey[]> {
	const { rows } = await tx.query<Survey>(
		`select ${COLUMNS}, (select count(*)::int from public.responses r where r.survey_id = s.id and r.withdrawn_at is null) as responses
		 from public.surveys s where s.area_id = $1 order by s.created_at desc`,
		[areaId]
	);
	return rows.map(parseRow);
}

export async function get(tx: Tx, areaId: string, id: string): Promise<Survey | null> {
	const { rows } = await tx.query<Survey>(
		`select ${COLUMNS} from public.surveys s where s.area_id = $1 and s.id = $2`,
		[areaId, id]
	);
	return rows[0] ? parseRow(rows[0]) : null;
}

export type PublicSurvey = Survey & { area_slug: string; area_name: string; localities: string[] };

/** A survey by its public code, with its area's name and localities (open, or closed to say so kindly). */
export async function byCode(tx: Tx, code: string): Promise<PublicSurvey | null> {
	const { rows } = await tx.query<PublicSurvey>(
		`select ${COLUMNS}, a.slug as area_slug, a.name as area_name, a.localities
		 from public.surveys s join public.areas a on a.id = s.area_id where s.code = $1`,
		[code]
	);
	return rows[0] ? { ...rows[0], definition: surveyDefinition.parse(rows[0].definition) } : null;
}

/**
 * How long this server keeps a survey as anyone sees it. A change made through `setStatus` on
 * this server is seen at once; one made by another server, or straight in the database, within
 * this time. It only decides what the page shows: row-level security still refuses answers to a
 * survey that has closed, whatever the copy says.
 */
export const PUBLIC_SURVEY_TTL_MS = 5_000;
const publicCache = lruCache<string, SharedRead<PublicSurvey | null>>({ max: 1_000, ttl: PUBLIC_SURVEY_TTL_MS });

/**
 * `byCode` as an anonymous visitor (row-level security decides what is found), shared by every
 * visitor for a few seconds: a whole school opening one survey reads it once, not once a page.
 * Visitors may share it because they all have the same claims. Treat the result as read-only.
 * Concurrent first visitors share the one read; unknown codes and failures are not kept: the
 * next visitor asks again.
 */
export function publicByCode(db: Db, code: string): Promise<PublicSurvey | null> {
	return sharedRead(publicCache, code, db, () => withClaims(db, ANON, (tx) => byCode(tx, code)), Boolean);
}

/** Forgets this server's copy of a survey, so the next visitor reads it again. */
export function forgetPublic(code: string) {
	publicCache.delete(code);
}

export async function setStatus(tx: Tx, areaId: string, id: string, status: SurveyStatus): Promise<boolean> {
	const { rows } = await tx.query<{ code: string }>(
		`update public.surveys set status = $3,
			opened_at = case when $3 = 'open' then coalesce(opened_at, now()) else opened_at end,
			closed_at = case when $3 = 'closed' then now() else null end
		 where area_id = $1 and id = $2 returning code`,
		[areaId, id, status]
	);
	if (rows.length)
		await tx.query(
			`update public.engagements set published = ($2 <> 'draft') where id = (select engagement_id from public.surveys where id = $1)`,
			[id, status]
		);
	// Visitors see the change once it is committed (forgetting sooner could keep the old status).
	const code = rows[0]?.code;
	if (code) tx.afterCommit(() => forgetPublic(code));
	return rows.length === 1;
}

export async function updateDefinition(
	tx: Tx,
	areaId: string,
	id: string,
	definition: SurveyDefinition
): Promise<boolean> {
	const def = surveyDefinition.parse(definition);
	const { rows } = await tx.query(
		`update public.surveys set title = $3, introduction = $4, audience = $5, definition = $6
		 where area_id = $1 and id = $2 and status = 'draft' returning 1`,
		[areaId, id, def.title, def.introduction, def.audience, JSON.stringify(def)]
	);
	return rows.length === 1;
}

export async function duplicate(tx: Tx, areaId: string, id: string, by: string | null): Promise<Survey | null> {
	const original = await get(tx, areaId, id);
	if (!original) return null;
	return create(
		tx,
		areaId,
		{ ...original.definition, title: `Copy of ${original.definition.title}`.slice(0, 120) },
		by
	);
}

/** The area's open surveys, for its public page ("Have your say"). */
export async function openForArea(
	tx: Tx,
	areaId: string
): Promise<{ code: string; title: string; introduction: string }[]> {
	const { rows } = await tx.query<{ code: string; title: string; introduction: string }>(
		`select code, title, introduction from public.surveys where area_id = $1 and status = 'open' order by opened_at desc`,
		[areaId]
	);
	return rows;
}
