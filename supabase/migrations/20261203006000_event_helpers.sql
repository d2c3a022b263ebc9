-- Youth board members who helped at an event (issue 16, item 6): counted on their record of
-- contribution (/app/{area}/record) beside the events they set up. Officers and admins who run
-- events tick who helped; members of the area read it, and a person reads their own rows.
create table public.event_helpers (
	event_id uuid not null,
	person_id uuid not null references public.people (id) on delete cascade,
	area_id uuid not null,
	added_by uuid references public.people (id) on delete set null,
	added_at timestamptz not null default now(),
	primary key (event_id, person_id),
	foreign key (event_id, area_id) references public.events (id, area_id) on delete cascade
);
alter table public.event_helpers enable row level security;
create index event_helpers_person_idx on public.event_helpers (person_id, area_id);
create index event_helpers_area_idx on public.event_helpers (area_id);

-- The area's current youth board members, for those who run its events (who cannot read people or
-- memberships themselves); empty for anyone else.
create or replace function app.event_helper_candidates(area uuid) returns table (id uuid, name text)
	language sql stable security definer
	set search_path = ''
	as $$
	select p.id, coalesce(nullif(p.display_name, ''), 'Youth board member')
	from public.people p
	where app.can_run_events(area) and p.disabled_at is null
		and exists (select 1 from public.memberships m
			where m.person_id = p.id and m.area_id = area and m.role = 'youth_board' and m.revoked_at is null)
$$;
revoke execute on function app.event_helper_candidates(uuid) from public, anon;
grant execute on function app.event_helper_candidates(uuid) to authenticated;

create policy "Members read who helped at their area's events" on public.event_helpers
	for select to authenticated
	using (app.is_area_member(area_id) or person_id = auth.uid());
create policy "Officers and admins record who helped" on public.event_helpers
	for insert to authenticated
	with check (app.can_run_events(area_id)
		and exists (select 1 from app.event_helper_candidates(area_id) c where c.id = person_id));
create policy "Officers and admins remove who helped" on public.event_helpers
	for delete to authenticated
	using (app.can_run_events(area_id));

select app.guard_data_api_writes();
