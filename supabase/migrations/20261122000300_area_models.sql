-- Each area's trained theme model (src/lib/nlp), stored as JSON so any app instance can load it.
-- Retrained from reviewers' confirmed labels; without a row the built-in model is used.
create table public.area_models (
	area_id uuid primary key references public.areas (id) on delete cascade,
	model jsonb not null check (jsonb_typeof(model) = 'object'),
	examples integer not null default 0 check (examples >= 0),
	trained_at timestamptz not null default now(),
	trained_by uuid references public.people (id) on delete set null
);
alter table public.area_models enable row level security;
create policy "Members can read their area's model" on public.area_models
	for select to authenticated using (app.is_area_member(area_id));
create policy "Officers can store their area's model" on public.area_models
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
-- The model itself is large and not worth auditing row by row; record that it changed.
create or replace function app.audit_model() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	insert into public.audit_log (area_id, actor_id, action, table_name, row_id, changes)
	values (new.area_id, auth.uid(), 'model_trained', 'area_models', new.area_id::text, jsonb_build_object('examples', new.examples));
	return null;
end
$$;
create trigger area_models_audit after insert or update on public.area_models
	for each row execute function app.audit_model();

-- An area's own words for its themes, which the tagger's lexicon adds to (src/lib/nlp ThemeDef.keywords).
alter table public.themes add column keywords text[] not null default '{}';

-- Feedback is analysed as it arrives, often from anonymous respondents who cannot read this
-- table; the model (word statistics learnt from redacted, reviewed text) is handed to the
-- analyser through this function instead.
create or replace function app.area_model(area uuid) returns table (model jsonb, trained_at timestamptz)
	language sql stable security definer
	set search_path = ''
	as $$ select m.model, m.trained_at from public.area_models m where m.area_id = area $$;
grant execute on function app.area_model(uuid) to anon, authenticated;
