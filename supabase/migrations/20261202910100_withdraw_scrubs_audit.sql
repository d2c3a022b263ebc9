-- Withdrawal scrubs every copy of the words in the audit log, including quotes that were taken
-- off their statement before the author withdrew (their rows are gone, so they cannot be found
-- by the quotes that exist now; the log's own entries name the feedback item they came from).
create index if not exists audit_log_quote_item_idx on public.audit_log ((changes ->> 'feedback_item_id'))
	where table_name = 'you_said_quotes';

create or replace function app.withdraw(code_hash text, everything boolean) returns boolean
	language plpgsql security definer
	set search_path = ''
	as $$
declare
	r_id uuid;
	item_ids text[];
	quote_ids text[];
begin
	select id into r_id from public.responses where receipt_hash = code_hash and withdrawn_at is null;
	if r_id is null then return false; end if;
	select coalesce(array_agg(f.id::text), '{}') into item_ids from public.feedback_items f where f.response_id = r_id;
	delete from public.you_said_quotes where feedback_item_id::text = any (item_ids);
	-- Every quote ever made from these words: an insert entry records the item it came from.
	select coalesce(array_agg(distinct a.row_id), '{}') into quote_ids from public.audit_log a
		where a.table_name = 'you_said_quotes' and a.changes ->> 'feedback_item_id' = any (item_ids);
	update public.audit_log set changes = changes - 'body' - 'speaker' - 'feedback_item_id'
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
