-- Issue 13, item 12: display names hold no invisible characters (controls, direction overrides,
-- zero-width marks, byte-order marks) and are stored NFKC-normalised, whatever writes them: the
-- join form checks first and says so next to the field; this is the backstop (people may update
-- their own row). Existing names are cleaned first so the check holds for every row.
update public.people
	set display_name = coalesce(nullif(left(btrim(normalize(regexp_replace(display_name,
		'[\u0001-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]', '', 'g'), NFKC)), 80), ''), 'Name removed')
	where display_name ~ '[\u0001-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]'
		or display_name is not nfkc normalized;

alter table public.people add constraint people_display_name_visible check (
	display_name !~ '[\u0001-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]'
	and display_name is nfkc normalized
);
