-- One named helper per capability in src/lib/permissions.ts ("who may do what"), and every
-- policy that listed roles inline rewritten to call them, with the same meaning (issue 14, item 3).
-- tests/db/permissions.test.ts checks these helpers, the TypeScript map and docs/roles.md agree.
--
-- Each helper is written out rather than calling app.has_area_role: a security definer SQL function
-- calling another is never inlined and re-prepares the inner body on every row a policy checks
-- (measured in 20261122001100_trace.sql), so one level keeps policies as cheap as they were.
-- Same answer as app.has_area_role(area, <the roles>): an active membership of a person who is not
-- disabled, holding one of the roles in that area.


-- invite people, grant and revoke roles, read the members and audit log
create or replace function app.can_manage_members(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- change the area's details and population figures
create or replace function app.can_manage_area(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- add and change plans, priorities, actions, updates and milestones
create or replace function app.can_manage_plans(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'commissioner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- record progress on actions (partners: their own organisation's, via app.is_partner_for)
create or replace function app.can_update_actions(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'commissioner', 'partner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- link statements to priorities and actions
create or replace function app.can_link_statements(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- read all the area's feedback, responses and event reports
create or replace function app.can_read_feedback(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- read the words as typed, before redaction
create or replace function app.can_read_original_words(area uuid) returns boolean
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

-- add and correct metric series and values
create or replace function app.can_manage_metrics(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'commissioner']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- build surveys and record engagements
create or replace function app.can_manage_surveys(area uuid) returns boolean
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

-- run events and capture what was said there
create or replace function app.can_run_events(area uuid) returns boolean
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

-- change the area's themes and theme decisions
create or replace function app.can_manage_themes(area uuid) returns boolean
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

-- pick the double-check sample and delete votes
create or replace function app.can_run_review(area uuid) returns boolean
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

-- read and acknowledge safeguarding alerts (with named contacts)
create or replace function app.can_see_alerts(area uuid) returns boolean
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

-- review feedback
create or replace function app.can_review(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- read reviews and the double-check sample
create or replace function app.can_read_reviews(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'commissioner', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- record that the board agreed a theme list
create or replace function app.can_ratify_themes(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- start, close and vote in dot-votes
create or replace function app.can_vote(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- draft statements
create or replace function app.can_write_statements(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['area_admin', 'engagement_officer', 'youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- agree statements and theme lists as the youth board
create or replace function app.can_agree_for_board(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area
			and m.role = any (array['youth_board']::public.area_role[])
			and m.revoked_at is null and p.disabled_at is null
	)
$$;

-- publish and change any statement
create or replace function app.can_publish_statements(area uuid) returns boolean
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

grant execute on function app.can_manage_members(uuid), app.can_manage_area(uuid), app.can_manage_plans(uuid), app.can_update_actions(uuid), app.can_link_statements(uuid), app.can_read_feedback(uuid), app.can_read_original_words(uuid), app.can_manage_metrics(uuid), app.can_manage_surveys(uuid), app.can_run_events(uuid), app.can_manage_themes(uuid), app.can_run_review(uuid), app.can_see_alerts(uuid), app.can_review(uuid), app.can_read_reviews(uuid), app.can_ratify_themes(uuid), app.can_vote(uuid), app.can_write_statements(uuid), app.can_agree_for_board(uuid), app.can_publish_statements(uuid)
	to anon, authenticated;

-- Functions that checked roles inline ------------------------------------------------------------

CREATE OR REPLACE FUNCTION app.merge_theme_labels(area uuid, from_theme text, into_theme text)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
declare n integer;
begin
	if not app.can_manage_themes(area) then
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
$function$;

CREATE OR REPLACE FUNCTION app.guard_partner_action_edit()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO ''
AS $function$
begin
	if current_user in ('anon', 'authenticated')
		and not app.can_manage_plans(old.area_id)
		and (new.area_id, new.priority_id, new.seed_key, new.position, new.title, new.description, new.owner,
			new.owner_type, new.owner_organisation, new.owner_role, new.due_on, new.thrive, new.source_file)
			is distinct from
			(old.area_id, old.priority_id, old.seed_key, old.position, old.title, old.description, old.owner,
			old.owner_type, old.owner_organisation, old.owner_role, old.due_on, old.thrive, old.source_file) then
		raise exception using
			errcode = 'insufficient_privilege',
			message = 'Partners can change only the progress of an action: its status, progress, what changed and evidence';
	end if;
	return new;
end
$function$;

-- The trace's one-time check is the same capability as reading all the area's feedback.
create or replace function app.is_trace_reader(area uuid) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select app.can_read_feedback(area)
$$;

-- Policies, same names and meaning, calling the helpers --------------------------------------------

drop policy "Commissioners can change milestones" on public.action_milestones;
create policy "Commissioners can change milestones" on public.action_milestones
	for all to authenticated
	using (app.can_manage_plans(area_id))
	with check (app.can_manage_plans(area_id));
drop policy "Commissioners can change action updates" on public.action_updates;
create policy "Commissioners can change action updates" on public.action_updates
	for all to authenticated
	using (app.can_manage_plans(area_id))
	with check (app.can_manage_plans(area_id));
drop policy "Commissioners can change actions" on public.actions;
create policy "Commissioners can change actions" on public.actions
	for all to authenticated
	using (app.can_manage_plans(area_id))
	with check (app.can_manage_plans(area_id));
drop policy "Officers and admins can read alert deliveries" on public.alert_deliveries;
create policy "Officers and admins can read alert deliveries" on public.alert_deliveries
	for select to authenticated
	using (app.can_see_alerts(area_id));
drop policy "Officers can store their area's model" on public.area_models;
create policy "Officers can store their area's model" on public.area_models
	for all to authenticated
	using (app.can_manage_themes(area_id))
	with check (app.can_manage_themes(area_id));
drop policy "Area admins can change their areas' population figures" on public.area_population;
create policy "Area admins can change their areas' population figures" on public.area_population
	for all to authenticated
	using (app.can_manage_area(area_id))
	with check (app.can_manage_area(area_id));
drop policy "Area admins can update their area" on public.areas;
create policy "Area admins can update their area" on public.areas
	for update to authenticated
	using ((app.can_manage_area(id) OR app.is_platform_admin()))
	with check ((app.can_manage_area(id) OR app.is_platform_admin()));
drop policy "Area admins can read their areas' audit log" on public.audit_log;
create policy "Area admins can read their areas' audit log" on public.audit_log
	for select to authenticated
	using ((app.can_manage_members(area_id) OR app.is_platform_admin()));
drop policy "Officers can change engagements" on public.engagements;
create policy "Officers can change engagements" on public.engagements
	for all to authenticated
	using (app.can_manage_surveys(area_id))
	with check (app.can_manage_surveys(area_id));
drop policy "Officers and admins enter paper forms" on public.event_participants;
create policy "Officers and admins enter paper forms" on public.event_participants
	for insert to authenticated
	with check (((source = 'paper'::text) AND app.can_run_events(area_id)));
drop policy "Staff can read their area's participants" on public.event_participants;
create policy "Staff can read their area's participants" on public.event_participants
	for select to authenticated
	using (app.can_read_feedback(area_id));
drop policy "Officers and admins link events to priorities" on public.event_priorities;
create policy "Officers and admins link events to priorities" on public.event_priorities
	for all to authenticated
	using (app.can_run_events(area_id))
	with check (app.can_run_events(area_id));
drop policy "Officers and admins enter ratings from the room" on public.event_ratings;
create policy "Officers and admins enter ratings from the room" on public.event_ratings
	for insert to authenticated
	with check (((source = ANY (ARRAY['paper'::text, 'said_aloud'::text])) AND app.can_run_events(area_id)));
drop policy "Staff can read their area's ratings" on public.event_ratings;
create policy "Staff can read their area's ratings" on public.event_ratings
	for select to authenticated
	using (app.can_read_feedback(area_id));
drop policy "Commissioners can see which items were taken off the wall" on public.event_wall_hidden;
create policy "Commissioners can see which items were taken off the wall" on public.event_wall_hidden
	for select to authenticated
	using (app.can_read_feedback(area_id));
drop policy "Officers and admins hide items from the wall" on public.event_wall_hidden;
create policy "Officers and admins hide items from the wall" on public.event_wall_hidden
	for all to authenticated
	using (app.can_run_events(area_id))
	with check (app.can_run_events(area_id));
drop policy "Officers and admins can add events" on public.events;
create policy "Officers and admins can add events" on public.events
	for insert to authenticated
	with check (app.can_run_events(area_id));
drop policy "Officers and admins can change events" on public.events;
create policy "Officers and admins can change events" on public.events
	for update to authenticated
	using (app.can_run_events(area_id))
	with check (app.can_run_events(area_id));
drop policy "Officers and admins can delete events" on public.events;
create policy "Officers and admins can delete events" on public.events
	for delete to authenticated
	using (app.can_run_events(area_id));
drop policy "Members can read their area's feedback" on public.feedback_items;
create policy "Members can read their area's feedback" on public.feedback_items
	for select to authenticated
	using (((withdrawn_at IS NULL) AND (app.can_read_feedback(area_id) OR ((NOT safeguarding) AND app.can_review(area_id)))));
drop policy "Officers and admins capture words at their area's events" on public.feedback_items;
create policy "Officers and admins capture words at their area's events" on public.feedback_items
	for insert to authenticated
	with check (((source = ANY (ARRAY['sticky_note'::text, 'said_aloud'::text, 'paper'::text])) AND app.can_run_events(area_id) AND (EXISTS ( SELECT 1
   FROM public.events e
  WHERE (e.engagement_id = feedback_items.engagement_id)))));
drop policy "Officers and admins can read original words" on public.feedback_originals;
create policy "Officers and admins can read original words" on public.feedback_originals
	for select to authenticated
	using ((app.can_read_original_words(area_id) AND (NOT (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE ((f.id = feedback_originals.feedback_item_id) AND (f.withdrawn_at IS NOT NULL)))))));
drop policy "Reviewers and commissioners can read reviews of feedback they c" on public.feedback_reviews;
create policy "Reviewers and commissioners can read reviews of feedback they c" on public.feedback_reviews
	for select to authenticated
	using ((app.can_read_reviews(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = feedback_reviews.feedback_item_id))) AND ((reviewer_id = auth.uid()) OR app.may_see_reviews_of(feedback_item_id))));
drop policy "Reviewers can add their own review" on public.feedback_reviews;
create policy "Reviewers can add their own review" on public.feedback_reviews
	for insert to authenticated
	with check (((reviewer_id = auth.uid()) AND app.can_review(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = feedback_reviews.feedback_item_id)))));
drop policy "Reviewers can change their own review" on public.feedback_reviews;
create policy "Reviewers can change their own review" on public.feedback_reviews
	for update to authenticated
	using (((reviewer_id = auth.uid()) AND app.can_review(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = feedback_reviews.feedback_item_id)))))
	with check (((reviewer_id = auth.uid()) AND app.can_review(area_id)));
drop policy "Reviewers can take back their own review" on public.feedback_reviews;
create policy "Reviewers can take back their own review" on public.feedback_reviews
	for delete to authenticated
	using (((reviewer_id = auth.uid()) AND app.can_review(area_id)));
drop policy "Area admins can invite people to their areas" on public.invitations;
create policy "Area admins can invite people to their areas" on public.invitations
	for insert to authenticated
	with check (((app.can_manage_members(area_id) OR app.is_platform_admin()) AND (invited_by = auth.uid())));
drop policy "Area admins can read the invitations of their areas" on public.invitations;
create policy "Area admins can read the invitations of their areas" on public.invitations
	for select to authenticated
	using ((app.can_manage_members(area_id) OR app.is_platform_admin()));
drop policy "Area admins can revoke invitations in their areas" on public.invitations;
create policy "Area admins can revoke invitations in their areas" on public.invitations
	for update to authenticated
	using ((app.can_manage_members(area_id) OR app.is_platform_admin()))
	with check ((app.can_manage_members(area_id) OR app.is_platform_admin()));
drop policy "Area admins can add memberships in their areas" on public.memberships;
create policy "Area admins can add memberships in their areas" on public.memberships
	for insert to authenticated
	with check ((app.can_manage_members(area_id) OR app.is_platform_admin()));
drop policy "Area admins can change or revoke memberships in their areas" on public.memberships;
create policy "Area admins can change or revoke memberships in their areas" on public.memberships
	for update to authenticated
	using ((app.can_manage_members(area_id) OR app.is_platform_admin()))
	with check ((app.can_manage_members(area_id) OR app.is_platform_admin()));
drop policy "Area admins can read the memberships of their areas" on public.memberships;
create policy "Area admins can read the memberships of their areas" on public.memberships
	for select to authenticated
	using ((app.can_manage_members(area_id) OR app.is_platform_admin()));
drop policy "Area staff can link their areas' metrics to priorities" on public.metric_priorities;
create policy "Area staff can link their areas' metrics to priorities" on public.metric_priorities
	for all to authenticated
	using (app.can_manage_metrics(area_id))
	with check (app.can_manage_metrics(area_id));
drop policy "Area staff can change their areas' metric series" on public.metric_series;
create policy "Area staff can change their areas' metric series" on public.metric_series
	for all to authenticated
	using (app.can_manage_metrics(area_id))
	with check (app.can_manage_metrics(area_id));
drop policy "Area staff can link their areas' metrics to themes" on public.metric_themes;
create policy "Area staff can link their areas' metrics to themes" on public.metric_themes
	for all to authenticated
	using (app.can_manage_metrics(area_id))
	with check (app.can_manage_metrics(area_id));
drop policy "Area staff can change their areas' metric values" on public.metric_values;
create policy "Area staff can change their areas' metric values" on public.metric_values
	for all to authenticated
	using (app.can_manage_metrics(area_id))
	with check (app.can_manage_metrics(area_id));
drop policy "Area admins can read the people in their areas" on public.people;
create policy "Area admins can read the people in their areas" on public.people
	for select to authenticated
	using ((EXISTS ( SELECT 1
   FROM public.memberships m
  WHERE ((m.person_id = people.id) AND app.can_manage_members(m.area_id)))));
drop policy "Commissioners can change plans" on public.plans;
create policy "Commissioners can change plans" on public.plans
	for all to authenticated
	using (app.can_manage_plans(area_id))
	with check (app.can_manage_plans(area_id));
drop policy "Commissioners can change priorities" on public.priorities;
create policy "Commissioners can change priorities" on public.priorities
	for all to authenticated
	using (app.can_manage_plans(area_id))
	with check (app.can_manage_plans(area_id));
drop policy "Officers can read their area's responses" on public.responses;
create policy "Officers can read their area's responses" on public.responses
	for select to authenticated
	using (app.can_read_feedback(area_id));
drop policy "The youth board and officers can ratify a theme list" on public.review_rounds;
create policy "The youth board and officers can ratify a theme list" on public.review_rounds
	for insert to authenticated
	with check (((ratified_by = auth.uid()) AND app.can_ratify_themes(area_id)));
drop policy "Officers can pick feedback to double-check" on public.review_samples;
create policy "Officers can pick feedback to double-check" on public.review_samples
	for insert to authenticated
	with check (app.can_run_review(area_id));
drop policy "Officers can take feedback out of the double-check sample" on public.review_samples;
create policy "Officers can take feedback out of the double-check sample" on public.review_samples
	for delete to authenticated
	using (app.can_run_review(area_id));
drop policy "Reviewers and commissioners can see which feedback is double-ch" on public.review_samples;
create policy "Reviewers and commissioners can see which feedback is double-ch" on public.review_samples
	for select to authenticated
	using ((app.can_read_reviews(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = review_samples.feedback_item_id)))));
drop policy "Safeguarding contacts, officers and admins can acknowledge aler" on public.safeguarding_alerts;
create policy "Safeguarding contacts, officers and admins can acknowledge aler" on public.safeguarding_alerts
	for update to authenticated
	using ((app.is_safeguarding_contact(area_id) OR app.can_see_alerts(area_id)))
	with check ((app.is_safeguarding_contact(area_id) OR app.can_see_alerts(area_id)));
drop policy "Safeguarding contacts, officers and admins can read alerts" on public.safeguarding_alerts;
create policy "Safeguarding contacts, officers and admins can read alerts" on public.safeguarding_alerts
	for select to authenticated
	using ((app.is_safeguarding_contact(area_id) OR app.can_see_alerts(area_id)));
drop policy "Officers can build surveys" on public.surveys;
create policy "Officers can build surveys" on public.surveys
	for all to authenticated
	using (app.can_manage_surveys(area_id))
	with check (app.can_manage_surveys(area_id));
drop policy "Officers can publish decisions" on public.theme_decisions;
create policy "Officers can publish decisions" on public.theme_decisions
	for update to authenticated
	using (app.can_manage_themes(area_id))
	with check (app.can_manage_themes(area_id));
drop policy "Officers can record theme decisions" on public.theme_decisions;
create policy "Officers can record theme decisions" on public.theme_decisions
	for insert to authenticated
	with check (((decided_by = auth.uid()) AND app.can_manage_themes(area_id)));
drop policy "The youth board can record a ratification" on public.theme_decisions;
create policy "The youth board can record a ratification" on public.theme_decisions
	for insert to authenticated
	with check (((decided_by = auth.uid()) AND (kind = 'ratify'::text) AND (NOT published) AND app.can_agree_for_board(area_id)));
drop policy "Voters can place, move and take back their own dots" on public.theme_votes;
create policy "Voters can place, move and take back their own dots" on public.theme_votes
	for all to authenticated
	using (((voter_id = auth.uid()) AND app.can_vote(area_id)))
	with check (((voter_id = auth.uid()) AND app.can_vote(area_id)));
drop policy "Voters can read their own dots" on public.theme_votes;
create policy "Voters can read their own dots" on public.theme_votes
	for select to authenticated
	using (((voter_id = auth.uid()) AND app.can_vote(area_id)));
drop policy "Officers can add and change their area's themes" on public.themes;
create policy "Officers can add and change their area's themes" on public.themes
	for all to authenticated
	using (((area_id IS NOT NULL) AND app.can_manage_themes(area_id)))
	with check (((area_id IS NOT NULL) AND app.can_manage_themes(area_id)));
drop policy "Officers can delete a vote" on public.vote_rounds;
create policy "Officers can delete a vote" on public.vote_rounds
	for delete to authenticated
	using (app.can_run_review(area_id));
drop policy "The youth board and officers can close a vote" on public.vote_rounds;
create policy "The youth board and officers can close a vote" on public.vote_rounds
	for update to authenticated
	using (app.can_vote(area_id))
	with check (app.can_vote(area_id));
drop policy "The youth board and officers can start a vote" on public.vote_rounds;
create policy "The youth board and officers can start a vote" on public.vote_rounds
	for insert to authenticated
	with check (((created_by = auth.uid()) AND app.can_vote(area_id)));
drop policy "Officers can delete statements" on public.you_said;
create policy "Officers can delete statements" on public.you_said
	for delete to authenticated
	using (app.can_publish_statements(area_id));
drop policy "Officers can edit, publish and archive statements" on public.you_said;
create policy "Officers can edit, publish and archive statements" on public.you_said
	for update to authenticated
	using (app.can_publish_statements(area_id))
	with check (app.can_publish_statements(area_id));
drop policy "The youth board and officers can draft statements" on public.you_said;
create policy "The youth board and officers can draft statements" on public.you_said
	for insert to authenticated
	with check ((app.can_write_statements(area_id) AND ((status = 'draft'::text) OR app.can_publish_statements(area_id))));
drop policy "The youth board can edit and agree statements until they are pu" on public.you_said;
create policy "The youth board can edit and agree statements until they are pu" on public.you_said
	for update to authenticated
	using (((status = ANY (ARRAY['draft'::text, 'agreed'::text])) AND app.can_agree_for_board(area_id)))
	with check (((status = ANY (ARRAY['draft'::text, 'agreed'::text])) AND app.can_agree_for_board(area_id)));
drop policy "Commissioners and officers can link statements to actions" on public.you_said_actions;
create policy "Commissioners and officers can link statements to actions" on public.you_said_actions
	for all to authenticated
	using (app.can_link_statements(area_id))
	with check (app.can_link_statements(area_id));
drop policy "Officers can choose the feedback behind statements" on public.you_said_feedback;
create policy "Officers can choose the feedback behind statements" on public.you_said_feedback
	for all to authenticated
	using (app.can_publish_statements(area_id))
	with check ((app.can_publish_statements(area_id) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = you_said_feedback.feedback_item_id)))));
drop policy "The youth board can choose the feedback behind statements not y" on public.you_said_feedback;
create policy "The youth board can choose the feedback behind statements not y" on public.you_said_feedback
	for all to authenticated
	using ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_feedback.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))))
	with check ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_feedback.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text]))))) AND (EXISTS ( SELECT 1
   FROM public.feedback_items f
  WHERE (f.id = you_said_feedback.feedback_item_id)))));
drop policy "Commissioners and officers can link statements to priorities" on public.you_said_priorities;
create policy "Commissioners and officers can link statements to priorities" on public.you_said_priorities
	for all to authenticated
	using (app.can_link_statements(area_id))
	with check (app.can_link_statements(area_id));
drop policy "The youth board can link statements not yet published to priori" on public.you_said_priorities;
create policy "The youth board can link statements not yet published to priori" on public.you_said_priorities
	for all to authenticated
	using ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_priorities.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))))
	with check ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_priorities.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))));
drop policy "Officers can choose quotes" on public.you_said_quotes;
create policy "Officers can choose quotes" on public.you_said_quotes
	for all to authenticated
	using (app.can_publish_statements(area_id))
	with check (app.can_publish_statements(area_id));
drop policy "The youth board can choose quotes for statements not yet publis" on public.you_said_quotes;
create policy "The youth board can choose quotes for statements not yet publis" on public.you_said_quotes
	for all to authenticated
	using ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_quotes.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))))
	with check ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_quotes.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))));
drop policy "Officers can theme statements" on public.you_said_themes;
create policy "Officers can theme statements" on public.you_said_themes
	for all to authenticated
	using (app.can_publish_statements(area_id))
	with check (app.can_publish_statements(area_id));
drop policy "The youth board can theme statements not yet published" on public.you_said_themes;
create policy "The youth board can theme statements not yet published" on public.you_said_themes
	for all to authenticated
	using ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_themes.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))))
	with check ((app.can_agree_for_board(area_id) AND (EXISTS ( SELECT 1
   FROM public.you_said y
  WHERE ((y.id = you_said_themes.you_said_id) AND (y.status = ANY (ARRAY['draft'::text, 'agreed'::text])))))));
