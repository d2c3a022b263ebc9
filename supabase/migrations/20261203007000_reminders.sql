-- Reminders (issue 18, item 6): partners are reminded when an update on their organisation's
-- actions is due (monthly), the youth board when a batch of feedback waits for review (weekly at
-- most), and engagement officers get a weekly digest (Monday after 9am, London). Every kind can be
-- switched off per person and area.
--
-- Like the hear-back tables: the app schema, row-level security on and no policies. A person
-- changes their own settings only through app.set_reminder (keyed by auth.uid()); the worker reads
-- and writes as the owner (src/lib/server/jobs/reminders.ts).

create table app.reminder_settings (
	person_id uuid not null references public.people (id) on delete cascade,
	area_id uuid not null references public.areas (id) on delete cascade,
	kind text not null check (kind in ('action_update_due', 'review_batch_waiting', 'officer_weekly')),
	enabled boolean not null default true,
	updated_at timestamptz not null default now(),
	primary key (person_id, area_id, kind)
);
alter table app.reminder_settings enable row level security;

-- One row per reminder sent: each is sent once per period (a month 'YYYY-MM', or the Monday of a
-- London week 'YYYY-MM-DD'), across restarts and instances (the primary key is the claim).
create table app.reminders_sent (
	person_id uuid not null references public.people (id) on delete cascade,
	area_id uuid not null references public.areas (id) on delete cascade,
	kind text not null check (kind in ('action_update_due', 'review_batch_waiting', 'officer_weekly')),
	period text not null check (length(period) between 7 and 10),
	sent_at timestamptz not null default now(),
	primary key (person_id, area_id, kind, period)
);
alter table app.reminders_sent enable row level security;
create index reminders_sent_area_idx on app.reminders_sent (area_id);

-- A signed-in person's own reminder settings in one area: every kind their roles there receive,
-- on unless switched off.
create or replace function app.my_reminders(area uuid)
	returns table (kind text, enabled boolean)
	language sql stable security definer
	set search_path = ''
	as $$
	select k.kind, coalesce(s.enabled, true)
	from (
		select distinct case m.role when 'partner' then 'action_update_due' when 'youth_board' then 'review_batch_waiting'
			else 'officer_weekly' end as kind
		from public.memberships m
		where m.person_id = auth.uid() and m.area_id = area and m.revoked_at is null
			and m.role = any (array['partner', 'youth_board', 'engagement_officer']::public.area_role[])
	) k
	left join app.reminder_settings s on s.person_id = auth.uid() and s.area_id = area and s.kind = k.kind
	order by k.kind
$$;
revoke execute on function app.my_reminders(uuid) from public;
grant execute on function app.my_reminders(uuid) to authenticated;

-- Switch one of your own reminders on or off. There is no person parameter: it only ever changes
-- the caller's settings, and only in an area where they hold a role that receives that kind.
create or replace function app.set_reminder(area uuid, which text, turn_on boolean) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	if auth.uid() is null or not exists (select 1 from app.my_reminders(area) r where r.kind = which) then
		return false;
	end if;
	insert into app.reminder_settings (person_id, area_id, kind, enabled, updated_at)
	values (auth.uid(), area, which, turn_on, now())
	on conflict (person_id, area_id, kind) do update set enabled = excluded.enabled, updated_at = excluded.updated_at;
	return true;
end
$$;
revoke execute on function app.set_reminder(uuid, text, boolean) from public, anon;
grant execute on function app.set_reminder(uuid, text, boolean) to authenticated;
