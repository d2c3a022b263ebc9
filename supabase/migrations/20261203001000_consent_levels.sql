-- Three levels of consent for each piece of feedback (issue 13, item 3). Before, an answer was
-- either "quote" or "staff_only", and youth board members read both: "only the team sees it" was
-- shown to them with age band and place, which on a local board can identify a classmate.
--
--   quote       quote me without my name (the youth board and staff may read it too)
--   board       do not quote me, but the youth board and staff may read it
--   staff_only  only staff read it (admins, engagement officers, commissioners)
--
-- Existing rows keep their meaning: quotable items stay "quote", and everything else stays
-- "staff_only", so what its author said was for the team stays hidden from the youth board.
-- Nothing is moved to "board": nobody was asked that question before.
alter table public.feedback_items drop constraint feedback_items_consent_check;
alter table public.feedback_items add constraint feedback_items_consent_check
	check (consent in ('quote', 'board', 'staff_only'));

-- The one rule for which levels the youth board may read (src/lib/vocabulary.ts: BOARD_READABLE).
create or replace function app.board_may_read(consent text) returns boolean
	language sql immutable
	set search_path = ''
	as $$ select consent in ('quote', 'board') $$;
grant execute on function app.board_may_read(text) to anon, authenticated;

-- Staff who read feedback (app.can_read_feedback) read every level; the youth board, who read it
-- to review (app.can_review), reads only what its author allowed, and never flagged feedback.
-- Every other place the board sees feedback text (the review queue and its double-check sample,
-- statements' supporting feedback and candidate quotes, reviews) reads through this policy.
drop policy "Members can read their area's feedback" on public.feedback_items;
create policy "Members can read their area's feedback" on public.feedback_items
	for select to authenticated
	using (withdrawn_at is null and (
		app.can_read_feedback(area_id)
		or (not safeguarding and app.board_may_read(consent) and app.can_review(area_id))
	));
