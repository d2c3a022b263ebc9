-- A signed-in person may change only their own display name (issue 13, item 2). Row-level
-- security chose the row (their own); column privileges choose what in it may change, so
-- is_platform_admin, email, username, disabled_at and the rest stay out of reach of any route
-- and of Supabase's Data API. The server's own changes (linking a Supabase user, disabling an
-- account) run as the owner and are not affected.
revoke update on public.people from anon, authenticated;
grant update (display_name) on public.people to authenticated;
