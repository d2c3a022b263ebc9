-- Subject access: the holder of a receipt can download everything held about that receipt.
-- The receipt is the only key (answers are anonymous), so the function is reached with its
-- hash like app.receipt. It returns the answers as they were typed and as redacted, what the
-- analyser made of them, and where they were quoted. Safeguarding records are not in it:
-- disclosing them to whoever holds the code could put a child at risk (the Data Protection Act
-- 2018 lets us withhold data whose disclosure is likely to cause serious harm); the download says
-- so and how to ask.
create or replace function app.receipt_data(code_hash text) returns jsonb
	language sql stable security definer
	set search_path = ''
	as $$
	select jsonb_build_object(
		'area', a.name,
		'survey', s.title,
		'submitted_at', r.created_at,
		'withdrawn_at', r.withdrawn_at,
		'about_you', jsonb_build_object(
			'respondent_role', r.respondent_role,
			'age_band', r.age_band,
			'locality', r.locality,
			'easy_read', r.easy_read,
			'equality', r.equality),
		'answers', r.answers,
		'words', coalesce((
			select jsonb_agg(jsonb_build_object(
				'question', f.question_key,
				'as_typed', o.original_text,
				'as_redacted', f.redacted_text,
				'may_quote', f.consent = 'quote',
				'themes', coalesce((select jsonb_agg(t.name order by t.name) from public.themes t
					where t.id = any (f.suggested_theme_ids) and (t.area_id is null or t.area_id = f.area_id)), '[]'),
				'feeling', f.sentiment,
				'withdrawn_at', f.withdrawn_at,
				'quoted_in', coalesce((select jsonb_agg(jsonb_build_object('statement', y.statement, 'published', q.published))
					from public.you_said_quotes q join public.you_said y on y.id = q.you_said_id
					where q.feedback_item_id = f.id), '[]'),
				'behind', coalesce((select jsonb_agg(y.statement)
					from public.you_said_feedback yf join public.you_said y on y.id = yf.you_said_id
					where yf.feedback_item_id = f.id and y.status = 'published'), '[]'))
				order by f.created_at, f.question_key)
			from public.feedback_items f left join public.feedback_originals o on o.feedback_item_id = f.id
			where f.response_id = r.id), '[]'))
	from public.responses r join public.surveys s on s.id = r.survey_id join public.areas a on a.id = r.area_id
	where r.receipt_hash = code_hash
$$;
revoke execute on function app.receipt_data(text) from public;
grant execute on function app.receipt_data(text) to anon, authenticated;
