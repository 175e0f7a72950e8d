#!/usr/bin/env bash
# check_verify_test.sh - `schemadiff check --verify` on a private PostgreSQL:
# a seed directory passes; a down that forgets to drop a column is named; a
# drift is reported; a migration PostgreSQL rejects exits 1 with its file and
# line; no server or directory is left behind. Exit 0 pass, 1 fail, 77 skip.
#   check_verify_test.sh SCHEMADIFF SOURCE_DIR
set -uo pipefail
BIN=${1:?usage: check_verify_test.sh SCHEMADIFF SOURCE_DIR}
SRC=${2:?usage: check_verify_test.sh SCHEMADIFF SOURCE_DIR}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    echo "SKIP: no PostgreSQL server programs"
    exit 77
fi

# The private server's directory goes under T, which the postgres user must
# reach when we are root.
T=$(mktemp -d /tmp/sdcv.XXXXXX) || exit 1
chmod 755 "$T"
export TMPDIR=$T
trap 'rm -rf -- "$T"' EXIT
pass=0
fail=0

ok() {  # ok NAME CONDITION...
    local name=$1
    shift
    if "$@"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name"
        sed 's/^/    | /' "$T/out" "$T/err" | head -60
    fi
}
run() {
    "$BIN" "$@" >"$T/out" 2>"$T/err"
    code=$?
}
no_leftovers() {
    local i
    for i in $(seq 1 20); do
        [[ -z "$(pgrep -f -- "$T/schemadiff-verify-" || true)" ]] && break
        sleep 0.25
    done
    [[ -z "$(pgrep -f -- "$T/schemadiff-verify-" || true)" && -z "$(find "$T" -maxdepth 1 -name 'schemadiff-verify-*')" ]]
}

run check --verify --schema "$SRC/schemas/messaging_bot/new.sql" --migrations "$SRC/schemas/messaging_bot/migrations"
ok "seed passes on PostgreSQL" test "$code" -eq 0
ok "downs were checked on PostgreSQL" grep -q "2 down(s) undo their up (on PostgreSQL)" "$T/out"
ok "no leftovers after a pass" no_leftovers

printf '' >"$T/empty.sql"
printf 'CREATE TABLE a (id int PRIMARY KEY);\n' >"$T/v1.sql"
printf 'CREATE TABLE a (id int PRIMARY KEY, note text);\nCREATE INDEX a_note ON a (note);\n' >"$T/v2.sql"
D=$T/baddown
"$BIN" "$T/empty.sql" "$T/v1.sql" -o "$D" --layout golang-migrate --name init 2>/dev/null
"$BIN" "$T/v1.sql" "$T/v2.sql" -o "$D" --layout golang-migrate --name add_note 2>/dev/null
# The down drops the index but forgets the column.
printf 'DROP INDEX public.a_note;\n' >"$D/000002_add_note.down.sql"
run check --verify --schema "$T/v2.sql" --migrations "$D" --update-sum
ok "bad down exits 2" test "$code" -eq 2
ok "bad down is named" grep -q "000002_add_note.down.sql" "$T/out"
ok "bad down: the column it leaves" grep -q "column public.a.note: left behind" "$T/out"
ok "the good down passes" grep -q "1 of 2 down(s) do not undo their up (on PostgreSQL)" "$T/out"
ok "no drift after the bad down (replay goes on)" grep -q "^drift   ok" "$T/out"

printf 'CREATE TABLE a (id int PRIMARY KEY, note text);\nCREATE INDEX a_note ON a (note);\nCREATE TABLE t (x int);\n' >"$T/v3.sql"
run check --verify --schema "$T/v3.sql" --migrations "$D"
ok "drift on PostgreSQL exits 2" test "$code" -eq 2
ok "drift names the table" grep -q "table public.t: declared, but the migrations do not produce it" "$T/out"

D=$T/rejected  # schemadiff accepts it offline, PostgreSQL does not
mkdir -p "$D"
cp "$T/v1.sql" "$D/000001_init.up.sql"
printf '\nSELECT 1 / 0;\n' >"$D/000002_bad.up.sql"
run check --verify --schema "$T/v1.sql" --migrations "$D" --update-sum
ok "a migration PostgreSQL rejects exits 1" test "$code" -eq 1
ok "... naming file and line" grep -q "000002_bad.up.sql:2: ERROR" "$T/err"
ok "no leftovers after failures" no_leftovers

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
