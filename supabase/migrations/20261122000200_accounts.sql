-- Accounts: people, their roles per area, invitations, sessions and sign-in attempts, and the
-- audit log. Staff policies for the foundation tables follow the role table in docs/roles.md.
-- Credentials, sessions and attempts live in schema app, which anon and authenticated cannot
-- read at all: only the server's auth module (privileged path) touches them.

create type public.area_role as enum ('area_admin', 'engagement_officer', 'commissioner', 'youth_board', 'partner');

create table public.people (
	id uuid primary key default gen_random_uuid(),
	-- Youth board members may join without an email; they sign in with a username.
	email text unique check (email is null or (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')),
	username text unique check (username is null or username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
	display_name text not null check (length(display_name) between 1 and 80),
	is_platform_admin boolean not null default false,
	is_demo boolean not null default false,
	supabase_user_id uuid unique,
	disabled_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	check (email is not null or username is not null)
);
alter table public.people enable row level security;
create trigger people_touch before update on public.people
	for each row execute function app.touch_updated_at();

create table public.memberships (
	id uuid primary key default gen_random_uuid(),
	person_id uuid not null references public.people (id) on delete cascade,
	area_id uuid not null references public.areas (id) on delete cascade,
	role public.area_role not null,
	-- For partners: the organisation whose actions they update (matched to actions.owner).
	organisation text,
	-- Named by an area admin to receive safeguarding alerts.
	safeguarding_contact boolean not null default false,
	created_at timestamptz not null default now(),
	created_by uuid references public.people (id) on delete set null,
	revoked_at timestamptz,
	revoked_by uuid references public.people (id) on delete set null
);
alter table public.memberships enable row level security;
create unique index memberships_active_idx on public.memberships (person_id, area_id, role) where revoked_at is null;
create index memberships_area_idx on public.memberships (area_id, role) where revoked_at is null;

create table public.invitations (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	role public.area_role not null,
	email text check (email is null or email = lower(email)),
	organisation text,
	token_hash text not null unique,
	invited_by uuid references public.people (id) on delete set null,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null default now() + interval '7 days',
	accepted_at timestamptz,
	accepted_by uuid references public.people (id) on delete set null,
	revoked_at timestamptz,
	check (role = 'youth_board' or email is not null)
);
alter table public.invitations enable row level security;
create index invitations_area_idx on public.invitations (area_id, created_at desc);

create table app.credentials (
	person_id uuid primary key references public.people (id) on delete cascade,
	password_hash text not null,
	updated_at timestamptz not null default now()
);
alter table app.credentials enable row level security;

create table app.sessions (
	id uuid primary key default gen_random_uuid(),
	token_hash text not null unique,
	person_id uuid not null references public.people (id) on delete cascade,
	created_at timestamptz not null default now(),
	last_seen_at timestamptz not null default now(),
	expires_at timestamptz not null,
	user_agent text,
	ip text
);
alter table app.sessions enable row level security;
create index sessions_person_idx on app.sessions (person_id);

create table app.sign_in_attempts (
	id bigint generated always as identity primary key,
	account text not null,
	ip text not null,
	succeeded boolean not null,
	at timestamptz not null default now()
);
alter table app.sign_in_attempts enable row level security;
create index sign_in_attempts_account_idx on app.sign_in_attempts (account, at desc);
create index sign_in_attempts_ip_idx on app.sign_in_attempts (ip, at desc);

-- Policy helpers ------------------------------------------------------------------------------
-- security definer so a policy can consult memberships without recursing through their own RLS;
-- they read live memberships, so a revoked role stops working on the next query.

create or replace function app.is_platform_admin() returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.people p
		where p.id = auth.uid() and p.is_platform_admin and p.disabled_at is null
	)
$$;

create or replace function app.has_area_role(area uuid, roles public.area_role[]) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area and m.role = any (roles)
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

create or replace function app.is_area_member(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select app.has_area_role(area, enum_range(null::public.area_role))
$$;

-- For partners: may this person update an action owned by `owner`?
create or replace function app.is_partner_for(area uuid, owner text) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select owner is not null and exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area and m.role = 'partner'
			and m.revoked_at is null and p.disabled_at is null
			and m.organisation is not null and lower(owner) like '%' || lower(m.organisation) || '%'
	)
$$;

-- The public site shows a banner while demo accounts exist.
create or replace function app.demo_accounts_exist() returns boolean
	language sql stable security definer
	set search_path = ''
	as $$ select exists (select 1 from public.people where is_demo and disabled_at is null) $$;

grant execute on function app.is_platform_admin(), app.has_area_role(uuid, public.area_role[]),
	app.is_area_member(uuid), app.is_partner_for(uuid, text), app.demo_accounts_exist()
	to anon, authenticated;

-- People, memberships, invitations -------------------------------------------------------------
create policy "People can read themselves" on public.people
	for select to authenticated using (id = auth.uid());
create policy "Area admins can read the people in their areas" on public.people
	for select to authenticated
	using (exists (
		select 1 from public.memberships m
		where m.person_id = people.id and app.has_area_role(m.area_id, array['area_admin']::public.area_role[])
	));
create policy "Platform admins can read everyone" on public.people
	for select to authenticated using (app.is_platform_admin());
create policy "People can change their own name" on public.people
	for update to authenticated using (id = auth.uid()) with check (id = auth.uid());

create policy "People can read their own memberships" on public.memberships
	for select to authenticated using (person_id = auth.uid());
create policy "Area admins can read the memberships of their areas" on public.memberships
	for select to authenticated
	using (app.has_area_role(area_id, array['area_admin']::public.area_role[]) or app.is_platform_admin());
create policy "Area admins can add memberships in their areas" on public.memberships
	for insert to authenticated
	with check (app.has_area_role(area_id, array['area_admin']::public.area_role[]) or app.is_platform_admin());
create policy "Area admins can change or revoke memberships in their areas" on public.memberships
	for update to authenticated
	using (app.has_area_role(area_id, array['area_admin']::public.area_role[]) or app.is_platform_admin())
	with check (app.has_area_role(area_id, array['area_admin']::public.area_role[]) or app.is_platform_admin());

create policy "Area admins can read the invitations of their areas" on public.invitations
	for select to authenticated
	using (app.has_area_role(area_id, array['area_admin']::public.area_role[]) or app.is_platform_admin());
create policy "Area admins can invite people to their areas" on public.invitations
	for insert to authenticated
	with check (
		(app.has_area_role(area_id, array['area_admin']::public.area_role[]) or app.is_platform_admin())
		and invited_by = auth.uid()
	);
create policy "Area admins can revoke invitations in their areas" on public.invitations
	for update to authenticated
	using (app.has_area_role(area_id, array['area_admin']::public.area_role[]) or app.is_platform_admin())
	with check (app.has_area_role(area_id, array['area_admin']::public.area_role[]) or app.is_platform_admin());

-- Staff policies on the foundation tables ---------------------------------------------------------
create policy "Members can read their areas" on public.areas
	for select to authenticated using (app.is_area_member(id) or app.is_platform_admin());
create policy "Platform admins can create areas" on public.areas
	for insert to authenticated with check (app.is_platform_admin());
create policy "Area admins can update their area" on public.areas
	for update to authenticated
	using (app.has_area_role(id, array['area_admin']::public.area_role[]) or app.is_platform_admin())
	with check (app.has_area_role(id, array['area_admin']::public.area_role[]) or app.is_platform_admin());

create policy "Members can read their areas' sources" on public.source_documents
	for select to authenticated using (app.is_area_member(area_id));

-- Plans, priorities, actions: members read everything in their area; commissioners and area
-- admins change them; partners update the actions their organisation owns.
create policy "Members can read their areas' plans" on public.plans
	for select to authenticated using (app.is_area_member(area_id));
create policy "Commissioners can change plans" on public.plans
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]));

create policy "Members can read their areas' priorities" on public.priorities
	for select to authenticated using (app.is_area_member(area_id));
create policy "Commissioners can change priorities" on public.priorities
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]));

create policy "Members can read their areas' actions" on public.actions
	for select to authenticated using (app.is_area_member(area_id));
create policy "Commissioners can change actions" on public.actions
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]));
create policy "Partners can update their organisation's actions" on public.actions
	for update to authenticated
	using (app.is_partner_for(area_id, owner))
	with check (app.is_partner_for(area_id, owner));

create policy "Members can read their areas' action updates" on public.action_updates
	for select to authenticated using (app.is_area_member(area_id));
create policy "Commissioners can change action updates" on public.action_updates
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'commissioner']::public.area_role[]));
create policy "Partners can add updates to their organisation's actions" on public.action_updates
	for insert to authenticated
	with check (exists (
		select 1 from public.actions a where a.id = action_id and app.is_partner_for(a.area_id, a.owner)
	));

-- Themes: area themes are managed by officers and admins; the default taxonomy by nobody here.
create policy "Officers can add and change their area's themes" on public.themes
	for all to authenticated
	using (area_id is not null and app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (area_id is not null and app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

create policy "Members can read their areas' engagements" on public.engagements
	for select to authenticated using (app.is_area_member(area_id));
create policy "Officers can change engagements" on public.engagements
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

-- "You said": the youth board drafts, officers and admins publish, commissioners link.
create policy "Members can read their areas' statements" on public.you_said
	for select to authenticated using (app.is_area_member(area_id));
create policy "The youth board and officers can draft statements" on public.you_said
	for insert to authenticated
	with check (
		app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
		and (status = 'draft' or app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	);
create policy "The youth board can edit drafts; officers can edit and publish" on public.you_said
	for update to authenticated
	using (
		app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[])
		or (status = 'draft' and app.has_area_role(area_id, array['youth_board']::public.area_role[]))
	)
	with check (
		app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[])
		or (status = 'draft' and app.has_area_role(area_id, array['youth_board']::public.area_role[]))
	);
create policy "Officers can delete statements" on public.you_said
	for delete to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

create policy "Members can read their areas' quotes" on public.you_said_quotes
	for select to authenticated using (app.is_area_member(area_id));
create policy "The youth board and officers can choose quotes" on public.you_said_quotes
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]));

create policy "Members can read their areas' statement links to priorities" on public.you_said_priorities
	for select to authenticated using (app.is_area_member(area_id));
create policy "Commissioners and officers can link statements to priorities" on public.you_said_priorities
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]));

create policy "Members can read their areas' statement links to actions" on public.you_said_actions
	for select to authenticated using (app.is_area_member(area_id));
create policy "Commissioners and officers can link statements to actions" on public.you_said_actions
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]));

create policy "Members can read their areas' statement themes" on public.you_said_themes
	for select to authenticated using (app.is_area_member(area_id));
create policy "The youth board and officers can theme statements" on public.you_said_themes
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]));

-- Audit log: written only by triggers (security definer), read by area admins ------------------
create table public.audit_log (
	id bigint generated always as identity primary key,
	at timestamptz not null default now(),
	area_id uuid references public.areas (id) on delete set null,
	actor_id uuid references public.people (id) on delete set null,
	action text not null,
	table_name text,
	row_id text,
	changes jsonb not null default '{}'
);
alter table public.audit_log enable row level security;
create index audit_log_area_idx on public.audit_log (area_id, at desc);
create policy "Area admins can read their areas' audit log" on public.audit_log
	for select to authenticated
	using (app.has_area_role(area_id, array['area_admin']::public.area_role[]) or app.is_platform_admin());
revoke insert, update, delete on public.audit_log from anon, authenticated;

create or replace function app.audit() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
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

do $$
declare t text;
begin
	foreach t in array array['areas', 'plans', 'priorities', 'actions', 'action_updates', 'themes', 'engagements',
		'you_said', 'you_said_quotes', 'memberships', 'invitations', 'source_documents'] loop
		execute format('create trigger %I after insert or update or delete on public.%I
			for each row execute function app.audit()', t || '_audit', t);
	end loop;
end
$$;

-- Link tables have no id; record them against the statement.
create or replace function app.audit_link() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
declare r jsonb := to_jsonb(coalesce(new, old));
begin
	insert into public.audit_log (area_id, actor_id, action, table_name, row_id, changes)
	values ((r ->> 'area_id')::uuid, auth.uid(), case when tg_op = 'INSERT' then 'link' else 'unlink' end,
		tg_table_name, r ->> 'you_said_id', r);
	return null;
end
$$;
create trigger you_said_priorities_audit after insert or delete on public.you_said_priorities
	for each row execute function app.audit_link();
create trigger you_said_actions_audit after insert or delete on public.you_said_actions
	for each row execute function app.audit_link();
create trigger you_said_themes_audit after insert or delete on public.you_said_themes
	for each row execute function app.audit_link();

-- Sign-ins are recorded by the auth module through this function (it has no table row).
create or replace function app.audit_event(actor uuid, area uuid, what text, details jsonb) returns void
	language sql security definer
	set search_path = ''
	as $$
	insert into public.audit_log (area_id, actor_id, action, changes) values (area, actor, what, coalesce(details, '{}'))
$$;
revoke execute on function app.audit_event(uuid, uuid, text, jsonb) from public, anon, authenticated;
