-- Issue 13, item 9: a partner's organisation was matched to an action's owner with LIKE, so an
-- organisation named '%' (or any short fragment) could edit every organisation's actions.
-- Owners are matched exactly now: the same organisation, compared on one normalised key
-- (case, surrounding and repeated spaces ignored), never as a pattern.
create or replace function app.organisation_key(name text) returns text
	language sql immutable
	set search_path = ''
	as $$ select nullif(lower(regexp_replace(btrim(name), '\s+', ' ', 'g')), '') $$;

create or replace function app.is_partner_for(area uuid, owner text) returns boolean
	language sql stable security definer
	set search_path = ''
	as $$
	select app.organisation_key(owner) is not null and exists (
		select 1 from public.memberships m
		join public.people p on p.id = m.person_id
		where m.person_id = auth.uid() and m.area_id = area and m.role = 'partner'
			and m.revoked_at is null and p.disabled_at is null
			and app.organisation_key(m.organisation) = app.organisation_key(owner)
	)
$$;

grant execute on function app.organisation_key(text) to anon, authenticated;
