-- "You said" statements written by the youth board (issue 7, items 3 and 4): the words, the
-- feedback behind them, quotes chosen only from feedback a reviewer marked as a possible quote,
-- and the workflow draft -> agreed (by the board) -> published (by an officer or area admin).
-- Also dot-voting: board members share a fixed number of dots per round among themes.
-- Pattern as in docs/architecture.md: RLS in this file, area_id with composite foreign keys,
-- policies named as sentences, security definer helpers, policy columns indexed, audit triggers.

-- Statements: an 'agreed' state between draft and published -----------------------------------
alter table public.you_said drop constraint you_said_status_check;
alter table public.you_said
	add constraint you_said_status_check check (status in ('draft', 'agreed', 'published', 'archived')),
	add column agreed_at timestamptz,
	add column agreed_by uuid references public.people (id) on delete set null,
	add column published_by uuid references public.people (id) on delete set null,
	add column created_by uuid default auth.uid() references public.people (id) on delete set null,
	add constraint you_said_agreed_check check (status <> 'agreed' or agreed_at is not null);

-- Who agreed and who published, stamped by the database rather than trusted from a form. Words
-- changed after the board agreed them go back to the board: what is published is what it agreed.
create or replace function app.statement_workflow() returns trigger
	language plpgsql
	set search_path = ''
	as $$
begin
	if current_user not in ('anon', 'authenticated') then
		return new;
	end if;
	if tg_op = 'INSERT' then
		new.created_by := auth.uid();
		if new.status = 'agreed' then
			new.agreed_at := now();
			new.agreed_by := auth.uid();
		end if;
		return new;
	end if;
	if old.status = 'agreed' and new.status = 'agreed' and new.statement is distinct from old.statement then
		new.status := 'draft';
	end if;
	if new.status = 'agreed' and old.status is distinct from 'agreed' then
		new.agreed_at := now();
		new.agreed_by := auth.uid();
	elsif new.status = 'draft' then
		new.agreed_at := null;
		new.agreed_by := null;
	end if;
	if new.status = 'published' and old.status is distinct from 'published' then
		new.published_at := now();
		new.published_by := auth.uid();
	end if;
	return new;
end
$$;
create trigger you_said_workflow before insert or update on public.you_said
	for each row execute function app.statement_workflow();

-- The feedback behind a statement -------------------------------------------------------------
create table public.you_said_feedback (
	you_said_id uuid not null,
	feedback_item_id uuid not null,
	area_id uuid not null,
	added_by uuid default auth.uid() references public.people (id) on delete set null,
	created_at timestamptz not null default now(),
	primary key (you_said_id, feedback_item_id),
	foreign key (you_said_id, area_id) references public.you_said (id, area_id) on delete cascade,
	foreign key (feedback_item_id, area_id) references public.feedback_items (id, area_id) on delete cascade
);
alter table public.you_said_feedback enable row level security;
create index you_said_feedback_item_idx on public.you_said_feedback (feedback_item_id);
create index you_said_feedback_area_idx on public.you_said_feedback (area_id);
create trigger you_said_feedback_audit after insert or delete on public.you_said_feedback
	for each row execute function app.audit_link();

-- Quotes chosen from feedback.
alter table public.you_said_quotes
	add column feedback_item_id uuid,
	add foreign key (feedback_item_id, area_id) references public.feedback_items (id, area_id) on delete cascade,
	add constraint you_said_quotes_item_once unique (you_said_id, feedback_item_id);
create index you_said_quotes_item_idx on public.you_said_quotes (feedback_item_id);

-- Is this item a quote a statement may use: a reviewer marked it as a possible quote after
-- checking the redaction, its author agreed to be quoted, it is not withdrawn and not flagged?
-- security definer: reviews of double-checked items are hidden from people who have not coded
-- them, but whether someone marked the item is not a label and may be known.
create or replace function app.is_candidate_quote(item uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.feedback_items f
		where f.id = item and f.consent = 'quote' and f.withdrawn_at is null and not f.safeguarding
			and exists (select 1 from public.feedback_reviews r
				where r.feedback_item_id = f.id and r.candidate_quote and r.redaction_checked)
	)
$$;
grant execute on function app.is_candidate_quote(uuid) to authenticated;

-- A quote chosen by a person must come from a candidate quote, and its words are always the
-- item's redacted text (never typed in, never the original). Quotes without an item are the
-- ones taken from plan documents by the seeder.
create or replace function app.check_statement_quote() returns trigger
	language plpgsql
	set search_path = ''
	as $$
declare words text;
begin
	if tg_op = 'UPDATE' and new.feedback_item_id is not distinct from old.feedback_item_id then
		if new.feedback_item_id is not null then
			new.body := old.body;
		end if;
		return new;
	end if;
	if new.feedback_item_id is null then
		if current_user in ('anon', 'authenticated') then
			raise exception 'Quotes are chosen from feedback a reviewer marked as a possible quote' using errcode = '23514';
		end if;
		return new;
	end if;
	if current_user in ('anon', 'authenticated') and not app.is_candidate_quote(new.feedback_item_id) then
		raise exception 'Only feedback a reviewer marked as a possible quote, with its author''s consent, can be quoted'
			using errcode = '23514';
	end if;
	select f.redacted_text into words from public.feedback_items f where f.id = new.feedback_item_id;
	if words is null then
		raise exception 'Only feedback a reviewer marked as a possible quote, with its author''s consent, can be quoted'
			using errcode = '23514';
	end if;
	new.body := words;
	return new;
end
$$;
create trigger you_said_quotes_check before insert or update on public.you_said_quotes
	for each row execute function app.check_statement_quote();

-- Supporting feedback chosen by a person must have been reviewed, and is never flagged or
-- withdrawn (flagged words count nowhere public, as on the event wall).
create or replace function app.check_statement_feedback() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
begin
	if not exists (
		select 1 from public.feedback_items f
		where f.id = new.feedback_item_id and f.withdrawn_at is null and not f.safeguarding
			and exists (select 1 from public.feedback_reviews r where r.feedback_item_id = f.id)
	) then
		raise exception 'Only reviewed feedback that is not withdrawn or flagged can support a statement' using errcode = '23514';
	end if;
	return new;
end
$$;
create trigger you_said_feedback_check before insert or update on public.you_said_feedback
	for each row execute function app.check_statement_feedback();

-- Publishing a statement publishes the quotes chosen for it from feedback, which must all still
-- be candidate quotes (a reviewer may have unmarked one since).
create or replace function app.publish_statement_quotes() returns trigger
	language plpgsql
	set search_path = ''
	as $$
begin
	if new.status = 'published' and old.status is distinct from 'published' then
		if current_user in ('anon', 'authenticated') and exists (
			select 1 from public.you_said_quotes q
			where q.you_said_id = new.id and q.feedback_item_id is not null and not app.is_candidate_quote(q.feedback_item_id)
		) then
			raise exception 'A quote chosen for this statement can no longer be quoted: remove it before publishing'
				using errcode = '23514';
		end if;
		update public.you_said_quotes set published = true
			where you_said_id = new.id and feedback_item_id is not null and not published;
	end if;
	return null;
end
$$;
create trigger you_said_publish_quotes after update of status on public.you_said
	for each row execute function app.publish_statement_quotes();

-- How many voices: distinct people (a survey response, an event participant, else the item
-- itself) behind each statement, by role, age band, place and kind of engagement. Anyone may
-- ask about published statements, members about any of their area's. Raw counts: callers show
-- small ones as "fewer than 10" (src/lib/privacy/small-numbers.ts).
create or replace function app.statement_voices(ids uuid[])
	returns table (you_said_id uuid, respondent_role text, age_band text, locality text, engagement_kind text, n integer)
	language sql stable security definer
	set search_path = ''
	as $$
	with statements as (
		select y.id from public.you_said y
		where y.id = any (ids)
			and ((y.status = 'published' and exists (select 1 from public.areas a where a.id = y.area_id and a.published))
				or app.is_area_member(y.area_id))
	), items as (
		select yf.you_said_id, yf.feedback_item_id as item_id
		from public.you_said_feedback yf join statements s on s.id = yf.you_said_id
		union
		select q.you_said_id, q.feedback_item_id
		from public.you_said_quotes q join statements s on s.id = q.you_said_id
		where q.feedback_item_id is not null
	)
	select i.you_said_id,
		coalesce(f.respondent_role, p.respondent_role),
		coalesce(f.age_band, p.age_band),
		coalesce(f.locality, ev.locality),
		e.kind,
		count(distinct coalesce(f.response_id, f.participant_id, f.id))::integer
	from items i
	join public.feedback_items f on f.id = i.item_id
	join public.engagements e on e.id = f.engagement_id
	left join public.event_participants p on p.id = f.participant_id
	left join public.events ev on ev.engagement_id = f.engagement_id
	where f.withdrawn_at is null and not f.safeguarding
	group by 1, 2, 3, 4, 5
$$;
grant execute on function app.statement_voices(uuid[]) to anon, authenticated;

-- Withdrawal by receipt: as before, and a withdrawn quote comes down everywhere (statements,
-- the public board and the words kept in the audit log); withdrawing everything also takes the
-- response's words out of the feedback behind statements.
create or replace function app.withdraw(code_hash text, everything boolean) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
declare
	r_id uuid;
	quote_ids text[];
begin
	select id into r_id from public.responses where receipt_hash = code_hash and withdrawn_at is null;
	if r_id is null then return false; end if;
	select coalesce(array_agg(q.id::text), '{}') into quote_ids
	from public.you_said_quotes q join public.feedback_items f on f.id = q.feedback_item_id
	where f.response_id = r_id;
	delete from public.you_said_quotes where id::text = any (quote_ids);
	update public.audit_log set changes = changes - 'body' - 'feedback_item_id'
		where table_name = 'you_said_quotes' and row_id = any (quote_ids);
	if everything then
		delete from public.you_said_feedback yf using public.feedback_items f
			where yf.feedback_item_id = f.id and f.response_id = r_id;
		update public.responses set withdrawn_at = now(), answers = '{}', equality = '{}' where id = r_id;
		update public.feedback_items set withdrawn_at = now(), redacted_text = '[withdrawn]', consent = 'staff_only'
			where response_id = r_id;
		delete from public.feedback_originals o using public.feedback_items f
			where o.feedback_item_id = f.id and f.response_id = r_id;
	else
		update public.feedback_items set consent = 'staff_only' where response_id = r_id;
	end if;
	return true;
end
$$;
grant execute on function app.withdraw(text, boolean) to anon, authenticated;

-- Statement policies: the board drafts, edits and agrees until a statement is published;
-- officers and area admins publish and change anything ------------------------------------------
drop policy "The youth board can edit drafts; officers can edit and publish" on public.you_said;
create policy "Officers can edit, publish and archive statements" on public.you_said
	for update to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
create policy "The youth board can edit and agree statements until they are published" on public.you_said
	for update to authenticated
	using (status in ('draft', 'agreed') and app.has_area_role(area_id, array['youth_board']::public.area_role[]))
	with check (status in ('draft', 'agreed') and app.has_area_role(area_id, array['youth_board']::public.area_role[]));

drop policy "The youth board and officers can choose quotes" on public.you_said_quotes;
create policy "Officers can choose quotes" on public.you_said_quotes
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
create policy "The youth board can choose quotes for statements not yet published" on public.you_said_quotes
	for all to authenticated
	using (app.has_area_role(area_id, array['youth_board']::public.area_role[])
		and exists (select 1 from public.you_said y where y.id = you_said_id and y.status in ('draft', 'agreed')))
	with check (app.has_area_role(area_id, array['youth_board']::public.area_role[])
		and exists (select 1 from public.you_said y where y.id = you_said_id and y.status in ('draft', 'agreed')));

drop policy "The youth board and officers can theme statements" on public.you_said_themes;
create policy "Officers can theme statements" on public.you_said_themes
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));
create policy "The youth board can theme statements not yet published" on public.you_said_themes
	for all to authenticated
	using (app.has_area_role(area_id, array['youth_board']::public.area_role[])
		and exists (select 1 from public.you_said y where y.id = you_said_id and y.status in ('draft', 'agreed')))
	with check (app.has_area_role(area_id, array['youth_board']::public.area_role[])
		and exists (select 1 from public.you_said y where y.id = you_said_id and y.status in ('draft', 'agreed')));

create policy "The youth board can link statements not yet published to priorities" on public.you_said_priorities
	for all to authenticated
	using (app.has_area_role(area_id, array['youth_board']::public.area_role[])
		and exists (select 1 from public.you_said y where y.id = you_said_id and y.status in ('draft', 'agreed')))
	with check (app.has_area_role(area_id, array['youth_board']::public.area_role[])
		and exists (select 1 from public.you_said y where y.id = you_said_id and y.status in ('draft', 'agreed')));

-- The feedback behind statements: members read the links (the words keep feedback_items' own
-- rules); the item must be one the person can read, so the board never picks flagged words.
create policy "Members can read the feedback behind their area's statements" on public.you_said_feedback
	for select to authenticated using (app.is_area_member(area_id));
create policy "Officers can choose the feedback behind statements" on public.you_said_feedback
	for all to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[])
		and exists (select 1 from public.feedback_items f where f.id = feedback_item_id));
create policy "The youth board can choose the feedback behind statements not yet published" on public.you_said_feedback
	for all to authenticated
	using (app.has_area_role(area_id, array['youth_board']::public.area_role[])
		and exists (select 1 from public.you_said y where y.id = you_said_id and y.status in ('draft', 'agreed')))
	with check (app.has_area_role(area_id, array['youth_board']::public.area_role[])
		and exists (select 1 from public.you_said y where y.id = you_said_id and y.status in ('draft', 'agreed'))
		and exists (select 1 from public.feedback_items f where f.id = feedback_item_id));

-- Dot-voting ------------------------------------------------------------------------------------
create table public.vote_rounds (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null references public.areas (id) on delete cascade,
	title text not null check (length(title) between 3 and 200),
	-- The ratified theme list the round votes on, if any.
	review_round_id uuid,
	-- The themes on the ballot.
	theme_ids text[] not null check (cardinality(theme_ids) between 1 and 100),
	-- How many dots each person has to place.
	votes_per_person smallint not null default 5 check (votes_per_person between 1 and 20),
	status text not null default 'open' check (status in ('open', 'closed')),
	created_by uuid default auth.uid() references public.people (id) on delete set null,
	created_at timestamptz not null default now(),
	closed_at timestamptz,
	unique (id, area_id),
	check ((status = 'closed') = (closed_at is not null)),
	foreign key (review_round_id, area_id) references public.review_rounds (id, area_id) on delete set null (review_round_id)
);
alter table public.vote_rounds enable row level security;
create index vote_rounds_area_idx on public.vote_rounds (area_id, created_at desc);
create index vote_rounds_review_round_idx on public.vote_rounds (review_round_id);
create trigger vote_rounds_audit after insert or update or delete on public.vote_rounds
	for each row execute function app.audit();

create or replace function app.check_vote_round() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
declare unknown text[];
begin
	select array_agg(t) into unknown from unnest(new.theme_ids) t
	where not exists (select 1 from public.themes th where th.id = t and (th.area_id is null or th.area_id = new.area_id));
	if unknown is not null then
		raise exception 'Unknown themes for this area: %', array_to_string(unknown, ', ') using errcode = '23514';
	end if;
	if tg_op = 'UPDATE' and (new.votes_per_person <> old.votes_per_person or new.theme_ids is distinct from old.theme_ids)
		and exists (select 1 from public.theme_votes v where v.round_id = new.id) then
		raise exception 'The ballot cannot change once people have voted' using errcode = '23514';
	end if;
	return new;
end
$$;

-- A person's dots on one theme in one round (they may stack several on one theme).
create table public.theme_votes (
	id uuid primary key default gen_random_uuid(),
	area_id uuid not null,
	round_id uuid not null,
	voter_id uuid not null references public.people (id) on delete cascade,
	theme_id text not null references public.themes (id) on delete cascade,
	dots smallint not null check (dots between 1 and 20),
	created_at timestamptz not null default now(),
	unique (round_id, voter_id, theme_id),
	foreign key (round_id, area_id) references public.vote_rounds (id, area_id) on delete cascade
);
alter table public.theme_votes enable row level security;
create index theme_votes_area_idx on public.theme_votes (area_id);
create index theme_votes_voter_idx on public.theme_votes (voter_id, round_id);
create trigger theme_votes_audit after insert or update or delete on public.theme_votes
	for each row execute function app.audit();

create trigger vote_rounds_check before insert or update on public.vote_rounds
	for each row execute function app.check_vote_round();

-- Nobody places more dots than the round gives them, only on the ballot, only while it is open.
-- The round's row is locked so two tabs voting at once are counted one after the other.
-- security definer: it locks the round and counts all of the person's dots.
create or replace function app.check_theme_vote() returns trigger
	language plpgsql security definer
	set search_path = ''
	as $$
declare
	r record;
	used integer;
begin
	if tg_op = 'DELETE' then
		if exists (select 1 from public.vote_rounds v where v.id = old.round_id and v.status = 'closed') then
			raise exception 'This vote has closed' using errcode = '23514';
		end if;
		return old;
	end if;
	select * into r from public.vote_rounds v where v.id = new.round_id for update;
	if r.status <> 'open' then
		raise exception 'This vote has closed' using errcode = '23514';
	end if;
	if not (new.theme_id = any (r.theme_ids)) then
		raise exception 'That theme is not on this ballot' using errcode = '23514';
	end if;
	select coalesce(sum(t.dots), 0) into used from public.theme_votes t
	where t.round_id = new.round_id and t.voter_id = new.voter_id and t.id <> new.id;
	if used + new.dots > r.votes_per_person then
		raise exception using
			errcode = 'check_violation',
			constraint = 'theme_votes_limit',
			table = 'theme_votes',
			message = format('Each person has %s dots in this vote', r.votes_per_person);
	end if;
	return new;
end
$$;
create trigger theme_votes_check before insert or update or delete on public.theme_votes
	for each row execute function app.check_theme_vote();

create policy "Members can read their area's votes" on public.vote_rounds
	for select to authenticated using (app.is_area_member(area_id));
create policy "The youth board and officers can start a vote" on public.vote_rounds
	for insert to authenticated
	with check (created_by = auth.uid()
		and app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]));
create policy "The youth board and officers can close a vote" on public.vote_rounds
	for update to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]))
	with check (app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]));
create policy "Officers can delete a vote" on public.vote_rounds
	for delete to authenticated
	using (app.has_area_role(area_id, array['area_admin', 'engagement_officer']::public.area_role[]));

-- Each person sees and changes only their own dots; everyone in the area reads the totals
-- through app.vote_results.
create policy "Voters can read their own dots" on public.theme_votes
	for select to authenticated
	using (voter_id = auth.uid() and app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]));
create policy "Voters can place, move and take back their own dots" on public.theme_votes
	for all to authenticated
	using (voter_id = auth.uid() and app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]))
	with check (voter_id = auth.uid() and app.has_area_role(area_id, array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[]));

-- The totals of a round, for members of its area: dots and people per theme, and how many
-- people voted at all.
create or replace function app.vote_results(round uuid)
	returns table (theme_id text, dots integer, voters integer, round_voters integer)
	language sql stable security definer
	set search_path = ''
	as $$
	select t.theme_id, sum(t.dots)::integer, count(distinct t.voter_id)::integer,
		(select count(distinct v.voter_id)::integer from public.theme_votes v where v.round_id = round)
	from public.theme_votes t join public.vote_rounds r on r.id = t.round_id
	where t.round_id = round and app.is_area_member(r.area_id)
	group by t.theme_id
$$;
revoke execute on function app.vote_results(uuid) from public, anon;
grant execute on function app.vote_results(uuid) to authenticated;
