-- Issue 13, items 6 and 7: events open to the internet, and live streams.
--
-- A facilitator can require a short room code, shown on the projector wall, before a phone may
-- join. The code lives in the app schema (never exposed through Supabase's Data API, never
-- readable by anon); staff reach it through the functions below, which check their role.
create table app.event_room_codes (
	event_id uuid primary key references public.events (id) on delete cascade,
	-- Four letters or digits, without look-alikes (0/O, 1/I/L).
	code text not null check (code ~ '^[A-HJKMNP-Z2-9]{4}$'),
	-- The wall shows the room code only when opened with this key (the console's wall link
	-- carries it), so knowing the public event code is not enough to read it off the wall.
	wall_key text not null check (wall_key ~ '^[A-Za-z0-9_-]{20,64}$'),
	created_at timestamptz not null default now()
);
alter table app.event_room_codes enable row level security;

-- Turn the room code on (with a new code and wall key) or off (null). Officers and admins only.
create or replace function app.set_event_room_code(event uuid, new_code text, new_wall_key text) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
declare area uuid;
begin
	select e.area_id into area from public.events e where e.id = event;
	if area is null or not app.has_area_role(area, array['area_admin', 'engagement_officer']::public.area_role[]) then
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
revoke execute on function app.set_event_room_code(uuid, text, text) from public;
grant execute on function app.set_event_room_code(uuid, text, text) to authenticated;

-- The room code and wall key, for the event's staff (the console shows them).
create or replace function app.event_room_code_for_staff(event uuid) returns table (code text, wall_key text)
	language sql stable security definer
	set search_path = ''
	as $$
	select r.code, r.wall_key from app.event_room_codes r join public.events e on e.id = r.event_id
	where r.event_id = event
		and app.has_area_role(e.area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[])
	$$;
revoke execute on function app.event_room_code_for_staff(uuid) from public;
grant execute on function app.event_room_code_for_staff(uuid) to authenticated;

-- For the phone: whether the event asks for a room code, and whether the one typed is right.
create or replace function app.event_room_code_required(event uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$ select exists (select 1 from app.event_room_codes r where r.event_id = event) $$;
grant execute on function app.event_room_code_required(uuid) to anon, authenticated;

create or replace function app.event_room_code_matches(event uuid, typed text) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$ select not exists (select 1 from app.event_room_codes r where r.event_id = event)
		or exists (select 1 from app.event_room_codes r where r.event_id = event and r.code = typed) $$;
grant execute on function app.event_room_code_matches(uuid, text) to anon, authenticated;

-- For the wall: the room code, only to a wall opened with the right key.
create or replace function app.event_wall_room_code(event uuid, key text) returns text
	language sql stable security definer
	set search_path = ''
	as $$ select r.code from app.event_room_codes r where r.event_id = event and r.wall_key = key $$;
grant execute on function app.event_wall_room_code(uuid, text) to anon, authenticated;

-- Join attempts, for throttling per address (as sign-in does): the address is stored only as an
-- HMAC with the server's secret, and rows older than a day are purged as new ones arrive.
create table app.event_join_attempts (
	id bigint generated always as identity primary key,
	event_id uuid not null references public.events (id) on delete cascade,
	address_hash text not null,
	wrong_code boolean not null default false,
	at timestamptz not null default now()
);
alter table app.event_join_attempts enable row level security;
create index event_join_attempts_address_idx on app.event_join_attempts (address_hash, at desc);
create index event_join_attempts_at_idx on app.event_join_attempts (at);

-- "Sign out everywhere" (and any other end of a session) tells every app instance at once, so
-- live staff streams opened with that session close within seconds. The payload is the
-- session's id, never its token.
create or replace function app.notify_session_ended() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	perform pg_notify('session_ended', old.id::text);
	return null;
end
$$;
create trigger sessions_ended after delete on app.sessions
	for each row execute function app.notify_session_ended();
