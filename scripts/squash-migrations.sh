#!/usr/bin/env bash
# Squashes supabase/migrations into one baseline, as `supabase migration squash` does (that command
# needs Docker): apply every migration to a fresh database on a PostgreSQL server, pg_dump the
# schema, and name the file after the newest migration's version so a database that ran them all
# skips it. The runner (src/lib/server/db/migrate.ts) then tidies such a database's ledger.
# Usage: scripts/squash-migrations.sh [server URL without a database, default postgres://postgres@127.0.0.1:5432]
set -euo pipefail
cd "$(dirname "$0")/.."
server="${1:-postgres://postgres@127.0.0.1:5432}"
db="squash_$$"
last="$(ls supabase/migrations | grep -E '^[0-9]{14}_' | sort | tail -1)"
version="${last:0:14}"
out="supabase/migrations/${version}_baseline.sql"
psql "$server/postgres" -qc "create database $db"
trap 'psql "$server/postgres" -qc "drop database if exists $db with (force)"' EXIT
DATABASE_URL="$server/$db" node --import tsx src/cli/db.ts migrate
tmp="$(mktemp)"
pg_dump "$server/$db" --schema-only --no-owner --exclude-schema=supabase_migrations --exclude-schema=auth >"$tmp"
squashed="$(ls supabase/migrations | grep -E '^[0-9]{14}_' | sort | tr '\n' ' ')"
{
	echo "-- Baseline: the schema that these migrations built, squashed on $(date -u +%Y-%m-%d) with"
	echo "-- scripts/squash-migrations.sh (pg_dump of a database that ran them). Their text and the reasons"
	echo "-- for each change are in git history. A database that ran them all skips this file (same version)."
	echo "-- Squashed: $squashed" | fold -s -w 100 | sed -e '2,$s/^/-- /' -e 's/ *$//'
	echo
	# pg_dump's session settings, made transaction-local (each migration runs in one transaction);
	# psql-only meta-commands, the dump banner and the bootstrap's default privileges are dropped.
	echo "set local check_function_bodies = false;"
	echo "select pg_catalog.set_config('search_path', '', true);"
	sed -e '/^\\\(un\)\?restrict /d' -e '/^SET /d' -e "/^SELECT pg_catalog.set_config('search_path'/d" \
		-e '/^ALTER DEFAULT PRIVILEGES /d' -e '/^-- Name: DEFAULT PRIVILEGES /,+2d' \
		-e '/^-- PostgreSQL database dump/d' -e '/^-- Dumped /d' "$tmp" | cat -s | sed 's/[[:space:]]*$//' |
		# The dump's grants assume a table starts with no privileges, but default privileges (Supabase's
		# and the bootstrap's) give the API roles everything: take that back first so they mean the same.
		awk '!done && /^(GRANT|REVOKE) / {
			print "revoke all on all tables in schema public from anon, authenticated, service_role;"
			print "revoke all on all sequences in schema public from anon, authenticated, service_role;"
			print "revoke all on all functions in schema public from anon, authenticated, service_role;\n"
			done = 1
		} { print }'
} >"$tmp.out"
rm "$tmp"
for f in supabase/migrations/[0-9]*_*.sql; do git rm -q "$f" 2>/dev/null || rm "$f"; done
mkdir -p supabase/migrations
mv "$tmp.out" "$out"
echo "wrote $out"
