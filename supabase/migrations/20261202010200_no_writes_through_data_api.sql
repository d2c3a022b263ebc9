-- Writes only through the app (issue 11 item 4, issue 13 item 14). The app runs every request as
-- anon or authenticated with the caller's claims, so the policies let anon add survey answers and
-- event words; but the app also redacts them, checks them for safeguarding and validates them,
-- which SQL cannot do. Supabase's Data API (PostgREST) reaches the same roles with the public
-- anon key, so it could skip all of that. PostgREST logs in as `authenticator`; the app never
-- does. A restrictive policy on every table refuses writes from such a session, whatever the
-- project's Data API settings. Reads are left to the ordinary policies (what the public site shows).
create or replace function app.through_data_api() returns boolean
	language sql stable
	set search_path = ''
	as $$ select session_user::text = 'authenticator' $$;
grant execute on function app.through_data_api() to anon, authenticated;

do $$
declare
	t record;
	verb text;
begin
	for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
		where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1
	loop
		foreach verb in array array['insert', 'update', 'delete'] loop
			execute format(
				'create policy %I on public.%I as restrictive for %s to anon, authenticated %s',
				'No ' || verb || 's through the Data API', t.relname, verb,
				case verb
					when 'insert' then 'with check (not app.through_data_api())'
					else 'using (not app.through_data_api())'
				end
			);
		end loop;
	end loop;
end
$$;
