#!/usr/bin/env bash
# verify_test.sh - `schemadiff verify` end to end on real PostgreSQL servers.
#
#   verify_test.sh SCHEMADIFF SOURCE_DIR
#
# Checks: exit 0 on an example pair and two behaviour cases (private server,
# text and JSON, byte-identical reruns, --data); exit 2 on a pair PostgreSQL
# stores differently from what schemadiff reads; exit 1 on a nonsense
# --dev-url, on a syntax error and on a schema PostgreSQL rejects; --dev-url
# on a real server leaves no scratch database behind; and after every run,
# including ones stopped by SIGINT/SIGTERM mid-run, no temporary directory and
# no server process is left. Exit 0 pass, 1 fail, 77 skip (no PostgreSQL).
set -uo pipefail

BIN=${1:?usage: verify_test.sh SCHEMADIFF SOURCE_DIR}
SRC=${2:?usage: verify_test.sh SCHEMADIFF SOURCE_DIR}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    echo "SKIP: no PostgreSQL server programs"
    exit 77
fi

# Every temporary directory of verify goes under T (TMPDIR), so leftovers are
# easy to see. The postgres user must be able to reach it when we are root.
T=$(mktemp -d /tmp/sdvt.XXXXXX) || exit 1
chmod 755 "$T"
export TMPDIR=$T
CLUSTER=$T/devcluster
FAILS=0
cleanup() {
    [[ -d "$CLUSTER" ]] && TMPDIR=/tmp bash "$SRC/tests/harness/pg_cluster.sh" stop "$CLUSTER" >/dev/null 2>&1
    rm -rf -- "$T"
}
trap cleanup EXIT

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; FAILS=$((FAILS + 1)); }

# run NAME EXPECTED_EXIT ARGS... : runs verify, output in $T/NAME.out/.err
run() {
    local name=$1 expected=$2 rc
    shift 2
    "$BIN" verify "$@" >"$T/$name.out" 2>"$T/$name.err"
    rc=$?
    if [[ $rc -eq $expected ]]; then
        pass "$name: exit $rc"
    else
        fail "$name: expected exit $expected, got $rc"
        sed 's/^/    | /' "$T/$name.out" "$T/$name.err" | head -60
    fi
    check_clean "$name"
}

# Postmasters name their data directory (under T) on their command line;
# orphaned backends would be postgres processes adopted by init (zombies
# waiting for init to reap them are not running and do not count).
leftover_processes() {
    pgrep -af -- "$T/schemadiff-verify-" || true
    ps -eo pid=,ppid=,stat=,comm=,args= | awk '$2 == 1 && $3 !~ /^Z/ && $4 == "postgres" && $0 !~ / -D /' || true
}

check_clean() {
    local name=$1 i left dirs
    for i in $(seq 1 20); do   # the server may take a moment to go
        left=$(leftover_processes)
        [[ -z "$left" ]] && break
        sleep 0.25
    done
    dirs=$(find "$T" -maxdepth 1 -name 'schemadiff-verify-*')
    if [[ -n "$left" || -n "$dirs" ]]; then
        fail "$name: leftovers: processes [$left] directories [$dirs]"
    else
        pass "$name: no leftover server process or directory"
    fi
}

expect_in() {   # NAME FILE PATTERN
    if grep -q -- "$3" "$2"; then pass "$1"; else fail "$1: '$3' not in $2"; sed 's/^/    | /' "$2" | head -40; fi
}

MB=$SRC/schemas/messaging_bot
C1=$SRC/tests/cases/040_add_table
C2=$SRC/tests/cases/070_add_foreign_key_actions

# ---- passing pairs (private server)
run example_messaging_bot 0 "$MB/old.sql" "$MB/new.sql"
expect_in "example: result line" "$T/example_messaging_bot.out" "^result: pass"
run case_040 0 "$C1/old.sql" "$C1/new.sql"
run case_070 0 "$C2/old.sql" "$C2/new.sql" --format json
expect_in "json: overall status" "$T/case_070.out" '"status": "pass"'
expect_in "json: compare-down phase" "$T/case_070.out" '"name": "compare-down"'
if command -v python3 >/dev/null 2>&1; then
    if python3 -m json.tool "$T/case_070.out" >/dev/null; then pass "json: parses"; else fail "json: does not parse"; fi
fi
run case_070_again 0 "$C2/old.sql" "$C2/new.sql" --format json
if cmp -s "$T/case_070.out" "$T/case_070_again.out"; then pass "deterministic output"; else fail "output differs between runs"; fi
if [[ ! -s "$T/case_070.err" ]]; then pass "no progress lines when stderr is not a terminal"; else fail "stderr not empty"; fi
run data_case_070 0 "$C2/old.sql" "$C2/new.sql" --data
expect_in "data: rows checked" "$T/data_case_070.out" "^pass    data-up"
# Renames keep their rows: tables, columns and enum labels are followed
# across the rename (the checksums compare the same rows under new names).
R1=$SRC/tests/cases/210_rename_table_column_index
R2=$SRC/tests/cases/440_enum_value_renamed
run data_rename_table_column 0 "$R1/old.sql" "$R1/new.sql" --data
expect_in "data: renamed table carried" "$T/data_rename_table_column.out" "^pass    data-up .* 1 carried table(s) and the values of 3 carried column"
expect_in "data: renamed back" "$T/data_rename_table_column.out" "^pass    data-down .* 1 carried table(s) and the values of 3 carried column"
run data_rename_enum_value 0 "$R2/old.sql" "$R2/new.sql" --data
expect_in "data: renamed enum label kept" "$T/data_rename_enum_value.out" "^pass    data-up .* the values of 2 carried column"
# Backfill annotations fill the generated rows: a new NOT NULL column, a
# seeded new table, a column made NOT NULL, both directions; without the
# annotations the same migration fails on the rows.
B=$SRC/tests/cases/212_backfill_annotations
run data_backfill 0 "$B/old.sql" "$B/new.sql" --data
expect_in "data: backfilled rows kept" "$T/data_backfill.out" "^pass    data-up .* keeps all 3 row(s) of 1 carried table(s)"
expect_in "data: backfilled rows kept going back" "$T/data_backfill.out" "^pass    data-down .* keeps all 3 row(s)"
sed 's/-- schemadiff:backfill.*$//' "$B/new.sql" >"$T/backfill_none_new.sql"
run data_backfill_missing 1 "$B/old.sql" "$T/backfill_none_new.sql" --data
expect_in "data: no backfill, the migration fails on rows" "$T/data_backfill_missing.out" "^error   data-up"

# ---- differences: PostgreSQL runs the DO block, schemadiff cannot see into it
cat >"$T/hidden.sql" <<'EOF'
CREATE TABLE t (id integer PRIMARY KEY, name text);
DO $$ BEGIN EXECUTE 'CREATE TABLE hidden (id integer)'; END $$;
EOF
run differ_hidden_table 2 "$C1/old.sql" "$T/hidden.sql"
expect_in "differ: names the object" "$T/differ_hidden_table.out" "table public.hidden: in the database but not expected"

# ---- errors
run error_dev_url_nonsense 1 "$C1/old.sql" "$C1/new.sql" --dev-url nonsense
run error_dev_url_unreachable 1 "$C1/old.sql" "$C1/new.sql" --dev-url "postgresql:///postgres?host=$T/nowhere"
printf 'CREATE TABLE t (id integer PRIMARY KEY,, name text);\n' >"$T/syntax.sql"
run error_syntax 1 "$T/syntax.sql" "$C1/new.sql"
printf 'CREATE TABLE t (id integer PRIMARY KEY, name text DEFAULT no_such_function());\n' >"$T/rejected.sql"
run error_rejected_by_postgres 1 "$T/rejected.sql" "$C1/new.sql"
expect_in "error: psql's message shown" "$T/error_rejected_by_postgres.out" "function no_such_function() does not exist"

# ---- interrupts: SIGINT / SIGTERM while the server starts and while lanes run
interrupt() {   # NAME SIGNAL WAIT_FOR (dir|server[:N]|sleep:N) [ARGS...]
    local name=$1 sig=$2 when=$3 pid rc i
    shift 3
    "$BIN" verify "$MB/old.sql" "$MB/new.sql" "$@" >"$T/$name.out" 2>"$T/$name.err" &
    pid=$!
    for i in $(seq 1 400); do
        case "$when" in
            dir) compgen -G "$T/schemadiff-verify-*" >/dev/null && break ;;
            server*) if compgen -G "$T/schemadiff-verify-*/data/postmaster.pid" >/dev/null; then
                         [[ "$when" == server:* ]] && sleep "${when#server:}"
                         break
                     fi ;;
            sleep:*) sleep "${when#sleep:}"; break ;;
        esac
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.01
    done
    kill "-$sig" "$pid" 2>/dev/null
    wait "$pid"
    rc=$?
    # 128+signal, or 0 when the run finished before the signal arrived
    if [[ $rc -eq $((128 + $(kill -l "$sig"))) || $rc -eq 0 ]]; then
        pass "$name: exit $rc"
    else
        fail "$name: exit $rc"
        sed 's/^/    | /' "$T/$name.err" | head -20
    fi
    check_clean "$name"
}
interrupt sigint_during_initdb INT dir
interrupt sigint_server_up INT server
interrupt sigint_mid_run INT server:0.3 --data
interrupt sigterm_server_up TERM server
interrupt sigint_early INT sleep:0.02

# ---- --dev-url on a real server: scratch databases only, all dropped
if TMPDIR=/tmp bash "$SRC/tests/harness/pg_cluster.sh" start "$CLUSTER" >"$T/cluster.log" 2>&1; then
    PORT=$(cat "$CLUSTER/port")
    URL="postgresql:///postgres?host=$CLUSTER&port=$PORT&user=postgres"
    list_dbs() { psql -X -A -t -d "$URL" -c "SELECT datname FROM pg_database ORDER BY 1"; }
    BEFORE=$(list_dbs)
    run dev_url_pass 0 "$MB/old.sql" "$MB/new.sql" --dev-url "$URL"
    run dev_url_keyvalue_data 0 "$C2/old.sql" "$C2/new.sql" --data \
        --dev-url "host=$CLUSTER port=$PORT user=postgres dbname=postgres"
    run dev_url_differ 2 "$C1/old.sql" "$T/hidden.sql" --dev-url "$URL"
    interrupt dev_url_sigint INT sleep:0.4 --dev-url "$URL"
    AFTER=$(list_dbs)
    if [[ "$BEFORE" == "$AFTER" ]]; then
        pass "dev-url: no scratch database left ($(echo "$AFTER" | wc -l) databases, as before)"
    else
        fail "dev-url: databases before [$BEFORE] after [$AFTER]"
    fi
else
    fail "could not start a cluster for the --dev-url tests"
    sed 's/^/    | /' "$T/cluster.log"
fi

if (( FAILS == 0 )); then echo "RESULT: PASS"; exit 0; fi
echo "RESULT: FAIL ($FAILS)"
exit 1
