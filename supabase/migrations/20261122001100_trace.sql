-- Trace for commissioners and the steering group report (issue 7, items 7 and 8): reading the
-- feedback behind a priority's statements, and counting statements and themes, at the size of a
-- busy area (100,000 feedback items, 2,000 statements, 500 actions; tests/bench/trace.ts).
--
-- Why functions and not only indexes: the lookups themselves are index scans already (by
-- statement, by item, by priority). What cost the time was row-level security: every row read
-- through a policy calls app.has_area_role / app.is_area_member (security definer, fixed
-- search_path, so never inlined) two to four times, once per policy, and the trace of a busy
-- priority reads about 5,000 statement links, 5,000 items and their participants and events:
-- 780 ms on PostgreSQL and 470 ms on PGlite for that one query with only the policies, 190 ms
-- and 400 ms with the cheaper app.is_area_member below, 50 ms through app.trace_feedback (the
-- whole trace of the priority: 75 ms and 130 ms). These functions check the caller's role
-- once (a one-time filter on the area, not per row) and then apply the same rules the policies
-- do for the area's staff (area admins, engagement officers and commissioners read every piece
-- of feedback in their area that has not been withdrawn, flagged or not, and every statement and
-- link): the pattern of app.statement_voices and app.board_theme_volumes. Anyone else gets no rows.
-- Statements, actions and priorities are still read through row-level security by the services.

-- Membership without a nested call. app.is_area_member called app.has_area_role: a security
-- definer SQL function calling another is never inlined, and the inner one's body was prepared
-- again on every call, i.e. on every row a "Members can read ..." policy checks. Reading 2,000
-- statements as a commissioner took 232 ms with it and 16 ms with this (50,000 statement links:
-- 6.1 s and 1.2 s). Same answer: every membership has a role, so "any role" is "a membership".
create or replace function app.is_area_member(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- Who may use the trace: the area's admins, engagement officers and commissioners (as
-- app.has_area_role, written out for the same reason).
create or replace function app.is_trace_reader(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- The feedback behind a set of the area's statements (supporting feedback and quotes), heard
-- between two local dates (either may be null), never withdrawn: one row per item, with who said
-- it (an event contribution takes its participant's role and age band and the event's place) and
-- which of the statements it is behind.
create or replace function app.trace_feedback(area uuid, statements uuid[], from_day date, to_day date)
	returns table (
		id uuid, created_at timestamptz, redacted_text text, safeguarding boolean, consent text, source text,
		engagement_id uuid, engagement_title text, engagement_kind text,
		respondent_role text, age_band text, locality text, person uuid, statement_ids uuid[], quoted boolean
	)
	language sql stable security definer
	set search_path = ''
	as $$
	with links as (
		select yf.feedback_item_id as item, yf.you_said_id, false as quoted
		from public.you_said_feedback yf
		where yf.you_said_id = any (statements) and yf.area_id = area
		union all
		select q.feedback_item_id, q.you_said_id, true
		from public.you_said_quotes q
		where q.you_said_id = any (statements) and q.area_id = area and q.feedback_item_id is not null
	), items as (
		select l.item, array_agg(distinct l.you_said_id) as statement_ids, bool_or(l.quoted) as quoted
		from links l group by l.item
	)
	select f.id, f.created_at, f.redacted_text, f.safeguarding, f.consent, f.source,
		e.id, e.title, e.kind,
		coalesce(f.respondent_role, p.respondent_role), coalesce(f.age_band, p.age_band), coalesce(f.locality, ev.locality),
		coalesce(f.response_id, f.participant_id, f.id), i.statement_ids, i.quoted
	from items i
	join public.feedback_items f on f.id = i.item
	join public.engagements e on e.id = f.engagement_id
	left join public.event_participants p on p.id = f.participant_id
	left join public.events ev on ev.engagement_id = f.engagement_id
	where app.is_trace_reader(area)
		and f.area_id = area and f.withdrawn_at is null
		and (from_day is null or f.created_at >= from_day::timestamp at time zone 'Europe/London')
		and (to_day is null or f.created_at < (to_day + 1)::timestamp at time zone 'Europe/London')
$$;

-- How many statements each of the area's priorities has, linked to it or to one of its actions.
create or replace function app.trace_statement_counts(area uuid)
	returns table (priority_id uuid, statements integer)
	language sql stable security definer
	set search_path = ''
	as $$
	select l.priority_id, count(distinct l.you_said_id)::integer
	from (
		select yp.priority_id, yp.you_said_id from public.you_said_priorities yp where yp.area_id = area
		union all
		select a.priority_id, ya.you_said_id from public.you_said_actions ya join public.actions a on a.id = ya.action_id
		where ya.area_id = area
	) l
	where app.is_trace_reader(area)
	group by l.priority_id
$$;

-- Feedback heard between two local dates per theme, by its agreed labels (its most recent
-- review) where someone reviewed it, else the analyser's suggestions, as the public board counts
-- them (app.board_theme_volumes), but exact and for any theme: the steering group report's top
-- themes. Withdrawn words and words flagged for safeguarding are left out. `confirmed` is how many
-- of the theme's items were counted by a reviewer's labels. The row with a null theme carries
-- the totals: items heard, and how many of them were reviewed.
create or replace function app.trace_theme_counts(area uuid, from_day date, to_day date)
	returns table (theme_id text, items integer, confirmed integer)
	language sql stable security definer
	set search_path = ''
	as $$
	with latest as (
		select distinct on (r.feedback_item_id) r.feedback_item_id, r.theme_ids
		from public.feedback_reviews r
		where r.area_id = area
		order by r.feedback_item_id, r.updated_at desc
	),
	heard as (
		select f.id, f.suggested_theme_ids, l.theme_ids as confirmed
		from public.feedback_items f
		left join latest l on l.feedback_item_id = f.id
		where app.is_trace_reader(area)
			and f.area_id = area and f.withdrawn_at is null and not f.safeguarding
			and f.created_at >= from_day::timestamp at time zone 'Europe/London'
			and f.created_at < (to_day + 1)::timestamp at time zone 'Europe/London'
	)
	select t.theme_id, count(*)::integer, count(*) filter (where h.confirmed is not null)::integer
	from heard h cross join lateral unnest(coalesce(h.confirmed, h.suggested_theme_ids)) as t (theme_id)
	group by t.theme_id
	union all
	select null, count(*)::integer, count(*) filter (where h.confirmed is not null)::integer from heard h
$$;

revoke execute on function app.is_trace_reader(uuid), app.trace_feedback(uuid, uuid[], date, date),
	app.trace_statement_counts(uuid), app.trace_theme_counts(uuid, date, date) from public, anon;
grant execute on function app.is_trace_reader(uuid), app.trace_feedback(uuid, uuid[], date, date),
	app.trace_statement_counts(uuid), app.trace_theme_counts(uuid, date, date) to authenticated;

-- Indexes -----------------------------------------------------------------------------------------
-- The most recent progress update of each action (the trace, "You said, we did" and the actions
-- pages all ask for it): the first entry of this index instead of reading and sorting all of an
-- action's updates. The lookups by priority, statement and item use the indexes made with their
-- tables; covering indexes on you_said_priorities and you_said_actions were tried and not used
-- (row-level security reads each row's area_id from the table anyway).
create index action_updates_latest_idx on public.action_updates (action_id, happened_on desc nulls last, created_at desc);
