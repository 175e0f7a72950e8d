#!/usr/bin/env bash
# audit_test.sh - `schemadiff OLD NEW --audit` against real data.
#
#   audit_test.sh SCHEMADIFF SOURCE_DIR [CASE_DIR...]
#
# For each case directory under tests/audit (or the ones given): a database
# with old.sql + violating.sql must make the audit exit nonzero with a
# "FAIL <text>" line for every `fail <text>` line of the case's `expect`
# file; a database with old.sql + clean.sql must make it exit 0 with only OK
# lines. The migration itself (--allow-destructive) is applied to both as a
# cross-check: it must succeed on the clean data, and, when `expect` says
# `migration-fails`, fail on the violating data (so the audit predicts what
# the migration would do). Exit 0 pass, 1 fail, 77 skip (no PostgreSQL).
set -uo pipefail

BIN=${1:?usage: audit_test.sh SCHEMADIFF SOURCE_DIR [CASE_DIR...]}
SRC=${2:?usage: audit_test.sh SCHEMADIFF SOURCE_DIR [CASE_DIR...]}
shift 2
HARNESS=$SRC/tests/harness

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    echo "SKIP: no PostgreSQL server programs"
    exit 77
fi

# The postgres user must reach the cluster directory when we run as root.
T=$(mktemp -d /tmp/sdaudit.XXXXXX) || exit 1
chmod 755 "$T"
CLUSTER=$T/pg
cleanup() {
    bash "$HARNESS/pg_cluster.sh" stop "$CLUSTER" >/dev/null 2>&1
    rm -rf -- "$T"
}
trap cleanup EXIT

die() { echo "audit_test.sh: $*" >&2; exit 1; }
bash "$HARNESS/pg_cluster.sh" start "$CLUSTER" >"$T/cluster.log" 2>&1 || { cat "$T/cluster.log"; die "cannot start PostgreSQL"; }
# shellcheck source=../harness/pg_client.sh
source "$HARNESS/pg_client.sh"
pg_client_setup "$CLUSTER" schemadiff-audit-test

FAILS=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; FAILS=$((FAILS + 1)); }
show() { sed 's/^/    | /' "$@" | head -40; }

DBN=0
# fresh_db FILE... : a new database holding the files' statements; prints its name
fresh_db() {
    DBN=$((DBN + 1))
    local db="sdaudit_$$_$DBN" f
    "$PSQL" -X -q -d postgres -c "CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" \
        >/dev/null || return 1
    for f in "$@"; do
        "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$f" >"$T/load.log" 2>&1 || { show "$T/load.log" >&2; return 1; }
    done
    echo "$db"
}

run_case() {
    local dir=$1 name
    name=$(basename "$dir")
    local work=$T/$name
    mkdir -p "$work"
    "$BIN" "$dir/old.sql" "$dir/new.sql" --audit >"$work/audit.sql" 2>"$work/audit.err" \
        || { fail "$name: schemadiff --audit exited $?"; show "$work/audit.err"; return; }
    "$BIN" "$dir/old.sql" "$dir/new.sql" --allow-destructive >"$work/up.sql" 2>/dev/null \
        || { fail "$name: schemadiff could not plan the migration"; return; }
    local db rc pattern
    # Violating data: nonzero exit, and every expected FAIL line.
    db=$(fresh_db "$dir/old.sql" "$dir/violating.sql") || { fail "$name: violating data does not load"; return; }
    "$PSQL" -X -d "$db" -f "$work/audit.sql" >"$work/violating.out" 2>"$work/violating.err"
    rc=$?
    if [[ $rc -ne 0 ]]; then pass "$name: audit on violating data exits $rc"; else
        fail "$name: audit on violating data exits 0"; show "$work/violating.out"; fi
    while read -r word pattern; do
        [[ "$word" == fail ]] || continue
        if grep -q -F -e "FAIL $pattern:" "$work/violating.out"; then
            pass "$name: $(grep -F -e "FAIL $pattern:" "$work/violating.out" | head -1)"
        else
            fail "$name: no line 'FAIL $pattern'"; show "$work/violating.out" "$work/violating.err"
        fi
    done <"$dir/expect"
    if grep -qx 'migration-fails' "$dir/expect"; then
        if "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$work/up.sql" >/dev/null 2>&1; then
            fail "$name: the migration succeeded on the violating data"
        else
            pass "$name: the migration fails on the violating data, as the audit said"
        fi
    fi
    "$PSQL" -X -q -d postgres -c "DROP DATABASE $db" >/dev/null
    # Clean data: exit 0, only OK lines, and the migration goes through.
    db=$(fresh_db "$dir/old.sql" "$dir/clean.sql") || { fail "$name: clean data does not load"; return; }
    "$PSQL" -X -d "$db" -f "$work/audit.sql" >"$work/clean.out" 2>"$work/clean.err"
    rc=$?
    if [[ $rc -eq 0 && -s "$work/clean.out" ]] && ! grep -qv '^OK   ' "$work/clean.out"; then
        pass "$name: audit on clean data: $(wc -l <"$work/clean.out") OK line(s), exit 0"
    else
        fail "$name: audit on clean data: exit $rc or a line that is not OK"; show "$work/clean.out" "$work/clean.err"
    fi
    if "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$work/up.sql" >"$work/up.log" 2>&1; then
        pass "$name: the migration succeeds on the clean data"
    else
        fail "$name: the migration fails on the clean data"; show "$work/up.log"
    fi
    "$PSQL" -X -q -d postgres -c "DROP DATABASE $db" >/dev/null
    # Same input, same script.
    if "$BIN" "$dir/old.sql" "$dir/new.sql" --audit 2>/dev/null | cmp -s - "$work/audit.sql"; then
        pass "$name: byte-identical rerun"
    else
        fail "$name: a second run printed another script"
    fi
}

if [[ $# -eq 0 ]]; then
    set -- "$SRC"/tests/audit/*/
fi
for dir in "$@"; do
    dir=${dir%/}
    [[ -f "$dir/expect" ]] || die "$dir: no expect file"
    run_case "$dir"
done

echo "audit_test.sh: $FAILS failure(s)"
[[ $FAILS -eq 0 ]]
