-- Issue 15, items 1 and 2: whose voice a statement is, on what basis a statement is linked to an
-- action, and the numbers (metric series with targets) beside what people told us.

-- Whose voice ------------------------------------------------------------------------------------
-- The board says "You said" only for young people and families; every other voice has its own
-- heading ("Inspectors found"), so a young people's board never misattributes words.
alter table public.you_said
	add column voice text not null default 'young_people' check (voice in
		('young_people', 'parents_carers', 'families', 'vcse_partners', 'professionals', 'inspectors', 'mixed'));

-- On what basis ----------------------------------------------------------------------------------
-- documented: the plan itself says this action answers this feedback; inferred: we linked them.
-- Links people make in the app are our own judgement, so they default to inferred.
alter table public.you_said_actions
	add column basis text not null default 'inferred' check (basis in ('documented', 'inferred'));

-- Metrics ----------------------------------------------------------------------------------------
-- A series is one measure for one place (e.g. "routine eating disorder referrals seen within 4
-- weeks", Staffordshire and Stoke-on-Trent ICB); its values are one per period, each with the
-- target for that period when the source states one.
create table public.metric_series (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	-- Set on seeded rows (the key in seeds/metrics/{slug}.json); null on rows people add.
	seed_key text,
	title text not null check (length(title) between 3 and 300),
	-- What it measures, in words a 12-year-old can follow.
	definition text not null check (length(definition) between 10 and 1000),
	-- How to say a value in a sentence, e.g. "{value} of young people ... were seen within 4 weeks".
	phrase text check (phrase is null or (length(phrase) between 10 and 300 and position('{value}' in phrase) > 0)),
	unit text not null check (unit in ('percent', 'count', 'days', 'pounds', 'wte', 'ratio')),
	geography text not null check (length(geography) between 2 and 200),
	-- Which way is better; null when neither is (e.g. a count of referrals).
	direction text check (direction in ('higher', 'lower')),
	source_file text,
	-- Where in the source document, e.g. "Appendix 2 - Performance and activity".
	source_section text check (source_section is null or length(source_section) between 2 and 300),
	published boolean not null default true,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (id, area_id),
	unique (area_id, seed_key),
	foreign key (area_id, source_file) references public.source_documents (area_id, file)
);
alter table public.metric_series enable row level security;
create index metric_series_area_idx on public.metric_series (area_id, published);
create trigger metric_series_touch before update on public.metric_series
	for each row execute function app.touch_updated_at();
create trigger metric_series_audit after insert or update or delete on public.metric_series
	for each row execute function app.audit();

create table public.metric_values (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	series_id uuid not null,
	-- The period as the source names it ("Mar-24", "2023/24") and the day it ends, for order.
	period_label text not null check (length(period_label) between 2 and 40),
	period_end date not null,
	-- Null when the source suppressed it (small numbers) or gives only a target.
	value double precision,
	target double precision,
	note text check (note is null or length(note) between 2 and 500),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (series_id, period_end),
	foreign key (series_id, area_id) references public.metric_series (id, area_id) on delete cascade,
	check (value is not null or target is not null or note is not null)
);
alter table public.metric_values enable row level security;
create index metric_values_area_idx on public.metric_values (area_id);
create trigger metric_values_touch before update on public.metric_values
	for each row execute function app.touch_updated_at();
create trigger metric_values_audit after insert or update or delete on public.metric_values
	for each row execute function app.audit();

create table public.metric_priorities (
	series_id uuid not null,
	priority_id uuid not null,
	area_id uuid not null,
	primary key (series_id, priority_id),
	foreign key (series_id, area_id) references public.metric_series (id, area_id) on delete cascade,
	foreign key (priority_id, area_id) references public.priorities (id, area_id) on delete cascade
);
alter table public.metric_priorities enable row level security;
create index metric_priorities_priority_idx on public.metric_priorities (priority_id);
create index metric_priorities_area_idx on public.metric_priorities (area_id);

create table public.metric_themes (
	series_id uuid not null,
	theme_id text not null references public.themes (id) on delete cascade,
	area_id uuid not null,
	primary key (series_id, theme_id),
	foreign key (series_id, area_id) references public.metric_series (id, area_id) on delete cascade
);
alter table public.metric_themes enable row level security;
create index metric_themes_theme_idx on public.metric_themes (theme_id);
create index metric_themes_area_idx on public.metric_themes (area_id);

-- Public: published series of published areas (they are published statistics).
create policy "Anyone can read published metric series of published areas" on public.metric_series
	for select to anon, authenticated
	using (published and exists (select 1 from public.areas a where a.id = area_id and a.published));
create policy "Anyone can read the values of published metric series" on public.metric_values
	for select to anon, authenticated
	using (exists (select 1 from public.metric_series s where s.id = series_id));
create policy "Anyone can read the priorities of published metric series" on public.metric_priorities
	for select to anon, authenticated
	using (exists (select 1 from public.metric_series s where s.id = series_id)
		and exists (select 1 from public.priorities p where p.id = priority_id));
create policy "Anyone can read the themes of published metric series" on public.metric_themes
	for select to anon, authenticated
	using (exists (select 1 from public.metric_series s where s.id = series_id));

-- Members read everything of their areas; officers, commissioners and area admins change it.
create policy "Members can read their areas' metric series" on public.metric_series
	for select to authenticated using (app.is_area_member(area_id));
create policy "Members can read their areas' metric values" on public.metric_values
	for select to authenticated using (app.is_area_member(area_id));
create policy "Members can read their areas' metric priorities" on public.metric_priorities
	for select to authenticated using (app.is_area_member(area_id));
create policy "Members can read their areas' metric themes" on public.metric_themes
	for select to authenticated using (app.is_area_member(area_id));

create policy "Area staff can change their areas' metric series" on public.metric_series
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]));
create policy "Area staff can change their areas' metric values" on public.metric_values
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]));
create policy "Area staff can link their areas' metrics to priorities" on public.metric_priorities
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]));
create policy "Area staff can link their areas' metrics to themes" on public.metric_themes
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]));
