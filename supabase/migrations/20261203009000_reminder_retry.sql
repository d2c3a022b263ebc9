-- Issue 18, item 6: a reminder whose send failed was un-claimed and tried again on every worker
-- tick (every 5 seconds while the mail server was down). Now the claim stays, counts its attempts
-- and says when the next may start: waits of 2, 4, 8 ... minutes up to 6 hours, then it gives up
-- for that period and keeps the last error for the logs.
alter table app.reminders_sent
	add column attempts integer not null default 1 check (attempts >= 1),
	add column retry_at timestamptz,
	add column last_error text;

comment on column app.reminders_sent.sent_at is 'When the last attempt started.';
comment on column app.reminders_sent.retry_at is
	'When a failed send may be tried again; null once sent, or once given up (then last_error says why).';
