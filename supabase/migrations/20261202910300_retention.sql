-- Keep only what is needed. Each area's admin sets how long the words as typed are kept (12
-- months by default) and how long the audit log is kept (6 years, NHS records practice, at the
-- least). A daily run, started by the app's worker, deletes what is past its time, purges sign-in
-- attempts and expired sessions older than a day, and logs what it did. Withdrawing everything
-- now also deletes the demographics of the response at once.
alter table public.areas
	add column keep_originals_months smallint not null default 12 check (keep_originals_months between 1 and 84),
	add column keep_audit_years smallint not null default 6 check (keep_audit_years between 6 and 20);

-- One row per day the schedule ran (the day is the key, so several app instances run it once).
create table app.retention_runs (
	day date primary key,
	started_at timestamptz not null,
	originals_deleted integer not null default 0,
	audit_deleted integer not null default 0,
	sessions_deleted integer not null default 0,
	sign_in_attempts_deleted integer not null default 0
);
alter table app.retention_runs enable row level security;

create or replace function app.run_retention(run_at timestamptz) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
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

-- Withdrawing everything deletes the response's demographics at once (the equality answers were
-- already cleared): role, age band and locality go from the response and its words.
create or replace function app.clear_withdrawn_demographics() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
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
create trigger responses_clear_withdrawn_demographics before update of withdrawn_at on public.responses
	for each row execute function app.clear_withdrawn_demographics();

-- The last runs, for the area admins' page (counts only, nothing personal).
create or replace function app.recent_retention_runs(n integer) returns setof app.retention_runs
	language sql stable security definer
	set search_path = ''
	as $$
	select * from app.retention_runs order by day desc limit least(n, 60)
$$;
revoke execute on function app.recent_retention_runs(integer) from public;
grant execute on function app.recent_retention_runs(integer) to authenticated;
