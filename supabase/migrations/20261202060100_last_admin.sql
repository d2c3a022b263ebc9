-- Issue 13, item 10: an area must always keep an admin. Revoking (or changing the role of) the
-- last live area admin membership is refused, whoever asks, the admin themself included, and
-- whatever path the update comes by (console, Data API, SQL as a signed-in role).
create or replace function app.keep_last_area_admin() returns trigger
	language plpgsql security definer set search_path = public, pg_temp
as $$
begin
	if old.role = 'area_admin' and old.revoked_at is null
		and (new.revoked_at is not null or new.role <> 'area_admin' or new.area_id <> old.area_id) then
		-- Two admins revoking each other at once must not both succeed: one waits for the other.
		perform pg_advisory_xact_lock(hashtext('app.last_area_admin'), hashtext(old.area_id::text));
		if not exists (
			select 1 from public.memberships m join public.people p on p.id = m.person_id
			where m.area_id = old.area_id and m.role = 'area_admin' and m.revoked_at is null
				and m.id <> old.id and p.disabled_at is null
		) then
			raise exception 'This is the last admin of the area. Give someone else the admin role first.'
				using errcode = 'check_violation', constraint = 'memberships_last_area_admin';
		end if;
	end if;
	return new;
end $$;
revoke all on function app.keep_last_area_admin() from public;

create trigger memberships_keep_last_area_admin before update on public.memberships
	for each row execute function app.keep_last_area_admin();
