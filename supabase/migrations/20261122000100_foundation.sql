-- Foundation: areas, their plans, priorities and actions, the theme taxonomy, and the
-- "You said" statements that link what people told an area to what it did.
-- Pattern for every table (later migrations follow it):
--   * row-level security enabled in the same file as the table;
--   * policies named as sentences, one concern each;
--   * every row carries area_id, tied to its parent's by a composite foreign key so an
--     area-scoped policy can trust it; every column a policy reads is indexed;
--   * anon and authenticated read only what is published here; staff policies come with accounts.

create schema if not exists app;
grant usage on schema app to anon, authenticated, service_role;

create or replace function app.touch_updated_at() returns trigger
	language plpgsql
	set search_path = ''
	as $$
begin
	new.updated_at := now();
	return new;
end
$$;

create or replace function app.valid_thrive(groups text[]) returns boolean
	language sql immutable
	set search_path = ''
	as $$
	select groups <@ array['Thriving', 'Getting Advice', 'Getting Help', 'Getting More Help', 'Getting Risk Support']
$$;

-- Areas ---------------------------------------------------------------------------------
create table public.areas (
	id uuid primary key default gen_random_uuid(),
	slug text not null unique check (slug ~ '^[a-z][a-z0-9-]{1,40}$'),
	name text not null check (length(name) between 3 and 200),
	short_name text not null check (length(short_name) between 2 and 40),
	summary text not null default '',
	localities text[] not null default '{}',
	published boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
alter table public.areas enable row level security;
create index areas_published_idx on public.areas (published);
create trigger areas_touch before update on public.areas
	for each row execute function app.touch_updated_at();
create policy "Anyone can read published areas" on public.areas
	for select to anon, authenticated using (published);

-- Where every seeded fact came from.
create table public.source_documents (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	file text not null,
	title text not null,
	publisher text not null,
	published_label text not null,
	unique (area_id, file)
);
alter table public.source_documents enable row level security;
create index source_documents_area_idx on public.source_documents (area_id);
create policy "Anyone can read the sources of published areas" on public.source_documents
	for select to anon, authenticated
	using (exists (select 1 from public.areas a where a.id = area_id and a.published));

-- Plans, priorities, actions -------------------------------------------------------------
create table public.plans (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	seed_key text,
	title text not null check (length(title) between 3 and 300),
	period text not null,
	summary text not null default '',
	source_file text,
	published boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (id, area_id),
	unique (area_id, seed_key),
	foreign key (area_id, source_file) references public.source_documents (area_id, file)
);
alter table public.plans enable row level security;
create index plans_area_idx on public.plans (area_id, published);
create trigger plans_touch before update on public.plans
	for each row execute function app.touch_updated_at();
create policy "Anyone can read published plans of published areas" on public.plans
	for select to anon, authenticated
	using (published and exists (select 1 from public.areas a where a.id = area_id and a.published));

create table public.priorities (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	plan_id uuid not null,
	seed_key text,
	number integer not null check (number > 0),
	title text not null check (length(title) between 3 and 500),
	summary text not null default '',
	thrive text[] not null default '{}' check (app.valid_thrive(thrive)),
	source_file text,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (id, area_id),
	unique (plan_id, number),
	unique (area_id, seed_key),
	foreign key (plan_id, area_id) references public.plans (id, area_id) on delete cascade,
	foreign key (area_id, source_file) references public.source_documents (area_id, file)
);
alter table public.priorities enable row level security;
create index priorities_area_idx on public.priorities (area_id);
create index priorities_plan_idx on public.priorities (plan_id);
create trigger priorities_touch before update on public.priorities
	for each row execute function app.touch_updated_at();
create policy "Anyone can read the priorities of published plans" on public.priorities
	for select to anon, authenticated
	using (exists (select 1 from public.plans p where p.id = plan_id));

create type public.action_status as enum ('planned', 'in_progress', 'done', 'not_doing');

create table public.actions (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	priority_id uuid not null,
	seed_key text,
	-- Order within the priority, as the plan lists them.
	position integer not null default 0,
	title text not null check (length(title) between 3 and 300),
	description text not null default '',
	status public.action_status not null default 'planned',
	owner text,
	due_on date,
	-- For done: what changed for young people. For not_doing: why not.
	outcome text,
	evidence_url text check (evidence_url is null or evidence_url ~ '^https?://'),
	thrive text[] not null default '{}' check (app.valid_thrive(thrive)),
	source_file text,
	-- Null for statuses taken from a plan document: the document's date is the best we know.
	status_changed_at timestamptz default now(),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (id, area_id),
	unique (area_id, seed_key),
	foreign key (priority_id, area_id) references public.priorities (id, area_id) on delete cascade,
	foreign key (area_id, source_file) references public.source_documents (area_id, file)
);
alter table public.actions enable row level security;
create index actions_area_idx on public.actions (area_id, status);
create index actions_priority_idx on public.actions (priority_id);
create trigger actions_touch before update on public.actions
	for each row execute function app.touch_updated_at();

create or replace function app.stamp_status_change() returns trigger
	language plpgsql
	set search_path = ''
	as $$
begin
	if new.status is distinct from old.status then
		new.status_changed_at := now();
	end if;
	return new;
end
$$;
create trigger actions_status_stamp before update of status on public.actions
	for each row execute function app.stamp_status_change();

create policy "Anyone can read the actions of published plans" on public.actions
	for select to anon, authenticated
	using (exists (select 1 from public.priorities p where p.id = priority_id));

create table public.action_updates (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	action_id uuid not null,
	seed_key text,
	happened_on date,
	period text,
	body text not null check (length(body) between 3 and 4000),
	source_file text,
	created_at timestamptz not null default now(),
	unique (area_id, seed_key),
	foreign key (action_id, area_id) references public.actions (id, area_id) on delete cascade,
	foreign key (area_id, source_file) references public.source_documents (area_id, file)
);
alter table public.action_updates enable row level security;
create index action_updates_action_idx on public.action_updates (action_id);
create index action_updates_area_idx on public.action_updates (area_id);
create policy "Anyone can read updates on the actions of published plans" on public.action_updates
	for select to anon, authenticated
	using (exists (select 1 from public.actions a where a.id = action_id));

-- Themes: the default taxonomy (area_id null) plus each area's own -------------------------
create table public.themes (
	id text primary key check (id ~ '^[a-z][a-z0-9-]{1,60}$'),
	area_id uuid references public.areas (id) on delete cascade,
	name text not null check (length(name) between 3 and 120),
	description text not null default '',
	position integer not null default 0,
	active boolean not null default true,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
alter table public.themes enable row level security;
create index themes_area_idx on public.themes (area_id);
create trigger themes_touch before update on public.themes
	for each row execute function app.touch_updated_at();
create policy "Anyone can read the default themes and those of published areas" on public.themes
	for select to anon, authenticated
	using (area_id is null or exists (select 1 from public.areas a where a.id = area_id and a.published));

-- Engagements: where feedback was heard. 'reported' ones come from the plans themselves;
-- surveys, events and imports are added by later migrations.
create table public.engagements (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	seed_key text,
	kind text not null check (kind in ('reported', 'survey', 'event', 'import')),
	title text not null check (length(title) between 3 and 300),
	held_label text,
	location text,
	description text not null default '',
	figures jsonb not null default '[]' check (jsonb_typeof(figures) = 'array'),
	source_file text,
	published boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (id, area_id),
	unique (area_id, seed_key),
	foreign key (area_id, source_file) references public.source_documents (area_id, file)
);
alter table public.engagements enable row level security;
create index engagements_area_idx on public.engagements (area_id, published);
create trigger engagements_touch before update on public.engagements
	for each row execute function app.touch_updated_at();
create policy "Anyone can read published engagements of published areas" on public.engagements
	for select to anon, authenticated
	using (published and exists (select 1 from public.areas a where a.id = area_id and a.published));

-- "You said" statements and their quotes and links ------------------------------------------
create table public.you_said (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	seed_key text,
	statement text not null check (length(statement) between 5 and 1000),
	position integer not null default 0,
	heard_on date,
	heard_period text,
	how_heard text,
	where_heard text,
	engagement_id uuid,
	status text not null default 'draft' check (status in ('draft', 'published', 'archived')),
	published_at timestamptz,
	source_file text,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (id, area_id),
	unique (area_id, seed_key),
	foreign key (engagement_id, area_id) references public.engagements (id, area_id),
	foreign key (area_id, source_file) references public.source_documents (area_id, file),
	check (status <> 'published' or published_at is not null)
);
alter table public.you_said enable row level security;
create index you_said_area_idx on public.you_said (area_id, status);
create index you_said_engagement_idx on public.you_said (engagement_id);
create trigger you_said_touch before update on public.you_said
	for each row execute function app.touch_updated_at();
create policy "Anyone can read published statements of published areas" on public.you_said
	for select to anon, authenticated
	using (status = 'published' and exists (select 1 from public.areas a where a.id = area_id and a.published));

create table public.you_said_quotes (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	you_said_id uuid not null,
	position integer not null check (position >= 0),
	body text not null check (length(body) between 2 and 2000),
	speaker text,
	-- Quotes chosen from feedback are published only after redaction and a human decision.
	published boolean not null default false,
	source_file text,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (you_said_id, position),
	foreign key (you_said_id, area_id) references public.you_said (id, area_id) on delete cascade,
	foreign key (area_id, source_file) references public.source_documents (area_id, file)
);
alter table public.you_said_quotes enable row level security;
create index you_said_quotes_statement_idx on public.you_said_quotes (you_said_id);
create index you_said_quotes_area_idx on public.you_said_quotes (area_id);
create trigger you_said_quotes_touch before update on public.you_said_quotes
	for each row execute function app.touch_updated_at();
create policy "Anyone can read published quotes of published statements" on public.you_said_quotes
	for select to anon, authenticated
	using (published and exists (select 1 from public.you_said y where y.id = you_said_id));

create table public.you_said_priorities (
	you_said_id uuid not null,
	priority_id uuid not null,
	area_id uuid not null,
	primary key (you_said_id, priority_id),
	foreign key (you_said_id, area_id) references public.you_said (id, area_id) on delete cascade,
	foreign key (priority_id, area_id) references public.priorities (id, area_id) on delete cascade
);
alter table public.you_said_priorities enable row level security;
create index you_said_priorities_priority_idx on public.you_said_priorities (priority_id);
create index you_said_priorities_area_idx on public.you_said_priorities (area_id);
create policy "Anyone can read the links of published statements to priorities" on public.you_said_priorities
	for select to anon, authenticated
	using (exists (select 1 from public.you_said y where y.id = you_said_id)
		and exists (select 1 from public.priorities p where p.id = priority_id));

create table public.you_said_actions (
	you_said_id uuid not null,
	action_id uuid not null,
	area_id uuid not null,
	primary key (you_said_id, action_id),
	foreign key (you_said_id, area_id) references public.you_said (id, area_id) on delete cascade,
	foreign key (action_id, area_id) references public.actions (id, area_id) on delete cascade
);
alter table public.you_said_actions enable row level security;
create index you_said_actions_action_idx on public.you_said_actions (action_id);
create index you_said_actions_area_idx on public.you_said_actions (area_id);
create policy "Anyone can read the links of published statements to actions" on public.you_said_actions
	for select to anon, authenticated
	using (exists (select 1 from public.you_said y where y.id = you_said_id)
		and exists (select 1 from public.actions a where a.id = action_id));

create table public.you_said_themes (
	you_said_id uuid not null,
	theme_id text not null references public.themes (id) on delete cascade,
	area_id uuid not null,
	primary key (you_said_id, theme_id),
	foreign key (you_said_id, area_id) references public.you_said (id, area_id) on delete cascade
);
alter table public.you_said_themes enable row level security;
create index you_said_themes_theme_idx on public.you_said_themes (theme_id);
create index you_said_themes_area_idx on public.you_said_themes (area_id);
create policy "Anyone can read the themes of published statements" on public.you_said_themes
	for select to anon, authenticated
	using (exists (select 1 from public.you_said y where y.id = you_said_id));
