-- Reviewing feedback: people check the themes the analyser suggested for each piece of feedback,
-- confirm, reject or add themes, and mark words that may be quoted. A sample of items is coded
-- twice, by two people who cannot see each other's choices, to measure how well reviewers agree.
-- The youth board ratifies the theme list for a round, and every change to the list goes into a
-- decision log that can be published.
-- Pattern as in docs/architecture.md: RLS in this file, area_id with composite foreign keys,
-- policies named as sentences, security definer helpers, policy columns indexed, audit triggers
-- on the decision tables.

-- One person's review of one feedback item ----------------------------------------------------
create table public.feedback_reviews (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	feedback_item_id uuid not null,
	reviewer_id uuid not null references public.people (id),
	-- The themes this person says the feedback is about (suggested ones they confirmed, plus any
	-- they added), and the suggested themes they said it is not about.
	theme_ids text[] not null default '{}',
	rejected_theme_ids text[] not null default '{}',
	-- A possible quote for a "You said" statement: only with the author's consent and after a
	-- person has checked the redaction.
	candidate_quote boolean not null default false,
	redaction_checked boolean not null default false,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (feedback_item_id, reviewer_id),
	unique (id, area_id),
	foreign key (feedback_item_id, area_id) references public.feedback_items (id, area_id) on delete cascade,
	check (not candidate_quote or redaction_checked),
	check (not (theme_ids && rejected_theme_ids))
);
alter table public.feedback_reviews enable row level security;
create index feedback_reviews_area_idx on public.feedback_reviews (area_id, updated_at desc);
create index feedback_reviews_reviewer_idx on public.feedback_reviews (reviewer_id);

-- Items picked to be coded by two people independently ----------------------------------------
create table public.review_samples (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	feedback_item_id uuid not null unique,
	added_by uuid default auth.uid() references public.people (id) on delete set null,
	created_at timestamptz not null default now(),
	foreign key (feedback_item_id, area_id) references public.feedback_items (id, area_id) on delete cascade
);
alter table public.review_samples enable row level security;
create index review_samples_area_idx on public.review_samples (area_id);
create trigger review_samples_audit after insert or update or delete on public.review_samples
	for each row execute function app.audit();

-- Checks on every review: themes exist for the area, and a quote needs the author's consent.
-- security definer: the themes of an unpublished area and the consent of any item in the area
-- must be checked whoever is writing.
create or replace function app.check_review() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
declare unknown text[];
begin
	select array_agg(t) into unknown
	from unnest(new.theme_ids || new.rejected_theme_ids) t
	where not exists (select 1 from public.themes th where th.id = t and (th.area_id is null or th.area_id = new.area_id));
	if unknown is not null then
		raise exception 'Unknown themes for this area: %', array_to_string(unknown, ', ') using errcode = '23514';
	end if;
	-- Checked when a quote is marked, not on every later change: consent taken back afterwards
	-- hides the quote where quotes are read, and must not block relabelling (e.g. a merge).
	if new.candidate_quote and (tg_op = 'INSERT' or not old.candidate_quote) and not exists (
		select 1 from public.feedback_items f
		where f.id = new.feedback_item_id and f.consent = 'quote' and f.withdrawn_at is null
	) then
		raise exception 'The person who wrote this did not agree to be quoted' using errcode = '23514';
	end if;
	return new;
end
$$;
create trigger feedback_reviews_check before insert or update on public.feedback_reviews
	for each row execute function app.check_review();

-- May the caller see other people's reviews of this item? Always, unless it is in the
-- double-check sample: then only once they have coded it themselves or two people have.
-- security definer: it counts reviews the caller cannot read (and a policy on feedback_reviews
-- cannot query feedback_reviews without recursing).
create or replace function app.may_see_reviews_of(item uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select not exists (select 1 from public.review_samples s where s.feedback_item_id = item)
		or exists (select 1 from public.feedback_reviews r where r.feedback_item_id = item and r.reviewer_id = auth.uid())
		or (select count(*) from public.feedback_reviews r where r.feedback_item_id = item) >= 2
$$;
grant execute on function app.may_see_reviews_of(uuid) to authenticated;

-- The item must be one the person can read: feedback_items' own policy hides withdrawn items
-- from everyone and flagged ones from the youth board, so their reviews disappear with them.
create policy "Reviewers and commissioners can read reviews of feedback they can see" on public.feedback_reviews
	for select to authenticated
	using (
		app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner', 'youth_board']::public.area_role[])
		and exists (select 1 from public.feedback_items f where f.id = feedback_item_id)
		and (reviewer_id = auth.uid() or app.may_see_reviews_of(feedback_item_id))
	);
create policy "Reviewers can add their own review" on public.feedback_reviews
	for insert to authenticated
	with check (
		reviewer_id = auth.uid()
		and app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
		and exists (select 1 from public.feedback_items f where f.id = feedback_item_id)
	);
create policy "Reviewers can change their own review" on public.feedback_reviews
	for update to authenticated
	using (
		reviewer_id = auth.uid()
		and app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
		and exists (select 1 from public.feedback_items f where f.id = feedback_item_id)
	)
	with check (
		reviewer_id = auth.uid()
		and app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
	);
create policy "Reviewers can take back their own review" on public.feedback_reviews
	for delete to authenticated
	using (
		reviewer_id = auth.uid()
		and app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
	);

create policy "Reviewers and commissioners can see which feedback is double-checked" on public.review_samples
	for select to authenticated
	using (
		app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner', 'youth_board']::public.area_role[])
		and exists (select 1 from public.feedback_items f where f.id = feedback_item_id)
	);
create policy "Officers can pick feedback to double-check" on public.review_samples
	for insert to authenticated
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
create policy "Officers can take feedback out of the double-check sample" on public.review_samples
	for delete to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

-- Merging theme A into theme B relabels every review in the area, including reviews the officer
-- cannot read (double-check items they have not coded), so it runs as definer after a role check.
create or replace function app.merge_theme_labels(area uuid, from_theme text, into_theme text) returns integer
	language plpgsql security definer
	set search_path = ''
	as $$
declare n integer;
begin
	if not app.has_area_role(area, array['area_admin', 'engagement_officer']::public.area_role[]) then
		raise exception 'Only engagement officers and area admins can merge themes' using errcode = '42501';
	end if;
	update public.feedback_reviews r
	set theme_ids = case when from_theme = any (r.theme_ids)
			then array(select distinct t from unnest(array_replace(r.theme_ids, from_theme, into_theme)) t order by t)
			else r.theme_ids end,
		rejected_theme_ids = case when from_theme = any (r.theme_ids)
			then array_remove(array_remove(r.rejected_theme_ids, from_theme), into_theme)
			else array_remove(r.rejected_theme_ids, from_theme) end
	where r.area_id = area and (from_theme = any (r.theme_ids) or from_theme = any (r.rejected_theme_ids));
	get diagnostics n = row_count;
	return n;
end
$$;
revoke execute on function app.merge_theme_labels(uuid, text, text) from public, anon;
grant execute on function app.merge_theme_labels(uuid, text, text) to authenticated;

-- Rounds: the youth board agrees the theme list for a round of engagement ----------------------
create table public.review_rounds (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	title text not null check (length(title) between 3 and 200),
	engagement_id uuid,
	-- The theme list as it stood when it was ratified.
	theme_ids text[] not null default '{}',
	notes text not null default '' check (length(notes) <= 2000),
	ratified_by uuid references public.people (id) on delete set null,
	ratified_at timestamptz not null default now(),
	unique (id, area_id),
	foreign key (engagement_id, area_id) references public.engagements (id, area_id) on delete set null (engagement_id)
);
alter table public.review_rounds enable row level security;
create index review_rounds_area_idx on public.review_rounds (area_id, ratified_at desc);
create index review_rounds_engagement_idx on public.review_rounds (engagement_id);
create trigger review_rounds_audit after insert or update or delete on public.review_rounds
	for each row execute function app.audit();
create policy "Members can read their area's ratified theme lists" on public.review_rounds
	for select to authenticated using (app.is_area_member(area_id));
create policy "The youth board and officers can ratify a theme list" on public.review_rounds
	for insert to authenticated
	with check (
		ratified_by = auth.uid()
		and app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
	);

-- The decision log: every new theme, rename, merge, split and ratification ----------------------
create table public.theme_decisions (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	kind text not null check (kind in ('new', 'rename', 'merge', 'split', 'ratify')),
	-- Where a new theme came from: a person, or an "emerging theme" the analyser found in feedback
	-- that fitted no existing theme.
	origin text not null default 'person' check (origin in ('person', 'emerging')),
	-- What happened, in plain words, e.g. 'Renamed "Waiting" to "Waiting times"'.
	summary text not null check (length(summary) between 3 and 1000),
	reason text not null default '' check (length(reason) <= 2000),
	-- The themes the decision made or kept, and those it replaced.
	theme_ids text[] not null default '{}',
	from_theme_ids text[] not null default '{}',
	round_id uuid,
	details jsonb not null default '{}' check (jsonb_typeof(details) = 'object'),
	decided_by uuid references public.people (id) on delete set null,
	decided_at timestamptz not null default now(),
	published boolean not null default false,
	published_at timestamptz,
	unique (id, area_id),
	foreign key (round_id, area_id) references public.review_rounds (id, area_id),
	check (kind <> 'ratify' or round_id is not null),
	check (not published or published_at is not null)
);
alter table public.theme_decisions enable row level security;
create index theme_decisions_area_idx on public.theme_decisions (area_id, decided_at desc);
create index theme_decisions_published_idx on public.theme_decisions (area_id) where published;
create index theme_decisions_round_idx on public.theme_decisions (round_id);
create trigger theme_decisions_audit after insert or update or delete on public.theme_decisions
	for each row execute function app.audit();

-- A log is only worth something if it cannot be rewritten: once made, an entry can only be
-- published or unpublished.
create or replace function app.decision_log_only_publishes() returns trigger
	language plpgsql
	set search_path = ''
	as $$
begin
	if (to_jsonb(new) - 'published' - 'published_at') is distinct from (to_jsonb(old) - 'published' - 'published_at') then
		raise exception 'A decision cannot be changed once it is in the log, only published or unpublished' using errcode = '23514';
	end if;
	return new;
end
$$;
create trigger theme_decisions_only_publish before update on public.theme_decisions
	for each row execute function app.decision_log_only_publishes();

create policy "Anyone can read published decisions of published areas" on public.theme_decisions
	for select to anon, authenticated
	using (published and exists (select 1 from public.areas a where a.id = area_id and a.published));
create policy "Members can read their area's decision log" on public.theme_decisions
	for select to authenticated using (app.is_area_member(area_id));
create policy "Officers can record theme decisions" on public.theme_decisions
	for insert to authenticated
	with check (
		decided_by = auth.uid()
		and app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[])
	);
create policy "The youth board can record a ratification" on public.theme_decisions
	for insert to authenticated
	with check (
		decided_by = auth.uid() and kind = 'ratify' and not published
		and app.has_area_role(area_id, array['youth_board']::public.area_role[])
	);
create policy "Officers can publish decisions" on public.theme_decisions
	for update to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
