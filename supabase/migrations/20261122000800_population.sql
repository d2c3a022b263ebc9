-- Population figures for "Who we heard from": who lives in the area (by age, place and equality
-- group), so the people heard from can be compared with them. Seeded from the figures the plan
-- documents state, each with its source document and the sentence it came from; area admins may
-- add, correct or remove figures. Public for published areas: they are published statistics.

create table public.area_population (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	-- Set on seeded rows (the key in seeds/population/{slug}.json); null on rows people add.
	seed_key text,
	dimension text not null check (dimension in
		('age_band', 'locality', 'ethnic_group', 'send', 'care_experienced', 'young_carer', 'gender', 'total')),
	-- The app's own value (age band key, locality, ONS ethnic group, ...); null for a total and for
	-- an age range that is not one of the app's bands.
	group_key text check (group_key is null or length(group_key) between 1 and 120),
	-- The place a figure is about when narrower than the area (e.g. "In Staffordshire, ...").
	locality text check (locality is null or length(locality) between 1 and 120),
	-- Ages as the document gives them ("0-25", "all ages"); null when it does not say.
	age_range text check (age_range is null or length(age_range) between 1 and 40),
	count integer check (count >= 0),
	-- Percent, as the document gives it.
	share double precision check (share between 0 and 100),
	qualifier text check (qualifier in ('around', 'about', 'over', 'under')),
	-- Who the count is of, or what the share is a share of, in words.
	population text not null check (length(population) between 3 and 200),
	year text check (year is null or length(year) between 4 and 40),
	source_file text,
	-- The sentence the figure came from, word for word.
	quote text check (quote is null or length(quote) between 10 and 1000),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	check (count is not null or share is not null),
	-- A total covers stated ages and has no group; an age figure is a band or a stated range.
	check (case dimension
		when 'total' then group_key is null and age_range is not null
		when 'age_band' then group_key is not null or age_range is not null
		else group_key is not null end),
	unique (area_id, seed_key),
	foreign key (area_id, source_file) references public.source_documents (area_id, file)
);
alter table public.area_population enable row level security;
create index area_population_area_idx on public.area_population (area_id, dimension);
create trigger area_population_touch before update on public.area_population
	for each row execute function app.touch_updated_at();
create trigger area_population_audit after insert or update or delete on public.area_population
	for each row execute function app.audit();

create policy "Anyone can read the population figures of published areas" on public.area_population
	for select to anon, authenticated
	using (exists (select 1 from public.areas a where a.id = area_id and a.published));
create policy "Members can read their areas' population figures" on public.area_population
	for select to authenticated using (app.is_area_member(area_id));
create policy "Area admins can change their areas' population figures" on public.area_population
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin']::public.area_role[]));
