-- Issue 13, item 14 (receipts): stored receipt hashes were a plain SHA-256 of a 10-character code,
-- and officers can read responses, so every code could be tried offline. They are an HMAC now,
-- keyed with the server's receipt secret (app.settings, readable by no signed-in role), of that
-- same SHA-256 (services/responses.ts receiptHash). Existing rows are converted here, in the
-- migration's transaction, so every old receipt code keeps working.

-- HMAC-SHA256 (RFC 2104) with the core sha256(): no extension needed on PGlite or Supabase.
create or replace function app.hmac_sha256(key bytea, message bytea) returns bytea
	language plpgsql immutable strict
	set search_path = ''
as $$
declare
	k bytea;
	inner_pad bytea;
	outer_pad bytea;
begin
	if length(key) > 64 then key := sha256(key); end if;
	k := key || decode(repeat('00', 64 - length(key)), 'hex');
	inner_pad := k;
	outer_pad := k;
	for n in 0..63 loop
		inner_pad := set_byte(inner_pad, n, get_byte(k, n) # 54);
		outer_pad := set_byte(outer_pad, n, get_byte(k, n) # 92);
	end loop;
	return sha256(outer_pad || sha256(inner_pad || message));
end $$;
revoke all on function app.hmac_sha256(bytea, bytea) from public;

update public.responses r
	set receipt_hash = encode(app.hmac_sha256(convert_to(s.value, 'UTF8'), convert_to(r.receipt_hash, 'UTF8')), 'hex')
	from app.settings s
	where s.key = 'receipt_secret';
