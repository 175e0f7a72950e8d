#!/usr/bin/env bash
# bundle_pg.sh - the bundle's verify.sql and compat_views.sql on a private
# PostgreSQL.
#
#   bundle_pg.sh SCHEMADIFF SOURCE_DIR
#
# For every case under tests/bundle/<case>/: verify.sql must print only OK
# lines and exit 0 on OLD + up.sql and on a database loaded from NEW, and
# print FAIL lines and exit nonzero on OLD alone. compat_views.sql must apply
# after up.sql, and when the case has compat.sql (queries written for OLD,
# run with the compat schema first on search_path) those must run. Exit 0
# pass, 1 fail, 77 skip (no PostgreSQL server programs).
set -uo pipefail
BIN=${1:?usage: bundle_pg.sh SCHEMADIFF SOURCE_DIR}
SRC=${2:?usage: bundle_pg.sh SCHEMADIFF SOURCE_DIR}
HARNESS=$SRC/tests/harness

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  echo "SKIP: no PostgreSQL server programs"
  exit 77
fi

# The postgres user must reach the cluster directory when we run as root.
T=$(mktemp -d /tmp/sdbundle.XXXXXX) || exit 1
chmod 755 "$T"
CLUSTER=$T/pg
cleanup() {
  bash "$HARNESS/pg_cluster.sh" stop "$CLUSTER" >/dev/null 2>&1
  rm -rf -- "$T"
}
trap cleanup EXIT

die() { echo "bundle_pg.sh: $*" >&2; exit 1; }
bash "$HARNESS/pg_cluster.sh" start "$CLUSTER" >"$T/cluster.log" 2>&1 || { cat "$T/cluster.log"; die "cannot start PostgreSQL"; }
# shellcheck source=../harness/pg_client.sh
source "$HARNESS/pg_client.sh"
pg_client_setup "$CLUSTER" schemadiff-bundle-test

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "PASS $1"; }
ko() { fail=$((fail + 1)); echo "FAIL $1"; [[ -n ${2:-} && -f $2 ]] && sed 's/^/    | /' "$2" | head -40; }

# fresh_db FILE... : a new database holding the files' statements; prints its
# name. It runs in a command substitution: $BASHPID makes the name unique.
fresh_db() {
  local db="sdbundle_$$_$BASHPID" f
  "$PSQL" -X -q -d postgres -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" \
    >/dev/null || return 1
  for f in "$@"; do
    "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$f" >"$T/load.log" 2>&1 || { sed 's/^/    | /' "$T/load.log" >&2; return 1; }
  done
  echo "$db"
}

# run_verify NAME DB WANT(ok|fail)
run_verify() {
  local name=$1 db=$2 want=$3 log=$T/verify.$2.log code
  "$PSQL" -X -d "$db" -f "$B/verify.sql" >"$log" 2>&1
  code=$?
  local oks fails
  oks=$(grep -c '^OK ' "$log")
  fails=$(grep -c '^FAIL ' "$log")
  if [[ $want == ok ]]; then
    if [[ $code -eq 0 && $fails -eq 0 && $oks -gt 0 ]] && ! grep -qv '^OK ' "$log"; then
      ok "[$case] $name: verify.sql exits 0 with $oks OK line(s) and nothing else"
    else
      ko "[$case] $name: verify.sql should pass (exit $code, $oks OK, $fails FAIL)" "$log"
    fi
  else
    if [[ $code -ne 0 && $fails -gt 0 ]]; then
      ok "[$case] $name: verify.sql exits $code with $fails FAIL line(s)"
    else
      ko "[$case] $name: verify.sql should fail (exit $code, $oks OK, $fails FAIL)" "$log"
    fi
  fi
}

for dir in "$SRC"/tests/bundle/*/; do
  [[ -f $dir/old.sql && -f $dir/new.sql ]] || continue
  case=$(basename "$dir")
  B=$T/bundle.$case
  (cd "$dir" && "$BIN" old.sql new.sql -o "$B") 2>"$T/bundle.err"
  [[ -f $B/verify.sql ]] || { ko "[$case] bundle written" "$T/bundle.err"; continue; }

  if db=$(fresh_db "$dir/old.sql" "$B/up.sql"); then
    run_verify "OLD + up.sql" "$db" ok
    if "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$B/compat_views.sql" >"$T/compat.log" 2>&1; then
      ok "[$case] compat_views.sql applies after up.sql"
      if "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$B/compat_views.sql" >"$T/compat.log" 2>&1; then
        ok "[$case] compat_views.sql applies twice"
      else
        ko "[$case] compat_views.sql applies twice" "$T/compat.log"
      fi
      if [[ -f $dir/compat.sql ]]; then
        if PGOPTIONS="$PGOPTIONS -c search_path=compat,public" \
          "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$dir/compat.sql" >"$T/compat-q.log" 2>&1; then
          ok "[$case] OLD's queries (compat.sql) run through the views"
        else
          ko "[$case] OLD's queries (compat.sql) run through the views" "$T/compat-q.log"
        fi
      fi
      # The views sit on NEW's tables: verify.sql still passes with them.
      run_verify "OLD + up.sql + compat views" "$db" ok
    else
      ko "[$case] compat_views.sql applies after up.sql" "$T/compat.log"
    fi
  else
    ko "[$case] OLD + up.sql loads"
  fi

  if db=$(fresh_db "$dir/new.sql"); then run_verify "NEW" "$db" ok; else ko "[$case] NEW loads"; fi
  if db=$(fresh_db "$dir/old.sql"); then run_verify "OLD alone" "$db" fail; else ko "[$case] OLD loads"; fi
done

echo "bundle_pg: $pass passed, $fail failed"
[[ $fail -eq 0 && $pass -gt 0 ]]
