-- The public board's figures about feedback (issue 7, item 6): how much was heard on each theme
-- month by month, and the themes people keep raising after the actions on them were marked done.
-- feedback_items has no public read, so these are security definer functions that return counts
-- only, for published areas only, leaving out withdrawn words and items flagged for safeguarding.
--
-- Small numbers: every count from 1 to 9 comes back as null here, in the database, so no caller
-- (the app, or anyone who can call the function through an API) ever gets one; the app shows a
-- null as "fewer than 10". Zero stays 0 (nobody to identify). Each count is suppressed on its own
-- and no totals are returned, so a hidden count cannot be worked out from the others.
--
-- An item's themes are its agreed labels (the most recent review, see services/review.ts
-- `labels`) when someone has reviewed it, otherwise the analyser's suggestions; an item counts once
-- for each of its themes. Only active themes of the area (or the default list) are counted.

-- Scans of an area's feedback over time read only these columns: an index-only scan on PostgreSQL.
create index feedback_items_board_idx on public.feedback_items (area_id, created_at)
	include (id, suggested_theme_ids)
	where withdrawn_at is null and not safeguarding;
-- The most recent review of each item in an area.
create index feedback_reviews_latest_idx on public.feedback_reviews (area_id, feedback_item_id, updated_at desc)
	include (theme_ids);
-- Done actions with a known date, per area (still hearing).
create index actions_done_idx on public.actions (area_id, status_changed_at) where status = 'done';
-- The statements on a theme, per area (still hearing).
create index you_said_themes_area_theme_idx on public.you_said_themes (area_id, theme_id);

-- Counts of feedback items per active theme per calendar month (UK time), oldest month first.
-- period is the first day of the month. n is null for 1 to 9 items.
create or replace function app.board_theme_volumes(area uuid)
	returns table (theme_id text, period date, n integer)
	language sql stable security definer
	set search_path = ''
	as $$
	with latest as (
		select distinct on (r.feedback_item_id) r.feedback_item_id, r.theme_ids
		from public.feedback_reviews r
		where r.area_id = area
		order by r.feedback_item_id, r.updated_at desc
	),
	counts as (
		select t.theme_id, date_trunc('month', f.created_at at time zone 'Europe/London')::date as period, count(*)::integer as n
		from public.feedback_items f
		left join latest l on l.feedback_item_id = f.id
		cross join lateral unnest(coalesce(l.theme_ids, f.suggested_theme_ids)) as t (theme_id)
		where f.area_id = area and f.withdrawn_at is null and not f.safeguarding
			and exists (select 1 from public.areas a where a.id = area and a.published)
		group by 1, 2
	)
	select c.theme_id, c.period, case when c.n between 1 and 9 then null else c.n end
	from counts c
	join public.themes th on th.id = c.theme_id and th.active and (th.area_id is null or th.area_id = area)
	order by c.period, c.theme_id
$$;

-- "Still hearing": for each theme of a published statement answered by a done action (in a
-- published plan, with the date it was marked done), the feedback on that theme that arrived
-- after the last of those actions was marked done. Seeded actions whose status came from a plan
-- document have no date and are left out: there is no "after" to count from.
-- n is null for 1 to 9 items; themes with none are not returned.
create or replace function app.board_still_hearing(area uuid)
	returns table (theme_id text, since timestamptz, n integer)
	language sql stable security definer
	set search_path = ''
	as $$
	with done as (
		select yt.theme_id, max(a.status_changed_at) as since
		from public.you_said_themes yt
		join public.you_said y on y.id = yt.you_said_id and y.status = 'published'
		join public.you_said_actions ya on ya.you_said_id = yt.you_said_id
		join public.actions a on a.id = ya.action_id and a.status = 'done' and a.status_changed_at is not null
		join public.priorities p on p.id = a.priority_id
		join public.plans pl on pl.id = p.plan_id and pl.published
		join public.themes th on th.id = yt.theme_id and th.active
		where yt.area_id = area
			and exists (select 1 from public.areas ar where ar.id = area and ar.published)
		group by yt.theme_id
	),
	latest as (
		select distinct on (r.feedback_item_id) r.feedback_item_id, r.theme_ids
		from public.feedback_reviews r
		where r.area_id = area
		order by r.feedback_item_id, r.updated_at desc
	),
	later as (
		select t.theme_id, f.created_at
		from public.feedback_items f
		left join latest l on l.feedback_item_id = f.id
		cross join lateral unnest(coalesce(l.theme_ids, f.suggested_theme_ids)) as t (theme_id)
		where f.area_id = area and f.withdrawn_at is null and not f.safeguarding
			and f.created_at > (select min(d.since) from done d)
	),
	counts as (
		select d.theme_id, d.since, count(*)::integer as n
		from done d join later x on x.theme_id = d.theme_id and x.created_at > d.since
		group by d.theme_id, d.since
	)
	select c.theme_id, c.since, case when c.n between 1 and 9 then null else c.n end
	from counts c
	order by 3 desc nulls last, 1
$$;

revoke execute on function app.board_theme_volumes(uuid), app.board_still_hearing(uuid) from public;
grant execute on function app.board_theme_volumes(uuid), app.board_still_hearing(uuid) to anon, authenticated, service_role;
