-- Severity in the words safeguarding practice uses: urgent (immediate danger, or a plan with time
-- or means), high (a current disclosure), concern (worth a person's look, not current).
-- Suicidal intent was "medium" before; it is never less than high now.
alter table public.safeguarding_alerts drop constraint safeguarding_alerts_severity_check;
update public.safeguarding_alerts
	set severity = case severity when 'high' then 'urgent' when 'medium' then 'high' else 'concern' end;
alter table public.safeguarding_alerts alter column severity set default 'urgent';
alter table public.safeguarding_alerts
	add constraint safeguarding_alerts_severity_check check (severity in ('urgent', 'high', 'concern'));
