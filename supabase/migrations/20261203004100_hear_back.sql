-- Close the loop with the people who spoke (issue 18, items 1 to 3): a person may leave an email
-- address or mobile number on their receipt page to hear back when things they spoke about change,
-- and an engagement officer may reply, by name, to a piece of feedback.
--
-- The contacts live apart from the answers, in the app schema (no Data API), with row-level
-- security on and no policies at all: no signed-in role, staff or youth board, can read them. The
-- receipt holder reaches their own contact only through the security definer functions below,
-- keyed by the receipt hash, and the worker reads them as the owner. The contact itself is stored
-- encrypted (AES-256-GCM, by the app, with a key that is not in the database when HEAR_BACK_KEY is
-- set): a copy of the database alone does not give the addresses away.

-- Who may reply by name to feedback.
create or replace function app.can_reply_to_feedback(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;
grant execute on function app.can_reply_to_feedback(uuid) to anon, authenticated;

create table app.hear_back_contacts (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	response_id uuid not null,
	channel text not null check (channel in ('email', 'sms')),
	-- base64url(iv).base64url(tag).base64url(ciphertext), AES-256-GCM (src/lib/server/hear-back-crypto.ts).
	contact text not null check (length(contact) between 20 and 1000),
	frequency text not null default 'as_it_happens' check (frequency in ('as_it_happens', 'weekly')),
	created_at timestamptz not null default now(),
	-- Nothing but the confirmation is sent until the person follows its link.
	confirmed_at timestamptz,
	-- Deleted by the daily retention run at the latest 12 months after it was given.
	expires_at timestamptz not null default now() + interval '12 months',
	-- Weekly digests: when the next one is due (Monday 9am, London).
	next_digest_at timestamptz,
	unique (response_id, channel),
	foreign key (response_id, area_id) references public.responses (id, area_id) on delete cascade
);
alter table app.hear_back_contacts enable row level security;
create index hear_back_contacts_area_idx on app.hear_back_contacts (area_id) where confirmed_at is not null;
create index hear_back_contacts_expiry_idx on app.hear_back_contacts (expires_at);

-- Messages: the confirmation, and each grouped update. Sent outside any transaction, so a claim
-- holds a lease as alert deliveries do (see src/lib/server/jobs/hear-back.ts).
create table app.hear_back_messages (
	id uuid primary key default gen_random_uuid(),
	contact_id uuid not null references app.hear_back_contacts (id) on delete cascade,
	kind text not null check (kind in ('confirm', 'update', 'digest')),
	status text not null default 'queued' check (status in ('queued', 'sending', 'sent', 'failed', 'dead')),
	attempts integer not null default 0,
	next_attempt_at timestamptz not null default now(),
	locked_until timestamptz,
	last_error text,
	provider_id text,
	created_at timestamptz not null default now(),
	sent_at timestamptz
);
alter table app.hear_back_messages enable row level security;
create index hear_back_messages_due_idx on app.hear_back_messages (next_attempt_at)
	where status in ('queued', 'sending', 'failed');
create index hear_back_messages_contact_idx on app.hear_back_messages (contact_id);

-- The outbox: one row per change and contact it concerns, written by triggers at commit, so a
-- change made by any path (console, CSV import, SQL) is heard. The worker groups a contact's
-- rows into one message (message_id).
create table app.hear_back_outbox (
	id bigint generated always as identity primary key,
	contact_id uuid not null references app.hear_back_contacts (id) on delete cascade,
	kind text not null check (kind in ('statement', 'action_status', 'action_update', 'reply')),
	subject_id uuid not null,
	detail jsonb not null default '{}',
	created_at timestamptz not null default now(),
	message_id uuid references app.hear_back_messages (id) on delete cascade
);
alter table app.hear_back_outbox enable row level security;
create index hear_back_outbox_pending_idx on app.hear_back_outbox (contact_id, created_at) where message_id is null;
create index hear_back_outbox_message_idx on app.hear_back_outbox (message_id);

-- Named replies. Kept in the app schema: the officers and admins of the area read and write
-- them through the functions below; the receipt holder reads the replies to their own words.
create table app.feedback_replies (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	feedback_item_id uuid not null,
	author_id uuid references public.people (id) on delete set null,
	-- "Sam, engagement officer at LLR ICB": as the officer chose to sign it.
	signed_as text not null check (length(signed_as) between 3 and 160),
	body text not null check (length(body) between 2 and 2000),
	created_at timestamptz not null default now(),
	foreign key (feedback_item_id, area_id) references public.feedback_items (id, area_id) on delete cascade
);
alter table app.feedback_replies enable row level security;
create index feedback_replies_item_idx on app.feedback_replies (feedback_item_id);
create index feedback_replies_area_idx on app.feedback_replies (area_id);

-- The next Monday 9am in London after a moment.
create or replace function app.next_digest_at(after timestamptz) returns timestamptz
	language sql immutable
	set search_path = ''
	as $$
	select case when c > after then c else c + interval '7 days' end
	from (select (date_trunc('week', after at time zone 'Europe/London') + interval '9 hours')
		at time zone 'Europe/London' as c) x
$$;

-- Receipt holders -----------------------------------------------------------------------------

-- Leave (or replace) a contact for a receipt; queues the confirmation. Null when the receipt is
-- unknown or withdrawn, or when a confirmation for it went out in the last two minutes.
create or replace function app.hear_back_subscribe(code_hash text, ch text, cipher text, freq text)
	returns uuid
	language plpgsql security definer
	set search_path = ''
	as $$
declare
	r record;
	c_id uuid;
begin
	select id, area_id into r from public.responses where receipt_hash = code_hash and withdrawn_at is null;
	if r.id is null then return null; end if;
	if exists (select 1 from app.hear_back_contacts c join app.hear_back_messages m on m.contact_id = c.id
		where c.response_id = r.id and m.kind = 'confirm' and m.created_at > now() - interval '2 minutes') then
		return null;
	end if;
	delete from app.hear_back_contacts where response_id = r.id and channel = ch;
	insert into app.hear_back_contacts (area_id, response_id, channel, contact, frequency)
		values (r.area_id, r.id, ch, cipher, freq) returning id into c_id;
	insert into app.hear_back_messages (contact_id, kind) values (c_id, 'confirm');
	perform pg_notify('alert_jobs', '');
	return c_id;
end
$$;

-- What the receipt page shows: how the person hears back, never the address itself.
create or replace function app.hear_back_status(code_hash text)
	returns table (id uuid, channel text, frequency text, confirmed boolean, expires_at timestamptz)
	language sql stable security definer
	set search_path = ''
	as $$
	select c.id, c.channel, c.frequency, c.confirmed_at is not null, c.expires_at
	from app.hear_back_contacts c join public.responses r on r.id = c.response_id
	where r.receipt_hash = code_hash
	order by c.channel
$$;

-- The links in messages carry the contact's id and a MAC the app checks; these act on the id.
create or replace function app.hear_back_confirm(which uuid) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	update app.hear_back_contacts set confirmed_at = coalesce(confirmed_at, now()),
		next_digest_at = case when frequency = 'weekly' then app.next_digest_at(now()) end
		where id = which and expires_at > now();
	return found;
end
$$;

create or replace function app.hear_back_stop(which uuid) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	delete from app.hear_back_contacts where id = which;
	return found;
end
$$;

-- Stop from the receipt page (every channel of the receipt).
create or replace function app.hear_back_stop_receipt(code_hash text) returns integer
	language plpgsql security definer
	set search_path = ''
	as $$
declare n integer;
begin
	delete from app.hear_back_contacts c using public.responses r
		where r.id = c.response_id and r.receipt_hash = code_hash;
	get diagnostics n = row_count;
	return n;
end
$$;

create or replace function app.receipt_replies(code_hash text)
	returns table (id uuid, signed_as text, body text, created_at timestamptz)
	language sql stable security definer
	set search_path = ''
	as $$
	select x.id, x.signed_as, x.body, x.created_at
	from app.feedback_replies x
	join public.feedback_items f on f.id = x.feedback_item_id and f.withdrawn_at is null
	join public.responses r on r.id = f.response_id
	where r.receipt_hash = code_hash
	order by x.created_at
$$;

revoke execute on function app.hear_back_subscribe(text, text, text, text), app.hear_back_status(text),
	app.hear_back_confirm(uuid), app.hear_back_stop(uuid), app.hear_back_stop_receipt(text),
	app.receipt_replies(text) from public;
grant execute on function app.hear_back_subscribe(text, text, text, text), app.hear_back_status(text),
	app.hear_back_confirm(uuid), app.hear_back_stop(uuid), app.hear_back_stop_receipt(text),
	app.receipt_replies(text) to anon, authenticated;

-- Officers' replies ---------------------------------------------------------------------------

-- Reply by name to a piece of feedback: only the area's officers and admins, never to flagged
-- (safeguarding) or withdrawn words, and only to words that came with a receipt.
create or replace function app.reply_to_feedback(item uuid, signed text, words text) returns uuid
	language plpgsql security definer
	set search_path = ''
	as $$
declare
	f record;
	r_id uuid;
begin
	select id, area_id, safeguarding, withdrawn_at, response_id into f from public.feedback_items where id = item;
	if f.id is null or not app.can_reply_to_feedback(f.area_id) then
		raise exception 'Only the area''s engagement officers and admins can reply' using errcode = '42501';
	end if;
	if f.safeguarding or f.withdrawn_at is not null or f.response_id is null then
		raise exception 'This feedback cannot have a reply' using errcode = '22023';
	end if;
	insert into app.feedback_replies (area_id, feedback_item_id, author_id, signed_as, body)
		values (f.area_id, f.id, auth.uid(), signed, words) returning id into r_id;
	return r_id;
end
$$;

create or replace function app.feedback_replies_for(item uuid)
	returns table (id uuid, signed_as text, body text, created_at timestamptz)
	language sql stable security definer
	set search_path = ''
	as $$
	select x.id, x.signed_as, x.body, x.created_at from app.feedback_replies x
	where x.feedback_item_id = item and app.can_reply_to_feedback(x.area_id)
	order by x.created_at
$$;
revoke execute on function app.reply_to_feedback(uuid, text, text), app.feedback_replies_for(uuid) from public;
grant execute on function app.reply_to_feedback(uuid, text, text), app.feedback_replies_for(uuid) to authenticated;

create trigger feedback_replies_audit after insert or update or delete on app.feedback_replies
	for each row execute function app.audit();

-- What triggers a message -------------------------------------------------------------------

-- Queues a change for every confirmed, unexpired contact in the area it concerns: those whose
-- words (not withdrawn) were themed with one of the statements' themes or support one of them.
create or replace function app.hear_back_note(area uuid, what text, subject uuid, statements uuid[], detail jsonb)
	returns void
	language sql security definer
	set search_path = ''
	as $$
	insert into app.hear_back_outbox (contact_id, kind, subject_id, detail)
	select c.id, what, subject, detail
	from app.hear_back_contacts c
	where c.area_id = area and c.confirmed_at is not null and c.expires_at > now()
		and exists (
			select 1 from public.feedback_items f
			where f.response_id = c.response_id and f.withdrawn_at is null
				and (exists (select 1 from public.you_said_themes yt
						where yt.you_said_id = any (statements) and yt.theme_id = any (f.suggested_theme_ids))
					or exists (select 1 from public.you_said_feedback yf
						where yf.you_said_id = any (statements) and yf.feedback_item_id = f.id)))
$$;

-- The published statements an action is linked to.
create or replace function app.action_statements(action uuid) returns uuid[]
	language sql stable security definer
	set search_path = ''
	as $$
	select coalesce(array_agg(y.id), '{}') from public.you_said_actions ya
	join public.you_said y on y.id = ya.you_said_id and y.status = 'published'
	where ya.action_id = action
$$;

-- Deferred to commit, so themes and links added later in the same transaction count.
create or replace function app.hear_back_on_statement() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	if new.status <> 'published' then return null; end if;
	if tg_op = 'UPDATE' then
		if old.status = 'published' then return null; end if;
	end if;
	perform app.hear_back_note(new.area_id, 'statement', new.id, array[new.id], '{}');
	return null;
end
$$;
create constraint trigger you_said_hear_back after insert or update of status on public.you_said
	deferrable initially deferred
	for each row execute function app.hear_back_on_statement();

create or replace function app.hear_back_on_action() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	if new.status is distinct from old.status or new.progress is distinct from old.progress then
		perform app.hear_back_note(new.area_id, 'action_status', new.id, app.action_statements(new.id),
			jsonb_build_object('status', new.status, 'progress', new.progress));
	end if;
	return null;
end
$$;
create constraint trigger actions_hear_back after update of status, progress on public.actions
	deferrable initially deferred
	for each row execute function app.hear_back_on_action();

create or replace function app.hear_back_on_action_update() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	perform app.hear_back_note(new.area_id, 'action_update', new.action_id, app.action_statements(new.action_id),
		jsonb_build_object('update_id', new.id));
	return null;
end
$$;
create constraint trigger action_updates_hear_back after insert on public.action_updates
	deferrable initially deferred
	for each row execute function app.hear_back_on_action_update();

create or replace function app.hear_back_on_reply() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	insert into app.hear_back_outbox (contact_id, kind, subject_id)
	select c.id, 'reply', new.id
	from app.hear_back_contacts c join public.feedback_items f on f.response_id = c.response_id
	where f.id = new.feedback_item_id and c.confirmed_at is not null and c.expires_at > now();
	return null;
end
$$;
create trigger feedback_replies_hear_back after insert on app.feedback_replies
	for each row execute function app.hear_back_on_reply();

-- Taking everything back ends hearing back too.
create or replace function app.hear_back_on_withdraw() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	if new.withdrawn_at is not null and old.withdrawn_at is null then
		delete from app.hear_back_contacts where response_id = new.id;
	end if;
	return null;
end
$$;
create trigger responses_hear_back_withdraw after update of withdrawn_at on public.responses
	for each row execute function app.hear_back_on_withdraw();

-- Retention: contacts go 12 months after they were given at the latest. Called by the daily
-- retention run (services/retention.ts, in the same transaction as app.run_retention).
create or replace function app.expire_hear_back(run_at timestamptz) returns integer
	language plpgsql security definer
	set search_path = ''
	as $$
declare n integer;
begin
	delete from app.hear_back_contacts where expires_at <= run_at;
	get diagnostics n = row_count;
	return n;
end
$$;
revoke execute on function app.expire_hear_back(timestamptz) from public;
