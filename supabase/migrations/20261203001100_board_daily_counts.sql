-- Public counts are rounded and counted once a day (issue 13, item 8). A board test showed that
-- nine answers of one's own turned a theme's hidden "fewer than 10" into an exact number: the
-- public figures were live and exact from 10 up, so 12 after adding 9 said 3 were there before.
--
-- Now every count the public board shows (feedback per theme per month, "still hearing", the
-- people behind each published statement):
--   * is counted once per area per UK day, the first time anyone asks that day, and kept in
--     app.board_snapshots; answers added today change nothing public until tomorrow;
--   * from 1 to 9 is null ("fewer than 10") as before, and from 10 up is rounded to the nearest 5
--     (app.round_public), so the next day's change says at most "about 5 more", mixed with
--     everyone else's answers of the day.
-- The live, exact counts are the *_now functions, which no signed-in or anonymous role may call;
-- app.statement_voices (exact breakdowns, suppressed by the app before they leave the server) is
-- for the area's members only.

-- 0 stays 0 (nobody to identify); 1 to 9 is null; 10 up is the nearest multiple of 5 (12 -> 10,
-- 13 -> 15), never below 10.
create or replace function app.round_public(n integer) returns integer
	language sql immutable
	set search_path = ''
	as $$
	select case when n is null or n between 1 and 9 then null when n = 0 then 0
		else greatest(10, (round(n / 5.0) * 5)::integer) end
$$;
grant execute on function app.round_public(integer) to anon, authenticated;

-- The live counts, as the board's functions computed them before (1 to 9 already null). Renamed,
-- not changed, and callable only by the owner (through app.board_snapshot).
alter function app.board_theme_volumes(uuid) rename to board_theme_volumes_now;
alter function app.board_still_hearing(uuid) rename to board_still_hearing_now;
revoke execute on function app.board_theme_volumes_now(uuid), app.board_still_hearing_now(uuid)
	from public, anon, authenticated, service_role;

-- The people behind each statement, exact, for the area's members only (the staff statement
-- pages suppress them in services/statements.ts). The public board reads the daily, rounded
-- totals below instead.
create or replace function app.statement_voices(ids uuid[])
	returns table (you_said_id uuid, respondent_role text, age_band text, locality text, engagement_kind text, n integer)
	language sql stable security definer
	set search_path = ''
	as $$
	with statements as (
		select y.id from public.you_said y
		where y.id = any (ids) and app.is_area_member(y.area_id)
	), items as (
		select yf.you_said_id, yf.feedback_item_id as item_id
		from public.you_said_feedback yf join statements s on s.id = yf.you_said_id
		union
		select q.you_said_id, q.feedback_item_id
		from public.you_said_quotes q join statements s on s.id = q.you_said_id
		where q.feedback_item_id is not null
	)
	select i.you_said_id,
		coalesce(f.respondent_role, p.respondent_role),
		coalesce(f.age_band, p.age_band),
		coalesce(f.locality, ev.locality),
		e.kind,
		count(distinct coalesce(f.response_id, f.participant_id, f.id))::integer
	from items i
	join public.feedback_items f on f.id = i.item_id
	join public.engagements e on e.id = f.engagement_id
	left join public.event_participants p on p.id = f.participant_id
	left join public.events ev on ev.engagement_id = f.engagement_id
	where f.withdrawn_at is null and not f.safeguarding
	group by 1, 2, 3, 4, 5
$$;

-- One row per area per UK day: the public figures as counted the first time they were asked for
-- that day, already rounded. Only the latest day is kept. No role but the owner reads it.
create table app.board_snapshots (
	area_id uuid not null references public.areas (id) on delete cascade,
	day date not null,
	taken_at timestamptz not null default now(),
	volumes jsonb not null,
	still_hearing jsonb not null,
	voices jsonb not null,
	primary key (area_id, day)
);
alter table app.board_snapshots enable row level security; -- and no policy: nobody but the owner
revoke all on app.board_snapshots from public, anon, authenticated, service_role;

-- Today's figures for a published area (taken now if nobody has asked yet today); null for an
-- area that is not published.
create or replace function app.board_snapshot(area uuid) returns app.board_snapshots
	language plpgsql volatile security definer
	set search_path = ''
	as $$
declare
	today date := (now() at time zone 'Europe/London')::date;
	s app.board_snapshots;
begin
	if not exists (select 1 from public.areas a where a.id = area and a.published) then
		return null;
	end if;
	select * into s from app.board_snapshots b where b.area_id = area and b.day = today;
	if found then
		return s;
	end if;
	insert into app.board_snapshots (area_id, day, volumes, still_hearing, voices)
	values (area, today,
		coalesce((select jsonb_agg(jsonb_build_object('theme_id', v.theme_id, 'period', v.period, 'n', app.round_public(v.n))
			order by v.period, v.theme_id) from app.board_theme_volumes_now(area) v), '[]'),
		coalesce((select jsonb_agg(jsonb_build_object('theme_id', h.theme_id, 'since', h.since, 'n', app.round_public(h.n)))
			from app.board_still_hearing_now(area) h), '[]'),
		coalesce((
			select jsonb_agg(jsonb_build_object('you_said_id', c.you_said_id, 'n', app.round_public(c.n)))
			from (
				select yf.you_said_id, count(distinct coalesce(f.response_id, f.participant_id, f.id))::integer as n
				from (
					select x.you_said_id, x.feedback_item_id from public.you_said_feedback x
					join public.you_said y on y.id = x.you_said_id and y.area_id = area and y.status = 'published'
					union
					select q.you_said_id, q.feedback_item_id from public.you_said_quotes q
					join public.you_said y on y.id = q.you_said_id and y.area_id = area and y.status = 'published'
					where q.feedback_item_id is not null
				) yf
				join public.feedback_items f on f.id = yf.feedback_item_id
				where f.withdrawn_at is null and not f.safeguarding
				group by yf.you_said_id
			) c), '[]'))
	on conflict (area_id, day) do nothing;
	delete from app.board_snapshots b where b.area_id = area and b.day < today;
	select * into s from app.board_snapshots b where b.area_id = area and b.day = today;
	return s;
end
$$;
revoke execute on function app.board_snapshot(uuid) from public, anon, authenticated, service_role;

-- What the public board calls, with the same columns as before: today's rounded figures.
create or replace function app.board_theme_volumes(area uuid)
	returns table (theme_id text, period date, n integer)
	language sql volatile security definer
	set search_path = ''
	as $$
	select x.theme_id, x.period, x.n
	from jsonb_to_recordset((app.board_snapshot(area)).volumes) as x (theme_id text, period date, n integer)
	order by x.period, x.theme_id
$$;

create or replace function app.board_still_hearing(area uuid)
	returns table (theme_id text, since timestamptz, n integer)
	language sql volatile security definer
	set search_path = ''
	as $$
	select x.theme_id, x.since, x.n
	from jsonb_to_recordset((app.board_snapshot(area)).still_hearing) as x (theme_id text, since timestamptz, n integer)
	order by 3 desc nulls last, 1
$$;

-- The people behind each of the area's published statements (at the start of the day), rounded.
create or replace function app.board_statement_voices(area uuid)
	returns table (you_said_id uuid, n integer)
	language sql volatile security definer
	set search_path = ''
	as $$
	select x.you_said_id, x.n
	from jsonb_to_recordset((app.board_snapshot(area)).voices) as x (you_said_id uuid, n integer)
$$;

revoke execute on function app.board_theme_volumes(uuid), app.board_still_hearing(uuid),
	app.board_statement_voices(uuid) from public;
grant execute on function app.board_theme_volumes(uuid), app.board_still_hearing(uuid),
	app.board_statement_voices(uuid) to anon, authenticated, service_role;
