-- An alert is a safeguarding record, and nothing takes it away (issue 12, item 3):
-- - it keeps its own copy of the words that raised it (safeguarding_alert_words), so withdrawal by
--   receipt, which blanks the feedback item and deletes its original, leaves the record whole;
-- - it may exist without a feedback item: when storing an answer fails, or when a survey form is
--   sent with worrying words but another answer missing, the alert is still raised (help first);
-- - deleting a feedback item or an engagement no longer deletes its alerts.
-- Every path that raises an alert inserts a row into public.safeguarding_alerts, so whatever hangs
-- off that insert (notification) runs for all of them.

alter table public.safeguarding_alerts alter column feedback_item_id drop not null;
alter table public.safeguarding_alerts drop constraint safeguarding_alerts_feedback_item_id_area_id_fkey;
alter table public.safeguarding_alerts
	add constraint safeguarding_alerts_feedback_item_fkey foreign key (feedback_item_id, area_id)
		references public.feedback_items (id, area_id) on delete set null (feedback_item_id);
-- Where the words came from, for alerts with no feedback item (and kept when the item goes).
alter table public.safeguarding_alerts add column engagement_id uuid;
update public.safeguarding_alerts a set engagement_id = f.engagement_id
	from public.feedback_items f where f.id = a.feedback_item_id;
alter table public.safeguarding_alerts
	add constraint safeguarding_alerts_engagement_fkey foreign key (engagement_id, area_id)
		references public.engagements (id, area_id) on delete set null (engagement_id);
-- Filled from the item when a caller inserts an alert without it (older code, tests, SQL).
create or replace function app.alert_engagement() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	if new.engagement_id is null and new.feedback_item_id is not null then
		select f.engagement_id into new.engagement_id from public.feedback_items f where f.id = new.feedback_item_id;
	end if;
	return new;
end
$$;
create trigger safeguarding_alerts_engagement before insert on public.safeguarding_alerts
	for each row execute function app.alert_engagement();
create index safeguarding_alerts_engagement_idx on public.safeguarding_alerts (engagement_id);
create index safeguarding_alerts_item_idx on public.safeguarding_alerts (feedback_item_id);
-- One submission's answer (survey, idempotency key, question): an alert raised before the answer
-- could be stored is joined to it when it is, instead of raising a second alert for the same words.
alter table public.safeguarding_alerts add column submission_key text check (length(submission_key) <= 200);
create index safeguarding_alerts_key_idx on public.safeguarding_alerts (area_id, submission_key)
	where submission_key is not null;

-- The words of the alert as typed (control characters removed) and as redacted. No audit
-- trigger: the audit log must never hold a child's words. No insert, update or delete policy:
-- only app.raise_alert writes here, and nothing (withdrawal included) changes them afterwards.
create table public.safeguarding_alert_words (
	alert_id uuid primary key references public.safeguarding_alerts (id) on delete cascade,
	area_id uuid not null,
	original_text text not null check (length(original_text) between 1 and 4000),
	redacted_text text not null check (length(redacted_text) between 1 and 4000),
	created_at timestamptz not null default now()
);
alter table public.safeguarding_alert_words enable row level security;
create index safeguarding_alert_words_area_idx on public.safeguarding_alert_words (area_id);
-- Whoever may see (and so act on) the alert: the alerts' own policy decides, so a change to who
-- can act changes who reads the words too.
create policy "Whoever can see an alert can read its words" on public.safeguarding_alert_words
	for select to authenticated
	using (exists (select 1 from public.safeguarding_alerts a where a.id = alert_id));

-- Alerts raised before this migration: copy the words they still have.
insert into public.safeguarding_alert_words (alert_id, area_id, original_text, redacted_text)
select a.id, a.area_id, coalesce(o.original_text, f.redacted_text), f.redacted_text
from public.safeguarding_alerts a
join public.feedback_items f on f.id = a.feedback_item_id
left join public.feedback_originals o on o.feedback_item_id = f.id
where f.withdrawn_at is null;

-- Raising an alert, with its words, for anyone who may add feedback there: with a feedback item
-- just added in this transaction, or without one for an open survey or event (or by the area's
-- staff). Returns the alert's id (an earlier alert for the same submission and words, if any).
create or replace function app.raise_alert(
	alert uuid, area uuid, engagement uuid, item uuid, key text,
	reasons text[], severity text, original text, redacted text
) returns uuid
	language plpgsql security definer
	set search_path = ''
	as $$
declare existing uuid;
begin
	if item is not null then
		if not exists (select 1 from public.feedback_items f
				where f.id = item and f.area_id = area and f.engagement_id = engagement and f.created_at = now()) then
			raise exception 'An alert can only be raised for feedback just added' using errcode = '42501';
		end if;
	elsif not (
		exists (select 1 from public.surveys s where s.engagement_id = engagement and s.area_id = area and s.status = 'open')
		or exists (select 1 from public.events e where e.engagement_id = engagement and e.area_id = area and e.status = 'open')
		or (app.is_area_member(area) and exists (select 1 from public.engagements g where g.id = engagement and g.area_id = area))
	) then
		raise exception 'Alerts without feedback are only for open surveys and events' using errcode = '42501';
	end if;
	if key is not null then
		select a.id into existing from public.safeguarding_alerts a
			join public.safeguarding_alert_words w on w.alert_id = a.id
			where a.area_id = area and a.submission_key = key and w.original_text = original
			order by a.created_at limit 1;
		if existing is not null then
			if item is not null then
				update public.safeguarding_alerts set feedback_item_id = item where id = existing and feedback_item_id is null;
			end if;
			return existing;
		end if;
	end if;
	insert into public.safeguarding_alerts (id, area_id, engagement_id, feedback_item_id, submission_key, reasons, severity)
		values (alert, area, engagement, item, key, coalesce(reasons, '{}'), coalesce(severity, 'urgent'));
	insert into public.safeguarding_alert_words (alert_id, area_id, original_text, redacted_text)
		values (alert, area, original, redacted);
	return alert;
end
$$;
grant execute on function app.raise_alert(uuid, uuid, uuid, uuid, text, text[], text, text, text) to anon, authenticated;
