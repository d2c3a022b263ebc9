-- Actions ("We did") managed in the console: who owns each action (an organisation and a named
-- role, not a person), how far it has got, dated milestones, evidence on progress updates, and
-- the rule that a done action says what changed for young people and a dropped one says why.

-- Owner, progress -------------------------------------------------------------------------------
alter table public.actions
	add column owner_type text check (owner_type in ('icb', 'nhs_trust', 'council', 'school', 'vcse')),
	add column owner_organisation text check (owner_organisation is null or length(btrim(owner_organisation)) between 2 and 200),
	-- A role such as "Head of CAMHS commissioning": people move on, roles stay.
	add column owner_role text check (owner_role is null or length(btrim(owner_role)) between 2 and 200),
	-- Percent complete as the owner reports it; null until someone does.
	add column progress smallint check (progress between 0 and 100);
create index actions_owner_organisation_idx on public.actions (area_id, owner_organisation);

-- `owner` (the owner as the plan names it) is what partner policies match on
-- (app.is_partner_for). Once an organisation is recorded it is the owner, so the policies in
-- 20261122000200_accounts.sql keep working unchanged.
create or replace function app.sync_action_owner() returns trigger
	language plpgsql
	set search_path = ''
	as $$
begin
	if new.owner_organisation is not null
		or (tg_op = 'UPDATE' and old.owner_organisation is not null) then
		new.owner := nullif(btrim(new.owner_organisation), '');
	end if;
	return new;
end
$$;
create trigger actions_owner_sync before insert or update on public.actions
	for each row execute function app.sync_action_owner();

-- Done needs "what changed for young people"; not doing needs the reason. Checked whenever the
-- status or the outcome changes (and on every insert made by a person), not on rows the seeder
-- loads with the status a plan document reported: 35 seeded done actions have no outcome
-- because their documents give none.
create or replace function app.check_action_outcome() returns trigger
	language plpgsql
	set search_path = ''
	as $$
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
create trigger actions_outcome_required before insert or update on public.actions
	for each row execute function app.check_action_outcome();

-- Partners report progress on their organisation's actions; the plan itself (what the action is,
-- where it sits, who owns it and when it is due) stays with commissioners and area admins.
create or replace function app.guard_partner_action_edit() returns trigger
	language plpgsql
	set search_path = ''
	as $$
begin
	if current_user in ('anon', 'authenticated')
		and not app.has_area_role(old.area_id, array['area_admin', 'commissioner']::public.area_role[])
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
create trigger actions_partner_guard before update on public.actions
	for each row execute function app.guard_partner_action_edit();

-- Who added a row, set by the database so it cannot be claimed for someone else.
create or replace function app.stamp_created_by() returns trigger
	language plpgsql
	set search_path = ''
	as $$
begin
	if current_user in ('anon', 'authenticated') then
		new.created_by := auth.uid();
	end if;
	return new;
end
$$;

-- Evidence on progress updates ------------------------------------------------------------------
alter table public.action_updates
	add column evidence_url text check (evidence_url is null or evidence_url ~ '^https?://'),
	add column created_by uuid references public.people (id) on delete set null;
create trigger action_updates_created_by before insert on public.action_updates
	for each row execute function app.stamp_created_by();

-- Milestones ----------------------------------------------------------------------------------
create table public.action_milestones (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	action_id uuid not null,
	title text not null check (length(btrim(title)) between 3 and 300),
	due_on date,
	done_on date,
	position integer not null default 0,
	created_by uuid references public.people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	foreign key (action_id, area_id) references public.actions (id, area_id) on delete cascade
);
alter table public.action_milestones enable row level security;
create index action_milestones_action_idx on public.action_milestones (action_id);
create index action_milestones_area_idx on public.action_milestones (area_id);
create trigger action_milestones_touch before update on public.action_milestones
	for each row execute function app.touch_updated_at();
create trigger action_milestones_created_by before insert on public.action_milestones
	for each row execute function app.stamp_created_by();
create trigger action_milestones_audit after insert or update or delete on public.action_milestones
	for each row execute function app.audit();

create policy "Anyone can read the milestones of actions of published plans" on public.action_milestones
	for select to anon, authenticated
	using (exists (select 1 from public.actions a where a.id = action_id));
create policy "Members can read their areas' milestones" on public.action_milestones
	for select to authenticated using (app.is_area_member(area_id));
create policy "Commissioners can change milestones" on public.action_milestones
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]));
create policy "Partners can add milestones to their organisation's actions" on public.action_milestones
	for insert to authenticated
	with check (exists (
		select 1 from public.actions a where a.id = action_id and app.is_partner_for(a.area_id, a.owner)
	));
create policy "Partners can update the milestones of their organisation's actions" on public.action_milestones
	for update to authenticated
	using (exists (
		select 1 from public.actions a where a.id = action_id and app.is_partner_for(a.area_id, a.owner)
	))
	with check (exists (
		select 1 from public.actions a where a.id = action_id and app.is_partner_for(a.area_id, a.owner)
	));
