-- Baseline: the schema that these migrations built, squashed on 2026-12-03 with
-- scripts/squash-migrations.sh (pg_dump of a database that ran them). Their text and the reasons
-- for each change are in git history. A database that ran them all skips this file (same version).
-- Squashed: 20261122000100_foundation.sql 20261122000200_accounts.sql
-- 20261122000300_area_models.sql 20261122000400_surveys.sql 20261122000500_events.sql
-- 20261122000600_review.sql 20261122000700_actions.sql 20261122000800_population.sql
-- 20261122000900_statements.sql 20261122001000_board.sql 20261122001100_trace.sql
-- 20261202000100_alert_severity.sql 20261202010100_people_own_name.sql
-- 20261202010200_no_writes_through_data_api.sql 20261202020100_alert_delivery.sql
-- 20261202030100_safeguarding_record.sql 20261202040100_voice_basis_metrics.sql
-- 20261202060100_last_admin.sql 20261202060200_partner_exact_match.sql
-- 20261202060300_display_names.sql 20261202060400_receipt_hmac.sql
-- 20261202900100_guard_new_tables.sql 20261202910100_withdraw_scrubs_audit.sql
-- 20261202910200_subject_access.sql 20261202910300_retention.sql 20261202920100_event_access.sql
-- 20261202950100_permission_helpers.sql 20261202960100_event_access_capabilities.sql
-- 20261203001000_consent_levels.sql 20261203001100_board_daily_counts.sql
-- 20261203004100_hear_back.sql 20261203004200_done_confirmed.sql 20261203006000_event_helpers.sql
-- 20261203007000_reminders.sql 20261203008000_action_feedback.sql 20261203009000_reminder_retry.sql

set local check_function_bodies = false;
select pg_catalog.set_config('search_path', '', true);
--
--

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA app;

--
-- Name: action_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.action_status AS ENUM (
    'planned',
    'in_progress',
    'done',
    'not_doing'
);

--
-- Name: area_role; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.area_role AS ENUM (
    'area_admin',
    'engagement_officer',
    'commissioner',
    'youth_board',
    'partner'
);

--
-- Name: action_feedback_on_withdraw(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.action_feedback_on_withdraw() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	if new.withdrawn_at is not null and old.withdrawn_at is null then
		delete from public.action_feedback where response_id = new.id;
	end if;
	return null;
end
$$;

--
-- Name: action_helped(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.action_helped(action uuid) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select case when n.total < 10 then jsonb_build_object('answered', null, 'helped', null, 'partly', null, 'no', null)
		else jsonb_build_object('answered', n.total, 'helped', n.helped, 'partly', n.partly, 'no', n.no) end
	from public.actions a
	join public.priorities p on p.id = a.priority_id
	join public.plans pl on pl.id = p.plan_id
	join public.areas ar on ar.id = a.area_id
	cross join lateral (
		select count(*)::int as total,
			(count(*) filter (where f.answer = 'helped'))::int as helped,
			(count(*) filter (where f.answer = 'partly'))::int as partly,
			(count(*) filter (where f.answer = 'no'))::int as no
		from public.action_feedback f where f.action_id = a.id) n
	where a.id = action and a.status = 'done'
		and ((pl.published and ar.published) or app.is_area_member(a.area_id))
$$;

--
-- Name: action_statements(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.action_statements(action uuid) RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select coalesce(array_agg(y.id), '{}') from public.you_said_actions ya
	join public.you_said y on y.id = ya.you_said_id and y.status = 'published'
	where ya.action_id = action
$$;

--
-- Name: alert_engagement(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.alert_engagement() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	if new.engagement_id is null and new.feedback_item_id is not null then
		select f.engagement_id into new.engagement_id from public.feedback_items f where f.id = new.feedback_item_id;
	end if;
	return new;
end
$$;

--
-- Name: answer_action_feedback(text, uuid, text, text, text[], text, boolean, text[], text, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.answer_action_feedback(code_hash text, action uuid, ans text, redacted text, themes text[], feeling text, flagged boolean, reasons text[], severity text, original text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
	r record;
	key text;
	alert uuid;
begin
	select x.id, x.area_id, s.engagement_id into r
		from public.responses x join public.surveys s on s.id = x.survey_id
		where x.receipt_hash = code_hash and x.withdrawn_at is null;
	if r.id is null then return false; end if;
	if not exists (select 1 from app.receipt_done_actions(code_hash) d where d.action_id = action) then
		return false;
	end if;
	if flagged and original is not null then
		key := 'action:' || action || ':' || r.id;
		select a.id into alert from public.safeguarding_alerts a
			join public.safeguarding_alert_words w on w.alert_id = a.id
			where a.area_id = r.area_id and a.submission_key = key and w.original_text = original
			order by a.created_at limit 1;
		if alert is null then
			alert := gen_random_uuid();
			insert into public.safeguarding_alerts (id, area_id, engagement_id, submission_key, reasons, severity)
				values (alert, r.area_id, r.engagement_id, key, coalesce(reasons, '{}'), coalesce(severity, 'urgent'));
			insert into public.safeguarding_alert_words (alert_id, area_id, original_text, redacted_text)
				values (alert, r.area_id, original, coalesce(redacted, original));
		end if;
	end if;
	-- The form was not complete: the alert (if any) is raised, nothing else is saved.
	if ans is null then return false; end if;
	insert into public.action_feedback (area_id, action_id, response_id, answer, words, suggested_theme_ids,
			sentiment, safeguarding, alert_id)
		values (r.area_id, action, r.id, ans, redacted, coalesce(themes, '{}'), feeling, coalesce(flagged, false), alert)
		on conflict (response_id, action_id) do update set answer = excluded.answer, words = excluded.words,
			suggested_theme_ids = excluded.suggested_theme_ids, sentiment = excluded.sentiment,
			safeguarding = excluded.safeguarding, alert_id = coalesce(excluded.alert_id, public.action_feedback.alert_id),
			updated_at = now();
	return true;
end
$$;

--
-- Name: area_model(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.area_model(area uuid) RETURNS TABLE(model jsonb, trained_at timestamp with time zone)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select m.model, m.trained_at from public.area_models m where m.area_id = area $$;

--
-- Name: audit(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
	old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) else null end;
	new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) else null end;
	row_data jsonb := coalesce(new_row, old_row);
	area uuid;
	what text := lower(tg_op);
	diff jsonb := '{}';
	k text;
begin
	area := case when tg_table_name = 'areas' then (row_data ->> 'id')::uuid else (row_data ->> 'area_id')::uuid end;
	if tg_op = 'UPDATE' then
		for k in select jsonb_object_keys(new_row) loop
			if k not in ('updated_at') and new_row -> k is distinct from old_row -> k then
				diff := diff || jsonb_build_object(k, jsonb_build_object('from', old_row -> k, 'to', new_row -> k));
			end if;
		end loop;
		if diff = '{}' then return null; end if;
	elsif tg_op = 'INSERT' then
		diff := new_row;
	else
		diff := old_row;
	end if;
	-- Name the events people look for.
	if tg_table_name = 'you_said' and tg_op = 'UPDATE' and new_row ->> 'status' = 'published'
		and old_row ->> 'status' is distinct from 'published' then
		what := 'publish';
	elsif tg_table_name = 'memberships' then
		what := case when tg_op = 'INSERT' then 'role_granted'
			when new_row ->> 'revoked_at' is not null and old_row ->> 'revoked_at' is null then 'role_revoked'
			else 'role_changed' end;
	end if;
	insert into public.audit_log (area_id, actor_id, action, table_name, row_id, changes)
	values (area, auth.uid(), what, tg_table_name, row_data ->> 'id', diff - 'token_hash');
	return null;
end
$$;

--
-- Name: audit_event(uuid, uuid, text, jsonb); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.audit_event(actor uuid, area uuid, what text, details jsonb) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO ''
    AS $$
	insert into public.audit_log (area_id, actor_id, action, changes) values (area, actor, what, coalesce(details, '{}'))
$$;

--
-- Name: audit_link(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.audit_link() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare r jsonb := to_jsonb(coalesce(new, old));
begin
	insert into public.audit_log (area_id, actor_id, action, table_name, row_id, changes)
	values ((r ->> 'area_id')::uuid, auth.uid(), case when tg_op = 'INSERT' then 'link' else 'unlink' end,
		tg_table_name, r ->> 'you_said_id', r);
	return null;
end
$$;

--
-- Name: audit_model(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.audit_model() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	insert into public.audit_log (area_id, actor_id, action, table_name, row_id, changes)
	values (new.area_id, auth.uid(), 'model_trained', 'area_models', new.area_id::text, jsonb_build_object('examples', new.examples));
	return null;
end
$$;

--
-- Name: board_may_read(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.board_may_read(consent text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$ select consent in ('quote', 'board') $$;

--
-- Name: board_snapshots; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.board_snapshots (
    area_id uuid NOT NULL,
    day date NOT NULL,
    taken_at timestamp with time zone DEFAULT now() NOT NULL,
    volumes jsonb NOT NULL,
    still_hearing jsonb NOT NULL,
    voices jsonb NOT NULL
);

--
-- Name: board_snapshot(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.board_snapshot(area uuid) RETURNS app.board_snapshots
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: board_statement_voices(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.board_statement_voices(area uuid) RETURNS TABLE(you_said_id uuid, n integer)
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select x.you_said_id, x.n
	from jsonb_to_recordset((app.board_snapshot(area)).voices) as x (you_said_id uuid, n integer)
$$;

--
-- Name: board_still_hearing(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.board_still_hearing(area uuid) RETURNS TABLE(theme_id text, since timestamp with time zone, n integer)
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select x.theme_id, x.since, x.n
	from jsonb_to_recordset((app.board_snapshot(area)).still_hearing) as x (theme_id text, since timestamptz, n integer)
	order by 3 desc nulls last, 1
$$;

--
-- Name: board_still_hearing_now(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.board_still_hearing_now(area uuid) RETURNS TABLE(theme_id text, since timestamp with time zone, n integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: board_theme_volumes(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.board_theme_volumes(area uuid) RETURNS TABLE(theme_id text, period date, n integer)
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select x.theme_id, x.period, x.n
	from jsonb_to_recordset((app.board_snapshot(area)).volumes) as x (theme_id text, period date, n integer)
	order by x.period, x.theme_id
$$;

--
-- Name: board_theme_volumes_now(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.board_theme_volumes_now(area uuid) RETURNS TABLE(theme_id text, period date, n integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: can_agree_for_board(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_agree_for_board(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_confirm_done(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_confirm_done(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_link_statements(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_link_statements(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_manage_area(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_manage_area(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_manage_members(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_manage_members(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_manage_metrics(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_manage_metrics(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_manage_plans(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_manage_plans(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'commissioner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_manage_surveys(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_manage_surveys(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_manage_themes(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_manage_themes(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_publish_statements(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_publish_statements(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_ratify_themes(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_ratify_themes(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_read_feedback(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_read_feedback(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_read_original_words(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_read_original_words(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_read_reviews(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_read_reviews(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'commissioner', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_reply_to_feedback(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_reply_to_feedback(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_review(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_review(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_run_events(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_run_events(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_run_review(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_run_review(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_see_alerts(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_see_alerts(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_update_actions(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_update_actions(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'commissioner', 'partner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_vote(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_vote(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: can_write_statements(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.can_write_statements(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: check_action_outcome(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.check_action_outcome() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	-- People (the API roles) cannot claim a status "as the plan reported it".
	if tg_op = 'INSERT' and current_user in ('anon', 'authenticated') then
		new.status_changed_at := now();
	end if;
	if new.status in ('done', 'not_doing')
		and coalesce(length(btrim(new.outcome)), 0) < 3
		and (
			(tg_op = 'INSERT' and new.status_changed_at is not null)
			or (tg_op = 'UPDATE' and (new.status is distinct from old.status or new.outcome is distinct from old.outcome))
		) then
		raise exception using
			errcode = 'check_violation',
			constraint = 'actions_outcome_required',
			table = 'actions',
			column = 'outcome',
			message = case when new.status = 'done'
				then 'A done action must say what changed for young people'
				else 'An action that is not going ahead must say why' end;
	end if;
	return new;
end
$$;

--
-- Name: check_review(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.check_review() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare unknown text[];
begin
	select array_agg(t) into unknown
	from unnest(new.theme_ids || new.rejected_theme_ids) t
	where not exists (select 1 from public.themes th where th.id = t and (th.area_id is null or th.area_id = new.area_id));
	if unknown is not null then
		raise exception 'Unknown themes for this area: %', array_to_string(unknown, ', ') using errcode = '23514';
	end if;
	-- Checked when a quote is marked, not on every later change: consent taken back afterwards
	-- hides the quote where quotes are read, and must not block relabelling (e.g. a merge).
	if new.candidate_quote and (tg_op = 'INSERT' or not old.candidate_quote) and not exists (
		select 1 from public.feedback_items f
		where f.id = new.feedback_item_id and f.consent = 'quote' and f.withdrawn_at is null
	) then
		raise exception 'The person who wrote this did not agree to be quoted' using errcode = '23514';
	end if;
	return new;
end
$$;

--
-- Name: check_statement_feedback(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.check_statement_feedback() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	if not exists (
		select 1 from public.feedback_items f
		where f.id = new.feedback_item_id and f.withdrawn_at is null and not f.safeguarding
			and exists (select 1 from public.feedback_reviews r where r.feedback_item_id = f.id)
	) then
		raise exception 'Only reviewed feedback that is not withdrawn or flagged can support a statement' using errcode = '23514';
	end if;
	return new;
end
$$;

--
-- Name: check_statement_quote(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.check_statement_quote() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
declare words text;
begin
	if tg_op = 'UPDATE' and new.feedback_item_id is not distinct from old.feedback_item_id then
		if new.feedback_item_id is not null then
			new.body := old.body;
		end if;
		return new;
	end if;
	if new.feedback_item_id is null then
		if current_user in ('anon', 'authenticated') then
			raise exception 'Quotes are chosen from feedback a reviewer marked as a possible quote' using errcode = '23514';
		end if;
		return new;
	end if;
	if current_user in ('anon', 'authenticated') and not app.is_candidate_quote(new.feedback_item_id) then
		raise exception 'Only feedback a reviewer marked as a possible quote, with its author''s consent, can be quoted'
			using errcode = '23514';
	end if;
	select f.redacted_text into words from public.feedback_items f where f.id = new.feedback_item_id;
	if words is null then
		raise exception 'Only feedback a reviewer marked as a possible quote, with its author''s consent, can be quoted'
			using errcode = '23514';
	end if;
	new.body := words;
	return new;
end
$$;

--
-- Name: check_theme_vote(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.check_theme_vote() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
	r record;
	used integer;
begin
	if tg_op = 'DELETE' then
		if exists (select 1 from public.vote_rounds v where v.id = old.round_id and v.status = 'closed') then
			raise exception 'This vote has closed' using errcode = '23514';
		end if;
		return old;
	end if;
	select * into r from public.vote_rounds v where v.id = new.round_id for update;
	if r.status <> 'open' then
		raise exception 'This vote has closed' using errcode = '23514';
	end if;
	if not (new.theme_id = any (r.theme_ids)) then
		raise exception 'That theme is not on this ballot' using errcode = '23514';
	end if;
	select coalesce(sum(t.dots), 0) into used from public.theme_votes t
	where t.round_id = new.round_id and t.voter_id = new.voter_id and t.id <> new.id;
	if used + new.dots > r.votes_per_person then
		raise exception using
			errcode = 'check_violation',
			constraint = 'theme_votes_limit',
			table = 'theme_votes',
			message = format('Each person has %s dots in this vote', r.votes_per_person);
	end if;
	return new;
end
$$;

--
-- Name: check_vote_round(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.check_vote_round() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare unknown text[];
begin
	select array_agg(t) into unknown from unnest(new.theme_ids) t
	where not exists (select 1 from public.themes th where th.id = t and (th.area_id is null or th.area_id = new.area_id));
	if unknown is not null then
		raise exception 'Unknown themes for this area: %', array_to_string(unknown, ', ') using errcode = '23514';
	end if;
	if tg_op = 'UPDATE' and (new.votes_per_person <> old.votes_per_person or new.theme_ids is distinct from old.theme_ids)
		and exists (select 1 from public.theme_votes v where v.round_id = new.id) then
		raise exception 'The ballot cannot change once people have voted' using errcode = '23514';
	end if;
	return new;
end
$$;

--
-- Name: clear_withdrawn_demographics(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.clear_withdrawn_demographics() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	if new.withdrawn_at is not null and old.withdrawn_at is null then
		new.respondent_role := null;
		new.age_band := null;
		new.locality := null;
		new.equality := '{}';
		update public.feedback_items set respondent_role = null, age_band = null, locality = null
			where response_id = new.id;
	end if;
	return new;
end
$$;

--
-- Name: confirm_done(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.confirm_done(action uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare a record;
begin
	select id, area_id, status, outcome into a from public.actions where id = action;
	if a.id is null or not app.can_confirm_done(a.area_id) then
		raise exception 'Only the area''s youth board can confirm an action is done' using errcode = '42501';
	end if;
	if a.status <> 'done' or coalesce(a.outcome, '') = '' then return false; end if;
	update public.actions set done_confirmed_at = now(), done_confirmed_by = auth.uid() where id = action;
	return true;
end
$$;

--
-- Name: contribution_stored(uuid, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.contribution_stored(engagement uuid, idem text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (select 1 from public.feedback_items f where f.engagement_id = engagement and f.idempotency_key = idem)
		or exists (select 1 from public.event_ratings r join public.events e on e.id = r.event_id
			where e.engagement_id = engagement and r.idempotency_key = idem)
		or exists (select 1 from public.event_participants p join public.events e on e.id = p.event_id
			where e.engagement_id = engagement and p.idempotency_key = idem)
	$$;

--
-- Name: decision_log_only_publishes(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.decision_log_only_publishes() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	if (to_jsonb(new) - 'published' - 'published_at') is distinct from (to_jsonb(old) - 'published' - 'published_at') then
		raise exception 'A decision cannot be changed once it is in the log, only published or unpublished' using errcode = '23514';
	end if;
	return new;
end
$$;

--
-- Name: demo_accounts_exist(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.demo_accounts_exist() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select exists (select 1 from public.people where is_demo and disabled_at is null) $$;

--
-- Name: enqueue_alert(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.enqueue_alert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	insert into app.jobs (kind, alert_id) values ('alert', new.id);
	perform pg_notify('alert_jobs', '');
	return new;
end
$$;

--
-- Name: event_engagement_open(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.event_engagement_open(engagement uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select exists (select 1 from public.events e where e.engagement_id = engagement and e.status = 'open') $$;

--
-- Name: event_helper_candidates(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.event_helper_candidates(area uuid) RETURNS TABLE(id uuid, name text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select p.id, coalesce(nullif(p.display_name, ''), 'Youth board member')
	from public.people p
	where app.can_run_events(area) and p.disabled_at is null
		and exists (select 1 from public.memberships m
			where m.person_id = p.id and m.area_id = area and m.role = 'youth_board' and m.revoked_at is null)
$$;

--
-- Name: event_is_open(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.event_is_open(event uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select exists (select 1 from public.events e where e.id = event and e.status = 'open') $$;

--
-- Name: event_participant(uuid, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.event_participant(event uuid, token text) RETURNS TABLE(id uuid, respondent_role text, age_band text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select p.id, p.respondent_role, p.age_band from public.event_participants p where p.event_id = event and p.token_hash = token $$;

--
-- Name: event_room_code_for_staff(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.event_room_code_for_staff(event uuid) RETURNS TABLE(code text, wall_key text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select r.code, r.wall_key from app.event_room_codes r join public.events e on e.id = r.event_id
	where r.event_id = event and app.can_read_feedback(e.area_id)
	$$;

--
-- Name: event_room_code_matches(uuid, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.event_room_code_matches(event uuid, typed text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select not exists (select 1 from app.event_room_codes r where r.event_id = event)
		or exists (select 1 from app.event_room_codes r where r.event_id = event and r.code = typed) $$;

--
-- Name: event_room_code_required(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.event_room_code_required(event uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select exists (select 1 from app.event_room_codes r where r.event_id = event) $$;

--
-- Name: event_wall(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.event_wall(event uuid) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	with e as (select * from public.events where id = event and status <> 'draft'),
	items as (
		select f.* from public.feedback_items f join e on f.engagement_id = e.engagement_id
		where f.withdrawn_at is null and not f.safeguarding
	),
	quotable as (
		select i.* from items i
		where i.consent = 'quote' and not exists (select 1 from public.event_wall_hidden h where h.feedback_item_id = i.id)
	)
	select case when not exists (select 1 from e) then null else jsonb_build_object(
		'status', (select status from e),
		'people', greatest(coalesce((select head_count from e), 0),
			(select count(*) from public.event_participants p where p.event_id = event)),
		'contributions', (select count(*) from items) + (select count(*) from public.event_ratings r where r.event_id = event),
		'quotes', coalesce((select jsonb_agg(jsonb_build_object('id', q.id, 'text', q.redacted_text, 'prompt', q.question_key)
			order by q.created_at desc) from (select * from quotable order by created_at desc limit 8) q), '[]'),
		'words', coalesce((select jsonb_agg(q.redacted_text) from (select redacted_text from quotable order by created_at desc limit 300) q), '[]'),
		'themes', coalesce((select jsonb_object_agg(t, n) from (
			select t, count(*) as n from items, unnest(items.suggested_theme_ids) t group by t) x), '{}'),
		'ratings', coalesce((select jsonb_object_agg(prompt_key, jsonb_build_object('n', n, 'average', average)) from (
			select prompt_key, count(*) as n, round(avg(rating), 1) as average from public.event_ratings r
			where r.event_id = event group by prompt_key) x), '{}')
	) end
	$$;

--
-- Name: event_wall_room_code(uuid, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.event_wall_room_code(event uuid, key text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select r.code from app.event_room_codes r where r.event_id = event and r.wall_key = key $$;

--
-- Name: expire_hear_back(timestamp with time zone); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.expire_hear_back(run_at timestamp with time zone) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare n integer;
begin
	delete from app.hear_back_contacts where expires_at <= run_at;
	get diagnostics n = row_count;
	return n;
end
$$;

--
-- Name: feedback_just_added(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.feedback_just_added(item uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select exists (select 1 from public.feedback_items f where f.id = item and f.created_at = now()) $$;

--
-- Name: feedback_replies_for(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.feedback_replies_for(item uuid) RETURNS TABLE(id uuid, signed_as text, body text, created_at timestamp with time zone)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select x.id, x.signed_as, x.body, x.created_at from app.feedback_replies x
	where x.feedback_item_id = item and app.can_reply_to_feedback(x.area_id)
	order by x.created_at
$$;

--
-- Name: guard_data_api_writes(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.guard_data_api_writes() RETURNS void
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
declare
	t record;
	verb text;
	name text;
begin
	for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
		where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1
	loop
		foreach verb in array array['insert', 'update', 'delete'] loop
			name := 'No ' || verb || 's through the Data API';
			if not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = t.relname and p.policyname = name) then
				execute format(
					'create policy %I on public.%I as restrictive for %s to anon, authenticated %s',
					name, t.relname, verb,
					case verb
						when 'insert' then 'with check (not app.through_data_api())'
						else 'using (not app.through_data_api())'
					end
				);
			end if;
		end loop;
	end loop;
end
$$;

--
-- Name: guard_done_confirmation(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.guard_done_confirmation() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	-- Signed-in people (and visitors) never set it themselves; app.confirm_done runs as the owner.
	if current_user in ('anon', 'authenticated') then
		if tg_op = 'INSERT' then
			if new.done_confirmed_at is not null or new.done_confirmed_by is not null then
				raise exception 'Only the youth board confirms an action is done' using errcode = '42501';
			end if;
		elsif new.done_confirmed_at is distinct from old.done_confirmed_at
			or new.done_confirmed_by is distinct from old.done_confirmed_by then
			raise exception 'Only the youth board confirms an action is done' using errcode = '42501';
		end if;
	end if;
	if tg_op = 'UPDATE' and (new.status is distinct from old.status or new.outcome is distinct from old.outcome) then
		new.done_confirmed_at := null;
		new.done_confirmed_by := null;
	end if;
	return new;
end
$$;

--
-- Name: guard_partner_action_edit(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.guard_partner_action_edit() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	if current_user in ('anon', 'authenticated')
		and not app.can_manage_plans(old.area_id)
		and (new.area_id, new.priority_id, new.seed_key, new.position, new.title, new.description, new.owner,
			new.owner_type, new.owner_organisation, new.owner_role, new.due_on, new.thrive, new.source_file)
			is distinct from
			(old.area_id, old.priority_id, old.seed_key, old.position, old.title, old.description, old.owner,
			old.owner_type, old.owner_organisation, old.owner_role, old.due_on, old.thrive, old.source_file) then
		raise exception using
			errcode = 'insufficient_privilege',
			message = 'Partners can change only the progress of an action: its status, progress, what changed and evidence';
	end if;
	return new;
end
$$;

--
-- Name: has_area_role(uuid, public.area_role[]); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.has_area_role(area uuid, roles public.area_role[]) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area and m.role = any (roles)
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: hear_back_confirm(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_confirm(which uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	update app.hear_back_contacts set confirmed_at = coalesce(confirmed_at, now()),
		next_digest_at = case when frequency = 'weekly' then app.next_digest_at(now()) end
		where id = which and expires_at > now();
	return found;
end
$$;

--
-- Name: hear_back_note(uuid, text, uuid, uuid[], jsonb); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_note(area uuid, what text, subject uuid, statements uuid[], detail jsonb) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO ''
    AS $$
	insert into app.hear_back_outbox (contact_id, kind, subject_id, detail)
	select c.id, what, subject, detail
	from app.hear_back_contacts c
	where c.area_id = area and c.confirmed_at is not null and c.expires_at > now()
		and exists (
			select 1 from public.feedback_items f
			where f.response_id = c.response_id and f.withdrawn_at is null
				and (exists (select 1 from public.you_said_themes yt
						where yt.you_said_id = any (statements) and yt.theme_id = any (f.suggested_theme_ids))
					or exists (select 1 from public.you_said_feedback yf
						where yf.you_said_id = any (statements) and yf.feedback_item_id = f.id)))
$$;

--
-- Name: hear_back_on_action(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_on_action() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	if new.status is distinct from old.status or new.progress is distinct from old.progress then
		perform app.hear_back_note(new.area_id, 'action_status', new.id, app.action_statements(new.id),
			jsonb_build_object('status', new.status, 'progress', new.progress));
	end if;
	return null;
end
$$;

--
-- Name: hear_back_on_action_update(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_on_action_update() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	perform app.hear_back_note(new.area_id, 'action_update', new.action_id, app.action_statements(new.action_id),
		jsonb_build_object('update_id', new.id));
	return null;
end
$$;

--
-- Name: hear_back_on_reply(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_on_reply() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	insert into app.hear_back_outbox (contact_id, kind, subject_id)
	select c.id, 'reply', new.id
	from app.hear_back_contacts c join public.feedback_items f on f.response_id = c.response_id
	where f.id = new.feedback_item_id and c.confirmed_at is not null and c.expires_at > now();
	return null;
end
$$;

--
-- Name: hear_back_on_statement(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_on_statement() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	if new.status <> 'published' then return null; end if;
	if tg_op = 'UPDATE' then
		if old.status = 'published' then return null; end if;
	end if;
	perform app.hear_back_note(new.area_id, 'statement', new.id, array[new.id], '{}');
	return null;
end
$$;

--
-- Name: hear_back_on_withdraw(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_on_withdraw() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	if new.withdrawn_at is not null and old.withdrawn_at is null then
		delete from app.hear_back_contacts where response_id = new.id;
	end if;
	return null;
end
$$;

--
-- Name: hear_back_status(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_status(code_hash text) RETURNS TABLE(id uuid, channel text, frequency text, confirmed boolean, expires_at timestamp with time zone)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select c.id, c.channel, c.frequency, c.confirmed_at is not null, c.expires_at
	from app.hear_back_contacts c join public.responses r on r.id = c.response_id
	where r.receipt_hash = code_hash
	order by c.channel
$$;

--
-- Name: hear_back_stop(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_stop(which uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	delete from app.hear_back_contacts where id = which;
	return found;
end
$$;

--
-- Name: hear_back_stop_receipt(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_stop_receipt(code_hash text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare n integer;
begin
	delete from app.hear_back_contacts c using public.responses r
		where r.id = c.response_id and r.receipt_hash = code_hash;
	get diagnostics n = row_count;
	return n;
end
$$;

--
-- Name: hear_back_subscribe(text, text, text, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hear_back_subscribe(code_hash text, ch text, cipher text, freq text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
	r record;
	c_id uuid;
begin
	select id, area_id into r from public.responses where receipt_hash = code_hash and withdrawn_at is null;
	if r.id is null then return null; end if;
	if exists (select 1 from app.hear_back_contacts c join app.hear_back_messages m on m.contact_id = c.id
		where c.response_id = r.id and m.kind = 'confirm' and m.created_at > now() - interval '2 minutes') then
		return null;
	end if;
	delete from app.hear_back_contacts where response_id = r.id and channel = ch;
	insert into app.hear_back_contacts (area_id, response_id, channel, contact, frequency)
		values (r.area_id, r.id, ch, cipher, freq) returning id into c_id;
	insert into app.hear_back_messages (contact_id, kind) values (c_id, 'confirm');
	perform pg_notify('alert_jobs', '');
	return c_id;
end
$$;

--
-- Name: hmac_sha256(bytea, bytea); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.hmac_sha256(key bytea, message bytea) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path TO ''
    AS $$
declare
	k bytea;
	inner_pad bytea;
	outer_pad bytea;
begin
	if length(key) > 64 then key := sha256(key); end if;
	k := key || decode(repeat('00', 64 - length(key)), 'hex');
	inner_pad := k;
	outer_pad := k;
	for n in 0..63 loop
		inner_pad := set_byte(inner_pad, n, get_byte(k, n) # 54);
		outer_pad := set_byte(outer_pad, n, get_byte(k, n) # 92);
	end loop;
	return sha256(outer_pad || sha256(inner_pad || message));
end $$;

--
-- Name: is_area_member(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_area_member(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: is_candidate_quote(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_candidate_quote(item uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.feedback_items f
		where f.id = item and f.consent = 'quote' and f.withdrawn_at is null and not f.safeguarding
			and exists (select 1 from public.feedback_reviews r
				where r.feedback_item_id = f.id and r.candidate_quote and r.redaction_checked)
	)
$$;

--
-- Name: is_partner_for(uuid, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_partner_for(area uuid, owner text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select app.organisation_key(owner) is not null and exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area and m.role = 'partner'
			and m.revoked_at is null and p.disabled_at is null
			and app.organisation_key(m.organisation) = app.organisation_key(owner)
	)
$$;

--
-- Name: is_platform_admin(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_platform_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.people p
		where p.id = auth.uid() and p.is_platform_admin and p.disabled_at is null
	)
$$;

--
-- Name: is_safeguarding_contact(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_safeguarding_contact(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select exists (
		select 1 from public.memberships m join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area and m.safeguarding_contact
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

--
-- Name: is_trace_reader(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.is_trace_reader(area uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select app.can_read_feedback(area)
$$;

--
-- Name: keep_last_area_admin(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.keep_last_area_admin() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$
begin
	if old.role = 'area_admin' and old.revoked_at is null
		and (new.revoked_at is not null or new.role <> 'area_admin' or new.area_id <> old.area_id) then
		-- Two admins revoking each other at once must not both succeed: one waits for the other.
		perform pg_advisory_xact_lock(hashtext('app.last_area_admin'), hashtext(old.area_id::text));
		if not exists (
			select 1 from public.memberships m join public.people p on p.id = m.person_id
			where m.area_id = old.area_id and m.role = 'area_admin' and m.revoked_at is null
				and m.id <> old.id and p.disabled_at is null
		) then
			raise exception 'This is the last admin of the area. Give someone else the admin role first.'
				using errcode = 'check_violation', constraint = 'memberships_last_area_admin';
		end if;
	end if;
	return new;
end $$;

--
-- Name: may_see_reviews_of(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.may_see_reviews_of(item uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select not exists (select 1 from public.review_samples s where s.feedback_item_id = item)
		or exists (select 1 from public.feedback_reviews r where r.feedback_item_id = item and r.reviewer_id = auth.uid())
		or (select count(*) from public.feedback_reviews r where r.feedback_item_id = item) >= 2
$$;

--
-- Name: merge_theme_labels(uuid, text, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.merge_theme_labels(area uuid, from_theme text, into_theme text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare n integer;
begin
	if not app.can_manage_themes(area) then
		raise exception 'Only engagement officers and area admins can merge themes' using errcode = '42501';
	end if;
	update public.feedback_reviews r
	set theme_ids = case when from_theme = any (r.theme_ids)
			then array(select distinct t from unnest(array_replace(r.theme_ids, from_theme, into_theme)) t order by t)
			else r.theme_ids end,
		rejected_theme_ids = case when from_theme = any (r.theme_ids)
			then array_remove(array_remove(r.rejected_theme_ids, from_theme), into_theme)
			else array_remove(r.rejected_theme_ids, from_theme) end
	where r.area_id = area and (from_theme = any (r.theme_ids) or from_theme = any (r.rejected_theme_ids));
	get diagnostics n = row_count;
	return n;
end
$$;

--
-- Name: my_reminders(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.my_reminders(area uuid) RETURNS TABLE(kind text, enabled boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select k.kind, coalesce(s.enabled, true)
	from (
		select distinct case m.role when 'partner' then 'action_update_due' when 'youth_board' then 'review_batch_waiting'
			else 'officer_weekly' end as kind
		from public.memberships m
		where m.person_id = auth.uid() and m.area_id = area and m.revoked_at is null
			and m.role = any (array['partner', 'youth_board', 'engagement_officer']::public.area_role[])
	) k
	left join app.reminder_settings s on s.person_id = auth.uid() and s.area_id = area and s.kind = k.kind
	order by k.kind
$$;

--
-- Name: next_digest_at(timestamp with time zone); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.next_digest_at(after timestamp with time zone) RETURNS timestamp with time zone
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$
	select case when c > after then c else c + interval '7 days' end
	from (select (date_trunc('week', after at time zone 'Europe/London') + interval '9 hours')
		at time zone 'Europe/London' as c) x
$$;

--
-- Name: note_submission(text, integer); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.note_submission(address text, window_minutes integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare n integer;
begin
	delete from app.submission_attempts where at < now() - interval '1 hour';
	insert into app.submission_attempts (address_hash) values (address);
	select count(*) into n from app.submission_attempts
		where address_hash = address and at > now() - make_interval(mins => window_minutes);
	return n;
end
$$;

--
-- Name: notify_event_activity(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.notify_event_activity() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare ev uuid;
begin
	if tg_table_name = 'feedback_items' then
		select e.id into ev from public.events e where e.engagement_id = coalesce(new.engagement_id, old.engagement_id);
	elsif tg_table_name = 'event_wall_hidden' then
		select e.id into ev from public.events e join public.feedback_items f on f.engagement_id = e.engagement_id
			where f.id = coalesce(new.feedback_item_id, old.feedback_item_id);
	elsif tg_table_name = 'events' then
		ev := new.id;
	else
		ev := coalesce(new.event_id, old.event_id);
	end if;
	if ev is not null then
		perform pg_notify('event_activity', ev::text);
	end if;
	return null;
end
$$;

--
-- Name: notify_session_ended(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.notify_session_ended() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	perform pg_notify('session_ended', old.id::text);
	return null;
end
$$;

--
-- Name: organisation_key(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.organisation_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$ select nullif(lower(regexp_replace(btrim(name), '\s+', ' ', 'g')), '') $$;

--
-- Name: publish_statement_quotes(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.publish_statement_quotes() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	if new.status = 'published' and old.status is distinct from 'published' then
		if current_user in ('anon', 'authenticated') and exists (
			select 1 from public.you_said_quotes q
			where q.you_said_id = new.id and q.feedback_item_id is not null and not app.is_candidate_quote(q.feedback_item_id)
		) then
			raise exception 'A quote chosen for this statement can no longer be quoted: remove it before publishing'
				using errcode = '23514';
		end if;
		update public.you_said_quotes set published = true
			where you_said_id = new.id and feedback_item_id is not null and not published;
	end if;
	return null;
end
$$;

--
-- Name: raise_alert(uuid, uuid, uuid, uuid, text, text[], text, text, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.raise_alert(alert uuid, area uuid, engagement uuid, item uuid, key text, reasons text[], severity text, original text, redacted text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare existing uuid;
begin
	if item is not null then
		if not exists (select 1 from public.feedback_items f
				where f.id = item and f.area_id = area and f.engagement_id = engagement and f.created_at = now()) then
			raise exception 'An alert can only be raised for feedback just added' using errcode = '42501';
		end if;
	elsif not (
		exists (select 1 from public.surveys s where s.engagement_id = engagement and s.area_id = area and s.status = 'open')
		or exists (select 1 from public.events e where e.engagement_id = engagement and e.area_id = area and e.status = 'open')
		or (app.is_area_member(area) and exists (select 1 from public.engagements g where g.id = engagement and g.area_id = area))
	) then
		raise exception 'Alerts without feedback are only for open surveys and events' using errcode = '42501';
	end if;
	if key is not null then
		select a.id into existing from public.safeguarding_alerts a
			join public.safeguarding_alert_words w on w.alert_id = a.id
			where a.area_id = area and a.submission_key = key and w.original_text = original
			order by a.created_at limit 1;
		if existing is not null then
			if item is not null then
				update public.safeguarding_alerts set feedback_item_id = item where id = existing and feedback_item_id is null;
			end if;
			return existing;
		end if;
	end if;
	insert into public.safeguarding_alerts (id, area_id, engagement_id, feedback_item_id, submission_key, reasons, severity)
		values (alert, area, engagement, item, key, coalesce(reasons, '{}'), coalesce(severity, 'urgent'));
	insert into public.safeguarding_alert_words (alert_id, area_id, original_text, redacted_text)
		values (alert, area, original, redacted);
	return alert;
end
$$;

--
-- Name: receipt(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.receipt(code_hash text) RETURNS TABLE(survey_title text, area_slug text, area_name text, submitted_at timestamp with time zone, withdrawn boolean, quoted_items integer, items integer, themes text[])
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select s.title, a.slug, a.name, r.created_at, r.withdrawn_at is not null,
		(select count(*)::int from public.feedback_items f where f.response_id = r.id and f.consent = 'quote' and f.withdrawn_at is null),
		(select count(*)::int from public.feedback_items f where f.response_id = r.id and f.withdrawn_at is null),
		coalesce((select array_agg(distinct t.id) from public.feedback_items f, unnest(f.suggested_theme_ids) t(id)
			where f.response_id = r.id and f.withdrawn_at is null), '{}')
	from public.responses r join public.surveys s on s.id = r.survey_id join public.areas a on a.id = r.area_id
	where r.receipt_hash = code_hash
$$;

--
-- Name: receipt_action_answers(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.receipt_action_answers(code_hash text) RETURNS TABLE(action text, answer text, words text, answered_at timestamp with time zone)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select a.title, af.answer, af.words, af.updated_at
	from public.action_feedback af
	join public.responses r on r.id = af.response_id
	join public.actions a on a.id = af.action_id
	where r.receipt_hash = code_hash
	order by af.created_at, a.title
$$;

--
-- Name: receipt_data(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.receipt_data(code_hash text) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select jsonb_build_object(
		'area', a.name,
		'survey', s.title,
		'submitted_at', r.created_at,
		'withdrawn_at', r.withdrawn_at,
		'about_you', jsonb_build_object(
			'respondent_role', r.respondent_role,
			'age_band', r.age_band,
			'locality', r.locality,
			'easy_read', r.easy_read,
			'equality', r.equality),
		'answers', r.answers,
		'words', coalesce((
			select jsonb_agg(jsonb_build_object(
				'question', f.question_key,
				'as_typed', o.original_text,
				'as_redacted', f.redacted_text,
				'may_quote', f.consent = 'quote',
				'themes', coalesce((select jsonb_agg(t.name order by t.name) from public.themes t
					where t.id = any (f.suggested_theme_ids) and (t.area_id is null or t.area_id = f.area_id)), '[]'),
				'feeling', f.sentiment,
				'withdrawn_at', f.withdrawn_at,
				'quoted_in', coalesce((select jsonb_agg(jsonb_build_object('statement', y.statement, 'published', q.published))
					from public.you_said_quotes q join public.you_said y on y.id = q.you_said_id
					where q.feedback_item_id = f.id), '[]'),
				'behind', coalesce((select jsonb_agg(y.statement)
					from public.you_said_feedback yf join public.you_said y on y.id = yf.you_said_id
					where yf.feedback_item_id = f.id and y.status = 'published'), '[]'))
				order by f.created_at, f.question_key)
			from public.feedback_items f left join public.feedback_originals o on o.feedback_item_id = f.id
			where f.response_id = r.id), '[]'))
	from public.responses r join public.surveys s on s.id = r.survey_id join public.areas a on a.id = r.area_id
	where r.receipt_hash = code_hash
$$;

--
-- Name: receipt_done_actions(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.receipt_done_actions(code_hash text) RETURNS TABLE(action_id uuid, area_id uuid, title text, owner text, done_confirmed boolean, answer text, words text, answered_at timestamp with time zone)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select a.id, a.area_id, a.title, coalesce(a.owner_organisation, a.owner), a.done_confirmed_at is not null,
		af.answer, case when not af.safeguarding then af.words end, af.updated_at
	from public.responses r
	join public.areas ar on ar.id = r.area_id and ar.published
	join public.actions a on a.area_id = r.area_id and a.status = 'done'
	join public.priorities p on p.id = a.priority_id
	join public.plans pl on pl.id = p.plan_id and pl.published
	left join public.action_feedback af on af.response_id = r.id and af.action_id = a.id
	where r.receipt_hash = code_hash and r.withdrawn_at is null
		and exists (
			select 1 from public.you_said_actions ya
			join public.you_said y on y.id = ya.you_said_id and y.status = 'published'
			join public.feedback_items f on f.response_id = r.id and f.withdrawn_at is null
			where ya.action_id = a.id
				and (exists (select 1 from public.you_said_themes yt
						where yt.you_said_id = y.id and yt.theme_id = any (f.suggested_theme_ids))
					or exists (select 1 from public.you_said_feedback yf
						where yf.you_said_id = y.id and yf.feedback_item_id = f.id)))
	order by p.number, a.position, a.title, a.id
$$;

--
-- Name: receipt_replies(text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.receipt_replies(code_hash text) RETURNS TABLE(id uuid, signed_as text, body text, created_at timestamp with time zone)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select x.id, x.signed_as, x.body, x.created_at
	from app.feedback_replies x
	join public.feedback_items f on f.id = x.feedback_item_id and f.withdrawn_at is null
	join public.responses r on r.id = f.response_id
	where r.receipt_hash = code_hash
	order by x.created_at
$$;

--
-- Name: retention_runs; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.retention_runs (
    day date NOT NULL,
    started_at timestamp with time zone NOT NULL,
    originals_deleted integer DEFAULT 0 NOT NULL,
    audit_deleted integer DEFAULT 0 NOT NULL,
    sessions_deleted integer DEFAULT 0 NOT NULL,
    sign_in_attempts_deleted integer DEFAULT 0 NOT NULL
);

--
-- Name: recent_retention_runs(integer); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.recent_retention_runs(n integer) RETURNS SETOF app.retention_runs
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select * from app.retention_runs order by day desc limit least(n, 60)
$$;

--
-- Name: reply_to_feedback(uuid, text, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.reply_to_feedback(item uuid, signed text, words text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
	f record;
	r_id uuid;
begin
	select id, area_id, safeguarding, withdrawn_at, response_id into f from public.feedback_items where id = item;
	if f.id is null or not app.can_reply_to_feedback(f.area_id) then
		raise exception 'Only the area''s engagement officers and admins can reply' using errcode = '42501';
	end if;
	if f.safeguarding or f.withdrawn_at is not null or f.response_id is null then
		raise exception 'This feedback cannot have a reply' using errcode = '22023';
	end if;
	insert into app.feedback_replies (area_id, feedback_item_id, author_id, signed_as, body)
		values (f.area_id, f.id, auth.uid(), signed, words) returning id into r_id;
	return r_id;
end
$$;

--
-- Name: response_id(uuid, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.response_id(survey uuid, idem text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select id from public.responses where survey_id = survey and idempotency_key = idem $$;

--
-- Name: round_public(integer); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.round_public(n integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$
	select case when n is null or n between 1 and 9 then null when n = 0 then 0
		else greatest(10, (round(n / 5.0) * 5)::integer) end
$$;

--
-- Name: run_retention(timestamp with time zone); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.run_retention(run_at timestamp with time zone) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
	n_originals integer;
	n_audit integer;
	n_sessions integer;
	n_attempts integer;
begin
	insert into app.retention_runs (day, started_at) values ((run_at at time zone 'Europe/London')::date, run_at)
		on conflict (day) do nothing;
	if not found then return false; end if;
	delete from public.feedback_originals o using public.feedback_items f, public.areas a
		where o.feedback_item_id = f.id and a.id = f.area_id
			and f.created_at < run_at - make_interval(months => a.keep_originals_months);
	get diagnostics n_originals = row_count;
	delete from public.audit_log l using public.areas a
		where a.id = l.area_id and l.at < run_at - make_interval(years => a.keep_audit_years);
	get diagnostics n_audit = row_count;
	-- Entries of deleted areas (area_id set null) follow the six-year default.
	delete from public.audit_log where area_id is null and audit_log.at < run_at - interval '6 years';
	get diagnostics n_attempts = row_count;
	n_audit := n_audit + n_attempts;
	delete from app.sessions where expires_at < run_at - interval '1 day';
	get diagnostics n_sessions = row_count;
	delete from app.sign_in_attempts where sign_in_attempts.at < run_at - interval '1 day';
	get diagnostics n_attempts = row_count;
	update app.retention_runs set originals_deleted = n_originals, audit_deleted = n_audit,
		sessions_deleted = n_sessions, sign_in_attempts_deleted = n_attempts
		where day = (run_at at time zone 'Europe/London')::date;
	return true;
end
$$;

--
-- Name: set_event_room_code(uuid, text, text); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.set_event_room_code(event uuid, new_code text, new_wall_key text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare area uuid;
begin
	select e.area_id into area from public.events e where e.id = event;
	if area is null or not app.can_run_events(area) then
		return false;
	end if;
	if new_code is null then
		delete from app.event_room_codes where event_id = event;
	else
		insert into app.event_room_codes (event_id, code, wall_key) values (event, new_code, new_wall_key)
			on conflict (event_id) do update set code = excluded.code, wall_key = excluded.wall_key, created_at = now();
	end if;
	perform app.audit_event(auth.uid(), area, case when new_code is null then 'event_room_code_off' else 'event_room_code_on' end,
		jsonb_build_object('event_id', event));
	return true;
end
$$;

--
-- Name: set_reminder(uuid, text, boolean); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.set_reminder(area uuid, which text, turn_on boolean) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
begin
	if auth.uid() is null or not exists (select 1 from app.my_reminders(area) r where r.kind = which) then
		return false;
	end if;
	insert into app.reminder_settings (person_id, area_id, kind, enabled, updated_at)
	values (auth.uid(), area, which, turn_on, now())
	on conflict (person_id, area_id, kind) do update set enabled = excluded.enabled, updated_at = excluded.updated_at;
	return true;
end
$$;

--
-- Name: stamp_created_by(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stamp_created_by() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	if current_user in ('anon', 'authenticated') then
		new.created_by := auth.uid();
	end if;
	return new;
end
$$;

--
-- Name: stamp_status_change(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.stamp_status_change() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	if new.status is distinct from old.status then
		new.status_changed_at := now();
	end if;
	return new;
end
$$;

--
-- Name: statement_voices(uuid[]); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.statement_voices(ids uuid[]) RETURNS TABLE(you_said_id uuid, respondent_role text, age_band text, locality text, engagement_kind text, n integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: statement_workflow(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.statement_workflow() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	if current_user not in ('anon', 'authenticated') then
		return new;
	end if;
	if tg_op = 'INSERT' then
		new.created_by := auth.uid();
		if new.status = 'agreed' then
			new.agreed_at := now();
			new.agreed_by := auth.uid();
		end if;
		return new;
	end if;
	if old.status = 'agreed' and new.status = 'agreed' and new.statement is distinct from old.statement then
		new.status := 'draft';
	end if;
	if new.status = 'agreed' and old.status is distinct from 'agreed' then
		new.agreed_at := now();
		new.agreed_by := auth.uid();
	elsif new.status = 'draft' then
		new.agreed_at := null;
		new.agreed_by := null;
	end if;
	if new.status = 'published' and old.status is distinct from 'published' then
		new.published_at := now();
		new.published_by := auth.uid();
	end if;
	return new;
end
$$;

--
-- Name: survey_is_open(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.survey_is_open(survey uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$ select exists (select 1 from public.surveys s where s.id = survey and s.status = 'open') $$;

--
-- Name: sync_action_owner(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.sync_action_owner() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	if new.owner_organisation is not null
		or (tg_op = 'UPDATE' and old.owner_organisation is not null) then
		new.owner := nullif(btrim(new.owner_organisation), '');
	end if;
	return new;
end
$$;

--
-- Name: through_data_api(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.through_data_api() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO ''
    AS $$ select session_user::text = 'authenticator' $$;

--
-- Name: touch_updated_at(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO ''
    AS $$
begin
	new.updated_at := now();
	return new;
end
$$;

--
-- Name: trace_feedback(uuid, uuid[], date, date); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.trace_feedback(area uuid, statements uuid[], from_day date, to_day date) RETURNS TABLE(id uuid, created_at timestamp with time zone, redacted_text text, safeguarding boolean, consent text, source text, engagement_id uuid, engagement_title text, engagement_kind text, respondent_role text, age_band text, locality text, person uuid, statement_ids uuid[], quoted boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: trace_statement_counts(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.trace_statement_counts(area uuid) RETURNS TABLE(priority_id uuid, statements integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: trace_theme_counts(uuid, date, date); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.trace_theme_counts(area uuid, from_day date, to_day date) RETURNS TABLE(theme_id text, items integer, confirmed integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
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

--
-- Name: valid_thrive(text[]); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.valid_thrive(groups text[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path TO ''
    AS $$
	select groups <@ array['Thriving', 'Getting Advice', 'Getting Help', 'Getting More Help', 'Getting Risk Support']
$$;

--
-- Name: vote_results(uuid); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.vote_results(round uuid) RETURNS TABLE(theme_id text, dots integer, voters integer, round_voters integer)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO ''
    AS $$
	select t.theme_id, sum(t.dots)::integer, count(distinct t.voter_id)::integer,
		(select count(distinct v.voter_id)::integer from public.theme_votes v where v.round_id = round)
	from public.theme_votes t join public.vote_rounds r on r.id = t.round_id
	where t.round_id = round and app.is_area_member(r.area_id)
	group by t.theme_id
$$;

--
-- Name: withdraw(text, boolean); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.withdraw(code_hash text, everything boolean) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$
declare
	r_id uuid;
	item_ids text[];
	quote_ids text[];
begin
	select id into r_id from public.responses where receipt_hash = code_hash and withdrawn_at is null;
	if r_id is null then return false; end if;
	select coalesce(array_agg(f.id::text), '{}') into item_ids from public.feedback_items f where f.response_id = r_id;
	delete from public.you_said_quotes where feedback_item_id::text = any (item_ids);
	-- Every quote ever made from these words: an insert entry records the item it came from.
	select coalesce(array_agg(distinct a.row_id), '{}') into quote_ids from public.audit_log a
		where a.table_name = 'you_said_quotes' and a.changes ->> 'feedback_item_id' = any (item_ids);
	update public.audit_log set changes = changes - 'body' - 'speaker' - 'feedback_item_id'
		where table_name = 'you_said_quotes' and row_id = any (quote_ids);
	if everything then
		delete from public.you_said_feedback yf using public.feedback_items f
			where yf.feedback_item_id = f.id and f.response_id = r_id;
		update public.responses set withdrawn_at = now(), answers = '{}', equality = '{}' where id = r_id;
		update public.feedback_items set withdrawn_at = now(), redacted_text = '[withdrawn]', consent = 'staff_only'
			where response_id = r_id;
		delete from public.feedback_originals o using public.feedback_items f
			where o.feedback_item_id = f.id and f.response_id = r_id;
	else
		update public.feedback_items set consent = 'staff_only' where response_id = r_id;
	end if;
	return true;
end
$$;

--
-- Name: credentials; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.credentials (
    person_id uuid NOT NULL,
    password_hash text NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: event_join_attempts; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.event_join_attempts (
    id bigint NOT NULL,
    event_id uuid NOT NULL,
    address_hash text NOT NULL,
    wrong_code boolean DEFAULT false NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: event_join_attempts_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.event_join_attempts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.event_join_attempts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: event_room_codes; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.event_room_codes (
    event_id uuid NOT NULL,
    code text NOT NULL,
    wall_key text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_room_codes_code_check CHECK ((code ~ '^[A-HJKMNP-Z2-9]{4}$'::text)),
    CONSTRAINT event_room_codes_wall_key_check CHECK ((wall_key ~ '^[A-Za-z0-9_-]{20,64}$'::text))
);

--
-- Name: feedback_replies; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.feedback_replies (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    feedback_item_id uuid NOT NULL,
    author_id uuid,
    signed_as text NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT feedback_replies_body_check CHECK (((length(body) >= 2) AND (length(body) <= 2000))),
    CONSTRAINT feedback_replies_signed_as_check CHECK (((length(signed_as) >= 3) AND (length(signed_as) <= 160)))
);

--
-- Name: hear_back_contacts; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.hear_back_contacts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    response_id uuid NOT NULL,
    channel text NOT NULL,
    contact text NOT NULL,
    frequency text DEFAULT 'as_it_happens'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    confirmed_at timestamp with time zone,
    expires_at timestamp with time zone DEFAULT (now() + '1 year'::interval) NOT NULL,
    next_digest_at timestamp with time zone,
    CONSTRAINT hear_back_contacts_channel_check CHECK ((channel = ANY (ARRAY['email'::text, 'sms'::text]))),
    CONSTRAINT hear_back_contacts_contact_check CHECK (((length(contact) >= 20) AND (length(contact) <= 1000))),
    CONSTRAINT hear_back_contacts_frequency_check CHECK ((frequency = ANY (ARRAY['as_it_happens'::text, 'weekly'::text])))
);

--
-- Name: hear_back_messages; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.hear_back_messages (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    contact_id uuid NOT NULL,
    kind text NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    locked_until timestamp with time zone,
    last_error text,
    provider_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone,
    CONSTRAINT hear_back_messages_kind_check CHECK ((kind = ANY (ARRAY['confirm'::text, 'update'::text, 'digest'::text]))),
    CONSTRAINT hear_back_messages_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'sending'::text, 'sent'::text, 'failed'::text, 'dead'::text])))
);

--
-- Name: hear_back_outbox; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.hear_back_outbox (
    id bigint NOT NULL,
    contact_id uuid NOT NULL,
    kind text NOT NULL,
    subject_id uuid NOT NULL,
    detail jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    message_id uuid,
    CONSTRAINT hear_back_outbox_kind_check CHECK ((kind = ANY (ARRAY['statement'::text, 'action_status'::text, 'action_update'::text, 'reply'::text])))
);

--
-- Name: hear_back_outbox_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.hear_back_outbox ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.hear_back_outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: jobs; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.jobs (
    id bigint NOT NULL,
    kind text NOT NULL,
    alert_id uuid NOT NULL,
    round integer DEFAULT 0 NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    run_at timestamp with time zone DEFAULT now() NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    done_at timestamp with time zone,
    CONSTRAINT jobs_kind_check CHECK ((kind = ANY (ARRAY['alert'::text, 'escalate'::text]))),
    CONSTRAINT jobs_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'done'::text, 'dead'::text])))
);

--
-- Name: jobs_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.jobs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.jobs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: reminder_settings; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.reminder_settings (
    person_id uuid NOT NULL,
    area_id uuid NOT NULL,
    kind text NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT reminder_settings_kind_check CHECK ((kind = ANY (ARRAY['action_update_due'::text, 'review_batch_waiting'::text, 'officer_weekly'::text])))
);

--
-- Name: reminders_sent; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.reminders_sent (
    person_id uuid NOT NULL,
    area_id uuid NOT NULL,
    kind text NOT NULL,
    period text NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL,
    attempts integer DEFAULT 1 NOT NULL,
    retry_at timestamp with time zone,
    last_error text,
    CONSTRAINT reminders_sent_attempts_check CHECK ((attempts >= 1)),
    CONSTRAINT reminders_sent_kind_check CHECK ((kind = ANY (ARRAY['action_update_due'::text, 'review_batch_waiting'::text, 'officer_weekly'::text]))),
    CONSTRAINT reminders_sent_period_check CHECK (((length(period) >= 7) AND (length(period) <= 10)))
);

--
-- Name: COLUMN reminders_sent.sent_at; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON COLUMN app.reminders_sent.sent_at IS 'When the last attempt started.';

--
-- Name: COLUMN reminders_sent.retry_at; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON COLUMN app.reminders_sent.retry_at IS 'When a failed send may be tried again; null once sent, or once given up (then last_error says why).';

--
-- Name: sessions; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    token_hash text NOT NULL,
    person_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    user_agent text,
    ip text
);

--
-- Name: settings; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.settings (
    key text NOT NULL,
    value text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: sign_in_attempts; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.sign_in_attempts (
    id bigint NOT NULL,
    account text NOT NULL,
    ip text NOT NULL,
    succeeded boolean NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: sign_in_attempts_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.sign_in_attempts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.sign_in_attempts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: submission_attempts; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.submission_attempts (
    id bigint NOT NULL,
    address_hash text NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: submission_attempts_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.submission_attempts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.submission_attempts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: action_feedback; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_feedback (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    action_id uuid NOT NULL,
    response_id uuid NOT NULL,
    answer text NOT NULL,
    words text,
    suggested_theme_ids text[] DEFAULT '{}'::text[] NOT NULL,
    sentiment text,
    safeguarding boolean DEFAULT false NOT NULL,
    alert_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT action_feedback_answer_check CHECK ((answer = ANY (ARRAY['helped'::text, 'partly'::text, 'no'::text]))),
    CONSTRAINT action_feedback_sentiment_check CHECK ((sentiment = ANY (ARRAY['positive'::text, 'negative'::text, 'mixed'::text, 'neutral'::text]))),
    CONSTRAINT action_feedback_words_check CHECK (((length(words) >= 1) AND (length(words) <= 4000)))
);

--
-- Name: action_milestones; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_milestones (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    action_id uuid NOT NULL,
    title text NOT NULL,
    due_on date,
    done_on date,
    "position" integer DEFAULT 0 NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT action_milestones_title_check CHECK (((length(btrim(title)) >= 3) AND (length(btrim(title)) <= 300)))
);

--
-- Name: action_updates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_updates (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    action_id uuid NOT NULL,
    seed_key text,
    happened_on date,
    period text,
    body text NOT NULL,
    source_file text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    evidence_url text,
    created_by uuid,
    CONSTRAINT action_updates_body_check CHECK (((length(body) >= 3) AND (length(body) <= 4000))),
    CONSTRAINT action_updates_evidence_url_check CHECK (((evidence_url IS NULL) OR (evidence_url ~ '^https?://'::text)))
);

--
-- Name: actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.actions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    priority_id uuid NOT NULL,
    seed_key text,
    "position" integer DEFAULT 0 NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    status public.action_status DEFAULT 'planned'::public.action_status NOT NULL,
    owner text,
    due_on date,
    outcome text,
    evidence_url text,
    thrive text[] DEFAULT '{}'::text[] NOT NULL,
    source_file text,
    status_changed_at timestamp with time zone DEFAULT now(),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    owner_type text,
    owner_organisation text,
    owner_role text,
    progress smallint,
    done_confirmed_at timestamp with time zone,
    done_confirmed_by uuid,
    CONSTRAINT actions_evidence_url_check CHECK (((evidence_url IS NULL) OR (evidence_url ~ '^https?://'::text))),
    CONSTRAINT actions_owner_organisation_check CHECK (((owner_organisation IS NULL) OR ((length(btrim(owner_organisation)) >= 2) AND (length(btrim(owner_organisation)) <= 200)))),
    CONSTRAINT actions_owner_role_check CHECK (((owner_role IS NULL) OR ((length(btrim(owner_role)) >= 2) AND (length(btrim(owner_role)) <= 200)))),
    CONSTRAINT actions_owner_type_check CHECK ((owner_type = ANY (ARRAY['icb'::text, 'nhs_trust'::text, 'council'::text, 'school'::text, 'vcse'::text]))),
    CONSTRAINT actions_progress_check CHECK (((progress >= 0) AND (progress <= 100))),
    CONSTRAINT actions_thrive_check CHECK (app.valid_thrive(thrive)),
    CONSTRAINT actions_title_check CHECK (((length(title) >= 3) AND (length(title) <= 300)))
);

--
-- Name: alert_deliveries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_deliveries (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    alert_id uuid NOT NULL,
    round integer DEFAULT 0 NOT NULL,
    person_id uuid NOT NULL,
    channel text NOT NULL,
    address text NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    locked_until timestamp with time zone,
    last_error text,
    provider_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone,
    CONSTRAINT alert_deliveries_channel_check CHECK ((channel = ANY (ARRAY['email'::text, 'notify_email'::text, 'notify_sms'::text]))),
    CONSTRAINT alert_deliveries_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'sending'::text, 'sent'::text, 'failed'::text, 'dead'::text])))
);

--
-- Name: area_models; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.area_models (
    area_id uuid NOT NULL,
    model jsonb NOT NULL,
    examples integer DEFAULT 0 NOT NULL,
    trained_at timestamp with time zone DEFAULT now() NOT NULL,
    trained_by uuid,
    CONSTRAINT area_models_examples_check CHECK ((examples >= 0)),
    CONSTRAINT area_models_model_check CHECK ((jsonb_typeof(model) = 'object'::text))
);

--
-- Name: area_population; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.area_population (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    seed_key text,
    dimension text NOT NULL,
    group_key text,
    locality text,
    age_range text,
    count integer,
    share double precision,
    qualifier text,
    population text NOT NULL,
    year text,
    source_file text,
    quote text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT area_population_age_range_check CHECK (((age_range IS NULL) OR ((length(age_range) >= 1) AND (length(age_range) <= 40)))),
    CONSTRAINT area_population_check CHECK (((count IS NOT NULL) OR (share IS NOT NULL))),
    CONSTRAINT area_population_check1 CHECK (
CASE dimension
    WHEN 'total'::text THEN ((group_key IS NULL) AND (age_range IS NOT NULL))
    WHEN 'age_band'::text THEN ((group_key IS NOT NULL) OR (age_range IS NOT NULL))
    ELSE (group_key IS NOT NULL)
END),
    CONSTRAINT area_population_count_check CHECK ((count >= 0)),
    CONSTRAINT area_population_dimension_check CHECK ((dimension = ANY (ARRAY['age_band'::text, 'locality'::text, 'ethnic_group'::text, 'send'::text, 'care_experienced'::text, 'young_carer'::text, 'gender'::text, 'total'::text]))),
    CONSTRAINT area_population_group_key_check CHECK (((group_key IS NULL) OR ((length(group_key) >= 1) AND (length(group_key) <= 120)))),
    CONSTRAINT area_population_locality_check CHECK (((locality IS NULL) OR ((length(locality) >= 1) AND (length(locality) <= 120)))),
    CONSTRAINT area_population_population_check CHECK (((length(population) >= 3) AND (length(population) <= 200))),
    CONSTRAINT area_population_qualifier_check CHECK ((qualifier = ANY (ARRAY['around'::text, 'about'::text, 'over'::text, 'under'::text]))),
    CONSTRAINT area_population_quote_check CHECK (((quote IS NULL) OR ((length(quote) >= 10) AND (length(quote) <= 1000)))),
    CONSTRAINT area_population_share_check CHECK (((share >= (0)::double precision) AND (share <= (100)::double precision))),
    CONSTRAINT area_population_year_check CHECK (((year IS NULL) OR ((length(year) >= 4) AND (length(year) <= 40))))
);

--
-- Name: areas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.areas (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    short_name text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    localities text[] DEFAULT '{}'::text[] NOT NULL,
    published boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    alert_ack_minutes integer DEFAULT 30 NOT NULL,
    keep_originals_months smallint DEFAULT 12 NOT NULL,
    keep_audit_years smallint DEFAULT 6 NOT NULL,
    CONSTRAINT areas_alert_ack_minutes_check CHECK (((alert_ack_minutes >= 5) AND (alert_ack_minutes <= 1440))),
    CONSTRAINT areas_keep_audit_years_check CHECK (((keep_audit_years >= 6) AND (keep_audit_years <= 20))),
    CONSTRAINT areas_keep_originals_months_check CHECK (((keep_originals_months >= 1) AND (keep_originals_months <= 84))),
    CONSTRAINT areas_name_check CHECK (((length(name) >= 3) AND (length(name) <= 200))),
    CONSTRAINT areas_short_name_check CHECK (((length(short_name) >= 2) AND (length(short_name) <= 40))),
    CONSTRAINT areas_slug_check CHECK ((slug ~ '^[a-z][a-z0-9-]{1,40}$'::text))
);

--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    area_id uuid,
    actor_id uuid,
    action text NOT NULL,
    table_name text,
    row_id text,
    changes jsonb DEFAULT '{}'::jsonb NOT NULL
);

--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

--
-- Name: engagements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.engagements (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    seed_key text,
    kind text NOT NULL,
    title text NOT NULL,
    held_label text,
    location text,
    description text DEFAULT ''::text NOT NULL,
    figures jsonb DEFAULT '[]'::jsonb NOT NULL,
    source_file text,
    published boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT engagements_figures_check CHECK ((jsonb_typeof(figures) = 'array'::text)),
    CONSTRAINT engagements_kind_check CHECK ((kind = ANY (ARRAY['reported'::text, 'survey'::text, 'event'::text, 'import'::text]))),
    CONSTRAINT engagements_title_check CHECK (((length(title) >= 3) AND (length(title) <= 300)))
);

--
-- Name: event_helpers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_helpers (
    event_id uuid NOT NULL,
    person_id uuid NOT NULL,
    area_id uuid NOT NULL,
    added_by uuid,
    added_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: event_participants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_participants (
    id uuid NOT NULL,
    area_id uuid NOT NULL,
    event_id uuid NOT NULL,
    source text DEFAULT 'phone'::text NOT NULL,
    respondent_role text,
    age_band text,
    token_hash text,
    idempotency_key text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_participants_age_band_check CHECK ((age_band = ANY (ARRAY['under_11'::text, '11_13'::text, '14_15'::text, '16_17'::text, '18_21'::text, '22_25'::text]))),
    CONSTRAINT event_participants_respondent_role_check CHECK ((respondent_role = ANY (ARRAY['young_person'::text, 'parent_carer'::text, 'vcse_partner'::text, 'professional'::text]))),
    CONSTRAINT event_participants_source_check CHECK ((source = ANY (ARRAY['phone'::text, 'paper'::text])))
);

--
-- Name: event_priorities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_priorities (
    event_id uuid NOT NULL,
    priority_id uuid NOT NULL,
    area_id uuid NOT NULL
);

--
-- Name: event_ratings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_ratings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    event_id uuid NOT NULL,
    participant_id uuid,
    prompt_key text NOT NULL,
    rating smallint NOT NULL,
    source text DEFAULT 'phone'::text NOT NULL,
    idempotency_key text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_ratings_idempotency_key_check CHECK (((length(idempotency_key) >= 16) AND (length(idempotency_key) <= 80))),
    CONSTRAINT event_ratings_prompt_key_check CHECK ((prompt_key ~ '^[a-z0-9_-]{1,40}$'::text)),
    CONSTRAINT event_ratings_rating_check CHECK (((rating >= 1) AND (rating <= 5))),
    CONSTRAINT event_ratings_source_check CHECK ((source = ANY (ARRAY['phone'::text, 'paper'::text, 'said_aloud'::text])))
);

--
-- Name: event_wall_hidden; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_wall_hidden (
    feedback_item_id uuid NOT NULL,
    area_id uuid NOT NULL,
    hidden_by uuid,
    hidden_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    engagement_id uuid NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone,
    venue text DEFAULT ''::text NOT NULL,
    locality text,
    audience text NOT NULL,
    partner_organisation text,
    prompts jsonb DEFAULT '[]'::jsonb NOT NULL,
    head_count integer,
    status text DEFAULT 'draft'::text NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT events_audience_check CHECK ((audience = ANY (ARRAY['young_people'::text, 'parents_carers'::text, 'vcse_partners'::text, 'professionals'::text, 'mixed'::text]))),
    CONSTRAINT events_check CHECK (((ends_at IS NULL) OR (ends_at >= starts_at))),
    CONSTRAINT events_code_check CHECK ((code ~ '^[a-z2-9]{8}$'::text)),
    CONSTRAINT events_head_count_check CHECK (((head_count >= 0) AND (head_count <= 100000))),
    CONSTRAINT events_name_check CHECK (((length(name) >= 3) AND (length(name) <= 120))),
    CONSTRAINT events_partner_organisation_check CHECK ((length(partner_organisation) <= 200)),
    CONSTRAINT events_prompts_check CHECK ((jsonb_typeof(prompts) = 'array'::text)),
    CONSTRAINT events_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'scheduled'::text, 'open'::text, 'closed'::text]))),
    CONSTRAINT events_venue_check CHECK ((length(venue) <= 200))
);

--
-- Name: feedback_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_items (
    id uuid NOT NULL,
    area_id uuid NOT NULL,
    engagement_id uuid NOT NULL,
    response_id uuid,
    question_key text,
    redacted_text text NOT NULL,
    respondent_role text,
    age_band text,
    locality text,
    consent text DEFAULT 'staff_only'::text NOT NULL,
    suggested_theme_ids text[] DEFAULT '{}'::text[] NOT NULL,
    suggested_themes jsonb DEFAULT '{}'::jsonb NOT NULL,
    sentiment text,
    safeguarding boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    withdrawn_at timestamp with time zone,
    participant_id uuid,
    source text DEFAULT 'survey'::text NOT NULL,
    idempotency_key text,
    CONSTRAINT feedback_items_consent_check CHECK ((consent = ANY (ARRAY['quote'::text, 'board'::text, 'staff_only'::text]))),
    CONSTRAINT feedback_items_idempotency_key_check CHECK (((length(idempotency_key) >= 16) AND (length(idempotency_key) <= 80))),
    CONSTRAINT feedback_items_redacted_text_check CHECK (((length(redacted_text) >= 1) AND (length(redacted_text) <= 4000))),
    CONSTRAINT feedback_items_sentiment_check CHECK ((sentiment = ANY (ARRAY['positive'::text, 'negative'::text, 'mixed'::text, 'neutral'::text]))),
    CONSTRAINT feedback_items_source_check CHECK ((source = ANY (ARRAY['survey'::text, 'phone'::text, 'sticky_note'::text, 'said_aloud'::text, 'paper'::text])))
);

--
-- Name: feedback_originals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_originals (
    feedback_item_id uuid NOT NULL,
    area_id uuid NOT NULL,
    original_text text NOT NULL,
    CONSTRAINT feedback_originals_original_text_check CHECK (((length(original_text) >= 1) AND (length(original_text) <= 4000)))
);

--
-- Name: feedback_reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feedback_reviews (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    feedback_item_id uuid NOT NULL,
    reviewer_id uuid NOT NULL,
    theme_ids text[] DEFAULT '{}'::text[] NOT NULL,
    rejected_theme_ids text[] DEFAULT '{}'::text[] NOT NULL,
    candidate_quote boolean DEFAULT false NOT NULL,
    redaction_checked boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT feedback_reviews_check CHECK (((NOT candidate_quote) OR redaction_checked)),
    CONSTRAINT feedback_reviews_check1 CHECK ((NOT (theme_ids && rejected_theme_ids)))
);

--
-- Name: invitations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invitations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    role public.area_role NOT NULL,
    email text,
    organisation text,
    token_hash text NOT NULL,
    invited_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone DEFAULT (now() + '7 days'::interval) NOT NULL,
    accepted_at timestamp with time zone,
    accepted_by uuid,
    revoked_at timestamp with time zone,
    CONSTRAINT invitations_check CHECK (((role = 'youth_board'::public.area_role) OR (email IS NOT NULL))),
    CONSTRAINT invitations_email_check CHECK (((email IS NULL) OR (email = lower(email))))
);

--
-- Name: memberships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.memberships (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    person_id uuid NOT NULL,
    area_id uuid NOT NULL,
    role public.area_role NOT NULL,
    organisation text,
    safeguarding_contact boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by uuid,
    revoked_at timestamp with time zone,
    revoked_by uuid,
    CONSTRAINT memberships_safeguarding_contact_can_act CHECK (((NOT safeguarding_contact) OR (role = ANY (ARRAY['area_admin'::public.area_role, 'engagement_officer'::public.area_role]))))
);

--
-- Name: metric_priorities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.metric_priorities (
    series_id uuid NOT NULL,
    priority_id uuid NOT NULL,
    area_id uuid NOT NULL
);

--
-- Name: metric_series; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.metric_series (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    seed_key text,
    title text NOT NULL,
    definition text NOT NULL,
    phrase text,
    unit text NOT NULL,
    geography text NOT NULL,
    direction text,
    source_file text,
    source_section text,
    published boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT metric_series_definition_check CHECK (((length(definition) >= 10) AND (length(definition) <= 1000))),
    CONSTRAINT metric_series_direction_check CHECK ((direction = ANY (ARRAY['higher'::text, 'lower'::text]))),
    CONSTRAINT metric_series_geography_check CHECK (((length(geography) >= 2) AND (length(geography) <= 200))),
    CONSTRAINT metric_series_phrase_check CHECK (((phrase IS NULL) OR (((length(phrase) >= 10) AND (length(phrase) <= 300)) AND (POSITION(('{value}'::text) IN (phrase)) > 0)))),
    CONSTRAINT metric_series_source_section_check CHECK (((source_section IS NULL) OR ((length(source_section) >= 2) AND (length(source_section) <= 300)))),
    CONSTRAINT metric_series_title_check CHECK (((length(title) >= 3) AND (length(title) <= 300))),
    CONSTRAINT metric_series_unit_check CHECK ((unit = ANY (ARRAY['percent'::text, 'count'::text, 'days'::text, 'pounds'::text, 'wte'::text, 'ratio'::text])))
);

--
-- Name: metric_themes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.metric_themes (
    series_id uuid NOT NULL,
    theme_id text NOT NULL,
    area_id uuid NOT NULL
);

--
-- Name: metric_values; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.metric_values (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    series_id uuid NOT NULL,
    period_label text NOT NULL,
    period_end date NOT NULL,
    value double precision,
    target double precision,
    note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT metric_values_check CHECK (((value IS NOT NULL) OR (target IS NOT NULL) OR (note IS NOT NULL))),
    CONSTRAINT metric_values_note_check CHECK (((note IS NULL) OR ((length(note) >= 2) AND (length(note) <= 500)))),
    CONSTRAINT metric_values_period_label_check CHECK (((length(period_label) >= 2) AND (length(period_label) <= 40)))
);

--
-- Name: people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.people (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email text,
    username text,
    display_name text NOT NULL,
    is_platform_admin boolean DEFAULT false NOT NULL,
    is_demo boolean DEFAULT false NOT NULL,
    supabase_user_id uuid,
    disabled_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    mobile text,
    CONSTRAINT people_check CHECK (((email IS NOT NULL) OR (username IS NOT NULL))),
    CONSTRAINT people_display_name_check CHECK (((length(display_name) >= 1) AND (length(display_name) <= 80))),
    CONSTRAINT people_display_name_visible CHECK (((display_name !~ '[\u0001-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]'::text) AND (display_name IS NFKC NORMALIZED))),
    CONSTRAINT people_email_check CHECK (((email IS NULL) OR ((email = lower(email)) AND (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'::text)))),
    CONSTRAINT people_mobile_check CHECK (((mobile IS NULL) OR (mobile ~ '^\+?[0-9 ]{10,16}$'::text))),
    CONSTRAINT people_username_check CHECK (((username IS NULL) OR (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'::text)))
);

--
-- Name: plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plans (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    seed_key text,
    title text NOT NULL,
    period text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    source_file text,
    published boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT plans_title_check CHECK (((length(title) >= 3) AND (length(title) <= 300)))
);

--
-- Name: priorities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.priorities (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    plan_id uuid NOT NULL,
    seed_key text,
    number integer NOT NULL,
    title text NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    thrive text[] DEFAULT '{}'::text[] NOT NULL,
    source_file text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT priorities_number_check CHECK ((number > 0)),
    CONSTRAINT priorities_thrive_check CHECK (app.valid_thrive(thrive)),
    CONSTRAINT priorities_title_check CHECK (((length(title) >= 3) AND (length(title) <= 500)))
);

--
-- Name: responses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.responses (
    id uuid NOT NULL,
    area_id uuid NOT NULL,
    survey_id uuid NOT NULL,
    idempotency_key text NOT NULL,
    receipt_hash text NOT NULL,
    respondent_role text,
    age_band text,
    locality text,
    equality jsonb DEFAULT '{}'::jsonb NOT NULL,
    answers jsonb DEFAULT '{}'::jsonb NOT NULL,
    easy_read boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    withdrawn_at timestamp with time zone,
    CONSTRAINT responses_age_band_check CHECK ((age_band = ANY (ARRAY['under_11'::text, '11_13'::text, '14_15'::text, '16_17'::text, '18_21'::text, '22_25'::text]))),
    CONSTRAINT responses_idempotency_key_check CHECK (((length(idempotency_key) >= 16) AND (length(idempotency_key) <= 80))),
    CONSTRAINT responses_respondent_role_check CHECK ((respondent_role = ANY (ARRAY['young_person'::text, 'parent_carer'::text, 'vcse_partner'::text, 'professional'::text])))
);

--
-- Name: review_rounds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.review_rounds (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    title text NOT NULL,
    engagement_id uuid,
    theme_ids text[] DEFAULT '{}'::text[] NOT NULL,
    notes text DEFAULT ''::text NOT NULL,
    ratified_by uuid,
    ratified_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT review_rounds_notes_check CHECK ((length(notes) <= 2000)),
    CONSTRAINT review_rounds_title_check CHECK (((length(title) >= 3) AND (length(title) <= 200)))
);

--
-- Name: review_samples; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.review_samples (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    feedback_item_id uuid NOT NULL,
    added_by uuid DEFAULT auth.uid(),
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: safeguarding_alert_words; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.safeguarding_alert_words (
    alert_id uuid NOT NULL,
    area_id uuid NOT NULL,
    original_text text NOT NULL,
    redacted_text text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT safeguarding_alert_words_original_text_check CHECK (((length(original_text) >= 1) AND (length(original_text) <= 4000))),
    CONSTRAINT safeguarding_alert_words_redacted_text_check CHECK (((length(redacted_text) >= 1) AND (length(redacted_text) <= 4000)))
);

--
-- Name: safeguarding_alerts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.safeguarding_alerts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    feedback_item_id uuid,
    reasons text[] DEFAULT '{}'::text[] NOT NULL,
    severity text DEFAULT 'urgent'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    acknowledged_at timestamp with time zone,
    acknowledged_by uuid,
    action_taken text,
    closed_at timestamp with time zone,
    engagement_id uuid,
    submission_key text,
    CONSTRAINT safeguarding_alerts_check CHECK (((closed_at IS NULL) OR ((acknowledged_at IS NOT NULL) AND (action_taken IS NOT NULL)))),
    CONSTRAINT safeguarding_alerts_severity_check CHECK ((severity = ANY (ARRAY['urgent'::text, 'high'::text, 'concern'::text]))),
    CONSTRAINT safeguarding_alerts_submission_key_check CHECK ((length(submission_key) <= 200))
);

--
-- Name: source_documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.source_documents (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    file text NOT NULL,
    title text NOT NULL,
    publisher text NOT NULL,
    published_label text NOT NULL
);

--
-- Name: surveys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.surveys (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    engagement_id uuid NOT NULL,
    code text NOT NULL,
    title text NOT NULL,
    introduction text DEFAULT ''::text NOT NULL,
    audience text NOT NULL,
    definition jsonb NOT NULL,
    status text DEFAULT 'draft'::text NOT NULL,
    opened_at timestamp with time zone,
    closed_at timestamp with time zone,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT surveys_audience_check CHECK ((audience = ANY (ARRAY['young_people'::text, 'parents_carers'::text, 'vcse_partners'::text, 'professionals'::text, 'mixed'::text]))),
    CONSTRAINT surveys_code_check CHECK ((code ~ '^[a-z2-9]{8}$'::text)),
    CONSTRAINT surveys_definition_check CHECK ((jsonb_typeof(definition) = 'object'::text)),
    CONSTRAINT surveys_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'open'::text, 'closed'::text]))),
    CONSTRAINT surveys_title_check CHECK (((length(title) >= 3) AND (length(title) <= 120)))
);

--
-- Name: theme_decisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.theme_decisions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    kind text NOT NULL,
    origin text DEFAULT 'person'::text NOT NULL,
    summary text NOT NULL,
    reason text DEFAULT ''::text NOT NULL,
    theme_ids text[] DEFAULT '{}'::text[] NOT NULL,
    from_theme_ids text[] DEFAULT '{}'::text[] NOT NULL,
    round_id uuid,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    decided_by uuid,
    decided_at timestamp with time zone DEFAULT now() NOT NULL,
    published boolean DEFAULT false NOT NULL,
    published_at timestamp with time zone,
    CONSTRAINT theme_decisions_check CHECK (((kind <> 'ratify'::text) OR (round_id IS NOT NULL))),
    CONSTRAINT theme_decisions_check1 CHECK (((NOT published) OR (published_at IS NOT NULL))),
    CONSTRAINT theme_decisions_details_check CHECK ((jsonb_typeof(details) = 'object'::text)),
    CONSTRAINT theme_decisions_kind_check CHECK ((kind = ANY (ARRAY['new'::text, 'rename'::text, 'merge'::text, 'split'::text, 'ratify'::text]))),
    CONSTRAINT theme_decisions_origin_check CHECK ((origin = ANY (ARRAY['person'::text, 'emerging'::text]))),
    CONSTRAINT theme_decisions_reason_check CHECK ((length(reason) <= 2000)),
    CONSTRAINT theme_decisions_summary_check CHECK (((length(summary) >= 3) AND (length(summary) <= 1000)))
);

--
-- Name: theme_votes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.theme_votes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    round_id uuid NOT NULL,
    voter_id uuid NOT NULL,
    theme_id text NOT NULL,
    dots smallint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT theme_votes_dots_check CHECK (((dots >= 1) AND (dots <= 20)))
);

--
-- Name: themes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.themes (
    id text NOT NULL,
    area_id uuid,
    name text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    keywords text[] DEFAULT '{}'::text[] NOT NULL,
    CONSTRAINT themes_id_check CHECK ((id ~ '^[a-z][a-z0-9-]{1,60}$'::text)),
    CONSTRAINT themes_name_check CHECK (((length(name) >= 3) AND (length(name) <= 120)))
);

--
-- Name: vote_rounds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vote_rounds (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    title text NOT NULL,
    review_round_id uuid,
    theme_ids text[] NOT NULL,
    votes_per_person smallint DEFAULT 5 NOT NULL,
    status text DEFAULT 'open'::text NOT NULL,
    created_by uuid DEFAULT auth.uid(),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    closed_at timestamp with time zone,
    CONSTRAINT vote_rounds_check CHECK (((status = 'closed'::text) = (closed_at IS NOT NULL))),
    CONSTRAINT vote_rounds_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text]))),
    CONSTRAINT vote_rounds_theme_ids_check CHECK (((cardinality(theme_ids) >= 1) AND (cardinality(theme_ids) <= 100))),
    CONSTRAINT vote_rounds_title_check CHECK (((length(title) >= 3) AND (length(title) <= 200))),
    CONSTRAINT vote_rounds_votes_per_person_check CHECK (((votes_per_person >= 1) AND (votes_per_person <= 20)))
);

--
-- Name: you_said; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.you_said (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    seed_key text,
    statement text NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    heard_on date,
    heard_period text,
    how_heard text,
    where_heard text,
    engagement_id uuid,
    status text DEFAULT 'draft'::text NOT NULL,
    published_at timestamp with time zone,
    source_file text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    agreed_at timestamp with time zone,
    agreed_by uuid,
    published_by uuid,
    created_by uuid DEFAULT auth.uid(),
    voice text DEFAULT 'young_people'::text NOT NULL,
    CONSTRAINT you_said_agreed_check CHECK (((status <> 'agreed'::text) OR (agreed_at IS NOT NULL))),
    CONSTRAINT you_said_check CHECK (((status <> 'published'::text) OR (published_at IS NOT NULL))),
    CONSTRAINT you_said_statement_check CHECK (((length(statement) >= 5) AND (length(statement) <= 1000))),
    CONSTRAINT you_said_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'agreed'::text, 'published'::text, 'archived'::text]))),
    CONSTRAINT you_said_voice_check CHECK ((voice = ANY (ARRAY['young_people'::text, 'parents_carers'::text, 'families'::text, 'vcse_partners'::text, 'professionals'::text, 'inspectors'::text, 'mixed'::text])))
);

--
-- Name: you_said_actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.you_said_actions (
    you_said_id uuid NOT NULL,
    action_id uuid NOT NULL,
    area_id uuid NOT NULL,
    basis text DEFAULT 'inferred'::text NOT NULL,
    CONSTRAINT you_said_actions_basis_check CHECK ((basis = ANY (ARRAY['documented'::text, 'inferred'::text])))
);

--
-- Name: you_said_feedback; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.you_said_feedback (
    you_said_id uuid NOT NULL,
    feedback_item_id uuid NOT NULL,
    area_id uuid NOT NULL,
    added_by uuid DEFAULT auth.uid(),
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: you_said_priorities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.you_said_priorities (
    you_said_id uuid NOT NULL,
    priority_id uuid NOT NULL,
    area_id uuid NOT NULL
);

--
-- Name: you_said_quotes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.you_said_quotes (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    area_id uuid NOT NULL,
    you_said_id uuid NOT NULL,
    "position" integer NOT NULL,
    body text NOT NULL,
    speaker text,
    published boolean DEFAULT false NOT NULL,
    source_file text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    feedback_item_id uuid,
    CONSTRAINT you_said_quotes_body_check CHECK (((length(body) >= 2) AND (length(body) <= 2000))),
    CONSTRAINT you_said_quotes_position_check CHECK (("position" >= 0))
);

--
-- Name: you_said_themes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.you_said_themes (
    you_said_id uuid NOT NULL,
    theme_id text NOT NULL,
    area_id uuid NOT NULL
);

--
-- Name: board_snapshots board_snapshots_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.board_snapshots
    ADD CONSTRAINT board_snapshots_pkey PRIMARY KEY (area_id, day);

--
-- Name: credentials credentials_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.credentials
    ADD CONSTRAINT credentials_pkey PRIMARY KEY (person_id);

--
-- Name: event_join_attempts event_join_attempts_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.event_join_attempts
    ADD CONSTRAINT event_join_attempts_pkey PRIMARY KEY (id);

--
-- Name: event_room_codes event_room_codes_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.event_room_codes
    ADD CONSTRAINT event_room_codes_pkey PRIMARY KEY (event_id);

--
-- Name: feedback_replies feedback_replies_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.feedback_replies
    ADD CONSTRAINT feedback_replies_pkey PRIMARY KEY (id);

--
-- Name: hear_back_contacts hear_back_contacts_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.hear_back_contacts
    ADD CONSTRAINT hear_back_contacts_pkey PRIMARY KEY (id);

--
-- Name: hear_back_contacts hear_back_contacts_response_id_channel_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.hear_back_contacts
    ADD CONSTRAINT hear_back_contacts_response_id_channel_key UNIQUE (response_id, channel);

--
-- Name: hear_back_messages hear_back_messages_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.hear_back_messages
    ADD CONSTRAINT hear_back_messages_pkey PRIMARY KEY (id);

--
-- Name: hear_back_outbox hear_back_outbox_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.hear_back_outbox
    ADD CONSTRAINT hear_back_outbox_pkey PRIMARY KEY (id);

--
-- Name: jobs jobs_alert_id_kind_round_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.jobs
    ADD CONSTRAINT jobs_alert_id_kind_round_key UNIQUE (alert_id, kind, round);

--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);

--
-- Name: reminder_settings reminder_settings_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.reminder_settings
    ADD CONSTRAINT reminder_settings_pkey PRIMARY KEY (person_id, area_id, kind);

--
-- Name: reminders_sent reminders_sent_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.reminders_sent
    ADD CONSTRAINT reminders_sent_pkey PRIMARY KEY (person_id, area_id, kind, period);

--
-- Name: retention_runs retention_runs_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.retention_runs
    ADD CONSTRAINT retention_runs_pkey PRIMARY KEY (day);

--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);

--
-- Name: sessions sessions_token_hash_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.sessions
    ADD CONSTRAINT sessions_token_hash_key UNIQUE (token_hash);

--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (key);

--
-- Name: sign_in_attempts sign_in_attempts_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.sign_in_attempts
    ADD CONSTRAINT sign_in_attempts_pkey PRIMARY KEY (id);

--
-- Name: submission_attempts submission_attempts_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.submission_attempts
    ADD CONSTRAINT submission_attempts_pkey PRIMARY KEY (id);

--
-- Name: action_feedback action_feedback_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_feedback
    ADD CONSTRAINT action_feedback_pkey PRIMARY KEY (id);

--
-- Name: action_feedback action_feedback_response_id_action_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_feedback
    ADD CONSTRAINT action_feedback_response_id_action_id_key UNIQUE (response_id, action_id);

--
-- Name: action_milestones action_milestones_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_milestones
    ADD CONSTRAINT action_milestones_pkey PRIMARY KEY (id);

--
-- Name: action_updates action_updates_area_id_seed_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_updates
    ADD CONSTRAINT action_updates_area_id_seed_key_key UNIQUE (area_id, seed_key);

--
-- Name: action_updates action_updates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_updates
    ADD CONSTRAINT action_updates_pkey PRIMARY KEY (id);

--
-- Name: actions actions_area_id_seed_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_area_id_seed_key_key UNIQUE (area_id, seed_key);

--
-- Name: actions actions_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_id_area_id_key UNIQUE (id, area_id);

--
-- Name: actions actions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_pkey PRIMARY KEY (id);

--
-- Name: alert_deliveries alert_deliveries_alert_id_round_person_id_channel_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_deliveries
    ADD CONSTRAINT alert_deliveries_alert_id_round_person_id_channel_key UNIQUE (alert_id, round, person_id, channel);

--
-- Name: alert_deliveries alert_deliveries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_deliveries
    ADD CONSTRAINT alert_deliveries_pkey PRIMARY KEY (id);

--
-- Name: area_models area_models_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.area_models
    ADD CONSTRAINT area_models_pkey PRIMARY KEY (area_id);

--
-- Name: area_population area_population_area_id_seed_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.area_population
    ADD CONSTRAINT area_population_area_id_seed_key_key UNIQUE (area_id, seed_key);

--
-- Name: area_population area_population_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.area_population
    ADD CONSTRAINT area_population_pkey PRIMARY KEY (id);

--
-- Name: areas areas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.areas
    ADD CONSTRAINT areas_pkey PRIMARY KEY (id);

--
-- Name: areas areas_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.areas
    ADD CONSTRAINT areas_slug_key UNIQUE (slug);

--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);

--
-- Name: engagements engagements_area_id_seed_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagements
    ADD CONSTRAINT engagements_area_id_seed_key_key UNIQUE (area_id, seed_key);

--
-- Name: engagements engagements_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagements
    ADD CONSTRAINT engagements_id_area_id_key UNIQUE (id, area_id);

--
-- Name: engagements engagements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagements
    ADD CONSTRAINT engagements_pkey PRIMARY KEY (id);

--
-- Name: event_helpers event_helpers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_helpers
    ADD CONSTRAINT event_helpers_pkey PRIMARY KEY (event_id, person_id);

--
-- Name: event_participants event_participants_event_id_idempotency_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_participants
    ADD CONSTRAINT event_participants_event_id_idempotency_key_key UNIQUE (event_id, idempotency_key);

--
-- Name: event_participants event_participants_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_participants
    ADD CONSTRAINT event_participants_id_area_id_key UNIQUE (id, area_id);

--
-- Name: event_participants event_participants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_participants
    ADD CONSTRAINT event_participants_pkey PRIMARY KEY (id);

--
-- Name: event_participants event_participants_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_participants
    ADD CONSTRAINT event_participants_token_hash_key UNIQUE (token_hash);

--
-- Name: event_priorities event_priorities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_priorities
    ADD CONSTRAINT event_priorities_pkey PRIMARY KEY (event_id, priority_id);

--
-- Name: event_ratings event_ratings_event_id_idempotency_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_ratings
    ADD CONSTRAINT event_ratings_event_id_idempotency_key_key UNIQUE (event_id, idempotency_key);

--
-- Name: event_ratings event_ratings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_ratings
    ADD CONSTRAINT event_ratings_pkey PRIMARY KEY (id);

--
-- Name: event_wall_hidden event_wall_hidden_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_wall_hidden
    ADD CONSTRAINT event_wall_hidden_pkey PRIMARY KEY (feedback_item_id);

--
-- Name: events events_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_code_key UNIQUE (code);

--
-- Name: events events_engagement_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_engagement_id_key UNIQUE (engagement_id);

--
-- Name: events events_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_id_area_id_key UNIQUE (id, area_id);

--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);

--
-- Name: feedback_items feedback_items_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_items
    ADD CONSTRAINT feedback_items_id_area_id_key UNIQUE (id, area_id);

--
-- Name: feedback_items feedback_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_items
    ADD CONSTRAINT feedback_items_pkey PRIMARY KEY (id);

--
-- Name: feedback_originals feedback_originals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_originals
    ADD CONSTRAINT feedback_originals_pkey PRIMARY KEY (feedback_item_id);

--
-- Name: feedback_reviews feedback_reviews_feedback_item_id_reviewer_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_reviews
    ADD CONSTRAINT feedback_reviews_feedback_item_id_reviewer_id_key UNIQUE (feedback_item_id, reviewer_id);

--
-- Name: feedback_reviews feedback_reviews_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_reviews
    ADD CONSTRAINT feedback_reviews_id_area_id_key UNIQUE (id, area_id);

--
-- Name: feedback_reviews feedback_reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_reviews
    ADD CONSTRAINT feedback_reviews_pkey PRIMARY KEY (id);

--
-- Name: invitations invitations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_pkey PRIMARY KEY (id);

--
-- Name: invitations invitations_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_token_hash_key UNIQUE (token_hash);

--
-- Name: memberships memberships_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_pkey PRIMARY KEY (id);

--
-- Name: metric_priorities metric_priorities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_priorities
    ADD CONSTRAINT metric_priorities_pkey PRIMARY KEY (series_id, priority_id);

--
-- Name: metric_series metric_series_area_id_seed_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_series
    ADD CONSTRAINT metric_series_area_id_seed_key_key UNIQUE (area_id, seed_key);

--
-- Name: metric_series metric_series_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_series
    ADD CONSTRAINT metric_series_id_area_id_key UNIQUE (id, area_id);

--
-- Name: metric_series metric_series_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_series
    ADD CONSTRAINT metric_series_pkey PRIMARY KEY (id);

--
-- Name: metric_themes metric_themes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_themes
    ADD CONSTRAINT metric_themes_pkey PRIMARY KEY (series_id, theme_id);

--
-- Name: metric_values metric_values_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_values
    ADD CONSTRAINT metric_values_pkey PRIMARY KEY (id);

--
-- Name: metric_values metric_values_series_id_period_end_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_values
    ADD CONSTRAINT metric_values_series_id_period_end_key UNIQUE (series_id, period_end);

--
-- Name: people people_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_email_key UNIQUE (email);

--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);

--
-- Name: people people_supabase_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_supabase_user_id_key UNIQUE (supabase_user_id);

--
-- Name: people people_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_username_key UNIQUE (username);

--
-- Name: plans plans_area_id_seed_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plans
    ADD CONSTRAINT plans_area_id_seed_key_key UNIQUE (area_id, seed_key);

--
-- Name: plans plans_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plans
    ADD CONSTRAINT plans_id_area_id_key UNIQUE (id, area_id);

--
-- Name: plans plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plans
    ADD CONSTRAINT plans_pkey PRIMARY KEY (id);

--
-- Name: priorities priorities_area_id_seed_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.priorities
    ADD CONSTRAINT priorities_area_id_seed_key_key UNIQUE (area_id, seed_key);

--
-- Name: priorities priorities_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.priorities
    ADD CONSTRAINT priorities_id_area_id_key UNIQUE (id, area_id);

--
-- Name: priorities priorities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.priorities
    ADD CONSTRAINT priorities_pkey PRIMARY KEY (id);

--
-- Name: priorities priorities_plan_id_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.priorities
    ADD CONSTRAINT priorities_plan_id_number_key UNIQUE (plan_id, number);

--
-- Name: responses responses_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_id_area_id_key UNIQUE (id, area_id);

--
-- Name: responses responses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_pkey PRIMARY KEY (id);

--
-- Name: responses responses_receipt_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_receipt_hash_key UNIQUE (receipt_hash);

--
-- Name: responses responses_survey_id_idempotency_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_survey_id_idempotency_key_key UNIQUE (survey_id, idempotency_key);

--
-- Name: review_rounds review_rounds_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.review_rounds
    ADD CONSTRAINT review_rounds_id_area_id_key UNIQUE (id, area_id);

--
-- Name: review_rounds review_rounds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.review_rounds
    ADD CONSTRAINT review_rounds_pkey PRIMARY KEY (id);

--
-- Name: review_samples review_samples_feedback_item_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.review_samples
    ADD CONSTRAINT review_samples_feedback_item_id_key UNIQUE (feedback_item_id);

--
-- Name: review_samples review_samples_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.review_samples
    ADD CONSTRAINT review_samples_pkey PRIMARY KEY (id);

--
-- Name: safeguarding_alert_words safeguarding_alert_words_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_alert_words
    ADD CONSTRAINT safeguarding_alert_words_pkey PRIMARY KEY (alert_id);

--
-- Name: safeguarding_alerts safeguarding_alerts_id_area_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_alerts
    ADD CONSTRAINT safeguarding_alerts_id_area_key UNIQUE (id, area_id);

--
-- Name: safeguarding_alerts safeguarding_alerts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_alerts
    ADD CONSTRAINT safeguarding_alerts_pkey PRIMARY KEY (id);

--
-- Name: source_documents source_documents_area_id_file_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source_documents
    ADD CONSTRAINT source_documents_area_id_file_key UNIQUE (area_id, file);

--
-- Name: source_documents source_documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source_documents
    ADD CONSTRAINT source_documents_pkey PRIMARY KEY (id);

--
-- Name: surveys surveys_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys
    ADD CONSTRAINT surveys_code_key UNIQUE (code);

--
-- Name: surveys surveys_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys
    ADD CONSTRAINT surveys_id_area_id_key UNIQUE (id, area_id);

--
-- Name: surveys surveys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys
    ADD CONSTRAINT surveys_pkey PRIMARY KEY (id);

--
-- Name: theme_decisions theme_decisions_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_decisions
    ADD CONSTRAINT theme_decisions_id_area_id_key UNIQUE (id, area_id);

--
-- Name: theme_decisions theme_decisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_decisions
    ADD CONSTRAINT theme_decisions_pkey PRIMARY KEY (id);

--
-- Name: theme_votes theme_votes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_votes
    ADD CONSTRAINT theme_votes_pkey PRIMARY KEY (id);

--
-- Name: theme_votes theme_votes_round_id_voter_id_theme_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_votes
    ADD CONSTRAINT theme_votes_round_id_voter_id_theme_id_key UNIQUE (round_id, voter_id, theme_id);

--
-- Name: themes themes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.themes
    ADD CONSTRAINT themes_pkey PRIMARY KEY (id);

--
-- Name: vote_rounds vote_rounds_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vote_rounds
    ADD CONSTRAINT vote_rounds_id_area_id_key UNIQUE (id, area_id);

--
-- Name: vote_rounds vote_rounds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vote_rounds
    ADD CONSTRAINT vote_rounds_pkey PRIMARY KEY (id);

--
-- Name: you_said_actions you_said_actions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_actions
    ADD CONSTRAINT you_said_actions_pkey PRIMARY KEY (you_said_id, action_id);

--
-- Name: you_said you_said_area_id_seed_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said
    ADD CONSTRAINT you_said_area_id_seed_key_key UNIQUE (area_id, seed_key);

--
-- Name: you_said_feedback you_said_feedback_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_feedback
    ADD CONSTRAINT you_said_feedback_pkey PRIMARY KEY (you_said_id, feedback_item_id);

--
-- Name: you_said you_said_id_area_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said
    ADD CONSTRAINT you_said_id_area_id_key UNIQUE (id, area_id);

--
-- Name: you_said you_said_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said
    ADD CONSTRAINT you_said_pkey PRIMARY KEY (id);

--
-- Name: you_said_priorities you_said_priorities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_priorities
    ADD CONSTRAINT you_said_priorities_pkey PRIMARY KEY (you_said_id, priority_id);

--
-- Name: you_said_quotes you_said_quotes_item_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_quotes
    ADD CONSTRAINT you_said_quotes_item_once UNIQUE (you_said_id, feedback_item_id);

--
-- Name: you_said_quotes you_said_quotes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_quotes
    ADD CONSTRAINT you_said_quotes_pkey PRIMARY KEY (id);

--
-- Name: you_said_quotes you_said_quotes_you_said_id_position_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_quotes
    ADD CONSTRAINT you_said_quotes_you_said_id_position_key UNIQUE (you_said_id, "position");

--
-- Name: you_said_themes you_said_themes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_themes
    ADD CONSTRAINT you_said_themes_pkey PRIMARY KEY (you_said_id, theme_id);

--
-- Name: event_join_attempts_address_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX event_join_attempts_address_idx ON app.event_join_attempts USING btree (address_hash, at DESC);

--
-- Name: event_join_attempts_at_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX event_join_attempts_at_idx ON app.event_join_attempts USING btree (at);

--
-- Name: feedback_replies_area_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX feedback_replies_area_idx ON app.feedback_replies USING btree (area_id);

--
-- Name: feedback_replies_item_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX feedback_replies_item_idx ON app.feedback_replies USING btree (feedback_item_id);

--
-- Name: hear_back_contacts_area_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX hear_back_contacts_area_idx ON app.hear_back_contacts USING btree (area_id) WHERE (confirmed_at IS NOT NULL);

--
-- Name: hear_back_contacts_expiry_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX hear_back_contacts_expiry_idx ON app.hear_back_contacts USING btree (expires_at);

--
-- Name: hear_back_messages_contact_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX hear_back_messages_contact_idx ON app.hear_back_messages USING btree (contact_id);

--
-- Name: hear_back_messages_due_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX hear_back_messages_due_idx ON app.hear_back_messages USING btree (next_attempt_at) WHERE (status = ANY (ARRAY['queued'::text, 'sending'::text, 'failed'::text]));

--
-- Name: hear_back_outbox_message_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX hear_back_outbox_message_idx ON app.hear_back_outbox USING btree (message_id);

--
-- Name: hear_back_outbox_pending_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX hear_back_outbox_pending_idx ON app.hear_back_outbox USING btree (contact_id, created_at) WHERE (message_id IS NULL);

--
-- Name: jobs_due_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX jobs_due_idx ON app.jobs USING btree (run_at) WHERE (status = 'queued'::text);

--
-- Name: reminders_sent_area_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX reminders_sent_area_idx ON app.reminders_sent USING btree (area_id);

--
-- Name: sessions_person_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX sessions_person_idx ON app.sessions USING btree (person_id);

--
-- Name: sign_in_attempts_account_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX sign_in_attempts_account_idx ON app.sign_in_attempts USING btree (account, at DESC);

--
-- Name: sign_in_attempts_ip_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX sign_in_attempts_ip_idx ON app.sign_in_attempts USING btree (ip, at DESC);

--
-- Name: submission_attempts_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX submission_attempts_idx ON app.submission_attempts USING btree (address_hash, at DESC);

--
-- Name: action_feedback_action_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_feedback_action_idx ON public.action_feedback USING btree (action_id, answer);

--
-- Name: action_feedback_alert_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_feedback_alert_idx ON public.action_feedback USING btree (alert_id);

--
-- Name: action_feedback_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_feedback_area_idx ON public.action_feedback USING btree (area_id);

--
-- Name: action_milestones_action_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_milestones_action_idx ON public.action_milestones USING btree (action_id);

--
-- Name: action_milestones_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_milestones_area_idx ON public.action_milestones USING btree (area_id);

--
-- Name: action_updates_action_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_updates_action_idx ON public.action_updates USING btree (action_id);

--
-- Name: action_updates_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_updates_area_idx ON public.action_updates USING btree (area_id);

--
-- Name: action_updates_latest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_updates_latest_idx ON public.action_updates USING btree (action_id, happened_on DESC NULLS LAST, created_at DESC);

--
-- Name: actions_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX actions_area_idx ON public.actions USING btree (area_id, status);

--
-- Name: actions_done_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX actions_done_idx ON public.actions USING btree (area_id, status_changed_at) WHERE (status = 'done'::public.action_status);

--
-- Name: actions_owner_organisation_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX actions_owner_organisation_idx ON public.actions USING btree (area_id, owner_organisation);

--
-- Name: actions_priority_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX actions_priority_idx ON public.actions USING btree (priority_id);

--
-- Name: alert_deliveries_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_deliveries_area_idx ON public.alert_deliveries USING btree (area_id, alert_id);

--
-- Name: alert_deliveries_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_deliveries_due_idx ON public.alert_deliveries USING btree (next_attempt_at) WHERE (status = ANY (ARRAY['queued'::text, 'sending'::text, 'failed'::text]));

--
-- Name: area_population_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX area_population_area_idx ON public.area_population USING btree (area_id, dimension);

--
-- Name: areas_published_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX areas_published_idx ON public.areas USING btree (published);

--
-- Name: audit_log_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_area_idx ON public.audit_log USING btree (area_id, at DESC);

--
-- Name: audit_log_quote_item_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_quote_item_idx ON public.audit_log USING btree (((changes ->> 'feedback_item_id'::text))) WHERE (table_name = 'you_said_quotes'::text);

--
-- Name: engagements_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX engagements_area_idx ON public.engagements USING btree (area_id, published);

--
-- Name: event_helpers_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_helpers_area_idx ON public.event_helpers USING btree (area_id);

--
-- Name: event_helpers_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_helpers_person_idx ON public.event_helpers USING btree (person_id, area_id);

--
-- Name: event_participants_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_participants_area_idx ON public.event_participants USING btree (area_id);

--
-- Name: event_participants_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_participants_event_idx ON public.event_participants USING btree (event_id);

--
-- Name: event_priorities_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_priorities_area_idx ON public.event_priorities USING btree (area_id);

--
-- Name: event_priorities_priority_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_priorities_priority_idx ON public.event_priorities USING btree (priority_id);

--
-- Name: event_ratings_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_ratings_area_idx ON public.event_ratings USING btree (area_id);

--
-- Name: event_ratings_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_ratings_event_idx ON public.event_ratings USING btree (event_id, prompt_key);

--
-- Name: event_ratings_once_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_ratings_once_idx ON public.event_ratings USING btree (participant_id, prompt_key);

--
-- Name: event_wall_hidden_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_wall_hidden_area_idx ON public.event_wall_hidden USING btree (area_id);

--
-- Name: events_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_area_idx ON public.events USING btree (area_id, starts_at DESC);

--
-- Name: feedback_items_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_items_area_idx ON public.feedback_items USING btree (area_id, created_at DESC);

--
-- Name: feedback_items_board_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_items_board_idx ON public.feedback_items USING btree (area_id, created_at) INCLUDE (id, suggested_theme_ids) WHERE ((withdrawn_at IS NULL) AND (NOT safeguarding));

--
-- Name: feedback_items_engagement_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_items_engagement_idx ON public.feedback_items USING btree (engagement_id);

--
-- Name: feedback_items_idempotency_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX feedback_items_idempotency_idx ON public.feedback_items USING btree (engagement_id, idempotency_key);

--
-- Name: feedback_items_participant_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_items_participant_idx ON public.feedback_items USING btree (participant_id);

--
-- Name: feedback_items_response_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_items_response_idx ON public.feedback_items USING btree (response_id);

--
-- Name: feedback_originals_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_originals_area_idx ON public.feedback_originals USING btree (area_id);

--
-- Name: feedback_reviews_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_reviews_area_idx ON public.feedback_reviews USING btree (area_id, updated_at DESC);

--
-- Name: feedback_reviews_latest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_reviews_latest_idx ON public.feedback_reviews USING btree (area_id, feedback_item_id, updated_at DESC) INCLUDE (theme_ids);

--
-- Name: feedback_reviews_reviewer_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feedback_reviews_reviewer_idx ON public.feedback_reviews USING btree (reviewer_id);

--
-- Name: invitations_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invitations_area_idx ON public.invitations USING btree (area_id, created_at DESC);

--
-- Name: memberships_active_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX memberships_active_idx ON public.memberships USING btree (person_id, area_id, role) WHERE (revoked_at IS NULL);

--
-- Name: memberships_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX memberships_area_idx ON public.memberships USING btree (area_id, role) WHERE (revoked_at IS NULL);

--
-- Name: metric_priorities_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX metric_priorities_area_idx ON public.metric_priorities USING btree (area_id);

--
-- Name: metric_priorities_priority_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX metric_priorities_priority_idx ON public.metric_priorities USING btree (priority_id);

--
-- Name: metric_series_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX metric_series_area_idx ON public.metric_series USING btree (area_id, published);

--
-- Name: metric_themes_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX metric_themes_area_idx ON public.metric_themes USING btree (area_id);

--
-- Name: metric_themes_theme_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX metric_themes_theme_idx ON public.metric_themes USING btree (theme_id);

--
-- Name: metric_values_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX metric_values_area_idx ON public.metric_values USING btree (area_id);

--
-- Name: plans_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX plans_area_idx ON public.plans USING btree (area_id, published);

--
-- Name: priorities_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX priorities_area_idx ON public.priorities USING btree (area_id);

--
-- Name: priorities_plan_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX priorities_plan_idx ON public.priorities USING btree (plan_id);

--
-- Name: responses_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX responses_area_idx ON public.responses USING btree (area_id);

--
-- Name: responses_survey_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX responses_survey_idx ON public.responses USING btree (survey_id, created_at);

--
-- Name: review_rounds_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX review_rounds_area_idx ON public.review_rounds USING btree (area_id, ratified_at DESC);

--
-- Name: review_rounds_engagement_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX review_rounds_engagement_idx ON public.review_rounds USING btree (engagement_id);

--
-- Name: review_samples_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX review_samples_area_idx ON public.review_samples USING btree (area_id);

--
-- Name: safeguarding_alert_words_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX safeguarding_alert_words_area_idx ON public.safeguarding_alert_words USING btree (area_id);

--
-- Name: safeguarding_alerts_engagement_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX safeguarding_alerts_engagement_idx ON public.safeguarding_alerts USING btree (engagement_id);

--
-- Name: safeguarding_alerts_item_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX safeguarding_alerts_item_idx ON public.safeguarding_alerts USING btree (feedback_item_id);

--
-- Name: safeguarding_alerts_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX safeguarding_alerts_key_idx ON public.safeguarding_alerts USING btree (area_id, submission_key) WHERE (submission_key IS NOT NULL);

--
-- Name: safeguarding_alerts_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX safeguarding_alerts_open_idx ON public.safeguarding_alerts USING btree (area_id, created_at) WHERE (closed_at IS NULL);

--
-- Name: source_documents_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX source_documents_area_idx ON public.source_documents USING btree (area_id);

--
-- Name: surveys_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX surveys_area_idx ON public.surveys USING btree (area_id, status);

--
-- Name: theme_decisions_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX theme_decisions_area_idx ON public.theme_decisions USING btree (area_id, decided_at DESC);

--
-- Name: theme_decisions_published_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX theme_decisions_published_idx ON public.theme_decisions USING btree (area_id) WHERE published;

--
-- Name: theme_decisions_round_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX theme_decisions_round_idx ON public.theme_decisions USING btree (round_id);

--
-- Name: theme_votes_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX theme_votes_area_idx ON public.theme_votes USING btree (area_id);

--
-- Name: theme_votes_voter_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX theme_votes_voter_idx ON public.theme_votes USING btree (voter_id, round_id);

--
-- Name: themes_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX themes_area_idx ON public.themes USING btree (area_id);

--
-- Name: vote_rounds_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vote_rounds_area_idx ON public.vote_rounds USING btree (area_id, created_at DESC);

--
-- Name: vote_rounds_review_round_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vote_rounds_review_round_idx ON public.vote_rounds USING btree (review_round_id);

--
-- Name: you_said_actions_action_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_actions_action_idx ON public.you_said_actions USING btree (action_id);

--
-- Name: you_said_actions_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_actions_area_idx ON public.you_said_actions USING btree (area_id);

--
-- Name: you_said_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_area_idx ON public.you_said USING btree (area_id, status);

--
-- Name: you_said_engagement_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_engagement_idx ON public.you_said USING btree (engagement_id);

--
-- Name: you_said_feedback_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_feedback_area_idx ON public.you_said_feedback USING btree (area_id);

--
-- Name: you_said_feedback_item_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_feedback_item_idx ON public.you_said_feedback USING btree (feedback_item_id);

--
-- Name: you_said_priorities_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_priorities_area_idx ON public.you_said_priorities USING btree (area_id);

--
-- Name: you_said_priorities_priority_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_priorities_priority_idx ON public.you_said_priorities USING btree (priority_id);

--
-- Name: you_said_quotes_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_quotes_area_idx ON public.you_said_quotes USING btree (area_id);

--
-- Name: you_said_quotes_item_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_quotes_item_idx ON public.you_said_quotes USING btree (feedback_item_id);

--
-- Name: you_said_quotes_statement_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_quotes_statement_idx ON public.you_said_quotes USING btree (you_said_id);

--
-- Name: you_said_themes_area_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_themes_area_idx ON public.you_said_themes USING btree (area_id);

--
-- Name: you_said_themes_area_theme_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_themes_area_theme_idx ON public.you_said_themes USING btree (area_id, theme_id);

--
-- Name: you_said_themes_theme_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX you_said_themes_theme_idx ON public.you_said_themes USING btree (theme_id);

--
-- Name: feedback_replies feedback_replies_audit; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER feedback_replies_audit AFTER INSERT OR DELETE OR UPDATE ON app.feedback_replies FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: feedback_replies feedback_replies_hear_back; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER feedback_replies_hear_back AFTER INSERT ON app.feedback_replies FOR EACH ROW EXECUTE FUNCTION app.hear_back_on_reply();

--
-- Name: sessions sessions_ended; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER sessions_ended AFTER DELETE ON app.sessions FOR EACH ROW EXECUTE FUNCTION app.notify_session_ended();

--
-- Name: action_milestones action_milestones_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER action_milestones_audit AFTER INSERT OR DELETE OR UPDATE ON public.action_milestones FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: action_milestones action_milestones_created_by; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER action_milestones_created_by BEFORE INSERT ON public.action_milestones FOR EACH ROW EXECUTE FUNCTION app.stamp_created_by();

--
-- Name: action_milestones action_milestones_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER action_milestones_touch BEFORE UPDATE ON public.action_milestones FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: action_updates action_updates_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER action_updates_audit AFTER INSERT OR DELETE OR UPDATE ON public.action_updates FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: action_updates action_updates_created_by; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER action_updates_created_by BEFORE INSERT ON public.action_updates FOR EACH ROW EXECUTE FUNCTION app.stamp_created_by();

--
-- Name: action_updates action_updates_hear_back; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER action_updates_hear_back AFTER INSERT ON public.action_updates DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.hear_back_on_action_update();

--
-- Name: actions actions_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER actions_audit AFTER INSERT OR DELETE OR UPDATE ON public.actions FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: actions actions_guard_done_confirmation; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER actions_guard_done_confirmation BEFORE INSERT OR UPDATE ON public.actions FOR EACH ROW EXECUTE FUNCTION app.guard_done_confirmation();

--
-- Name: actions actions_hear_back; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER actions_hear_back AFTER UPDATE OF status, progress ON public.actions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.hear_back_on_action();

--
-- Name: actions actions_outcome_required; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER actions_outcome_required BEFORE INSERT OR UPDATE ON public.actions FOR EACH ROW EXECUTE FUNCTION app.check_action_outcome();

--
-- Name: actions actions_owner_sync; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER actions_owner_sync BEFORE INSERT OR UPDATE ON public.actions FOR EACH ROW EXECUTE FUNCTION app.sync_action_owner();

--
-- Name: actions actions_partner_guard; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER actions_partner_guard BEFORE UPDATE ON public.actions FOR EACH ROW EXECUTE FUNCTION app.guard_partner_action_edit();

--
-- Name: actions actions_status_stamp; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER actions_status_stamp BEFORE UPDATE OF status ON public.actions FOR EACH ROW EXECUTE FUNCTION app.stamp_status_change();

--
-- Name: actions actions_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER actions_touch BEFORE UPDATE ON public.actions FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: area_models area_models_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER area_models_audit AFTER INSERT OR UPDATE ON public.area_models FOR EACH ROW EXECUTE FUNCTION app.audit_model();

--
-- Name: area_population area_population_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER area_population_audit AFTER INSERT OR DELETE OR UPDATE ON public.area_population FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: area_population area_population_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER area_population_touch BEFORE UPDATE ON public.area_population FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: areas areas_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER areas_audit AFTER INSERT OR DELETE OR UPDATE ON public.areas FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: areas areas_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER areas_touch BEFORE UPDATE ON public.areas FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: engagements engagements_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER engagements_audit AFTER INSERT OR DELETE OR UPDATE ON public.engagements FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: engagements engagements_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER engagements_touch BEFORE UPDATE ON public.engagements FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: event_participants event_participants_activity; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_participants_activity AFTER INSERT ON public.event_participants FOR EACH ROW EXECUTE FUNCTION app.notify_event_activity();

--
-- Name: event_ratings event_ratings_activity; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_ratings_activity AFTER INSERT ON public.event_ratings FOR EACH ROW EXECUTE FUNCTION app.notify_event_activity();

--
-- Name: event_wall_hidden event_wall_hidden_activity; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_wall_hidden_activity AFTER INSERT OR DELETE ON public.event_wall_hidden FOR EACH ROW EXECUTE FUNCTION app.notify_event_activity();

--
-- Name: event_wall_hidden event_wall_hidden_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_wall_hidden_audit AFTER INSERT OR DELETE OR UPDATE ON public.event_wall_hidden FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: events events_activity; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_activity AFTER UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION app.notify_event_activity();

--
-- Name: events events_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_audit AFTER INSERT OR DELETE OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: events events_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_touch BEFORE UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: feedback_items feedback_items_event_activity; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER feedback_items_event_activity AFTER INSERT OR UPDATE ON public.feedback_items FOR EACH ROW EXECUTE FUNCTION app.notify_event_activity();

--
-- Name: feedback_reviews feedback_reviews_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER feedback_reviews_check BEFORE INSERT OR UPDATE ON public.feedback_reviews FOR EACH ROW EXECUTE FUNCTION app.check_review();

--
-- Name: invitations invitations_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER invitations_audit AFTER INSERT OR DELETE OR UPDATE ON public.invitations FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: memberships memberships_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER memberships_audit AFTER INSERT OR DELETE OR UPDATE ON public.memberships FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: memberships memberships_keep_last_area_admin; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER memberships_keep_last_area_admin BEFORE UPDATE ON public.memberships FOR EACH ROW EXECUTE FUNCTION app.keep_last_area_admin();

--
-- Name: metric_series metric_series_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER metric_series_audit AFTER INSERT OR DELETE OR UPDATE ON public.metric_series FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: metric_series metric_series_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER metric_series_touch BEFORE UPDATE ON public.metric_series FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: metric_values metric_values_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER metric_values_audit AFTER INSERT OR DELETE OR UPDATE ON public.metric_values FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: metric_values metric_values_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER metric_values_touch BEFORE UPDATE ON public.metric_values FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: people people_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER people_touch BEFORE UPDATE ON public.people FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: plans plans_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER plans_audit AFTER INSERT OR DELETE OR UPDATE ON public.plans FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: plans plans_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER plans_touch BEFORE UPDATE ON public.plans FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: priorities priorities_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER priorities_audit AFTER INSERT OR DELETE OR UPDATE ON public.priorities FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: priorities priorities_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER priorities_touch BEFORE UPDATE ON public.priorities FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: responses responses_action_feedback_withdraw; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER responses_action_feedback_withdraw AFTER UPDATE OF withdrawn_at ON public.responses FOR EACH ROW EXECUTE FUNCTION app.action_feedback_on_withdraw();

--
-- Name: responses responses_clear_withdrawn_demographics; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER responses_clear_withdrawn_demographics BEFORE UPDATE OF withdrawn_at ON public.responses FOR EACH ROW EXECUTE FUNCTION app.clear_withdrawn_demographics();

--
-- Name: responses responses_hear_back_withdraw; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER responses_hear_back_withdraw AFTER UPDATE OF withdrawn_at ON public.responses FOR EACH ROW EXECUTE FUNCTION app.hear_back_on_withdraw();

--
-- Name: review_rounds review_rounds_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER review_rounds_audit AFTER INSERT OR DELETE OR UPDATE ON public.review_rounds FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: review_samples review_samples_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER review_samples_audit AFTER INSERT OR DELETE OR UPDATE ON public.review_samples FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: safeguarding_alerts safeguarding_alerts_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER safeguarding_alerts_audit AFTER INSERT OR DELETE OR UPDATE ON public.safeguarding_alerts FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: safeguarding_alerts safeguarding_alerts_engagement; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER safeguarding_alerts_engagement BEFORE INSERT ON public.safeguarding_alerts FOR EACH ROW EXECUTE FUNCTION app.alert_engagement();

--
-- Name: safeguarding_alerts safeguarding_alerts_enqueue; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER safeguarding_alerts_enqueue AFTER INSERT ON public.safeguarding_alerts FOR EACH ROW EXECUTE FUNCTION app.enqueue_alert();

--
-- Name: source_documents source_documents_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER source_documents_audit AFTER INSERT OR DELETE OR UPDATE ON public.source_documents FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: surveys surveys_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER surveys_audit AFTER INSERT OR DELETE OR UPDATE ON public.surveys FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: surveys surveys_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER surveys_touch BEFORE UPDATE ON public.surveys FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: theme_decisions theme_decisions_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER theme_decisions_audit AFTER INSERT OR DELETE OR UPDATE ON public.theme_decisions FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: theme_decisions theme_decisions_only_publish; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER theme_decisions_only_publish BEFORE UPDATE ON public.theme_decisions FOR EACH ROW EXECUTE FUNCTION app.decision_log_only_publishes();

--
-- Name: theme_votes theme_votes_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER theme_votes_audit AFTER INSERT OR DELETE OR UPDATE ON public.theme_votes FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: theme_votes theme_votes_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER theme_votes_check BEFORE INSERT OR DELETE OR UPDATE ON public.theme_votes FOR EACH ROW EXECUTE FUNCTION app.check_theme_vote();

--
-- Name: themes themes_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER themes_audit AFTER INSERT OR DELETE OR UPDATE ON public.themes FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: themes themes_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER themes_touch BEFORE UPDATE ON public.themes FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: vote_rounds vote_rounds_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER vote_rounds_audit AFTER INSERT OR DELETE OR UPDATE ON public.vote_rounds FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: vote_rounds vote_rounds_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER vote_rounds_check BEFORE INSERT OR UPDATE ON public.vote_rounds FOR EACH ROW EXECUTE FUNCTION app.check_vote_round();

--
-- Name: you_said_actions you_said_actions_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_actions_audit AFTER INSERT OR DELETE ON public.you_said_actions FOR EACH ROW EXECUTE FUNCTION app.audit_link();

--
-- Name: you_said you_said_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_audit AFTER INSERT OR DELETE OR UPDATE ON public.you_said FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: you_said_feedback you_said_feedback_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_feedback_audit AFTER INSERT OR DELETE ON public.you_said_feedback FOR EACH ROW EXECUTE FUNCTION app.audit_link();

--
-- Name: you_said_feedback you_said_feedback_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_feedback_check BEFORE INSERT OR UPDATE ON public.you_said_feedback FOR EACH ROW EXECUTE FUNCTION app.check_statement_feedback();

--
-- Name: you_said you_said_hear_back; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER you_said_hear_back AFTER INSERT OR UPDATE OF status ON public.you_said DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.hear_back_on_statement();

--
-- Name: you_said_priorities you_said_priorities_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_priorities_audit AFTER INSERT OR DELETE ON public.you_said_priorities FOR EACH ROW EXECUTE FUNCTION app.audit_link();

--
-- Name: you_said you_said_publish_quotes; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_publish_quotes AFTER UPDATE OF status ON public.you_said FOR EACH ROW EXECUTE FUNCTION app.publish_statement_quotes();

--
-- Name: you_said_quotes you_said_quotes_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_quotes_audit AFTER INSERT OR DELETE OR UPDATE ON public.you_said_quotes FOR EACH ROW EXECUTE FUNCTION app.audit();

--
-- Name: you_said_quotes you_said_quotes_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_quotes_check BEFORE INSERT OR UPDATE ON public.you_said_quotes FOR EACH ROW EXECUTE FUNCTION app.check_statement_quote();

--
-- Name: you_said_quotes you_said_quotes_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_quotes_touch BEFORE UPDATE ON public.you_said_quotes FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: you_said_themes you_said_themes_audit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_themes_audit AFTER INSERT OR DELETE ON public.you_said_themes FOR EACH ROW EXECUTE FUNCTION app.audit_link();

--
-- Name: you_said you_said_touch; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_touch BEFORE UPDATE ON public.you_said FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

--
-- Name: you_said you_said_workflow; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER you_said_workflow BEFORE INSERT OR UPDATE ON public.you_said FOR EACH ROW EXECUTE FUNCTION app.statement_workflow();

--
-- Name: board_snapshots board_snapshots_area_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.board_snapshots
    ADD CONSTRAINT board_snapshots_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: credentials credentials_person_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.credentials
    ADD CONSTRAINT credentials_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: event_join_attempts event_join_attempts_event_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.event_join_attempts
    ADD CONSTRAINT event_join_attempts_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;

--
-- Name: event_room_codes event_room_codes_event_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.event_room_codes
    ADD CONSTRAINT event_room_codes_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;

--
-- Name: feedback_replies feedback_replies_author_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.feedback_replies
    ADD CONSTRAINT feedback_replies_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: feedback_replies feedback_replies_feedback_item_id_area_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.feedback_replies
    ADD CONSTRAINT feedback_replies_feedback_item_id_area_id_fkey FOREIGN KEY (feedback_item_id, area_id) REFERENCES public.feedback_items(id, area_id) ON DELETE CASCADE;

--
-- Name: hear_back_contacts hear_back_contacts_area_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.hear_back_contacts
    ADD CONSTRAINT hear_back_contacts_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: hear_back_contacts hear_back_contacts_response_id_area_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.hear_back_contacts
    ADD CONSTRAINT hear_back_contacts_response_id_area_id_fkey FOREIGN KEY (response_id, area_id) REFERENCES public.responses(id, area_id) ON DELETE CASCADE;

--
-- Name: hear_back_messages hear_back_messages_contact_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.hear_back_messages
    ADD CONSTRAINT hear_back_messages_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES app.hear_back_contacts(id) ON DELETE CASCADE;

--
-- Name: hear_back_outbox hear_back_outbox_contact_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.hear_back_outbox
    ADD CONSTRAINT hear_back_outbox_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES app.hear_back_contacts(id) ON DELETE CASCADE;

--
-- Name: hear_back_outbox hear_back_outbox_message_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.hear_back_outbox
    ADD CONSTRAINT hear_back_outbox_message_id_fkey FOREIGN KEY (message_id) REFERENCES app.hear_back_messages(id) ON DELETE CASCADE;

--
-- Name: jobs jobs_alert_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.jobs
    ADD CONSTRAINT jobs_alert_id_fkey FOREIGN KEY (alert_id) REFERENCES public.safeguarding_alerts(id) ON DELETE CASCADE;

--
-- Name: reminder_settings reminder_settings_area_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.reminder_settings
    ADD CONSTRAINT reminder_settings_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: reminder_settings reminder_settings_person_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.reminder_settings
    ADD CONSTRAINT reminder_settings_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: reminders_sent reminders_sent_area_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.reminders_sent
    ADD CONSTRAINT reminders_sent_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: reminders_sent reminders_sent_person_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.reminders_sent
    ADD CONSTRAINT reminders_sent_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: sessions sessions_person_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.sessions
    ADD CONSTRAINT sessions_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: action_feedback action_feedback_action_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_feedback
    ADD CONSTRAINT action_feedback_action_id_area_id_fkey FOREIGN KEY (action_id, area_id) REFERENCES public.actions(id, area_id) ON DELETE CASCADE;

--
-- Name: action_feedback action_feedback_alert_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_feedback
    ADD CONSTRAINT action_feedback_alert_id_fkey FOREIGN KEY (alert_id) REFERENCES public.safeguarding_alerts(id) ON DELETE SET NULL;

--
-- Name: action_feedback action_feedback_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_feedback
    ADD CONSTRAINT action_feedback_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: action_feedback action_feedback_response_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_feedback
    ADD CONSTRAINT action_feedback_response_id_area_id_fkey FOREIGN KEY (response_id, area_id) REFERENCES public.responses(id, area_id) ON DELETE CASCADE;

--
-- Name: action_milestones action_milestones_action_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_milestones
    ADD CONSTRAINT action_milestones_action_id_area_id_fkey FOREIGN KEY (action_id, area_id) REFERENCES public.actions(id, area_id) ON DELETE CASCADE;

--
-- Name: action_milestones action_milestones_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_milestones
    ADD CONSTRAINT action_milestones_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: action_updates action_updates_action_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_updates
    ADD CONSTRAINT action_updates_action_id_area_id_fkey FOREIGN KEY (action_id, area_id) REFERENCES public.actions(id, area_id) ON DELETE CASCADE;

--
-- Name: action_updates action_updates_area_id_source_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_updates
    ADD CONSTRAINT action_updates_area_id_source_file_fkey FOREIGN KEY (area_id, source_file) REFERENCES public.source_documents(area_id, file);

--
-- Name: action_updates action_updates_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_updates
    ADD CONSTRAINT action_updates_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: actions actions_area_id_source_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_area_id_source_file_fkey FOREIGN KEY (area_id, source_file) REFERENCES public.source_documents(area_id, file);

--
-- Name: actions actions_done_confirmed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_done_confirmed_by_fkey FOREIGN KEY (done_confirmed_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: actions actions_priority_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_priority_id_area_id_fkey FOREIGN KEY (priority_id, area_id) REFERENCES public.priorities(id, area_id) ON DELETE CASCADE;

--
-- Name: alert_deliveries alert_deliveries_alert_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_deliveries
    ADD CONSTRAINT alert_deliveries_alert_id_area_id_fkey FOREIGN KEY (alert_id, area_id) REFERENCES public.safeguarding_alerts(id, area_id) ON DELETE CASCADE;

--
-- Name: alert_deliveries alert_deliveries_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_deliveries
    ADD CONSTRAINT alert_deliveries_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: area_models area_models_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.area_models
    ADD CONSTRAINT area_models_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: area_models area_models_trained_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.area_models
    ADD CONSTRAINT area_models_trained_by_fkey FOREIGN KEY (trained_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: area_population area_population_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.area_population
    ADD CONSTRAINT area_population_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: area_population area_population_area_id_source_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.area_population
    ADD CONSTRAINT area_population_area_id_source_file_fkey FOREIGN KEY (area_id, source_file) REFERENCES public.source_documents(area_id, file);

--
-- Name: audit_log audit_log_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: audit_log audit_log_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE SET NULL;

--
-- Name: engagements engagements_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagements
    ADD CONSTRAINT engagements_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: engagements engagements_area_id_source_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagements
    ADD CONSTRAINT engagements_area_id_source_file_fkey FOREIGN KEY (area_id, source_file) REFERENCES public.source_documents(area_id, file);

--
-- Name: event_helpers event_helpers_added_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_helpers
    ADD CONSTRAINT event_helpers_added_by_fkey FOREIGN KEY (added_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: event_helpers event_helpers_event_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_helpers
    ADD CONSTRAINT event_helpers_event_id_area_id_fkey FOREIGN KEY (event_id, area_id) REFERENCES public.events(id, area_id) ON DELETE CASCADE;

--
-- Name: event_helpers event_helpers_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_helpers
    ADD CONSTRAINT event_helpers_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: event_participants event_participants_event_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_participants
    ADD CONSTRAINT event_participants_event_id_area_id_fkey FOREIGN KEY (event_id, area_id) REFERENCES public.events(id, area_id) ON DELETE CASCADE;

--
-- Name: event_priorities event_priorities_event_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_priorities
    ADD CONSTRAINT event_priorities_event_id_area_id_fkey FOREIGN KEY (event_id, area_id) REFERENCES public.events(id, area_id) ON DELETE CASCADE;

--
-- Name: event_priorities event_priorities_priority_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_priorities
    ADD CONSTRAINT event_priorities_priority_id_area_id_fkey FOREIGN KEY (priority_id, area_id) REFERENCES public.priorities(id, area_id) ON DELETE CASCADE;

--
-- Name: event_ratings event_ratings_event_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_ratings
    ADD CONSTRAINT event_ratings_event_id_area_id_fkey FOREIGN KEY (event_id, area_id) REFERENCES public.events(id, area_id) ON DELETE CASCADE;

--
-- Name: event_ratings event_ratings_participant_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_ratings
    ADD CONSTRAINT event_ratings_participant_id_area_id_fkey FOREIGN KEY (participant_id, area_id) REFERENCES public.event_participants(id, area_id) ON DELETE CASCADE;

--
-- Name: event_wall_hidden event_wall_hidden_feedback_item_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_wall_hidden
    ADD CONSTRAINT event_wall_hidden_feedback_item_id_area_id_fkey FOREIGN KEY (feedback_item_id, area_id) REFERENCES public.feedback_items(id, area_id) ON DELETE CASCADE;

--
-- Name: event_wall_hidden event_wall_hidden_hidden_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_wall_hidden
    ADD CONSTRAINT event_wall_hidden_hidden_by_fkey FOREIGN KEY (hidden_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: events events_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: events events_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: events events_engagement_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_engagement_id_area_id_fkey FOREIGN KEY (engagement_id, area_id) REFERENCES public.engagements(id, area_id) ON DELETE CASCADE;

--
-- Name: feedback_items feedback_items_engagement_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_items
    ADD CONSTRAINT feedback_items_engagement_id_area_id_fkey FOREIGN KEY (engagement_id, area_id) REFERENCES public.engagements(id, area_id) ON DELETE CASCADE;

--
-- Name: feedback_items feedback_items_participant_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_items
    ADD CONSTRAINT feedback_items_participant_id_area_id_fkey FOREIGN KEY (participant_id, area_id) REFERENCES public.event_participants(id, area_id) ON DELETE CASCADE;

--
-- Name: feedback_items feedback_items_response_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_items
    ADD CONSTRAINT feedback_items_response_id_area_id_fkey FOREIGN KEY (response_id, area_id) REFERENCES public.responses(id, area_id) ON DELETE CASCADE;

--
-- Name: feedback_originals feedback_originals_feedback_item_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_originals
    ADD CONSTRAINT feedback_originals_feedback_item_id_area_id_fkey FOREIGN KEY (feedback_item_id, area_id) REFERENCES public.feedback_items(id, area_id) ON DELETE CASCADE;

--
-- Name: feedback_reviews feedback_reviews_feedback_item_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_reviews
    ADD CONSTRAINT feedback_reviews_feedback_item_id_area_id_fkey FOREIGN KEY (feedback_item_id, area_id) REFERENCES public.feedback_items(id, area_id) ON DELETE CASCADE;

--
-- Name: feedback_reviews feedback_reviews_reviewer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feedback_reviews
    ADD CONSTRAINT feedback_reviews_reviewer_id_fkey FOREIGN KEY (reviewer_id) REFERENCES public.people(id);

--
-- Name: invitations invitations_accepted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_accepted_by_fkey FOREIGN KEY (accepted_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: invitations invitations_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: invitations invitations_invited_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: memberships memberships_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: memberships memberships_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: memberships memberships_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: memberships memberships_revoked_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_revoked_by_fkey FOREIGN KEY (revoked_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: metric_priorities metric_priorities_priority_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_priorities
    ADD CONSTRAINT metric_priorities_priority_id_area_id_fkey FOREIGN KEY (priority_id, area_id) REFERENCES public.priorities(id, area_id) ON DELETE CASCADE;

--
-- Name: metric_priorities metric_priorities_series_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_priorities
    ADD CONSTRAINT metric_priorities_series_id_area_id_fkey FOREIGN KEY (series_id, area_id) REFERENCES public.metric_series(id, area_id) ON DELETE CASCADE;

--
-- Name: metric_series metric_series_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_series
    ADD CONSTRAINT metric_series_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: metric_series metric_series_area_id_source_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_series
    ADD CONSTRAINT metric_series_area_id_source_file_fkey FOREIGN KEY (area_id, source_file) REFERENCES public.source_documents(area_id, file);

--
-- Name: metric_themes metric_themes_series_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_themes
    ADD CONSTRAINT metric_themes_series_id_area_id_fkey FOREIGN KEY (series_id, area_id) REFERENCES public.metric_series(id, area_id) ON DELETE CASCADE;

--
-- Name: metric_themes metric_themes_theme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_themes
    ADD CONSTRAINT metric_themes_theme_id_fkey FOREIGN KEY (theme_id) REFERENCES public.themes(id) ON DELETE CASCADE;

--
-- Name: metric_values metric_values_series_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.metric_values
    ADD CONSTRAINT metric_values_series_id_area_id_fkey FOREIGN KEY (series_id, area_id) REFERENCES public.metric_series(id, area_id) ON DELETE CASCADE;

--
-- Name: plans plans_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plans
    ADD CONSTRAINT plans_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: plans plans_area_id_source_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plans
    ADD CONSTRAINT plans_area_id_source_file_fkey FOREIGN KEY (area_id, source_file) REFERENCES public.source_documents(area_id, file);

--
-- Name: priorities priorities_area_id_source_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.priorities
    ADD CONSTRAINT priorities_area_id_source_file_fkey FOREIGN KEY (area_id, source_file) REFERENCES public.source_documents(area_id, file);

--
-- Name: priorities priorities_plan_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.priorities
    ADD CONSTRAINT priorities_plan_id_area_id_fkey FOREIGN KEY (plan_id, area_id) REFERENCES public.plans(id, area_id) ON DELETE CASCADE;

--
-- Name: responses responses_survey_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_survey_id_area_id_fkey FOREIGN KEY (survey_id, area_id) REFERENCES public.surveys(id, area_id) ON DELETE CASCADE;

--
-- Name: review_rounds review_rounds_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.review_rounds
    ADD CONSTRAINT review_rounds_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: review_rounds review_rounds_engagement_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.review_rounds
    ADD CONSTRAINT review_rounds_engagement_id_area_id_fkey FOREIGN KEY (engagement_id, area_id) REFERENCES public.engagements(id, area_id) ON DELETE SET NULL (engagement_id);

--
-- Name: review_rounds review_rounds_ratified_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.review_rounds
    ADD CONSTRAINT review_rounds_ratified_by_fkey FOREIGN KEY (ratified_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: review_samples review_samples_added_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.review_samples
    ADD CONSTRAINT review_samples_added_by_fkey FOREIGN KEY (added_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: review_samples review_samples_feedback_item_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.review_samples
    ADD CONSTRAINT review_samples_feedback_item_id_area_id_fkey FOREIGN KEY (feedback_item_id, area_id) REFERENCES public.feedback_items(id, area_id) ON DELETE CASCADE;

--
-- Name: safeguarding_alert_words safeguarding_alert_words_alert_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_alert_words
    ADD CONSTRAINT safeguarding_alert_words_alert_id_fkey FOREIGN KEY (alert_id) REFERENCES public.safeguarding_alerts(id) ON DELETE CASCADE;

--
-- Name: safeguarding_alerts safeguarding_alerts_acknowledged_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_alerts
    ADD CONSTRAINT safeguarding_alerts_acknowledged_by_fkey FOREIGN KEY (acknowledged_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: safeguarding_alerts safeguarding_alerts_engagement_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_alerts
    ADD CONSTRAINT safeguarding_alerts_engagement_fkey FOREIGN KEY (engagement_id, area_id) REFERENCES public.engagements(id, area_id) ON DELETE SET NULL (engagement_id);

--
-- Name: safeguarding_alerts safeguarding_alerts_feedback_item_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_alerts
    ADD CONSTRAINT safeguarding_alerts_feedback_item_fkey FOREIGN KEY (feedback_item_id, area_id) REFERENCES public.feedback_items(id, area_id) ON DELETE SET NULL (feedback_item_id);

--
-- Name: source_documents source_documents_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source_documents
    ADD CONSTRAINT source_documents_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: surveys surveys_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys
    ADD CONSTRAINT surveys_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: surveys surveys_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys
    ADD CONSTRAINT surveys_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: surveys surveys_engagement_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys
    ADD CONSTRAINT surveys_engagement_id_area_id_fkey FOREIGN KEY (engagement_id, area_id) REFERENCES public.engagements(id, area_id) ON DELETE CASCADE;

--
-- Name: theme_decisions theme_decisions_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_decisions
    ADD CONSTRAINT theme_decisions_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: theme_decisions theme_decisions_decided_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_decisions
    ADD CONSTRAINT theme_decisions_decided_by_fkey FOREIGN KEY (decided_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: theme_decisions theme_decisions_round_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_decisions
    ADD CONSTRAINT theme_decisions_round_id_area_id_fkey FOREIGN KEY (round_id, area_id) REFERENCES public.review_rounds(id, area_id);

--
-- Name: theme_votes theme_votes_round_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_votes
    ADD CONSTRAINT theme_votes_round_id_area_id_fkey FOREIGN KEY (round_id, area_id) REFERENCES public.vote_rounds(id, area_id) ON DELETE CASCADE;

--
-- Name: theme_votes theme_votes_theme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_votes
    ADD CONSTRAINT theme_votes_theme_id_fkey FOREIGN KEY (theme_id) REFERENCES public.themes(id) ON DELETE CASCADE;

--
-- Name: theme_votes theme_votes_voter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.theme_votes
    ADD CONSTRAINT theme_votes_voter_id_fkey FOREIGN KEY (voter_id) REFERENCES public.people(id) ON DELETE CASCADE;

--
-- Name: themes themes_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.themes
    ADD CONSTRAINT themes_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: vote_rounds vote_rounds_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vote_rounds
    ADD CONSTRAINT vote_rounds_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: vote_rounds vote_rounds_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vote_rounds
    ADD CONSTRAINT vote_rounds_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: vote_rounds vote_rounds_review_round_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vote_rounds
    ADD CONSTRAINT vote_rounds_review_round_id_area_id_fkey FOREIGN KEY (review_round_id, area_id) REFERENCES public.review_rounds(id, area_id) ON DELETE SET NULL (review_round_id);

--
-- Name: you_said_actions you_said_actions_action_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_actions
    ADD CONSTRAINT you_said_actions_action_id_area_id_fkey FOREIGN KEY (action_id, area_id) REFERENCES public.actions(id, area_id) ON DELETE CASCADE;

--
-- Name: you_said_actions you_said_actions_you_said_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_actions
    ADD CONSTRAINT you_said_actions_you_said_id_area_id_fkey FOREIGN KEY (you_said_id, area_id) REFERENCES public.you_said(id, area_id) ON DELETE CASCADE;

--
-- Name: you_said you_said_agreed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said
    ADD CONSTRAINT you_said_agreed_by_fkey FOREIGN KEY (agreed_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: you_said you_said_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said
    ADD CONSTRAINT you_said_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.areas(id) ON DELETE CASCADE;

--
-- Name: you_said you_said_area_id_source_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said
    ADD CONSTRAINT you_said_area_id_source_file_fkey FOREIGN KEY (area_id, source_file) REFERENCES public.source_documents(area_id, file);

--
-- Name: you_said you_said_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said
    ADD CONSTRAINT you_said_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: you_said you_said_engagement_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said
    ADD CONSTRAINT you_said_engagement_id_area_id_fkey FOREIGN KEY (engagement_id, area_id) REFERENCES public.engagements(id, area_id);

--
-- Name: you_said_feedback you_said_feedback_added_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_feedback
    ADD CONSTRAINT you_said_feedback_added_by_fkey FOREIGN KEY (added_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: you_said_feedback you_said_feedback_feedback_item_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_feedback
    ADD CONSTRAINT you_said_feedback_feedback_item_id_area_id_fkey FOREIGN KEY (feedback_item_id, area_id) REFERENCES public.feedback_items(id, area_id) ON DELETE CASCADE;

--
-- Name: you_said_feedback you_said_feedback_you_said_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_feedback
    ADD CONSTRAINT you_said_feedback_you_said_id_area_id_fkey FOREIGN KEY (you_said_id, area_id) REFERENCES public.you_said(id, area_id) ON DELETE CASCADE;

--
-- Name: you_said_priorities you_said_priorities_priority_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_priorities
    ADD CONSTRAINT you_said_priorities_priority_id_area_id_fkey FOREIGN KEY (priority_id, area_id) REFERENCES public.priorities(id, area_id) ON DELETE CASCADE;

--
-- Name: you_said_priorities you_said_priorities_you_said_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_priorities
    ADD CONSTRAINT you_said_priorities_you_said_id_area_id_fkey FOREIGN KEY (you_said_id, area_id) REFERENCES public.you_said(id, area_id) ON DELETE CASCADE;

--
-- Name: you_said you_said_published_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said
    ADD CONSTRAINT you_said_published_by_fkey FOREIGN KEY (published_by) REFERENCES public.people(id) ON DELETE SET NULL;

--
-- Name: you_said_quotes you_said_quotes_area_id_source_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_quotes
    ADD CONSTRAINT you_said_quotes_area_id_source_file_fkey FOREIGN KEY (area_id, source_file) REFERENCES public.source_documents(area_id, file);

--
-- Name: you_said_quotes you_said_quotes_feedback_item_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_quotes
    ADD CONSTRAINT you_said_quotes_feedback_item_id_area_id_fkey FOREIGN KEY (feedback_item_id, area_id) REFERENCES public.feedback_items(id, area_id) ON DELETE CASCADE;

--
-- Name: you_said_quotes you_said_quotes_you_said_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_quotes
    ADD CONSTRAINT you_said_quotes_you_said_id_area_id_fkey FOREIGN KEY (you_said_id, area_id) REFERENCES public.you_said(id, area_id) ON DELETE CASCADE;

--
-- Name: you_said_themes you_said_themes_theme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_themes
    ADD CONSTRAINT you_said_themes_theme_id_fkey FOREIGN KEY (theme_id) REFERENCES public.themes(id) ON DELETE CASCADE;

--
-- Name: you_said_themes you_said_themes_you_said_id_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.you_said_themes
    ADD CONSTRAINT you_said_themes_you_said_id_area_id_fkey FOREIGN KEY (you_said_id, area_id) REFERENCES public.you_said(id, area_id) ON DELETE CASCADE;

--
-- Name: board_snapshots; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.board_snapshots ENABLE ROW LEVEL SECURITY;

--
-- Name: credentials; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.credentials ENABLE ROW LEVEL SECURITY;

--
-- Name: event_join_attempts; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.event_join_attempts ENABLE ROW LEVEL SECURITY;

--
-- Name: event_room_codes; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.event_room_codes ENABLE ROW LEVEL SECURITY;

--
-- Name: feedback_replies; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.feedback_replies ENABLE ROW LEVEL SECURITY;

--
-- Name: hear_back_contacts; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.hear_back_contacts ENABLE ROW LEVEL SECURITY;

--
-- Name: hear_back_messages; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.hear_back_messages ENABLE ROW LEVEL SECURITY;

--
-- Name: hear_back_outbox; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.hear_back_outbox ENABLE ROW LEVEL SECURITY;

--
-- Name: jobs; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.jobs ENABLE ROW LEVEL SECURITY;

--
-- Name: reminder_settings; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.reminder_settings ENABLE ROW LEVEL SECURITY;

--
-- Name: reminders_sent; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.reminders_sent ENABLE ROW LEVEL SECURITY;

--
-- Name: retention_runs; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.retention_runs ENABLE ROW LEVEL SECURITY;

--
-- Name: sessions; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.sessions ENABLE ROW LEVEL SECURITY;

--
-- Name: settings; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.settings ENABLE ROW LEVEL SECURITY;

--
-- Name: sign_in_attempts; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.sign_in_attempts ENABLE ROW LEVEL SECURITY;

--
-- Name: submission_attempts; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.submission_attempts ENABLE ROW LEVEL SECURITY;

--
-- Name: feedback_items Anyone can add feedback to an open survey response; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can add feedback to an open survey response" ON public.feedback_items FOR INSERT TO anon, authenticated WITH CHECK ((EXISTS ( SELECT 1
   FROM public.surveys s
  WHERE ((s.engagement_id = feedback_items.engagement_id) AND (s.status = 'open'::text)))));

--
-- Name: feedback_items Anyone can add words at an open event; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can add words at an open event" ON public.feedback_items FOR INSERT TO anon, authenticated WITH CHECK (((source = 'phone'::text) AND app.event_engagement_open(engagement_id)));

--
-- Name: responses Anyone can answer an open survey; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can answer an open survey" ON public.responses FOR INSERT TO anon, authenticated WITH CHECK ((app.survey_is_open(survey_id) AND (withdrawn_at IS NULL)));

--
-- Name: event_participants Anyone can join an open event; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can join an open event" ON public.event_participants FOR INSERT TO anon, authenticated WITH CHECK (((source = 'phone'::text) AND app.event_is_open(event_id)));

--
-- Name: event_ratings Anyone can rate at an open event; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can rate at an open event" ON public.event_ratings FOR INSERT TO anon, authenticated WITH CHECK (((source = 'phone'::text) AND app.event_is_open(event_id)));

--
-- Name: events Anyone can read events that are not drafts; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read events that are not drafts" ON public.events FOR SELECT TO anon, authenticated USING (((status <> 'draft'::text) AND (EXISTS ( SELECT 1
   FROM public.areas a
  WHERE ((a.id = events.area_id) AND a.published)))));

--
-- Name: surveys Anyone can read open and closed surveys; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read open and closed surveys" ON public.surveys FOR SELECT TO anon, authenticated USING ((status = ANY (ARRAY['open'::text, 'closed'::text])));

--
-- Name: areas Anyone can read published areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read published areas" ON public.areas FOR SELECT TO anon, authenticated USING (published);

--
-- Name: theme_decisions Anyone can read published decisions of published areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read published decisions of published areas" ON public.theme_decisions FOR SELECT TO anon, authenticated USING ((published AND (EXISTS ( SELECT 1
   FROM public.areas a
  WHERE ((a.id = theme_decisions.area_id) AND a.published)))));

--
-- Name: engagements Anyone can read published engagements of published areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read published engagements of published areas" ON public.engagements FOR SELECT TO anon, authenticated USING ((published AND (EXISTS ( SELECT 1
   FROM public.areas a
  WHERE ((a.id = engagements.area_id) AND a.published)))));

--
-- Name: metric_series Anyone can read published metric series of published areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read published metric series of published areas" ON public.metric_series FOR SELECT TO anon, authenticated USING ((published AND (EXISTS ( SELECT 1
   FROM public.areas a
  WHERE ((a.id = metric_series.area_id) AND a.published)))));

--
-- Name: plans Anyone can read published plans of published areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read published plans of published areas" ON public.plans FOR SELECT TO anon, authenticated USING ((published AND (EXISTS ( SELECT 1
   FROM public.areas a
  WHERE ((a.id = plans.area_id) AND a.published)))));

--
-- Name: you_said_quotes Anyone can read published quotes of published statements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read published quotes of published statements" ON public.you_said_quotes FOR SELECT TO anon, authenticated USING ((published AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE (y.id = you_said_quotes.you_said_id)))));

--
-- Name: you_said Anyone can read published statements of published areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read published statements of published areas" ON public.you_said FOR SELECT TO anon, authenticated USING (((status = 'published'::text) AND (EXISTS ( SELECT 1
   FROM public.areas a
  WHERE ((a.id = you_said.area_id) AND a.published)))));

--
-- Name: actions Anyone can read the actions of published plans; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the actions of published plans" ON public.actions FOR SELECT TO anon, authenticated USING ((EXISTS ( SELECT 1
   FROM public.priorities p
  WHERE (p.id = actions.priority_id))));

--
-- Name: themes Anyone can read the default themes and those of published areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the default themes and those of published areas" ON public.themes FOR SELECT TO anon, authenticated USING (((area_id IS NULL) OR (EXISTS ( SELECT 1
   FROM public.areas a
  WHERE ((a.id = themes.area_id) AND a.published)))));

--
-- Name: you_said_actions Anyone can read the links of published statements to actions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the links of published statements to actions" ON public.you_said_actions FOR SELECT TO anon, authenticated USING (((EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE (y.id = you_said_actions.you_said_id))) AND (EXISTS ( SELECT 1
   FROM public.actions a
  WHERE (a.id = you_said_actions.action_id)))));

--
-- Name: you_said_priorities Anyone can read the links of published statements to priorities; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the links of published statements to priorities" ON public.you_said_priorities FOR SELECT TO anon, authenticated USING (((EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE (y.id = you_said_priorities.you_said_id))) AND (EXISTS ( SELECT 1
   FROM public.priorities p
  WHERE (p.id = you_said_priorities.priority_id)))));

--
-- Name: action_milestones Anyone can read the milestones of actions of published plans; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the milestones of actions of published plans" ON public.action_milestones FOR SELECT TO anon, authenticated USING ((EXISTS ( SELECT 1
   FROM public.actions a
  WHERE (a.id = action_milestones.action_id))));

--
-- Name: area_population Anyone can read the population figures of published areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the population figures of published areas" ON public.area_population FOR SELECT TO anon, authenticated USING ((EXISTS ( SELECT 1
   FROM public.areas a
  WHERE ((a.id = area_population.area_id) AND a.published))));

--
-- Name: event_priorities Anyone can read the priorities of events they can see; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the priorities of events they can see" ON public.event_priorities FOR SELECT TO anon, authenticated USING (((EXISTS ( SELECT 1
   FROM public.events e
  WHERE (e.id = event_priorities.event_id))) AND (EXISTS ( SELECT 1
   FROM public.priorities p
  WHERE (p.id = event_priorities.priority_id)))));

--
-- Name: metric_priorities Anyone can read the priorities of published metric series; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the priorities of published metric series" ON public.metric_priorities FOR SELECT TO anon, authenticated USING (((EXISTS ( SELECT 1
   FROM public.metric_series s
  WHERE (s.id = metric_priorities.series_id))) AND (EXISTS ( SELECT 1
   FROM public.priorities p
  WHERE (p.id = metric_priorities.priority_id)))));

--
-- Name: priorities Anyone can read the priorities of published plans; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the priorities of published plans" ON public.priorities FOR SELECT TO anon, authenticated USING ((EXISTS ( SELECT 1
   FROM public.plans p
  WHERE (p.id = priorities.plan_id))));

--
-- Name: source_documents Anyone can read the sources of published areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the sources of published areas" ON public.source_documents FOR SELECT TO anon, authenticated USING ((EXISTS ( SELECT 1
   FROM public.areas a
  WHERE ((a.id = source_documents.area_id) AND a.published))));

--
-- Name: metric_themes Anyone can read the themes of published metric series; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the themes of published metric series" ON public.metric_themes FOR SELECT TO anon, authenticated USING ((EXISTS ( SELECT 1
   FROM public.metric_series s
  WHERE (s.id = metric_themes.series_id))));

--
-- Name: you_said_themes Anyone can read the themes of published statements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the themes of published statements" ON public.you_said_themes FOR SELECT TO anon, authenticated USING ((EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE (y.id = you_said_themes.you_said_id))));

--
-- Name: metric_values Anyone can read the values of published metric series; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read the values of published metric series" ON public.metric_values FOR SELECT TO anon, authenticated USING ((EXISTS ( SELECT 1
   FROM public.metric_series s
  WHERE (s.id = metric_values.series_id))));

--
-- Name: action_updates Anyone can read updates on the actions of published plans; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Anyone can read updates on the actions of published plans" ON public.action_updates FOR SELECT TO anon, authenticated USING ((EXISTS ( SELECT 1
   FROM public.actions a
  WHERE (a.id = action_updates.action_id))));

--
-- Name: memberships Area admins can add memberships in their areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can add memberships in their areas" ON public.memberships FOR INSERT TO authenticated WITH CHECK ((app.can_manage_members(area_id) OR app.is_platform_admin()));

--
-- Name: memberships Area admins can change or revoke memberships in their areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can change or revoke memberships in their areas" ON public.memberships FOR UPDATE TO authenticated USING ((app.can_manage_members(area_id) OR app.is_platform_admin())) WITH CHECK ((app.can_manage_members(area_id) OR app.is_platform_admin()));

--
-- Name: area_population Area admins can change their areas' population figures; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can change their areas' population figures" ON public.area_population TO authenticated USING (app.can_manage_area(area_id)) WITH CHECK (app.can_manage_area(area_id));

--
-- Name: invitations Area admins can invite people to their areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can invite people to their areas" ON public.invitations FOR INSERT TO authenticated WITH CHECK (((app.can_manage_members(area_id) OR app.is_platform_admin()) AND (invited_by = auth.uid())));

--
-- Name: invitations Area admins can read the invitations of their areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can read the invitations of their areas" ON public.invitations FOR SELECT TO authenticated USING ((app.can_manage_members(area_id) OR app.is_platform_admin()));

--
-- Name: memberships Area admins can read the memberships of their areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can read the memberships of their areas" ON public.memberships FOR SELECT TO authenticated USING ((app.can_manage_members(area_id) OR app.is_platform_admin()));

--
-- Name: people Area admins can read the people in their areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can read the people in their areas" ON public.people FOR SELECT TO authenticated USING ((EXISTS ( SELECT 1
   FROM public.memberships m
  WHERE ((m.person_id = people.id) AND app.can_manage_members(m.area_id)))));

--
-- Name: audit_log Area admins can read their areas' audit log; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can read their areas' audit log" ON public.audit_log FOR SELECT TO authenticated USING ((app.can_manage_members(area_id) OR app.is_platform_admin()));

--
-- Name: invitations Area admins can revoke invitations in their areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can revoke invitations in their areas" ON public.invitations FOR UPDATE TO authenticated USING ((app.can_manage_members(area_id) OR app.is_platform_admin())) WITH CHECK ((app.can_manage_members(area_id) OR app.is_platform_admin()));

--
-- Name: areas Area admins can update their area; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area admins can update their area" ON public.areas FOR UPDATE TO authenticated USING ((app.can_manage_area(id) OR app.is_platform_admin())) WITH CHECK ((app.can_manage_area(id) OR app.is_platform_admin()));

--
-- Name: metric_series Area staff can change their areas' metric series; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area staff can change their areas' metric series" ON public.metric_series TO authenticated USING (app.can_manage_metrics(area_id)) WITH CHECK (app.can_manage_metrics(area_id));

--
-- Name: metric_values Area staff can change their areas' metric values; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area staff can change their areas' metric values" ON public.metric_values TO authenticated USING (app.can_manage_metrics(area_id)) WITH CHECK (app.can_manage_metrics(area_id));

--
-- Name: metric_priorities Area staff can link their areas' metrics to priorities; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area staff can link their areas' metrics to priorities" ON public.metric_priorities TO authenticated USING (app.can_manage_metrics(area_id)) WITH CHECK (app.can_manage_metrics(area_id));

--
-- Name: metric_themes Area staff can link their areas' metrics to themes; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Area staff can link their areas' metrics to themes" ON public.metric_themes TO authenticated USING (app.can_manage_metrics(area_id)) WITH CHECK (app.can_manage_metrics(area_id));

--
-- Name: you_said_actions Commissioners and officers can link statements to actions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Commissioners and officers can link statements to actions" ON public.you_said_actions TO authenticated USING (app.can_link_statements(area_id)) WITH CHECK (app.can_link_statements(area_id));

--
-- Name: you_said_priorities Commissioners and officers can link statements to priorities; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Commissioners and officers can link statements to priorities" ON public.you_said_priorities TO authenticated USING (app.can_link_statements(area_id)) WITH CHECK (app.can_link_statements(area_id));

--
-- Name: action_updates Commissioners can change action updates; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Commissioners can change action updates" ON public.action_updates TO authenticated USING (app.can_manage_plans(area_id)) WITH CHECK (app.can_manage_plans(area_id));

--
-- Name: actions Commissioners can change actions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Commissioners can change actions" ON public.actions TO authenticated USING (app.can_manage_plans(area_id)) WITH CHECK (app.can_manage_plans(area_id));

--
-- Name: action_milestones Commissioners can change milestones; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Commissioners can change milestones" ON public.action_milestones TO authenticated USING (app.can_manage_plans(area_id)) WITH CHECK (app.can_manage_plans(area_id));

--
-- Name: plans Commissioners can change plans; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Commissioners can change plans" ON public.plans TO authenticated USING (app.can_manage_plans(area_id)) WITH CHECK (app.can_manage_plans(area_id));

--
-- Name: priorities Commissioners can change priorities; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Commissioners can change priorities" ON public.priorities TO authenticated USING (app.can_manage_plans(area_id)) WITH CHECK (app.can_manage_plans(area_id));

--
-- Name: event_wall_hidden Commissioners can see which items were taken off the wall; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Commissioners can see which items were taken off the wall" ON public.event_wall_hidden FOR SELECT TO authenticated USING (app.can_read_feedback(area_id));

--
-- Name: you_said_feedback Members can read the feedback behind their area's statements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read the feedback behind their area's statements" ON public.you_said_feedback FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: theme_decisions Members can read their area's decision log; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their area's decision log" ON public.theme_decisions FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: events Members can read their area's events; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their area's events" ON public.events FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: feedback_items Members can read their area's feedback; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their area's feedback" ON public.feedback_items FOR SELECT TO authenticated USING (((withdrawn_at IS NULL) AND (app.can_read_feedback(area_id) OR ((NOT safeguarding) AND app.board_may_read(consent) AND app.can_review(area_id)))));

--
-- Name: area_models Members can read their area's model; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their area's model" ON public.area_models FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: review_rounds Members can read their area's ratified theme lists; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their area's ratified theme lists" ON public.review_rounds FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: surveys Members can read their area's surveys; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their area's surveys" ON public.surveys FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: vote_rounds Members can read their area's votes; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their area's votes" ON public.vote_rounds FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: areas Members can read their areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas" ON public.areas FOR SELECT TO authenticated USING ((app.is_area_member(id) OR app.is_platform_admin()));

--
-- Name: action_updates Members can read their areas' action updates; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' action updates" ON public.action_updates FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: actions Members can read their areas' actions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' actions" ON public.actions FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: engagements Members can read their areas' engagements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' engagements" ON public.engagements FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: metric_priorities Members can read their areas' metric priorities; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' metric priorities" ON public.metric_priorities FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: metric_series Members can read their areas' metric series; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' metric series" ON public.metric_series FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: metric_themes Members can read their areas' metric themes; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' metric themes" ON public.metric_themes FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: metric_values Members can read their areas' metric values; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' metric values" ON public.metric_values FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: action_milestones Members can read their areas' milestones; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' milestones" ON public.action_milestones FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: plans Members can read their areas' plans; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' plans" ON public.plans FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: area_population Members can read their areas' population figures; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' population figures" ON public.area_population FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: priorities Members can read their areas' priorities; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' priorities" ON public.priorities FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: you_said_quotes Members can read their areas' quotes; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' quotes" ON public.you_said_quotes FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: source_documents Members can read their areas' sources; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' sources" ON public.source_documents FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: you_said_actions Members can read their areas' statement links to actions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' statement links to actions" ON public.you_said_actions FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: you_said_priorities Members can read their areas' statement links to priorities; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' statement links to priorities" ON public.you_said_priorities FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: you_said_themes Members can read their areas' statement themes; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' statement themes" ON public.you_said_themes FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: you_said Members can read their areas' statements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members can read their areas' statements" ON public.you_said FOR SELECT TO authenticated USING (app.is_area_member(area_id));

--
-- Name: event_helpers Members read who helped at their area's events; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Members read who helped at their area's events" ON public.event_helpers FOR SELECT TO authenticated USING ((app.is_area_member(area_id) OR (person_id = auth.uid())));

--
-- Name: action_feedback No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.action_feedback AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: action_milestones No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.action_milestones AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: action_updates No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.action_updates AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: actions No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.actions AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: alert_deliveries No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.alert_deliveries AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: area_models No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.area_models AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: area_population No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.area_population AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: areas No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.areas AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: audit_log No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.audit_log AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: engagements No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.engagements AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_helpers No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.event_helpers AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_participants No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.event_participants AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_priorities No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.event_priorities AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_ratings No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.event_ratings AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_wall_hidden No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.event_wall_hidden AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: events No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.events AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: feedback_items No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.feedback_items AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: feedback_originals No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.feedback_originals AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: feedback_reviews No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.feedback_reviews AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: invitations No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.invitations AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: memberships No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.memberships AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: metric_priorities No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.metric_priorities AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: metric_series No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.metric_series AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: metric_themes No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.metric_themes AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: metric_values No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.metric_values AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: people No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.people AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: plans No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.plans AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: priorities No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.priorities AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: responses No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.responses AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: review_rounds No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.review_rounds AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: review_samples No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.review_samples AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: safeguarding_alert_words No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.safeguarding_alert_words AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: safeguarding_alerts No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.safeguarding_alerts AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: source_documents No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.source_documents AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: surveys No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.surveys AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: theme_decisions No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.theme_decisions AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: theme_votes No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.theme_votes AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: themes No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.themes AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: vote_rounds No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.vote_rounds AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.you_said AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_actions No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.you_said_actions AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_feedback No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.you_said_feedback AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_priorities No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.you_said_priorities AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_quotes No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.you_said_quotes AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_themes No deletes through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No deletes through the Data API" ON public.you_said_themes AS RESTRICTIVE FOR DELETE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: action_feedback No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.action_feedback AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: action_milestones No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.action_milestones AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: action_updates No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.action_updates AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: actions No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.actions AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: alert_deliveries No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.alert_deliveries AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: area_models No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.area_models AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: area_population No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.area_population AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: areas No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.areas AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: audit_log No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.audit_log AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: engagements No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.engagements AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: event_helpers No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.event_helpers AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: event_participants No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.event_participants AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: event_priorities No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.event_priorities AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: event_ratings No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.event_ratings AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: event_wall_hidden No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.event_wall_hidden AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: events No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.events AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: feedback_items No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.feedback_items AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: feedback_originals No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.feedback_originals AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: feedback_reviews No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.feedback_reviews AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: invitations No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.invitations AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: memberships No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.memberships AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: metric_priorities No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.metric_priorities AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: metric_series No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.metric_series AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: metric_themes No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.metric_themes AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: metric_values No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.metric_values AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: people No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.people AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: plans No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.plans AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: priorities No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.priorities AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: responses No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.responses AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: review_rounds No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.review_rounds AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: review_samples No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.review_samples AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: safeguarding_alert_words No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.safeguarding_alert_words AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: safeguarding_alerts No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.safeguarding_alerts AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: source_documents No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.source_documents AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: surveys No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.surveys AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: theme_decisions No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.theme_decisions AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: theme_votes No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.theme_votes AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: themes No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.themes AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: vote_rounds No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.vote_rounds AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: you_said No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.you_said AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: you_said_actions No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.you_said_actions AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: you_said_feedback No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.you_said_feedback AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: you_said_priorities No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.you_said_priorities AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: you_said_quotes No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.you_said_quotes AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: you_said_themes No inserts through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No inserts through the Data API" ON public.you_said_themes AS RESTRICTIVE FOR INSERT TO anon, authenticated WITH CHECK ((NOT app.through_data_api()));

--
-- Name: action_feedback No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.action_feedback AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: action_milestones No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.action_milestones AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: action_updates No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.action_updates AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: actions No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.actions AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: alert_deliveries No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.alert_deliveries AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: area_models No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.area_models AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: area_population No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.area_population AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: areas No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.areas AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: audit_log No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.audit_log AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: engagements No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.engagements AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_helpers No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.event_helpers AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_participants No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.event_participants AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_priorities No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.event_priorities AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_ratings No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.event_ratings AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: event_wall_hidden No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.event_wall_hidden AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: events No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.events AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: feedback_items No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.feedback_items AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: feedback_originals No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.feedback_originals AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: feedback_reviews No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.feedback_reviews AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: invitations No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.invitations AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: memberships No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.memberships AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: metric_priorities No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.metric_priorities AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: metric_series No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.metric_series AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: metric_themes No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.metric_themes AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: metric_values No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.metric_values AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: people No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.people AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: plans No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.plans AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: priorities No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.priorities AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: responses No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.responses AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: review_rounds No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.review_rounds AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: review_samples No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.review_samples AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: safeguarding_alert_words No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.safeguarding_alert_words AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: safeguarding_alerts No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.safeguarding_alerts AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: source_documents No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.source_documents AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: surveys No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.surveys AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: theme_decisions No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.theme_decisions AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: theme_votes No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.theme_votes AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: themes No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.themes AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: vote_rounds No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.vote_rounds AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.you_said AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_actions No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.you_said_actions AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_feedback No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.you_said_feedback AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_priorities No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.you_said_priorities AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_quotes No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.you_said_quotes AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: you_said_themes No updates through the Data API; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "No updates through the Data API" ON public.you_said_themes AS RESTRICTIVE FOR UPDATE TO anon, authenticated USING ((NOT app.through_data_api()));

--
-- Name: events Officers and admins can add events; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins can add events" ON public.events FOR INSERT TO authenticated WITH CHECK (app.can_run_events(area_id));

--
-- Name: events Officers and admins can change events; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins can change events" ON public.events FOR UPDATE TO authenticated USING (app.can_run_events(area_id)) WITH CHECK (app.can_run_events(area_id));

--
-- Name: events Officers and admins can delete events; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins can delete events" ON public.events FOR DELETE TO authenticated USING (app.can_run_events(area_id));

--
-- Name: alert_deliveries Officers and admins can read alert deliveries; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins can read alert deliveries" ON public.alert_deliveries FOR SELECT TO authenticated USING (app.can_see_alerts(area_id));

--
-- Name: feedback_originals Officers and admins can read original words; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins can read original words" ON public.feedback_originals FOR SELECT TO authenticated USING ((app.can_read_original_words(area_id) AND (NOT (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE ((f.id = feedback_originals.feedback_item_id) AND (f.withdrawn_at IS NOT NULL)))))));

--
-- Name: feedback_items Officers and admins capture words at their area's events; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins capture words at their area's events" ON public.feedback_items FOR INSERT TO authenticated WITH CHECK (((source = ANY (ARRAY['sticky_note'::text, 'said_aloud'::text, 'paper'::text])) AND app.can_run_events(area_id) AND (EXISTS ( SELECT 1
   FROM public.events e
  WHERE (e.engagement_id = feedback_items.engagement_id)))));

--
-- Name: event_participants Officers and admins enter paper forms; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins enter paper forms" ON public.event_participants FOR INSERT TO authenticated WITH CHECK (((source = 'paper'::text) AND app.can_run_events(area_id)));

--
-- Name: event_ratings Officers and admins enter ratings from the room; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins enter ratings from the room" ON public.event_ratings FOR INSERT TO authenticated WITH CHECK (((source = ANY (ARRAY['paper'::text, 'said_aloud'::text])) AND app.can_run_events(area_id)));

--
-- Name: event_wall_hidden Officers and admins hide items from the wall; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins hide items from the wall" ON public.event_wall_hidden TO authenticated USING (app.can_run_events(area_id)) WITH CHECK (app.can_run_events(area_id));

--
-- Name: event_priorities Officers and admins link events to priorities; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins link events to priorities" ON public.event_priorities TO authenticated USING (app.can_run_events(area_id)) WITH CHECK (app.can_run_events(area_id));

--
-- Name: event_helpers Officers and admins record who helped; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins record who helped" ON public.event_helpers FOR INSERT TO authenticated WITH CHECK ((app.can_run_events(area_id) AND (EXISTS ( SELECT 1
   FROM app.event_helper_candidates(event_helpers.area_id) c(id, name)
  WHERE (c.id = event_helpers.person_id)))));

--
-- Name: event_helpers Officers and admins remove who helped; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers and admins remove who helped" ON public.event_helpers FOR DELETE TO authenticated USING (app.can_run_events(area_id));

--
-- Name: themes Officers can add and change their area's themes; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can add and change their area's themes" ON public.themes TO authenticated USING (((area_id IS NOT NULL) AND app.can_manage_themes(area_id))) WITH CHECK (((area_id IS NOT NULL) AND app.can_manage_themes(area_id)));

--
-- Name: surveys Officers can build surveys; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can build surveys" ON public.surveys TO authenticated USING (app.can_manage_surveys(area_id)) WITH CHECK (app.can_manage_surveys(area_id));

--
-- Name: engagements Officers can change engagements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can change engagements" ON public.engagements TO authenticated USING (app.can_manage_surveys(area_id)) WITH CHECK (app.can_manage_surveys(area_id));

--
-- Name: you_said_quotes Officers can choose quotes; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can choose quotes" ON public.you_said_quotes TO authenticated USING (app.can_publish_statements(area_id)) WITH CHECK (app.can_publish_statements(area_id));

--
-- Name: you_said_feedback Officers can choose the feedback behind statements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can choose the feedback behind statements" ON public.you_said_feedback TO authenticated USING (app.can_publish_statements(area_id)) WITH CHECK ((app.can_publish_statements(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = you_said_feedback.feedback_item_id)))));

--
-- Name: vote_rounds Officers can delete a vote; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can delete a vote" ON public.vote_rounds FOR DELETE TO authenticated USING (app.can_run_review(area_id));

--
-- Name: you_said Officers can delete statements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can delete statements" ON public.you_said FOR DELETE TO authenticated USING (app.can_publish_statements(area_id));

--
-- Name: you_said Officers can edit, publish and archive statements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can edit, publish and archive statements" ON public.you_said FOR UPDATE TO authenticated USING (app.can_publish_statements(area_id)) WITH CHECK (app.can_publish_statements(area_id));

--
-- Name: review_samples Officers can pick feedback to double-check; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can pick feedback to double-check" ON public.review_samples FOR INSERT TO authenticated WITH CHECK (app.can_run_review(area_id));

--
-- Name: theme_decisions Officers can publish decisions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can publish decisions" ON public.theme_decisions FOR UPDATE TO authenticated USING (app.can_manage_themes(area_id)) WITH CHECK (app.can_manage_themes(area_id));

--
-- Name: responses Officers can read their area's responses; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can read their area's responses" ON public.responses FOR SELECT TO authenticated USING (app.can_read_feedback(area_id));

--
-- Name: theme_decisions Officers can record theme decisions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can record theme decisions" ON public.theme_decisions FOR INSERT TO authenticated WITH CHECK (((decided_by = auth.uid()) AND app.can_manage_themes(area_id)));

--
-- Name: area_models Officers can store their area's model; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can store their area's model" ON public.area_models TO authenticated USING (app.can_manage_themes(area_id)) WITH CHECK (app.can_manage_themes(area_id));

--
-- Name: review_samples Officers can take feedback out of the double-check sample; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can take feedback out of the double-check sample" ON public.review_samples FOR DELETE TO authenticated USING (app.can_run_review(area_id));

--
-- Name: you_said_themes Officers can theme statements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Officers can theme statements" ON public.you_said_themes TO authenticated USING (app.can_publish_statements(area_id)) WITH CHECK (app.can_publish_statements(area_id));

--
-- Name: action_milestones Partners can add milestones to their organisation's actions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Partners can add milestones to their organisation's actions" ON public.action_milestones FOR INSERT TO authenticated WITH CHECK ((EXISTS ( SELECT 1
   FROM public.actions a
  WHERE ((a.id = action_milestones.action_id) AND app.is_partner_for(a.area_id, a.owner)))));

--
-- Name: action_updates Partners can add updates to their organisation's actions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Partners can add updates to their organisation's actions" ON public.action_updates FOR INSERT TO authenticated WITH CHECK ((EXISTS ( SELECT 1
   FROM public.actions a
  WHERE ((a.id = action_updates.action_id) AND app.is_partner_for(a.area_id, a.owner)))));

--
-- Name: action_milestones Partners can update the milestones of their organisation's acti; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Partners can update the milestones of their organisation's acti" ON public.action_milestones FOR UPDATE TO authenticated USING ((EXISTS ( SELECT 1
   FROM public.actions a
  WHERE ((a.id = action_milestones.action_id) AND app.is_partner_for(a.area_id, a.owner))))) WITH CHECK ((EXISTS ( SELECT 1
   FROM public.actions a
  WHERE ((a.id = action_milestones.action_id) AND app.is_partner_for(a.area_id, a.owner)))));

--
-- Name: actions Partners can update their organisation's actions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Partners can update their organisation's actions" ON public.actions FOR UPDATE TO authenticated USING (app.is_partner_for(area_id, owner)) WITH CHECK (app.is_partner_for(area_id, owner));

--
-- Name: people People can change their own name; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "People can change their own name" ON public.people FOR UPDATE TO authenticated USING ((id = auth.uid())) WITH CHECK ((id = auth.uid()));

--
-- Name: memberships People can read their own memberships; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "People can read their own memberships" ON public.memberships FOR SELECT TO authenticated USING ((person_id = auth.uid()));

--
-- Name: people People can read themselves; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "People can read themselves" ON public.people FOR SELECT TO authenticated USING ((id = auth.uid()));

--
-- Name: areas Platform admins can create areas; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Platform admins can create areas" ON public.areas FOR INSERT TO authenticated WITH CHECK (app.is_platform_admin());

--
-- Name: people Platform admins can read everyone; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Platform admins can read everyone" ON public.people FOR SELECT TO authenticated USING (app.is_platform_admin());

--
-- Name: safeguarding_alerts Respondents raise an alert for feedback they just added; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Respondents raise an alert for feedback they just added" ON public.safeguarding_alerts FOR INSERT TO anon, authenticated WITH CHECK ((app.feedback_just_added(feedback_item_id) AND (acknowledged_at IS NULL) AND (closed_at IS NULL)));

--
-- Name: feedback_originals Respondents store the original with feedback they just added; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Respondents store the original with feedback they just added" ON public.feedback_originals FOR INSERT TO anon, authenticated WITH CHECK (app.feedback_just_added(feedback_item_id));

--
-- Name: feedback_reviews Reviewers and commissioners can read reviews of feedback they c; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Reviewers and commissioners can read reviews of feedback they c" ON public.feedback_reviews FOR SELECT TO authenticated USING ((app.can_read_reviews(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = feedback_reviews.feedback_item_id))) AND ((reviewer_id = auth.uid()) OR app.may_see_reviews_of(feedback_item_id))));

--
-- Name: review_samples Reviewers and commissioners can see which feedback is double-ch; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Reviewers and commissioners can see which feedback is double-ch" ON public.review_samples FOR SELECT TO authenticated USING ((app.can_read_reviews(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = review_samples.feedback_item_id)))));

--
-- Name: feedback_reviews Reviewers can add their own review; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Reviewers can add their own review" ON public.feedback_reviews FOR INSERT TO authenticated WITH CHECK (((reviewer_id = auth.uid()) AND app.can_review(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = feedback_reviews.feedback_item_id)))));

--
-- Name: feedback_reviews Reviewers can change their own review; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Reviewers can change their own review" ON public.feedback_reviews FOR UPDATE TO authenticated USING (((reviewer_id = auth.uid()) AND app.can_review(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = feedback_reviews.feedback_item_id))))) WITH CHECK (((reviewer_id = auth.uid()) AND app.can_review(area_id)));

--
-- Name: feedback_reviews Reviewers can take back their own review; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Reviewers can take back their own review" ON public.feedback_reviews FOR DELETE TO authenticated USING (((reviewer_id = auth.uid()) AND app.can_review(area_id)));

--
-- Name: safeguarding_alerts Safeguarding contacts, officers and admins can acknowledge aler; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Safeguarding contacts, officers and admins can acknowledge aler" ON public.safeguarding_alerts FOR UPDATE TO authenticated USING ((app.is_safeguarding_contact(area_id) OR app.can_see_alerts(area_id))) WITH CHECK ((app.is_safeguarding_contact(area_id) OR app.can_see_alerts(area_id)));

--
-- Name: safeguarding_alerts Safeguarding contacts, officers and admins can read alerts; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Safeguarding contacts, officers and admins can read alerts" ON public.safeguarding_alerts FOR SELECT TO authenticated USING ((app.is_safeguarding_contact(area_id) OR app.can_see_alerts(area_id)));

--
-- Name: event_participants Staff can read their area's participants; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Staff can read their area's participants" ON public.event_participants FOR SELECT TO authenticated USING (app.can_read_feedback(area_id));

--
-- Name: event_ratings Staff can read their area's ratings; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Staff can read their area's ratings" ON public.event_ratings FOR SELECT TO authenticated USING (app.can_read_feedback(area_id));

--
-- Name: action_feedback Staff who read feedback can read what people said about actions; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Staff who read feedback can read what people said about actions" ON public.action_feedback FOR SELECT TO authenticated USING (app.can_read_feedback(area_id));

--
-- Name: vote_rounds The youth board and officers can close a vote; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board and officers can close a vote" ON public.vote_rounds FOR UPDATE TO authenticated USING (app.can_vote(area_id)) WITH CHECK (app.can_vote(area_id));

--
-- Name: you_said The youth board and officers can draft statements; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board and officers can draft statements" ON public.you_said FOR INSERT TO authenticated WITH CHECK ((app.can_write_statements(area_id) AND ((status = 'draft'::text) OR app.can_publish_statements(area_id))));

--
-- Name: review_rounds The youth board and officers can ratify a theme list; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board and officers can ratify a theme list" ON public.review_rounds FOR INSERT TO authenticated WITH CHECK (((ratified_by = auth.uid()) AND app.can_ratify_themes(area_id)));

--
-- Name: vote_rounds The youth board and officers can start a vote; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board and officers can start a vote" ON public.vote_rounds FOR INSERT TO authenticated WITH CHECK (((created_by = auth.uid()) AND app.can_vote(area_id)));

--
-- Name: you_said_quotes The youth board can choose quotes for statements not yet publis; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board can choose quotes for statements not yet publis" ON public.you_said_quotes TO authenticated USING ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_quotes.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text]))))))) WITH CHECK ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_quotes.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))));

--
-- Name: you_said_feedback The youth board can choose the feedback behind statements not y; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board can choose the feedback behind statements not y" ON public.you_said_feedback TO authenticated USING ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_feedback.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text]))))))) WITH CHECK ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_feedback.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text]))))) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = you_said_feedback.feedback_item_id)))));

--
-- Name: you_said The youth board can edit and agree statements until they are pu; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board can edit and agree statements until they are pu" ON public.you_said FOR UPDATE TO authenticated USING (((status = ANY (ARRAY['draft'::text, 'agreed'::text])) AND app.can_agree_for_board(area_id))) WITH CHECK (((status = ANY (ARRAY['draft'::text, 'agreed'::text])) AND app.can_agree_for_board(area_id)));

--
-- Name: you_said_priorities The youth board can link statements not yet published to priori; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board can link statements not yet published to priori" ON public.you_said_priorities TO authenticated USING ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_priorities.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text]))))))) WITH CHECK ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_priorities.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))));

--
-- Name: theme_decisions The youth board can record a ratification; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board can record a ratification" ON public.theme_decisions FOR INSERT TO authenticated WITH CHECK (((decided_by = auth.uid()) AND (kind = 'ratify'::text) AND (NOT published) AND app.can_agree_for_board(area_id)));

--
-- Name: you_said_themes The youth board can theme statements not yet published; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "The youth board can theme statements not yet published" ON public.you_said_themes TO authenticated USING ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_themes.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text]))))))) WITH CHECK ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_themes.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))));

--
-- Name: theme_votes Voters can place, move and take back their own dots; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Voters can place, move and take back their own dots" ON public.theme_votes TO authenticated USING (((voter_id = auth.uid()) AND app.can_vote(area_id))) WITH CHECK (((voter_id = auth.uid()) AND app.can_vote(area_id)));

--
-- Name: theme_votes Voters can read their own dots; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Voters can read their own dots" ON public.theme_votes FOR SELECT TO authenticated USING (((voter_id = auth.uid()) AND app.can_vote(area_id)));

--
-- Name: safeguarding_alert_words Whoever can see an alert can read its words; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY "Whoever can see an alert can read its words" ON public.safeguarding_alert_words FOR SELECT TO authenticated USING ((EXISTS ( SELECT 1
   FROM public.safeguarding_alerts a
  WHERE (a.id = safeguarding_alert_words.alert_id))));

--
-- Name: action_feedback; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.action_feedback ENABLE ROW LEVEL SECURITY;

--
-- Name: action_milestones; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.action_milestones ENABLE ROW LEVEL SECURITY;

--
-- Name: action_updates; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.action_updates ENABLE ROW LEVEL SECURITY;

--
-- Name: actions; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.actions ENABLE ROW LEVEL SECURITY;

--
-- Name: alert_deliveries; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.alert_deliveries ENABLE ROW LEVEL SECURITY;

--
-- Name: area_models; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.area_models ENABLE ROW LEVEL SECURITY;

--
-- Name: area_population; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.area_population ENABLE ROW LEVEL SECURITY;

--
-- Name: areas; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.areas ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_log; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.audit_log ENABLE ROW LEVEL SECURITY;

--
-- Name: engagements; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.engagements ENABLE ROW LEVEL SECURITY;

--
-- Name: event_helpers; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.event_helpers ENABLE ROW LEVEL SECURITY;

--
-- Name: event_participants; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.event_participants ENABLE ROW LEVEL SECURITY;

--
-- Name: event_priorities; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.event_priorities ENABLE ROW LEVEL SECURITY;

--
-- Name: event_ratings; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.event_ratings ENABLE ROW LEVEL SECURITY;

--
-- Name: event_wall_hidden; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.event_wall_hidden ENABLE ROW LEVEL SECURITY;

--
-- Name: events; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;

--
-- Name: feedback_items; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.feedback_items ENABLE ROW LEVEL SECURITY;

--
-- Name: feedback_originals; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.feedback_originals ENABLE ROW LEVEL SECURITY;

--
-- Name: feedback_reviews; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.feedback_reviews ENABLE ROW LEVEL SECURITY;

--
-- Name: invitations; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.invitations ENABLE ROW LEVEL SECURITY;

--
-- Name: memberships; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.memberships ENABLE ROW LEVEL SECURITY;

--
-- Name: metric_priorities; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.metric_priorities ENABLE ROW LEVEL SECURITY;

--
-- Name: metric_series; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.metric_series ENABLE ROW LEVEL SECURITY;

--
-- Name: metric_themes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.metric_themes ENABLE ROW LEVEL SECURITY;

--
-- Name: metric_values; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.metric_values ENABLE ROW LEVEL SECURITY;

--
-- Name: people; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.people ENABLE ROW LEVEL SECURITY;

--
-- Name: plans; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.plans ENABLE ROW LEVEL SECURITY;

--
-- Name: priorities; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.priorities ENABLE ROW LEVEL SECURITY;

--
-- Name: responses; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.responses ENABLE ROW LEVEL SECURITY;

--
-- Name: review_rounds; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.review_rounds ENABLE ROW LEVEL SECURITY;

--
-- Name: review_samples; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.review_samples ENABLE ROW LEVEL SECURITY;

--
-- Name: safeguarding_alert_words; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.safeguarding_alert_words ENABLE ROW LEVEL SECURITY;

--
-- Name: safeguarding_alerts; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.safeguarding_alerts ENABLE ROW LEVEL SECURITY;

--
-- Name: source_documents; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.source_documents ENABLE ROW LEVEL SECURITY;

--
-- Name: surveys; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.surveys ENABLE ROW LEVEL SECURITY;

--
-- Name: theme_decisions; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.theme_decisions ENABLE ROW LEVEL SECURITY;

--
-- Name: theme_votes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.theme_votes ENABLE ROW LEVEL SECURITY;

--
-- Name: themes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.themes ENABLE ROW LEVEL SECURITY;

--
-- Name: vote_rounds; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.vote_rounds ENABLE ROW LEVEL SECURITY;

--
-- Name: you_said; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.you_said ENABLE ROW LEVEL SECURITY;

--
-- Name: you_said_actions; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.you_said_actions ENABLE ROW LEVEL SECURITY;

--
-- Name: you_said_feedback; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.you_said_feedback ENABLE ROW LEVEL SECURITY;

--
-- Name: you_said_priorities; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.you_said_priorities ENABLE ROW LEVEL SECURITY;

--
-- Name: you_said_quotes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.you_said_quotes ENABLE ROW LEVEL SECURITY;

--
-- Name: you_said_themes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.you_said_themes ENABLE ROW LEVEL SECURITY;

--
-- Name: SCHEMA app; Type: ACL; Schema: -; Owner: -
--

revoke all on all tables in schema public from anon, authenticated, service_role;
revoke all on all sequences in schema public from anon, authenticated, service_role;
revoke all on all functions in schema public from anon, authenticated, service_role;

GRANT USAGE ON SCHEMA app TO anon;
GRANT USAGE ON SCHEMA app TO authenticated;
GRANT USAGE ON SCHEMA app TO service_role;

--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA public TO anon;
GRANT USAGE ON SCHEMA public TO authenticated;
GRANT USAGE ON SCHEMA public TO service_role;

--
-- Name: FUNCTION action_helped(action uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.action_helped(action uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.action_helped(action uuid) TO anon;
GRANT ALL ON FUNCTION app.action_helped(action uuid) TO authenticated;

--
-- Name: FUNCTION answer_action_feedback(code_hash text, action uuid, ans text, redacted text, themes text[], feeling text, flagged boolean, reasons text[], severity text, original text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.answer_action_feedback(code_hash text, action uuid, ans text, redacted text, themes text[], feeling text, flagged boolean, reasons text[], severity text, original text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.answer_action_feedback(code_hash text, action uuid, ans text, redacted text, themes text[], feeling text, flagged boolean, reasons text[], severity text, original text) TO anon;
GRANT ALL ON FUNCTION app.answer_action_feedback(code_hash text, action uuid, ans text, redacted text, themes text[], feeling text, flagged boolean, reasons text[], severity text, original text) TO authenticated;

--
-- Name: FUNCTION area_model(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.area_model(area uuid) TO anon;
GRANT ALL ON FUNCTION app.area_model(area uuid) TO authenticated;

--
-- Name: FUNCTION audit_event(actor uuid, area uuid, what text, details jsonb); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.audit_event(actor uuid, area uuid, what text, details jsonb) FROM PUBLIC;

--
-- Name: FUNCTION board_may_read(consent text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.board_may_read(consent text) TO anon;
GRANT ALL ON FUNCTION app.board_may_read(consent text) TO authenticated;

--
-- Name: FUNCTION board_snapshot(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.board_snapshot(area uuid) FROM PUBLIC;

--
-- Name: FUNCTION board_statement_voices(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.board_statement_voices(area uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.board_statement_voices(area uuid) TO anon;
GRANT ALL ON FUNCTION app.board_statement_voices(area uuid) TO authenticated;
GRANT ALL ON FUNCTION app.board_statement_voices(area uuid) TO service_role;

--
-- Name: FUNCTION board_still_hearing(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.board_still_hearing(area uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.board_still_hearing(area uuid) TO anon;
GRANT ALL ON FUNCTION app.board_still_hearing(area uuid) TO authenticated;
GRANT ALL ON FUNCTION app.board_still_hearing(area uuid) TO service_role;

--
-- Name: FUNCTION board_still_hearing_now(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.board_still_hearing_now(area uuid) FROM PUBLIC;

--
-- Name: FUNCTION board_theme_volumes(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.board_theme_volumes(area uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.board_theme_volumes(area uuid) TO anon;
GRANT ALL ON FUNCTION app.board_theme_volumes(area uuid) TO authenticated;
GRANT ALL ON FUNCTION app.board_theme_volumes(area uuid) TO service_role;

--
-- Name: FUNCTION board_theme_volumes_now(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.board_theme_volumes_now(area uuid) FROM PUBLIC;

--
-- Name: FUNCTION can_agree_for_board(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_agree_for_board(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_agree_for_board(area uuid) TO authenticated;

--
-- Name: FUNCTION can_confirm_done(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_confirm_done(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_confirm_done(area uuid) TO authenticated;

--
-- Name: FUNCTION can_link_statements(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_link_statements(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_link_statements(area uuid) TO authenticated;

--
-- Name: FUNCTION can_manage_area(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_manage_area(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_manage_area(area uuid) TO authenticated;

--
-- Name: FUNCTION can_manage_members(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_manage_members(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_manage_members(area uuid) TO authenticated;

--
-- Name: FUNCTION can_manage_metrics(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_manage_metrics(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_manage_metrics(area uuid) TO authenticated;

--
-- Name: FUNCTION can_manage_plans(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_manage_plans(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_manage_plans(area uuid) TO authenticated;

--
-- Name: FUNCTION can_manage_surveys(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_manage_surveys(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_manage_surveys(area uuid) TO authenticated;

--
-- Name: FUNCTION can_manage_themes(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_manage_themes(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_manage_themes(area uuid) TO authenticated;

--
-- Name: FUNCTION can_publish_statements(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_publish_statements(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_publish_statements(area uuid) TO authenticated;

--
-- Name: FUNCTION can_ratify_themes(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_ratify_themes(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_ratify_themes(area uuid) TO authenticated;

--
-- Name: FUNCTION can_read_feedback(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_read_feedback(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_read_feedback(area uuid) TO authenticated;

--
-- Name: FUNCTION can_read_original_words(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_read_original_words(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_read_original_words(area uuid) TO authenticated;

--
-- Name: FUNCTION can_read_reviews(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_read_reviews(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_read_reviews(area uuid) TO authenticated;

--
-- Name: FUNCTION can_reply_to_feedback(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_reply_to_feedback(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_reply_to_feedback(area uuid) TO authenticated;

--
-- Name: FUNCTION can_review(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_review(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_review(area uuid) TO authenticated;

--
-- Name: FUNCTION can_run_events(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_run_events(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_run_events(area uuid) TO authenticated;

--
-- Name: FUNCTION can_run_review(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_run_review(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_run_review(area uuid) TO authenticated;

--
-- Name: FUNCTION can_see_alerts(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_see_alerts(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_see_alerts(area uuid) TO authenticated;

--
-- Name: FUNCTION can_update_actions(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_update_actions(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_update_actions(area uuid) TO authenticated;

--
-- Name: FUNCTION can_vote(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_vote(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_vote(area uuid) TO authenticated;

--
-- Name: FUNCTION can_write_statements(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.can_write_statements(area uuid) TO anon;
GRANT ALL ON FUNCTION app.can_write_statements(area uuid) TO authenticated;

--
-- Name: FUNCTION confirm_done(action uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.confirm_done(action uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.confirm_done(action uuid) TO authenticated;

--
-- Name: FUNCTION contribution_stored(engagement uuid, idem text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.contribution_stored(engagement uuid, idem text) TO anon;
GRANT ALL ON FUNCTION app.contribution_stored(engagement uuid, idem text) TO authenticated;

--
-- Name: FUNCTION demo_accounts_exist(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.demo_accounts_exist() TO anon;
GRANT ALL ON FUNCTION app.demo_accounts_exist() TO authenticated;

--
-- Name: FUNCTION event_engagement_open(engagement uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.event_engagement_open(engagement uuid) TO anon;
GRANT ALL ON FUNCTION app.event_engagement_open(engagement uuid) TO authenticated;

--
-- Name: FUNCTION event_helper_candidates(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.event_helper_candidates(area uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.event_helper_candidates(area uuid) TO authenticated;

--
-- Name: FUNCTION event_is_open(event uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.event_is_open(event uuid) TO anon;
GRANT ALL ON FUNCTION app.event_is_open(event uuid) TO authenticated;

--
-- Name: FUNCTION event_participant(event uuid, token text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.event_participant(event uuid, token text) TO anon;
GRANT ALL ON FUNCTION app.event_participant(event uuid, token text) TO authenticated;

--
-- Name: FUNCTION event_room_code_for_staff(event uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.event_room_code_for_staff(event uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.event_room_code_for_staff(event uuid) TO authenticated;

--
-- Name: FUNCTION event_room_code_matches(event uuid, typed text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.event_room_code_matches(event uuid, typed text) TO anon;
GRANT ALL ON FUNCTION app.event_room_code_matches(event uuid, typed text) TO authenticated;

--
-- Name: FUNCTION event_room_code_required(event uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.event_room_code_required(event uuid) TO anon;
GRANT ALL ON FUNCTION app.event_room_code_required(event uuid) TO authenticated;

--
-- Name: FUNCTION event_wall(event uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.event_wall(event uuid) TO anon;
GRANT ALL ON FUNCTION app.event_wall(event uuid) TO authenticated;

--
-- Name: FUNCTION event_wall_room_code(event uuid, key text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.event_wall_room_code(event uuid, key text) TO anon;
GRANT ALL ON FUNCTION app.event_wall_room_code(event uuid, key text) TO authenticated;

--
-- Name: FUNCTION expire_hear_back(run_at timestamp with time zone); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.expire_hear_back(run_at timestamp with time zone) FROM PUBLIC;

--
-- Name: FUNCTION feedback_just_added(item uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.feedback_just_added(item uuid) TO anon;
GRANT ALL ON FUNCTION app.feedback_just_added(item uuid) TO authenticated;

--
-- Name: FUNCTION feedback_replies_for(item uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.feedback_replies_for(item uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.feedback_replies_for(item uuid) TO authenticated;

--
-- Name: FUNCTION has_area_role(area uuid, roles public.area_role[]); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.has_area_role(area uuid, roles public.area_role[]) TO anon;
GRANT ALL ON FUNCTION app.has_area_role(area uuid, roles public.area_role[]) TO authenticated;

--
-- Name: FUNCTION hear_back_confirm(which uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.hear_back_confirm(which uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.hear_back_confirm(which uuid) TO anon;
GRANT ALL ON FUNCTION app.hear_back_confirm(which uuid) TO authenticated;

--
-- Name: FUNCTION hear_back_status(code_hash text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.hear_back_status(code_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.hear_back_status(code_hash text) TO anon;
GRANT ALL ON FUNCTION app.hear_back_status(code_hash text) TO authenticated;

--
-- Name: FUNCTION hear_back_stop(which uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.hear_back_stop(which uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.hear_back_stop(which uuid) TO anon;
GRANT ALL ON FUNCTION app.hear_back_stop(which uuid) TO authenticated;

--
-- Name: FUNCTION hear_back_stop_receipt(code_hash text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.hear_back_stop_receipt(code_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.hear_back_stop_receipt(code_hash text) TO anon;
GRANT ALL ON FUNCTION app.hear_back_stop_receipt(code_hash text) TO authenticated;

--
-- Name: FUNCTION hear_back_subscribe(code_hash text, ch text, cipher text, freq text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.hear_back_subscribe(code_hash text, ch text, cipher text, freq text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.hear_back_subscribe(code_hash text, ch text, cipher text, freq text) TO anon;
GRANT ALL ON FUNCTION app.hear_back_subscribe(code_hash text, ch text, cipher text, freq text) TO authenticated;

--
-- Name: FUNCTION hmac_sha256(key bytea, message bytea); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.hmac_sha256(key bytea, message bytea) FROM PUBLIC;

--
-- Name: FUNCTION is_area_member(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.is_area_member(area uuid) TO anon;
GRANT ALL ON FUNCTION app.is_area_member(area uuid) TO authenticated;

--
-- Name: FUNCTION is_candidate_quote(item uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.is_candidate_quote(item uuid) TO authenticated;

--
-- Name: FUNCTION is_partner_for(area uuid, owner text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.is_partner_for(area uuid, owner text) TO anon;
GRANT ALL ON FUNCTION app.is_partner_for(area uuid, owner text) TO authenticated;

--
-- Name: FUNCTION is_platform_admin(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.is_platform_admin() TO anon;
GRANT ALL ON FUNCTION app.is_platform_admin() TO authenticated;

--
-- Name: FUNCTION is_safeguarding_contact(area uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.is_safeguarding_contact(area uuid) TO authenticated;

--
-- Name: FUNCTION is_trace_reader(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.is_trace_reader(area uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.is_trace_reader(area uuid) TO authenticated;

--
-- Name: FUNCTION keep_last_area_admin(); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.keep_last_area_admin() FROM PUBLIC;

--
-- Name: FUNCTION may_see_reviews_of(item uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.may_see_reviews_of(item uuid) TO authenticated;

--
-- Name: FUNCTION merge_theme_labels(area uuid, from_theme text, into_theme text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.merge_theme_labels(area uuid, from_theme text, into_theme text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.merge_theme_labels(area uuid, from_theme text, into_theme text) TO authenticated;

--
-- Name: FUNCTION my_reminders(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.my_reminders(area uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.my_reminders(area uuid) TO authenticated;

--
-- Name: FUNCTION note_submission(address text, window_minutes integer); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.note_submission(address text, window_minutes integer) TO anon;
GRANT ALL ON FUNCTION app.note_submission(address text, window_minutes integer) TO authenticated;

--
-- Name: FUNCTION organisation_key(name text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.organisation_key(name text) TO anon;
GRANT ALL ON FUNCTION app.organisation_key(name text) TO authenticated;

--
-- Name: FUNCTION raise_alert(alert uuid, area uuid, engagement uuid, item uuid, key text, reasons text[], severity text, original text, redacted text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.raise_alert(alert uuid, area uuid, engagement uuid, item uuid, key text, reasons text[], severity text, original text, redacted text) TO anon;
GRANT ALL ON FUNCTION app.raise_alert(alert uuid, area uuid, engagement uuid, item uuid, key text, reasons text[], severity text, original text, redacted text) TO authenticated;

--
-- Name: FUNCTION receipt(code_hash text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.receipt(code_hash text) TO anon;
GRANT ALL ON FUNCTION app.receipt(code_hash text) TO authenticated;

--
-- Name: FUNCTION receipt_action_answers(code_hash text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.receipt_action_answers(code_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.receipt_action_answers(code_hash text) TO anon;
GRANT ALL ON FUNCTION app.receipt_action_answers(code_hash text) TO authenticated;

--
-- Name: FUNCTION receipt_data(code_hash text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.receipt_data(code_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.receipt_data(code_hash text) TO anon;
GRANT ALL ON FUNCTION app.receipt_data(code_hash text) TO authenticated;

--
-- Name: FUNCTION receipt_done_actions(code_hash text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.receipt_done_actions(code_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.receipt_done_actions(code_hash text) TO anon;
GRANT ALL ON FUNCTION app.receipt_done_actions(code_hash text) TO authenticated;

--
-- Name: FUNCTION receipt_replies(code_hash text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.receipt_replies(code_hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.receipt_replies(code_hash text) TO anon;
GRANT ALL ON FUNCTION app.receipt_replies(code_hash text) TO authenticated;

--
-- Name: FUNCTION recent_retention_runs(n integer); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.recent_retention_runs(n integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app.recent_retention_runs(n integer) TO authenticated;

--
-- Name: FUNCTION reply_to_feedback(item uuid, signed text, words text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.reply_to_feedback(item uuid, signed text, words text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.reply_to_feedback(item uuid, signed text, words text) TO authenticated;

--
-- Name: FUNCTION response_id(survey uuid, idem text); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.response_id(survey uuid, idem text) TO anon;
GRANT ALL ON FUNCTION app.response_id(survey uuid, idem text) TO authenticated;

--
-- Name: FUNCTION round_public(n integer); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.round_public(n integer) TO anon;
GRANT ALL ON FUNCTION app.round_public(n integer) TO authenticated;

--
-- Name: FUNCTION set_event_room_code(event uuid, new_code text, new_wall_key text); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.set_event_room_code(event uuid, new_code text, new_wall_key text) FROM PUBLIC;
GRANT ALL ON FUNCTION app.set_event_room_code(event uuid, new_code text, new_wall_key text) TO authenticated;

--
-- Name: FUNCTION set_reminder(area uuid, which text, turn_on boolean); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.set_reminder(area uuid, which text, turn_on boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION app.set_reminder(area uuid, which text, turn_on boolean) TO authenticated;

--
-- Name: FUNCTION statement_voices(ids uuid[]); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.statement_voices(ids uuid[]) TO anon;
GRANT ALL ON FUNCTION app.statement_voices(ids uuid[]) TO authenticated;

--
-- Name: FUNCTION survey_is_open(survey uuid); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.survey_is_open(survey uuid) TO anon;
GRANT ALL ON FUNCTION app.survey_is_open(survey uuid) TO authenticated;

--
-- Name: FUNCTION through_data_api(); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.through_data_api() TO anon;
GRANT ALL ON FUNCTION app.through_data_api() TO authenticated;

--
-- Name: FUNCTION trace_feedback(area uuid, statements uuid[], from_day date, to_day date); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.trace_feedback(area uuid, statements uuid[], from_day date, to_day date) FROM PUBLIC;
GRANT ALL ON FUNCTION app.trace_feedback(area uuid, statements uuid[], from_day date, to_day date) TO authenticated;

--
-- Name: FUNCTION trace_statement_counts(area uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.trace_statement_counts(area uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.trace_statement_counts(area uuid) TO authenticated;

--
-- Name: FUNCTION trace_theme_counts(area uuid, from_day date, to_day date); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.trace_theme_counts(area uuid, from_day date, to_day date) FROM PUBLIC;
GRANT ALL ON FUNCTION app.trace_theme_counts(area uuid, from_day date, to_day date) TO authenticated;

--
-- Name: FUNCTION vote_results(round uuid); Type: ACL; Schema: app; Owner: -
--

REVOKE ALL ON FUNCTION app.vote_results(round uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app.vote_results(round uuid) TO authenticated;

--
-- Name: FUNCTION withdraw(code_hash text, everything boolean); Type: ACL; Schema: app; Owner: -
--

GRANT ALL ON FUNCTION app.withdraw(code_hash text, everything boolean) TO anon;
GRANT ALL ON FUNCTION app.withdraw(code_hash text, everything boolean) TO authenticated;

--
-- Name: TABLE action_feedback; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.action_feedback TO anon;
GRANT ALL ON TABLE public.action_feedback TO authenticated;
GRANT ALL ON TABLE public.action_feedback TO service_role;

--
-- Name: TABLE action_milestones; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.action_milestones TO anon;
GRANT ALL ON TABLE public.action_milestones TO authenticated;
GRANT ALL ON TABLE public.action_milestones TO service_role;

--
-- Name: TABLE action_updates; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.action_updates TO anon;
GRANT ALL ON TABLE public.action_updates TO authenticated;
GRANT ALL ON TABLE public.action_updates TO service_role;

--
-- Name: TABLE actions; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.actions TO anon;
GRANT ALL ON TABLE public.actions TO authenticated;
GRANT ALL ON TABLE public.actions TO service_role;

--
-- Name: TABLE alert_deliveries; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.alert_deliveries TO anon;
GRANT ALL ON TABLE public.alert_deliveries TO authenticated;
GRANT ALL ON TABLE public.alert_deliveries TO service_role;

--
-- Name: TABLE area_models; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.area_models TO anon;
GRANT ALL ON TABLE public.area_models TO authenticated;
GRANT ALL ON TABLE public.area_models TO service_role;

--
-- Name: TABLE area_population; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.area_population TO anon;
GRANT ALL ON TABLE public.area_population TO authenticated;
GRANT ALL ON TABLE public.area_population TO service_role;

--
-- Name: TABLE areas; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.areas TO anon;
GRANT ALL ON TABLE public.areas TO authenticated;
GRANT ALL ON TABLE public.areas TO service_role;

--
-- Name: TABLE audit_log; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,REFERENCES,TRIGGER,TRUNCATE ON TABLE public.audit_log TO anon;
GRANT SELECT,REFERENCES,TRIGGER,TRUNCATE ON TABLE public.audit_log TO authenticated;
GRANT ALL ON TABLE public.audit_log TO service_role;

--
-- Name: SEQUENCE audit_log_id_seq; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON SEQUENCE public.audit_log_id_seq TO anon;
GRANT ALL ON SEQUENCE public.audit_log_id_seq TO authenticated;
GRANT ALL ON SEQUENCE public.audit_log_id_seq TO service_role;

--
-- Name: TABLE engagements; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.engagements TO anon;
GRANT ALL ON TABLE public.engagements TO authenticated;
GRANT ALL ON TABLE public.engagements TO service_role;

--
-- Name: TABLE event_helpers; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_helpers TO anon;
GRANT ALL ON TABLE public.event_helpers TO authenticated;
GRANT ALL ON TABLE public.event_helpers TO service_role;

--
-- Name: TABLE event_participants; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_participants TO anon;
GRANT ALL ON TABLE public.event_participants TO authenticated;
GRANT ALL ON TABLE public.event_participants TO service_role;

--
-- Name: TABLE event_priorities; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_priorities TO anon;
GRANT ALL ON TABLE public.event_priorities TO authenticated;
GRANT ALL ON TABLE public.event_priorities TO service_role;

--
-- Name: TABLE event_ratings; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_ratings TO anon;
GRANT ALL ON TABLE public.event_ratings TO authenticated;
GRANT ALL ON TABLE public.event_ratings TO service_role;

--
-- Name: TABLE event_wall_hidden; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_wall_hidden TO anon;
GRANT ALL ON TABLE public.event_wall_hidden TO authenticated;
GRANT ALL ON TABLE public.event_wall_hidden TO service_role;

--
-- Name: TABLE events; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.events TO anon;
GRANT ALL ON TABLE public.events TO authenticated;
GRANT ALL ON TABLE public.events TO service_role;

--
-- Name: TABLE feedback_items; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.feedback_items TO anon;
GRANT ALL ON TABLE public.feedback_items TO authenticated;
GRANT ALL ON TABLE public.feedback_items TO service_role;

--
-- Name: TABLE feedback_originals; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.feedback_originals TO anon;
GRANT ALL ON TABLE public.feedback_originals TO authenticated;
GRANT ALL ON TABLE public.feedback_originals TO service_role;

--
-- Name: TABLE feedback_reviews; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.feedback_reviews TO anon;
GRANT ALL ON TABLE public.feedback_reviews TO authenticated;
GRANT ALL ON TABLE public.feedback_reviews TO service_role;

--
-- Name: TABLE invitations; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.invitations TO anon;
GRANT ALL ON TABLE public.invitations TO authenticated;
GRANT ALL ON TABLE public.invitations TO service_role;

--
-- Name: TABLE memberships; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.memberships TO anon;
GRANT ALL ON TABLE public.memberships TO authenticated;
GRANT ALL ON TABLE public.memberships TO service_role;

--
-- Name: TABLE metric_priorities; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.metric_priorities TO anon;
GRANT ALL ON TABLE public.metric_priorities TO authenticated;
GRANT ALL ON TABLE public.metric_priorities TO service_role;

--
-- Name: TABLE metric_series; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.metric_series TO anon;
GRANT ALL ON TABLE public.metric_series TO authenticated;
GRANT ALL ON TABLE public.metric_series TO service_role;

--
-- Name: TABLE metric_themes; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.metric_themes TO anon;
GRANT ALL ON TABLE public.metric_themes TO authenticated;
GRANT ALL ON TABLE public.metric_themes TO service_role;

--
-- Name: TABLE metric_values; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.metric_values TO anon;
GRANT ALL ON TABLE public.metric_values TO authenticated;
GRANT ALL ON TABLE public.metric_values TO service_role;

--
-- Name: TABLE people; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,REFERENCES,DELETE,TRIGGER,TRUNCATE ON TABLE public.people TO anon;
GRANT SELECT,INSERT,REFERENCES,DELETE,TRIGGER,TRUNCATE ON TABLE public.people TO authenticated;
GRANT ALL ON TABLE public.people TO service_role;

--
-- Name: COLUMN people.display_name; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(display_name) ON TABLE public.people TO authenticated;

--
-- Name: TABLE plans; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.plans TO anon;
GRANT ALL ON TABLE public.plans TO authenticated;
GRANT ALL ON TABLE public.plans TO service_role;

--
-- Name: TABLE priorities; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.priorities TO anon;
GRANT ALL ON TABLE public.priorities TO authenticated;
GRANT ALL ON TABLE public.priorities TO service_role;

--
-- Name: TABLE responses; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.responses TO anon;
GRANT ALL ON TABLE public.responses TO authenticated;
GRANT ALL ON TABLE public.responses TO service_role;

--
-- Name: TABLE review_rounds; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.review_rounds TO anon;
GRANT ALL ON TABLE public.review_rounds TO authenticated;
GRANT ALL ON TABLE public.review_rounds TO service_role;

--
-- Name: TABLE review_samples; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.review_samples TO anon;
GRANT ALL ON TABLE public.review_samples TO authenticated;
GRANT ALL ON TABLE public.review_samples TO service_role;

--
-- Name: TABLE safeguarding_alert_words; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.safeguarding_alert_words TO anon;
GRANT ALL ON TABLE public.safeguarding_alert_words TO authenticated;
GRANT ALL ON TABLE public.safeguarding_alert_words TO service_role;

--
-- Name: TABLE safeguarding_alerts; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.safeguarding_alerts TO anon;
GRANT ALL ON TABLE public.safeguarding_alerts TO authenticated;
GRANT ALL ON TABLE public.safeguarding_alerts TO service_role;

--
-- Name: TABLE source_documents; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.source_documents TO anon;
GRANT ALL ON TABLE public.source_documents TO authenticated;
GRANT ALL ON TABLE public.source_documents TO service_role;

--
-- Name: TABLE surveys; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.surveys TO anon;
GRANT ALL ON TABLE public.surveys TO authenticated;
GRANT ALL ON TABLE public.surveys TO service_role;

--
-- Name: TABLE theme_decisions; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.theme_decisions TO anon;
GRANT ALL ON TABLE public.theme_decisions TO authenticated;
GRANT ALL ON TABLE public.theme_decisions TO service_role;

--
-- Name: TABLE theme_votes; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.theme_votes TO anon;
GRANT ALL ON TABLE public.theme_votes TO authenticated;
GRANT ALL ON TABLE public.theme_votes TO service_role;

--
-- Name: TABLE themes; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.themes TO anon;
GRANT ALL ON TABLE public.themes TO authenticated;
GRANT ALL ON TABLE public.themes TO service_role;

--
-- Name: TABLE vote_rounds; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.vote_rounds TO anon;
GRANT ALL ON TABLE public.vote_rounds TO authenticated;
GRANT ALL ON TABLE public.vote_rounds TO service_role;

--
-- Name: TABLE you_said; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.you_said TO anon;
GRANT ALL ON TABLE public.you_said TO authenticated;
GRANT ALL ON TABLE public.you_said TO service_role;

--
-- Name: TABLE you_said_actions; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.you_said_actions TO anon;
GRANT ALL ON TABLE public.you_said_actions TO authenticated;
GRANT ALL ON TABLE public.you_said_actions TO service_role;

--
-- Name: TABLE you_said_feedback; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.you_said_feedback TO anon;
GRANT ALL ON TABLE public.you_said_feedback TO authenticated;
GRANT ALL ON TABLE public.you_said_feedback TO service_role;

--
-- Name: TABLE you_said_priorities; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.you_said_priorities TO anon;
GRANT ALL ON TABLE public.you_said_priorities TO authenticated;
GRANT ALL ON TABLE public.you_said_priorities TO service_role;

--
-- Name: TABLE you_said_quotes; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.you_said_quotes TO anon;
GRANT ALL ON TABLE public.you_said_quotes TO authenticated;
GRANT ALL ON TABLE public.you_said_quotes TO service_role;

--
-- Name: TABLE you_said_themes; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.you_said_themes TO anon;
GRANT ALL ON TABLE public.you_said_themes TO authenticated;
GRANT ALL ON TABLE public.you_said_themes TO service_role;

--

--

--

--
--

