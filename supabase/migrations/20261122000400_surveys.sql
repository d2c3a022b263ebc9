-- Youth surveys: definitions, anonymous responses, the feedback items their free text becomes,
-- and safeguarding alerts. Respondents are anonymous: they can only insert, through policies that
-- check the survey is open; what they may read back (their receipt) goes through security
-- definer functions keyed by a receipt code we store only as a hash.

create table public.surveys (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	engagement_id uuid not null,
	-- Short and unguessable, for /s/{code} and the QR code.
	code text not null unique check (code ~ '^[a-z2-9]{8}$'),
	title text not null check (length(title) between 3 and 120),
	introduction text not null default '',
	audience text not null check (audience in ('young_people', 'parents_carers', 'vcse_partners', 'professionals', 'mixed')),
	definition jsonb not null check (jsonb_typeof(definition) = 'object'),
	status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
	opened_at timestamptz,
	closed_at timestamptz,
	created_by uuid references public.people (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (id, area_id),
	foreign key (engagement_id, area_id) references public.engagements (id, area_id) on delete cascade
);
alter table public.surveys enable row level security;
create index surveys_area_idx on public.surveys (area_id, status);
create trigger surveys_touch before update on public.surveys for each row execute function app.touch_updated_at();
create trigger surveys_audit after insert or update or delete on public.surveys for each row execute function app.audit();

create or replace function app.survey_is_open(survey uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$ select exists (select 1 from public.surveys s where s.id = survey and s.status = 'open') $$;
grant execute on function app.survey_is_open(uuid) to anon, authenticated;

-- Closed surveys stay readable so their link can say kindly that they have closed.
create policy "Anyone can read open and closed surveys" on public.surveys
	for select to anon, authenticated using (status in ('open', 'closed'));
create policy "Members can read their area's surveys" on public.surveys
	for select to authenticated using (app.is_area_member(area_id));
create policy "Officers can build surveys" on public.surveys
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

create table public.responses (
	id uuid primary key,
	area_id uuid not null,
	survey_id uuid not null,
	-- A double tap, a refresh or a retry carries the same key and makes no second response.
	idempotency_key text not null check (length(idempotency_key) between 16 and 80),
	receipt_hash text not null unique,
	respondent_role text check (respondent_role in ('young_person', 'parent_carer', 'vcse_partner', 'professional')),
	age_band text check (age_band in ('under_11', '11_13', '14_15', '16_17', '18_21', '22_25')),
	locality text,
	equality jsonb not null default '{}',
	-- Answers to rating, choice and yes/no questions; free text lives in feedback_items.
	answers jsonb not null default '{}',
	easy_read boolean not null default false,
	created_at timestamptz not null default now(),
	withdrawn_at timestamptz,
	unique (id, area_id),
	unique (survey_id, idempotency_key),
	foreign key (survey_id, area_id) references public.surveys (id, area_id) on delete cascade
);
alter table public.responses enable row level security;
create index responses_survey_idx on public.responses (survey_id, created_at);
create index responses_area_idx on public.responses (area_id);
create policy "Anyone can answer an open survey" on public.responses
	for insert to anon, authenticated with check (app.survey_is_open(survey_id) and withdrawn_at is null);
create policy "Officers can read their area's responses" on public.responses
	for select to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[]));

-- A piece of feedback: the redacted text everyone in the area may see, with who said it (role,
-- age band, place), where, their consent to be quoted, and the analysis done on arrival.
create table public.feedback_items (
	id uuid primary key,
	area_id uuid not null,
	engagement_id uuid not null,
	response_id uuid,
	question_key text,
	redacted_text text not null check (length(redacted_text) between 1 and 4000),
	respondent_role text,
	age_band text,
	locality text,
	consent text not null default 'staff_only' check (consent in ('quote', 'staff_only')),
	-- The themes the analyser chose (its threshold depends on the area's model) and all its scores.
	suggested_theme_ids text[] not null default '{}',
	suggested_themes jsonb not null default '{}',
	sentiment text check (sentiment in ('positive', 'negative', 'mixed', 'neutral')),
	safeguarding boolean not null default false,
	created_at timestamptz not null default now(),
	withdrawn_at timestamptz,
	unique (id, area_id),
	foreign key (engagement_id, area_id) references public.engagements (id, area_id) on delete cascade,
	foreign key (response_id, area_id) references public.responses (id, area_id) on delete cascade
);
alter table public.feedback_items enable row level security;
create index feedback_items_area_idx on public.feedback_items (area_id, created_at desc);
create index feedback_items_response_idx on public.feedback_items (response_id);
create index feedback_items_engagement_idx on public.feedback_items (engagement_id);
create policy "Anyone can add feedback to an open survey response" on public.feedback_items
	for insert to anon, authenticated
	with check (exists (select 1 from public.surveys s where s.engagement_id = feedback_items.engagement_id and s.status = 'open'));
-- Withdrawn words disappear from every view; flagged items only from non-staff views.
create policy "Members can read their area's feedback" on public.feedback_items
	for select to authenticated
	using (withdrawn_at is null and (
		app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[])
		or (not safeguarding and app.has_area_role(area_id, array['youth_board']::public.area_role[]))
	));

-- The words as typed, before redaction: only the staff who need them.
create table public.feedback_originals (
	feedback_item_id uuid primary key,
	area_id uuid not null,
	original_text text not null check (length(original_text) between 1 and 4000),
	foreign key (feedback_item_id, area_id) references public.feedback_items (id, area_id) on delete cascade
);
alter table public.feedback_originals enable row level security;
create index feedback_originals_area_idx on public.feedback_originals (area_id);

-- True only for a feedback item created in the caller's own transaction (created_at = now(),
-- the transaction's start), so a respondent can attach words to what they just submitted and
-- to nothing else.
create or replace function app.feedback_just_added(item uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$ select exists (select 1 from public.feedback_items f where f.id = item and f.created_at = now()) $$;
grant execute on function app.feedback_just_added(uuid) to anon, authenticated;

create policy "Respondents store the original with feedback they just added" on public.feedback_originals
	for insert to anon, authenticated with check (app.feedback_just_added(feedback_item_id));
create policy "Officers and admins can read original words" on public.feedback_originals
	for select to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[])
		and not exists (select 1 from public.feedback_items f where f.id = feedback_item_id and f.withdrawn_at is not null));

-- Safeguarding alerts: raised on arrival, never dismissed automatically; a person acknowledges
-- each and records what they did.
create table public.safeguarding_alerts (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	feedback_item_id uuid not null,
	reasons text[] not null default '{}',
	-- 'low' for risk described as past and over: still shown to a person, never dropped.
	severity text not null default 'high' check (severity in ('high', 'medium', 'low')),
	created_at timestamptz not null default now(),
	acknowledged_at timestamptz,
	acknowledged_by uuid references public.people (id) on delete set null,
	action_taken text,
	closed_at timestamptz,
	check (closed_at is null or (acknowledged_at is not null and action_taken is not null)),
	foreign key (feedback_item_id, area_id) references public.feedback_items (id, area_id) on delete cascade
);
alter table public.safeguarding_alerts enable row level security;
create index safeguarding_alerts_open_idx on public.safeguarding_alerts (area_id, created_at) where closed_at is null;
create trigger safeguarding_alerts_audit after insert or update or delete on public.safeguarding_alerts
	for each row execute function app.audit();
create policy "Respondents raise an alert for feedback they just added" on public.safeguarding_alerts
	for insert to anon, authenticated
	with check (app.feedback_just_added(feedback_item_id) and acknowledged_at is null and closed_at is null);
create or replace function app.is_safeguarding_contact(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area and m.safeguarding_contact
			and m.revoked_at is null and p.disabled_at is null
	)
$$;
grant execute on function app.is_safeguarding_contact(uuid) to authenticated;
create policy "Safeguarding contacts, officers and admins can read alerts" on public.safeguarding_alerts
	for select to authenticated
	using (app.is_safeguarding_contact(area_id)
		or app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
create policy "Safeguarding contacts, officers and admins can acknowledge alerts" on public.safeguarding_alerts
	for update to authenticated
	using (app.is_safeguarding_contact(area_id)
		or app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.is_safeguarding_contact(area_id)
		or app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

-- Receipts: what a respondent may see and do with their receipt code, and nothing else.
create or replace function app.receipt(code_hash text)
	returns table (survey_title text, area_slug text, area_name text, submitted_at timestamptz,
		withdrawn boolean, quoted_items integer, items integer, themes text[])
	language sql stable security definer
	set search_path = ''
	as $$
	select s.title, a.slug, a.name, r.created_at, r.withdrawn_at is not null,
		(select count(*)::int from public.feedback_items f where f.response_id = r.id and f.consent = 'quote' and f.withdrawn_at is null),
		(select count(*)::int from public.feedback_items f where f.response_id = r.id and f.withdrawn_at is null),
		coalesce((select array_agg(distinct t.id) from public.feedback_items f, unnest(f.suggested_theme_ids) t(id)
			where f.response_id = r.id and f.withdrawn_at is null), '{}')
	from public.responses r join public.surveys s on s.id = r.survey_id join public.areas a on a.id = r.area_id
	where r.receipt_hash = code_hash
$$;

-- Withdrawing: everything (the response and its words), or only consent to be quoted.
create or replace function app.withdraw(code_hash text, everything boolean) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
declare r_id uuid;
begin
	select id into r_id from public.responses where receipt_hash = code_hash and withdrawn_at is null;
	if r_id is null then return false; end if;
	if everything then
		update public.responses set withdrawn_at = now(), answers = '{}', equality = '{}' where id = r_id;
		update public.feedback_items set withdrawn_at = now(), redacted_text = '[withdrawn]', consent = 'staff_only'
			where response_id = r_id;
		delete from public.feedback_originals o using public.feedback_items f
			where o.feedback_item_id = f.id and f.response_id = r_id;
		-- Quotes already chosen for a "You said" statement come down too.
	else
		update public.feedback_items set consent = 'staff_only' where response_id = r_id;
	end if;
	return true;
end
$$;
grant execute on function app.receipt(text), app.withdraw(text, boolean) to anon, authenticated;

-- Per-address submission limit, counted in Postgres so it holds across app instances. The
-- address is stored only as a keyed hash and kept for an hour.
create table app.submission_attempts (
	id bigint generated always as identity primary key,
	address_hash text not null,
	at timestamptz not null default now()
);
alter table app.submission_attempts enable row level security;
create index submission_attempts_idx on app.submission_attempts (address_hash, at desc);

create or replace function app.note_submission(address text, window_minutes integer) returns integer
	language plpgsql security definer
	set search_path = ''
	as $$
declare n integer;
begin
	delete from app.submission_attempts where at < now() - interval '1 hour';
	insert into app.submission_attempts (address_hash) values (address);
	select count(*) into n from app.submission_attempts
		where address_hash = address and at > now() - make_interval(mins => window_minutes);
	return n;
end
$$;
grant execute on function app.note_submission(text, integer) to anon, authenticated;

-- Server secrets that must survive restarts and be shared by every app instance (e.g. the key
-- that turns a submission's idempotency key into its receipt code). Owner-only.
create table app.settings (
	key text primary key,
	value text not null,
	created_at timestamptz not null default now()
);
alter table app.settings enable row level security;

-- Which response holds this submission's idempotency key, if any? (A retry, or a second tap that
-- raced the first, gets the same receipt instead of a second response.) Only someone who has the
-- key, i.e. the respondent's own browser, can ask.
create or replace function app.response_id(survey uuid, idem text) returns uuid
	language sql stable security definer
	set search_path = ''
	as $$ select id from public.responses where survey_id = survey and idempotency_key = idem $$;
grant execute on function app.response_id(uuid, text) to anon, authenticated;
