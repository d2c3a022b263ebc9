-- Engagement events: live capture in a room (participants' phones and a facilitator's device),
-- a projector wall, and a report. Contributions reuse feedback_items (words), the same consent,
-- analysis, originals and safeguarding alerts as surveys; ratings have their own table.

create table public.events (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	engagement_id uuid not null,
	-- Short and unguessable, for /e/{code} and the QR code shown to the room.
	code text not null unique check (code ~ '^[a-z2-9]{8}$'),
	name text not null check (length(name) between 3 and 120),
	starts_at timestamptz not null,
	ends_at timestamptz,
	venue text not null default '' check (length(venue) <= 200),
	locality text,
	audience text not null check (audience in ('young_people', 'parents_carers', 'vcse_partners', 'professionals', 'mixed')),
	partner_organisation text check (length(partner_organisation) <= 200),
	-- [{key, kind: 'text' | 'rating', text}] in the order they are put to the room.
	prompts jsonb not null default '[]' check (jsonb_typeof(prompts) = 'array'),
	-- Head count the facilitator recorded (people in the room, with or without a phone).
	head_count integer check (head_count between 0 and 100000),
	-- draft: staff only; scheduled: listed publicly, not yet taking contributions; open; closed.
	status text not null default 'draft' check (status in ('draft', 'scheduled', 'open', 'closed')),
	created_by uuid references public.people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (id, area_id),
	unique (engagement_id),
	check (ends_at is null or ends_at >= starts_at),
	foreign key (engagement_id, area_id) references public.engagements (id, area_id) on delete cascade
);
alter table public.events enable row level security;
create index events_area_idx on public.events (area_id, starts_at desc);
create trigger events_touch before update on public.events for each row execute function app.touch_updated_at();
create trigger events_audit after insert or update or delete on public.events for each row execute function app.audit();

create policy "Anyone can read events that are not drafts" on public.events
	for select to anon, authenticated
	using (status <> 'draft' and exists (select 1 from public.areas a where a.id = area_id and a.published));
create policy "Members can read their area's events" on public.events
	for select to authenticated using (app.is_area_member(area_id));
create policy "Officers and admins can add events" on public.events
	for insert to authenticated
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
create policy "Officers and admins can change events" on public.events
	for update to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
create policy "Officers and admins can delete events" on public.events
	for delete to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

create table public.event_priorities (
	event_id uuid not null,
	priority_id uuid not null,
	area_id uuid not null,
	primary key (event_id, priority_id),
	foreign key (event_id, area_id) references public.events (id, area_id) on delete cascade,
	foreign key (priority_id, area_id) references public.priorities (id, area_id) on delete cascade
);
alter table public.event_priorities enable row level security;
create index event_priorities_priority_idx on public.event_priorities (priority_id);
create index event_priorities_area_idx on public.event_priorities (area_id);
create policy "Anyone can read the priorities of events they can see" on public.event_priorities
	for select to anon, authenticated
	using (exists (select 1 from public.events e where e.id = event_id)
		and exists (select 1 from public.priorities p where p.id = priority_id));
create policy "Officers and admins link events to priorities" on public.event_priorities
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

create or replace function app.event_is_open(event uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$ select exists (select 1 from public.events e where e.id = event and e.status = 'open') $$;
grant execute on function app.event_is_open(uuid) to anon, authenticated;

-- A participant: someone who joined on their phone, or a paper form the facilitator typed in.
-- Only their role and age band; the phone holds a random token whose hash is kept here.
create table public.event_participants (
	id uuid primary key,
	area_id uuid not null,
	event_id uuid not null,
	source text not null default 'phone' check (source in ('phone', 'paper')),
	respondent_role text check (respondent_role in ('young_person', 'parent_carer', 'vcse_partner', 'professional')),
	age_band text check (age_band in ('under_11', '11_13', '14_15', '16_17', '18_21', '22_25')),
	token_hash text unique,
	idempotency_key text,
	created_at timestamptz not null default now(),
	unique (id, area_id),
	unique (event_id, idempotency_key),
	foreign key (event_id, area_id) references public.events (id, area_id) on delete cascade
);
alter table public.event_participants enable row level security;
create index event_participants_event_idx on public.event_participants (event_id);
create index event_participants_area_idx on public.event_participants (area_id);
create policy "Anyone can join an open event" on public.event_participants
	for insert to anon, authenticated with check (source = 'phone' and app.event_is_open(event_id));
create policy "Officers and admins enter paper forms" on public.event_participants
	for insert to authenticated
	with check (source = 'paper' and app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
create policy "Staff can read their area's participants" on public.event_participants
	for select to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]));

-- The participant a phone's token belongs to (only the phone has the token).
create or replace function app.event_participant(event uuid, token text)
	returns table (id uuid, respondent_role text, age_band text)
	language sql stable security definer
	set search_path = ''
	as $$ select p.id, p.respondent_role, p.age_band from public.event_participants p where p.event_id = event and p.token_hash = token $$;
grant execute on function app.event_participant(uuid, text) to anon, authenticated;

-- Words said at events are feedback items like survey answers, with where they came from.
alter table public.feedback_items
	add column participant_id uuid,
	add column source text not null default 'survey'
		check (source in ('survey', 'phone', 'sticky_note', 'said_aloud', 'paper')),
	add column idempotency_key text check (length(idempotency_key) between 16 and 80),
	add foreign key (participant_id, area_id) references public.event_participants (id, area_id) on delete cascade;
create unique index feedback_items_idempotency_idx on public.feedback_items (engagement_id, idempotency_key);
create index feedback_items_participant_idx on public.feedback_items (participant_id);

create or replace function app.event_engagement_open(engagement uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$ select exists (select 1 from public.events e where e.engagement_id = engagement and e.status = 'open') $$;
grant execute on function app.event_engagement_open(uuid) to anon, authenticated;
create policy "Anyone can add words at an open event" on public.feedback_items
	for insert to anon, authenticated
	with check (source = 'phone' and app.event_engagement_open(engagement_id));
create policy "Officers and admins capture words at their area's events" on public.feedback_items
	for insert to authenticated
	with check (source in ('sticky_note', 'said_aloud', 'paper')
		and app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[])
		and exists (select 1 from public.events e where e.engagement_id = feedback_items.engagement_id));

create table public.event_ratings (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	event_id uuid not null,
	participant_id uuid,
	prompt_key text not null check (prompt_key ~ '^[a-z0-9_-]{1,40}$'),
	rating smallint not null check (rating between 1 and 5),
	source text not null default 'phone' check (source in ('phone', 'paper', 'said_aloud')),
	idempotency_key text not null check (length(idempotency_key) between 16 and 80),
	created_at timestamptz not null default now(),
	unique (event_id, idempotency_key),
	foreign key (event_id, area_id) references public.events (id, area_id) on delete cascade,
	foreign key (participant_id, area_id) references public.event_participants (id, area_id) on delete cascade
);
alter table public.event_ratings enable row level security;
create index event_ratings_event_idx on public.event_ratings (event_id, prompt_key);
create index event_ratings_area_idx on public.event_ratings (area_id);
-- One rating per person per prompt: a second tap or a change of mind does not count twice.
create unique index event_ratings_once_idx on public.event_ratings (participant_id, prompt_key);
create policy "Anyone can rate at an open event" on public.event_ratings
	for insert to anon, authenticated with check (source = 'phone' and app.event_is_open(event_id));
create policy "Officers and admins enter ratings from the room" on public.event_ratings
	for insert to authenticated
	with check (source in ('paper', 'said_aloud')
		and app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
create policy "Staff can read their area's ratings" on public.event_ratings
	for select to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]));
-- Has this contribution (by its idempotency key) already been stored? Only the device that made
-- the key can ask, so a retry after a dropped connection is answered without a second copy.
create or replace function app.contribution_stored(engagement uuid, idem text) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (select 1 from public.feedback_items f where f.engagement_id = engagement and f.idempotency_key = idem)
		or exists (select 1 from public.event_ratings r join public.events e on e.id = r.event_id
			where e.engagement_id = engagement and r.idempotency_key = idem)
		or exists (select 1 from public.event_participants p join public.events e on e.id = p.event_id
			where e.engagement_id = engagement and p.idempotency_key = idem)
	$$;
grant execute on function app.contribution_stored(uuid, text) to anon, authenticated;

-- Items the facilitator took off the wall. A separate table so hiding needs no write access to
-- feedback itself.
create table public.event_wall_hidden (
	feedback_item_id uuid primary key,
	area_id uuid not null,
	hidden_by uuid references public.people (id) on delete set null,
	hidden_at timestamptz not null default now(),
	foreign key (feedback_item_id, area_id) references public.feedback_items (id, area_id) on delete cascade
);
alter table public.event_wall_hidden enable row level security;
create index event_wall_hidden_area_idx on public.event_wall_hidden (area_id);
create policy "Officers and admins hide items from the wall" on public.event_wall_hidden
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
-- Commissioners read event reports, whose example quotes leave out what was taken off the wall.
create policy "Commissioners can see which items were taken off the wall" on public.event_wall_hidden
	for select to authenticated
	using (app.has_area_role(area_id, array['commissioner']::public.area_role[]));
create trigger event_wall_hidden_audit after insert or update or delete on public.event_wall_hidden
	for each row execute function app.audit();

-- Live walls and consoles listen on 'event_activity'; the payload is only the event's id.
create or replace function app.notify_event_activity() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
declare ev uuid;
begin
	if tg_table_name = 'feedback_items' then
		select e.id into ev from public.events e where e.engagement_id = coalesce(new.engagement_id, old.engagement_id);
	elsif tg_table_name = 'event_wall_hidden' then
		select e.id into ev from public.events e join public.feedback_items f on f.engagement_id = e.engagement_id
			where f.id = coalesce(new.feedback_item_id, old.feedback_item_id);
	elsif tg_table_name = 'events' then
		ev := new.id;
	else
		ev := coalesce(new.event_id, old.event_id);
	end if;
	if ev is not null then
		perform pg_notify('event_activity', ev::text);
	end if;
	return null;
end
$$;
create trigger feedback_items_event_activity after insert or update on public.feedback_items
	for each row execute function app.notify_event_activity();
create trigger event_ratings_activity after insert on public.event_ratings
	for each row execute function app.notify_event_activity();
create trigger event_participants_activity after insert on public.event_participants
	for each row execute function app.notify_event_activity();
create trigger event_wall_hidden_activity after insert or delete on public.event_wall_hidden
	for each row execute function app.notify_event_activity();
create trigger events_activity after update on public.events
	for each row execute function app.notify_event_activity();

-- What the projector wall shows, for anyone with the event's code: counts, and only words the
-- speaker agreed to have quoted, redacted, not flagged, not withdrawn and not hidden.
create or replace function app.event_wall(event uuid) returns jsonb
	language sql stable security definer
	set search_path = ''
	as $$
	with e as (select * from public.events where id = event and status <> 'draft'),
	items as (
		select f.* from public.feedback_items f join e on f.engagement_id = e.engagement_id
		where f.withdrawn_at is null and not f.safeguarding
	),
	quotable as (
		select i.* from items i
		where i.consent = 'quote' and not exists (select 1 from public.event_wall_hidden h where h.feedback_item_id = i.id)
	)
	select case when not exists (select 1 from e) then null else jsonb_build_object(
		'status', (select status from e),
		'people', greatest(coalesce((select head_count from e), 0),
			(select count(*) from public.event_participants p where p.event_id = event)),
		'contributions', (select count(*) from items) + (select count(*) from public.event_ratings r where r.event_id = event),
		'quotes', coalesce((select jsonb_agg(jsonb_build_object('id', q.id, 'text', q.redacted_text, 'prompt', q.question_key)
			order by q.created_at desc) from (select * from quotable order by created_at desc limit 8) q), '[]'),
		'words', coalesce((select jsonb_agg(q.redacted_text) from (select redacted_text from quotable order by created_at desc limit 300) q), '[]'),
		'themes', coalesce((select jsonb_object_agg(t, n) from (
			select t, count(*) as n from items, unnest(items.suggested_theme_ids) t group by t) x), '{}'),
		'ratings', coalesce((select jsonb_object_agg(prompt_key, jsonb_build_object('n', n, 'average', average)) from (
			select prompt_key, count(*) as n, round(avg(rating), 1) as average from public.event_ratings r
			where r.event_id = event group by prompt_key) x), '{}')
	) end
	$$;
grant execute on function app.event_wall(uuid) to anon, authenticated;
