-- What Supabase provides and a plain PostgreSQL or PGlite lacks: the API roles and the
-- auth.uid()/auth.jwt() helpers reading the request's claims. The migration runner applies
-- this only when the database is not Supabase (no supabase_admin role); it is idempotent.
do $$
begin
	if not exists (select 1 from pg_roles where rolname = 'anon') then
		create role anon nologin noinherit;
	end if;
	if not exists (select 1 from pg_roles where rolname = 'authenticated') then
		create role authenticated nologin noinherit;
	end if;
	if not exists (select 1 from pg_roles where rolname = 'service_role') then
		create role service_role nologin noinherit bypassrls;
	end if;
	-- A non-superuser owner must be a member to `set local role` (superusers need nothing).
	if not (select rolsuper from pg_roles where rolname = current_user) then
		execute format('grant anon, authenticated, service_role to %I', current_user);
	end if;
end
$$;

create schema if not exists auth;

create or replace function auth.jwt() returns jsonb
	language sql stable
	as $$ select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;

create or replace function auth.uid() returns uuid
	language sql stable
	as $$ select nullif(auth.jwt() ->> 'sub', '')::uuid $$;

create or replace function auth.role() returns text
	language sql stable
	as $$ select coalesce(auth.jwt() ->> 'role', 'anon') $$;

grant usage on schema auth to anon, authenticated, service_role;
grant execute on all functions in schema auth to anon, authenticated, service_role;

-- Supabase grants the API roles table privileges by default and lets row-level security
-- decide; do the same here so tests on these engines exercise the policies, not missing grants.
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant execute on functions to anon, authenticated, service_role;
grant usage on schema public to anon, authenticated, service_role;
