-- The room-code functions (20261202920100) were written before the capability helpers and listed
-- roles inline; they now ask the helpers, like every policy (see docs/roles.md "Who may do what").
create or replace function app.set_event_room_code(event uuid, new_code text, new_wall_key text) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
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

create or replace function app.event_room_code_for_staff(event uuid) returns table (code text, wall_key text)
	language sql stable security definer
	set search_path = ''
	as $$
	select r.code, r.wall_key from app.event_room_codes r join public.events e on e.id = r.event_id
	where r.event_id = event and app.can_read_feedback(e.area_id)
	$$;
