-- "Did this help?" (issue 18, item 4): on their receipt page, a person answers, for each done
-- action their words fed, whether it helped (helped, partly, no), with optional words. One answer
-- per receipt and action, changed by answering again.
--
-- How a receipt reaches an action: as hearing back does (app.hear_back_note), a piece of their
-- feedback (not withdrawn) has a theme of a published statement the action is linked to, or
-- supports that statement; the action is done and its plan and area are published.
--
-- The words go through the same analysis as every other free-text answer (the app runs
-- services/analysis.ts before calling app.answer_action_feedback): only the redacted text is
-- kept here, with the analyser's themes, feeling and safeguarding flag. Flagged words raise a
-- safeguarding alert (public.safeguarding_alerts, whose trigger queues delivery), which keeps the
-- words as typed in public.safeguarding_alert_words, like any alert. Words are never published:
-- the board shows only counts, and only from 10 answers up (app.action_helped).
--
-- Keeping and taking back: the words are feedback, so they follow it. The redacted text is kept
-- like feedback_items.redacted_text (the words as typed are not kept here at all); taking back
-- everything on the receipt deletes the answers (trigger below); deleting the response, the
-- action or the area deletes them too; the receipt holder's download includes them
-- (app.receipt_action_answers).

create table public.action_feedback (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	action_id uuid not null,
	response_id uuid not null,
	answer text not null check (answer in ('helped', 'partly', 'no')),
	-- Redacted, as others may see them; null when they wrote nothing.
	words text check (length(words) between 1 and 4000),
	suggested_theme_ids text[] not null default '{}',
	sentiment text check (sentiment in ('positive', 'negative', 'mixed', 'neutral')),
	safeguarding boolean not null default false,
	alert_id uuid references public.safeguarding_alerts (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (response_id, action_id),
	foreign key (action_id, area_id) references public.actions (id, area_id) on delete cascade,
	foreign key (response_id, area_id) references public.responses (id, area_id) on delete cascade
);
alter table public.action_feedback enable row level security;
create index action_feedback_area_idx on public.action_feedback (area_id);
create index action_feedback_action_idx on public.action_feedback (action_id, answer);
create index action_feedback_alert_idx on public.action_feedback (alert_id);
-- No audit trigger: the audit log must never hold a child's words (as safeguarding_alert_words).
-- No insert, update or delete policy: only app.answer_action_feedback writes, for a receipt holder.

-- The staff who read all the area's feedback read these answers too (flagged words included, as
-- with feedback items; the console shows only unflagged words beside the action).
create policy "Staff who read feedback can read what people said about actions" on public.action_feedback
	for select to authenticated
	using (app.can_read_feedback(area_id));

-- The done actions a receipt's words fed, with the holder's answer if any (words only when not
-- flagged, so the page can show them again).
create or replace function app.receipt_done_actions(code_hash text)
	returns table (action_id uuid, area_id uuid, title text, owner text, done_confirmed boolean, answer text, words text,
		answered_at timestamptz)
	language sql stable security definer
	set search_path = ''
	as $$
	select a.id, a.area_id, a.title, coalesce(a.owner_organisation, a.owner), a.done_confirmed_at is not null,
		af.answer, case when not af.safeguarding then af.words end, af.updated_at
	from public.responses r
	join public.areas ar on ar.id = r.area_id and ar.published
	join public.actions a on a.area_id = r.area_id and a.status = 'done'
	join public.priorities p on p.id = a.priority_id
	join public.plans pl on pl.id = p.plan_id and pl.published
	left join public.action_feedback af on af.response_id = r.id and af.action_id = a.id
	where r.receipt_hash = code_hash and r.withdrawn_at is null
		and exists (
			select 1 from public.you_said_actions ya
			join public.you_said y on y.id = ya.you_said_id and y.status = 'published'
			join public.feedback_items f on f.response_id = r.id and f.withdrawn_at is null
			where ya.action_id = a.id
				and (exists (select 1 from public.you_said_themes yt
						where yt.you_said_id = y.id and yt.theme_id = any (f.suggested_theme_ids))
					or exists (select 1 from public.you_said_feedback yf
						where yf.you_said_id = y.id and yf.feedback_item_id = f.id)))
	order by p.number, a.position, a.title, a.id
$$;

-- Saves (or replaces) a receipt holder's answer for one of those actions. The caller has analysed
-- the words (services/analysis.ts): flagged words raise an alert here, once per receipt, action
-- and words. Returns false when the receipt is unknown or taken back, the action is not one of
-- theirs, or no answer was given (then only the alert is raised: help first).
create or replace function app.answer_action_feedback(
	code_hash text, action uuid, ans text, redacted text, themes text[], feeling text,
	flagged boolean, reasons text[], severity text, original text
) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
declare
	r record;
	key text;
	alert uuid;
begin
	select x.id, x.area_id, s.engagement_id into r
		from public.responses x join public.surveys s on s.id = x.survey_id
		where x.receipt_hash = code_hash and x.withdrawn_at is null;
	if r.id is null then return false; end if;
	if not exists (select 1 from app.receipt_done_actions(code_hash) d where d.action_id = action) then
		return false;
	end if;
	if flagged and original is not null then
		key := 'action:' || action || ':' || r.id;
		select a.id into alert from public.safeguarding_alerts a
			join public.safeguarding_alert_words w on w.alert_id = a.id
			where a.area_id = r.area_id and a.submission_key = key and w.original_text = original
			order by a.created_at limit 1;
		if alert is null then
			alert := gen_random_uuid();
			insert into public.safeguarding_alerts (id, area_id, engagement_id, submission_key, reasons, severity)
				values (alert, r.area_id, r.engagement_id, key, coalesce(reasons, '{}'), coalesce(severity, 'urgent'));
			insert into public.safeguarding_alert_words (alert_id, area_id, original_text, redacted_text)
				values (alert, r.area_id, original, coalesce(redacted, original));
		end if;
	end if;
	-- The form was not complete: the alert (if any) is raised, nothing else is saved.
	if ans is null then return false; end if;
	insert into public.action_feedback (area_id, action_id, response_id, answer, words, suggested_theme_ids,
			sentiment, safeguarding, alert_id)
		values (r.area_id, action, r.id, ans, redacted, coalesce(themes, '{}'), feeling, coalesce(flagged, false), alert)
		on conflict (response_id, action_id) do update set answer = excluded.answer, words = excluded.words,
			suggested_theme_ids = excluded.suggested_theme_ids, sentiment = excluded.sentiment,
			safeguarding = excluded.safeguarding, alert_id = coalesce(excluded.alert_id, public.action_feedback.alert_id),
			updated_at = now();
	return true;
end
$$;

-- Everything answered with a receipt, for the holder's download (whatever the action's status now).
create or replace function app.receipt_action_answers(code_hash text)
	returns table (action text, answer text, words text, answered_at timestamptz)
	language sql stable security definer
	set search_path = ''
	as $$
	select a.title, af.answer, af.words, af.updated_at
	from public.action_feedback af
	join public.responses r on r.id = af.response_id
	join public.actions a on a.id = af.action_id
	where r.receipt_hash = code_hash
	order by af.created_at, a.title
$$;

-- What young people said about a done action, for the board: counts only, and only from 10
-- answers up (below that, answered is null and no counts are given). Null for an action that is
-- not done or that the caller cannot see (unpublished plans are for the area's members).
create or replace function app.action_helped(action uuid) returns jsonb
	language sql stable security definer
	set search_path = ''
	as $$
	select case when n.total < 10 then jsonb_build_object('answered', null, 'helped', null, 'partly', null, 'no', null)
		else jsonb_build_object('answered', n.total, 'helped', n.helped, 'partly', n.partly, 'no', n.no) end
	from public.actions a
	join public.priorities p on p.id = a.priority_id
	join public.plans pl on pl.id = p.plan_id
	join public.areas ar on ar.id = a.area_id
	cross join lateral (
		select count(*)::int as total,
			(count(*) filter (where f.answer = 'helped'))::int as helped,
			(count(*) filter (where f.answer = 'partly'))::int as partly,
			(count(*) filter (where f.answer = 'no'))::int as no
		from public.action_feedback f where f.action_id = a.id) n
	where a.id = action and a.status = 'done'
		and ((pl.published and ar.published) or app.is_area_member(a.area_id))
$$;

revoke execute on function app.receipt_done_actions(text), app.answer_action_feedback(text, uuid, text, text, text[],
	text, boolean, text[], text, text), app.receipt_action_answers(text), app.action_helped(uuid) from public;
grant execute on function app.receipt_done_actions(text), app.answer_action_feedback(text, uuid, text, text, text[],
	text, boolean, text[], text, text), app.receipt_action_answers(text), app.action_helped(uuid) to anon, authenticated;

-- Taking everything back takes these answers back too (the alert, a safeguarding record, stays).
create or replace function app.action_feedback_on_withdraw() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	if new.withdrawn_at is not null and old.withdrawn_at is null then
		delete from public.action_feedback where response_id = new.id;
	end if;
	return null;
end
$$;
create trigger responses_action_feedback_withdraw after update of withdrawn_at on public.responses
	for each row execute function app.action_feedback_on_withdraw();

select app.guard_data_api_writes();
