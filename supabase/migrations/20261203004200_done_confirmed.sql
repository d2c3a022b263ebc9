-- Two keys for "done" (issue 18, item 5): an action shows "Done, confirmed by young people" only
-- after the youth board confirms that what changed matches what was said; otherwise "Done
-- (reported by {owner})". The confirmation is set only through app.confirm_done (the youth board
-- of the action's area, a done action with what changed written down; it runs as the owner, and a
-- trigger refuses the columns to anyone signed in) and is cleared whenever the
-- action stops being done or what changed is rewritten, by any path.

create or replace function app.can_confirm_done(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;
grant execute on function app.can_confirm_done(uuid) to anon, authenticated;

alter table public.actions
	add column done_confirmed_at timestamptz,
	add column done_confirmed_by uuid references public.people (id) on delete set null;

-- Nobody writes the confirmation columns directly (admins and commissioners may update actions);
-- a change of status or of what changed takes the confirmation away.
create or replace function app.guard_done_confirmation() returns trigger
	language plpgsql
	set search_path = ''
	as $$
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
create trigger actions_guard_done_confirmation before insert or update on public.actions
	for each row execute function app.guard_done_confirmation();

create or replace function app.confirm_done(action uuid) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
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
revoke execute on function app.confirm_done(uuid) from public;
grant execute on function app.confirm_done(uuid) to authenticated;
