/**
 * Dot-voting on themes (issue 7, item 3): youth board members, engagement officers and area
 * admins each share a fixed number of dots among the themes on a round's ballot. Each person
 * reads and changes only their own dots; everyone in the area reads the totals through
 * `app.vote_results`. The database refuses more dots than the round gives (a trigger counts them
 * under a lock on the round), votes in a closed round and themes not on the ballot.
 */
import type { Tx } from '../db/types';
import type { VoteRoundInput } from '../../schemas/statements';

export interface VoteRound {
	id: string;
	title: string;
	theme_ids: string[];
	votes_per_person: number;
	status: 'open' | 'closed';
	created_at: Date;
	closed_at: Date | null;
	review_round_title: string | null;
	/** How many dots the caller has placed. */
	my_dots: number;
}

const ROUND = `select v.id, v.title, v.theme_ids, v.votes_per_person, v.status, v.created_at, v.closed_at,
	rr.title as review_round_title,
	coalesce((select sum(t.dots)::int from public.theme_votes t where t.round_id = v.id and t.voter_id = auth.uid()), 0) as my_dots
	from public.vote_rounds v left join public.review_rounds rr on rr.id = v.review_round_id`;

/** The area's votes, open ones first, newest first. */
export async function rounds(tx: Tx, areaId: string): Promise<VoteRound[]> {
	const { rows } = await tx.query<VoteRound>(
		`${ROUND} where v.area_id = $1 order by v.status = 'open' desc, v.created_at desc`,
		[areaId]
	);
	return rows;
}

export async function round(tx: Tx, areaId: string, id: string): Promise<VoteRound | null> {
	const { rows } = await tx.query<VoteRound>(`${ROUND} where v.area_id = $1 and v.id = $2`, [areaId, id]);
	return rows[0] ?? null;
}

/** The most recently ratified theme list, to start a vote from. */
export async function latestRatified(
	tx: Tx,
	areaId: string
): Promise<{ id: string; title: string; theme_ids: string[] } | null> {
	const { rows } = await tx.query<{ id: string; title: string; theme_ids: string[] }>(
		`select id, title, theme_ids from public.review_rounds where area_id = $1 and cardinality(theme_ids) > 0
		 order by ratified_at desc limit 1`,
		[areaId]
	);
	return rows[0] ?? null;
}

/** A new open vote; its id. */
export async function start(
	tx: Tx,
	areaId: string,
	input: VoteRoundInput,
	reviewRoundId: string | null = null
): Promise<string> {
	const { rows } = await tx.query<{ id: string }>(
		`insert into public.vote_rounds (area_id, title, theme_ids, votes_per_person, review_round_id)
		 values ($1, $2, $3, $4, $5) returning id`,
		[areaId, input.title, input.theme_ids, input.votes_per_person, reviewRoundId]
	);
	return rows[0]!.id;
}

export async function close(tx: Tx, areaId: string, id: string): Promise<boolean> {
	const r = await tx.query(
		`update public.vote_rounds set status = 'closed', closed_at = now() where area_id = $1 and id = $2 and status = 'open'`,
		[areaId, id]
	);
	return r.rowCount > 0;
}

export async function reopen(tx: Tx, areaId: string, id: string): Promise<boolean> {
	const r = await tx.query(
		`update public.vote_rounds set status = 'open', closed_at = null where area_id = $1 and id = $2 and status = 'closed'`,
		[areaId, id]
	);
	return r.rowCount > 0;
}

/** The caller's dots in a round, by theme. */
export async function myDots(tx: Tx, areaId: string, roundId: string): Promise<Record<string, number>> {
	const { rows } = await tx.query<{ theme_id: string; dots: number }>(
		`select theme_id, dots from public.theme_votes where area_id = $1 and round_id = $2 and voter_id = auth.uid()`,
		[areaId, roundId]
	);
	return Object.fromEntries(rows.map((r) => [r.theme_id, r.dots]));
}

/**
 * Replaces the caller's dots in a round with `dots` (theme -> number). All or nothing: the
 * database refuses the lot if they add up to more than the round allows.
 */
export async function vote(
	tx: Tx,
	areaId: string,
	roundId: string,
	voterId: string,
	dots: Record<string, number>
): Promise<void> {
	await tx.query(`delete from public.theme_votes where area_id = $1 and round_id = $2 and voter_id = $3`, [
		areaId,
		roundId,
		voterId
	]);
	for (const [themeId, n] of Object.entries(dots)) {
		if (n <= 0) continue;
		await tx.query(
			`insert into public.theme_votes (area_id, round_id, voter_id, theme_id, dots) values ($1, $2, $3, $4, $5)`,
			[areaId, roundId, voterId, themeId, n]
		);
	}
}

export interface VoteResult {
	theme_id: string;
	name: string;
	dots: number;
	voters: number;
}

/** Dots per theme on the ballot (most first, then ballot order), and how many people voted. */
export async function results(
	tx: Tx,
	areaId: string,
	roundId: string
): Promise<{ rows: VoteResult[]; voters: number }> {
	const { rows } = await tx.query<VoteResult & { round_voters: number | null }>(
		`select b.theme_id, coalesce(t.name, b.theme_id) as name, coalesce(r.dots, 0) as dots, coalesce(r.voters, 0) as voters,
			max(r.round_voters) over () as round_voters
		 from public.vote_rounds v
		 cross join lateral unnest(v.theme_ids) with ordinality b(theme_id, n)
		 left join public.themes t on t.id = b.theme_id
		 left join app.vote_results(v.id) r on r.theme_id = b.theme_id
		 where v.area_id = $1 and v.id = $2
		 order by coalesce(r.dots, 0) desc, b.n`,
		[areaId, roundId]
	);
	return { rows: rows.map(({ round_voters: _, ...r }) => r), voters: rows[0]?.round_voters ?? 0 };
}
