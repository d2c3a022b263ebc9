-- Alerts that reach a person (issue 12, item 2): a durable outbox, per-contact delivery records,
-- acknowledgement time per area, and safeguarding contacts limited to roles that can act.

-- How long an urgent or high alert may wait unacknowledged before the area admins are told.
alter table public.areas
	add column alert_ack_minutes integer not null default 30 check (alert_ack_minutes between 5 and 1440);

-- A mobile number for SMS alerts (through GOV.UK Notify), optional.
alter table public.people
	add column mobile text check (mobile is null or mobile ~ '^\+?[0-9 ]{10,16}$');

-- Only people who can read and act on an alert may be named to receive it: a partner, commissioner
-- or youth board member named as contact would be told of an alert they cannot open.
update public.memberships set safeguarding_contact = false
	where safeguarding_contact and role not in ('area_admin', 'engagement_officer');
alter table public.memberships
	add constraint memberships_safeguarding_contact_can_act
	check (not safeguarding_contact or role in ('area_admin', 'engagement_officer'));

-- The outbox. Jobs are written by a trigger in the transaction that raises the alert, so every
-- path that inserts an alert (survey, event, import, SQL) gets delivery, or nothing is stored at
-- all. Only the server's worker (owner role) reads it: no policies.
create table app.jobs (
	id bigint generated always as identity primary key,
	kind text not null check (kind in ('alert', 'escalate')),
	alert_id uuid not null references public.safeguarding_alerts (id) on delete cascade,
	-- Escalation round (1, 2, …); 0 for the first notice.
	round integer not null default 0,
	status text not null default 'queued' check (status in ('queued', 'done', 'dead')),
	run_at timestamptz not null default now(),
	attempts integer not null default 0,
	last_error text,
	created_at timestamptz not null default now(),
	done_at timestamptz,
	unique (alert_id, kind, round)
);
alter table app.jobs enable row level security;
create index jobs_due_idx on app.jobs (run_at) where status = 'queued';

-- The composite key the deliveries reference.
alter table public.safeguarding_alerts add constraint safeguarding_alerts_id_area_key unique (id, area_id);

-- One row per alert, round, person and channel: what was sent to whom, and how it went.
-- 'sending' holds a lease (locked_until): a worker that dies mid-send leaves it to expire and
-- another takes it over, so a restart sends once.
create table public.alert_deliveries (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	alert_id uuid not null,
	round integer not null default 0,
	person_id uuid not null references public.people (id) on delete cascade,
	channel text not null check (channel in ('email', 'notify_email', 'notify_sms')),
	address text not null,
	status text not null default 'queued' check (status in ('queued', 'sending', 'sent', 'failed', 'dead')),
	attempts integer not null default 0,
	next_attempt_at timestamptz not null default now(),
	locked_until timestamptz,
	last_error text,
	-- The SMTP Message-ID or Notify's notification id, once accepted.
	provider_id text,
	created_at timestamptz not null default now(),
	sent_at timestamptz,
	unique (alert_id, round, person_id, channel),
	foreign key (alert_id, area_id) references public.safeguarding_alerts (id, area_id) on delete cascade
);
alter table public.alert_deliveries enable row level security;
create index alert_deliveries_due_idx on public.alert_deliveries (next_attempt_at)
	where status in ('queued', 'sending', 'failed');
create index alert_deliveries_area_idx on public.alert_deliveries (area_id, alert_id);
create policy "Officers and admins can read alert deliveries" on public.alert_deliveries
	for select to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

-- Enqueue with the alert and wake the worker (NOTIFY is delivered at commit, so the worker never
-- looks before the rows are visible). security definer: respondents raise alerts as anon.
create or replace function app.enqueue_alert() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	insert into app.jobs (kind, alert_id) values ('alert', new.id);
	perform pg_notify('alert_jobs', '');
	return new;
end
$$;
create trigger safeguarding_alerts_enqueue after insert on public.safeguarding_alerts
	for each row execute function app.enqueue_alert();
