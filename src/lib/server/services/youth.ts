/**
 * The youth board's own pages: the home page (what needs them now, and what their work changed
 * since they last helped) and their record of contribution (a certificate). Everything is read
 * through row-level security as the signed-in member, so they see only what the board may see.
 */
import type { Tx } from '../db/types';

/** Items offered in one review batch (see review/batch.ts). */
import { BATCH_SIZE } from '../../review/batch';

export interface OpenVote {
	id: string;
	title: string;
	votes_per_person: number;
	my_dots: number;
}

export interface Titled {
	id: string;
	title: string;
}

export interface YouthHome {
	/** Comments waiting for this person's review (the page offers a batch, never the total). */
	waiting: number;
	batch: number;
	votes: OpenVote[];
	/** Draft statements the board could agree. */
	toAgree: Titled[];
	toAgreeCount: number;
	/** The last day before today this person helped (reviewed, voted or agreed), if any. */
	since: Date | null;
	/** Since then (or in the last 30 days): what happened with the board's work. */
	published: Titled[];
	actionsDone: Titled[];
	myReviewsSince: number;
}

/** The start of the last London day before today on which this person reviewed, voted or agreed. */
const LAST_HELPED = `(select max(d) from (
		select (r.updated_at at time zone 'Europe/London')::date as d from public.feedback_reviews r where r.area_id = $1 and r.reviewer_id = $2
		union all select (v.created_at at time zone 'Europe/London')::date from public.theme_votes v where v.area_id = $1 and v.voter_id = $2
		union all select (y.agreed_at at time zone 'Europe/London')::date from public.you_said y where y.area_id = $1 and y.agreed_by = $2
	) x where d < (now() at time zone 'Europe/London')::date)`;

export async function home(tx: Tx, areaId: string, personId: string): Promise<YouthHome> {
	const since = (
		await tx.query<{ since: Date | null }>(`select (${LAST_HELPED}::timestamp at time zone 'Europe/London') as since`, [
			areaId,
			personId
		])
	).rows[0]?.since;
	const from = since ? new Date(since) : new Date(Date.now() - 30 * 86_400_000);
	const { rows } = await tx.query<{
		waiting: number;
		to_agree: number;
		my_reviews: number;
	}>(
		`select
			(select count(*)::int from public.feedback_items f where f.area_id = $1
				and not exists (select 1 from public.feedback_reviews m where m.feedback_item_id = f.id and m.reviewer_id = $2)
				and (select count(*) from public.feedback_reviews c where c.feedback_item_id = f.id)
					< case when exists (select 1 from public.review_samples s where s.feedback_item_id = f.id) then 2 else 1 end) as waiting,
			(select count(*)::int from public.you_said y where y.area_id = $1 and y.status = 'draft') as to_agree,
			(select count(*)::int from public.feedback_reviews r where r.area_id = $1 and r.reviewer_id = $2 and r.updated_at >= $3) as my_reviews`,
		[areaId, personId, from]
	);
	const r = rows[0]!;
	const votes = await tx.query<OpenVote>(
		`select v.id, v.title, v.votes_per_person,
			coalesce((select sum(t.dots)::int from public.theme_votes t where t.round_id = v.id and t.voter_id = $2), 0) as my_dots
		 from public.vote_rounds v where v.area_id = $1 and v.status = 'open' order by v.created_at desc limit 5`,
		[areaId, personId]
	);
	const toAgree = await tx.query<Titled>(
		`select y.id, y.statement as title from public.you_said y where y.area_id = $1 and y.status = 'draft'
		 order by y.updated_at desc limit 3`,
		[areaId]
	);
	const published = await tx.query<Titled>(
		`select y.id, y.statement as title from public.you_said y where y.area_id = $1 and y.status = 'published'
			and y.published_at >= $2 order by y.published_at desc limit 5`,
		[areaId, from]
	);
	const done = await tx.query<Titled>(
		`select a.id, a.title from public.actions a where a.area_id = $1 and a.status = 'done' and a.status_changed_at >= $2
		 order by a.status_changed_at desc limit 5`,
		[areaId, from]
	);
	return {
		waiting: r.waiting,
		batch: Math.min(BATCH_SIZE, r.waiting),
		votes: votes.rows,
		toAgree: toAgree.rows,
		toAgreeCount: r.to_agree,
		since: since ? new Date(since) : null,
		published: published.rows,
		actionsDone: done.rows,
		myReviewsSince: r.my_reviews
	};
}

export interface YouthRecord {
	name: string;
	areaName: string;
	/** The first and last day this person took part, and on how many different days. */
	firstDay: Date | null;
	lastDay: Date | null;
	days: number;
	reviews: number;
	agreed: number;
	/** Of the statements they agreed, those now published. */
	agreedPublished: Titled[];
	votes: number;
	dots: number;
	/** Events they set up, or helped at (ticked by an officer on the event page). */
	events: { id: string; name: string; starts_at: Date }[];
	/** Actions marked done that answer statements they agreed. */
	actionsDone: (Titled & { outcome: string | null })[];
}

export async function record(tx: Tx, areaId: string, personId: string): Promise<YouthRecord> {
	const { rows } = await tx.query<{
		name: string;
		area_name: string;
		first_day: Date | null;
		last_day: Date | null;
		days: number;
		reviews: number;
		agreed: number;
		votes: number;
		dots: number;
	}>(
		`with days as (
			select (r.updated_at at time zone 'Europe/London')::date as d from public.feedback_reviews r where r.area_id = $1 and r.reviewer_id = $2
			union all select (v.created_at at time zone 'Europe/London')::date from public.theme_votes v where v.area_id = $1 and v.voter_id = $2
			union all select (y.agreed_at at time zone 'Europe/London')::date from public.you_said y where y.area_id = $1 and y.agreed_by = $2
			union all select (e.starts_at at time zone 'Europe/London')::date from public.events e where e.area_id = $1
				and (e.created_by = $2 or exists (select 1 from public.event_helpers h where h.event_id = e.id and h.person_id = $2))
		)
		select (select display_name from public.people where id = $2) as name,
			(select name from public.areas where id = $1) as area_name,
			(select min(d) from days)::text as first_day, (select max(d) from days)::text as last_day,
			(select count(distinct d)::int from days) as days,
			(select count(*)::int from public.feedback_reviews r where r.area_id = $1 and r.reviewer_id = $2) as reviews,
			(select count(*)::int from public.you_said y where y.area_id = $1 and y.agreed_by = $2) as agreed,
			(select count(distinct t.round_id)::int from public.theme_votes t where t.area_id = $1 and t.voter_id = $2) as votes,
			(select coalesce(sum(t.dots), 0)::int from public.theme_votes t where t.area_id = $1 and t.voter_id = $2) as dots`,
		[areaId, personId]
	);
	const r = rows[0]!;
	const published = await tx.query<Titled>(
		`select y.id, y.statement as title from public.you_said y where y.area_id = $1 and y.agreed_by = $2 and y.status = 'published'
		 order by y.published_at desc limit 20`,
		[areaId, personId]
	);
	const events = await tx.query<{ id: string; name: string; starts_at: Date }>(
		`select e.id, e.name, e.starts_at from public.events e where e.area_id = $1
			and (e.created_by = $2 or exists (select 1 from public.event_helpers h where h.event_id = e.id and h.person_id = $2))
		 order by e.starts_at desc limit 20`,
		[areaId, personId]
	);
	const actions = await tx.query<Titled & { outcome: string | null }>(
		`select distinct a.id, a.title, a.outcome from public.actions a
		 join public.you_said_actions l on l.action_id = a.id
		 join public.you_said y on y.id = l.you_said_id
		 where a.area_id = $1 and a.status = 'done' and y.agreed_by = $2
		 order by a.title limit 20`,
		[areaId, personId]
	);
	const day = (d: Date | string | null) => (d ? new Date(`${String(d).slice(0, 10)}T12:00:00Z`) : null);
	return {
		name: r.name,
		areaName: r.area_name,
		firstDay: day(r.first_day),
		lastDay: day(r.last_day),
		days: r.days,
		reviews: r.reviews,
		agreed: r.agreed,
		agreedPublished: published.rows,
		votes: r.votes,
		dots: r.dots,
		events: events.rows,
		actionsDone: actions.rows
	};
}
