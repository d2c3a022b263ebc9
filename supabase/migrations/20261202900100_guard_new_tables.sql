-- Every public table refuses writes through Supabase's Data API (see
-- 20261202010200_no_writes_through_data_api.sql). Tables added since then get the same
-- restrictive policies here; a migration that adds a table ends with
-- `select app.guard_data_api_writes();` and tests/db/data-api.test.ts fails if one is missed.
create or replace function app.guard_data_api_writes() returns void
	language plpgsql
	set search_path = ''
	as $$
declare
	t record;
	verb text;
	name text;
begin
	for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
		where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1
	loop
		foreach verb in array array['insert', 'update', 'delete'] loop
			name := 'No ' || verb || 's through the Data API';
			if not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = t.relname and p.policyname = name) then
				execute format(
					'create policy %I on public.%I as restrictive for %s to anon, authenticated %s',
					name, t.relname, verb,
					case verb
						when 'insert' then 'with check (not app.through_data_api())'
						else 'using (not app.through_data_api())'
					end
				);
			end if;
		end loop;
	end loop;
end
$$;

select app.guard_data_api_writes();
