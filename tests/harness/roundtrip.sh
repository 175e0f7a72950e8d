#!/usr/bin/env bash
# roundtrip.sh - check a schemadiff migration against a real PostgreSQL server.
#
# usage:
#   roundtrip.sh --schemadiff BIN --cluster DIR [--name NAME] [--keep] [OPTIONS] --case-dir D
#   roundtrip.sh --schemadiff BIN --cluster DIR [--name NAME] [--keep] [--expect FILE] [OPTIONS] OLD NEW
#
#   --schemadiff BIN  the schemadiff executable
#   --cluster DIR     a cluster started with `pg_cluster.sh start DIR`
#   --case-dir D      OLD=D/old.sql, NEW=D/new.sql, optional D/expect, optional
#                     D/roles (one role name per line: created NOLOGIN on the
#                     cluster first; dumps then keep owners and privileges and
#                     snapshots compare owners)
#   --expect FILE     expectations file for the OLD NEW form (same format as D/expect)
#   --name NAME       case name used in messages and database names
#                     (default: basename of D, or "adhoc")
#   --keep            keep the work directory even on success
#   --extra-args "A"  extra arguments for every schemadiff run (word-split), e.g. "--online"
#   --golden-up FILE  up.sql must equal FILE byte for byte (step g)
#   --golden-down FILE  down.sql must equal FILE byte for byte (step g)
#
# OLD/NEW may be .sql files or directories; a directory is loaded by running its
# *.sql files (recursively) in C-locale sorted path order.
#
# expect file: one word per line, '#' comments and blank lines allowed:
#   empty             up and down must both be empty
#   destructive-up    `BIN OLD NEW` (no --allow-destructive) must exit 3
#   destructive-down  `BIN OLD NEW --down` (no --allow-destructive) must exit 3
# Without destructive-up/-down, the corresponding run must exit 0.
#
# Steps (each prints "PASS [case] step: ..." or "FAIL [case] step: ..."):
#   a  up   = BIN OLD NEW --allow-destructive          (exit 0)
#      down = BIN OLD NEW --down --allow-destructive   (exit 0)
#   b  fresh db: OLD + up  ->  snapshot == snapshot(fresh db: NEW)
#   c  fresh db: NEW + down -> snapshot == snapshot(fresh db: OLD)
#   d  BIN OLD OLD and BIN NEW NEW print nothing, exit 0
#   e  pg_dump --schema-only --no-owner --no-privileges (with a roles file: owners
#      and privileges kept) of the NEW db and of the OLD+up db; BIN NEW dump and
#      BIN dump NEW print nothing, exit 0.
#      (also a harness sanity check: the NEW dump reloads to the same snapshot)
#   f  expectations from the expect file (empty / destructive-up / destructive-down)
#   g  with --golden-up / --golden-down: up.sql / down.sql equal the given files
#
# Snapshots that differ are compared again after normalizing both databases through
# one pg_dump/reload (PostgreSQL's deparsed text is not stable on the first round,
# e.g. CHECK (varchar_col IN (...))); only differences that survive fail.
#
# Exit status: 0 all steps passed, 1 some step failed, 2 usage or setup error.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SNAPSHOT_SQL="$HERE/catalog_snapshot.sql"

usage() {
    sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
die() { echo "roundtrip.sh: $*" >&2; FAILS=$(( ${FAILS:-0} + 1 )); exit 2; }

BIN="" CLUSTER="" CASE_DIR="" NAME="" KEEP=0 EXPECT_FILE="" ROLES_FILE="" GOLDEN_UP="" GOLDEN_DOWN=""
EXTRA=()
POS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --schemadiff) BIN=${2:?}; shift 2 ;;
        --cluster)    CLUSTER=${2:?}; shift 2 ;;
        --case-dir)   CASE_DIR=${2:?}; shift 2 ;;
        --name)       NAME=${2:?}; shift 2 ;;
        --expect)     EXPECT_FILE=${2:?}; shift 2 ;;
        --keep)       KEEP=1; shift ;;
        --extra-args) read -r -a EXTRA <<<"${2?}"; shift 2 ;;
        --golden-up)  GOLDEN_UP=${2:?}; shift 2 ;;
        --golden-down) GOLDEN_DOWN=${2:?}; shift 2 ;;
        -h|--help)    usage ;;
        --) shift; POS+=("$@"); break ;;
        -*) die "unknown option $1" ;;
        *)  POS+=("$1"); shift ;;
    esac
done

[[ -n "$BIN" ]] || die "--schemadiff BIN is required"
[[ -n "$CLUSTER" ]] || die "--cluster DIR is required"
[[ -x "$BIN" ]] || die "schemadiff binary not executable: $BIN"

if [[ -n "$CASE_DIR" ]]; then
    [[ ${#POS[@]} -eq 0 ]] || die "give either --case-dir or OLD NEW, not both"
    [[ -d "$CASE_DIR" ]] || die "no such case directory: $CASE_DIR"
    OLD="$CASE_DIR/old.sql"
    NEW="$CASE_DIR/new.sql"
    [[ -z "$EXPECT_FILE" && -f "$CASE_DIR/expect" ]] && EXPECT_FILE="$CASE_DIR/expect"
    [[ -f "$CASE_DIR/roles" ]] && ROLES_FILE="$CASE_DIR/roles"
    [[ -n "$NAME" ]] || NAME=$(basename "$(cd "$CASE_DIR" && pwd)")
else
    [[ ${#POS[@]} -eq 2 ]] || die "need --case-dir D or OLD NEW"
    OLD=${POS[0]}
    NEW=${POS[1]}
    [[ -n "$NAME" ]] || NAME=adhoc
fi
for f in "$OLD" "$NEW"; do
    [[ "$f" != "-" ]] || die "'-' (stdin) is not supported by the round-trip harness"
    [[ -e "$f" ]] || die "no such file: $f"
done
# absolute paths, so that the binary may be run from any directory
abs() { if [[ "$1" == /* ]]; then echo "$1"; else echo "$PWD/$1"; fi; }
OLD=$(abs "$OLD"); NEW=$(abs "$NEW"); BIN=$(abs "$BIN")
[[ -n "$EXPECT_FILE" ]] && EXPECT_FILE=$(abs "$EXPECT_FILE")
[[ -n "$GOLDEN_UP" ]] && GOLDEN_UP=$(abs "$GOLDEN_UP")
[[ -n "$GOLDEN_DOWN" ]] && GOLDEN_DOWN=$(abs "$GOLDEN_DOWN")

# ---------------------------------------------------------------- expectations
EXPECT_EMPTY=0 EXPECT_DUP=0 EXPECT_DDOWN=0
if [[ -n "$EXPECT_FILE" ]]; then
    [[ -r "$EXPECT_FILE" ]] || die "cannot read $EXPECT_FILE"
    while IFS= read -r w || [[ -n "$w" ]]; do
        w=${w%%#*}
        w=$(echo "$w" | tr -d '[:space:]')
        case "$w" in
            "") ;;
            empty) EXPECT_EMPTY=1 ;;
            destructive-up) EXPECT_DUP=1 ;;
            destructive-down) EXPECT_DDOWN=1 ;;
            *) die "$EXPECT_FILE: unknown expectation '$w' (known: empty, destructive-up, destructive-down)" ;;
        esac
    done <"$EXPECT_FILE"
fi

# ---------------------------------------------------------------- PostgreSQL
# shellcheck source=pg_client.sh
source "$HERE/pg_client.sh"
pg_client_setup "$CLUSTER" schemadiff-roundtrip

# Roles are cluster-wide: a case's roles are created once and shared by every
# case that names them (parallel cases may race; both outcomes are fine).
if [[ -n "$ROLES_FILE" ]]; then
    while IFS= read -r role || [[ -n "$role" ]]; do
        role=${role%%#*}
        role=$(echo "$role" | tr -d '[:space:]')
        [[ -n "$role" ]] || continue
        [[ "$role" =~ ^[a-z_][a-z0-9_]*$ ]] || die "$ROLES_FILE: role names are lower-case identifiers: '$role'"
        "$PSQL" -X -q -v ON_ERROR_STOP=1 -d postgres -c \
            "DO \$\$ BEGIN CREATE ROLE $role NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END \$\$" \
            >/dev/null 2>&1 || die "could not create role $role"
    done <"$ROLES_FILE"
fi

# ---------------------------------------------------------------- work area
SAFE=$(echo "$NAME" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9_\n' '_' | cut -c1-24)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/schemadiff-rt.${SAFE}.XXXXXX") || die "mktemp failed"
DB_PREFIX="sdrt_${SAFE}_$$_$(printf '%04x' $((RANDOM)))"
CREATED_DBS=()
FAILS=0
STEPS=0

cleanup() {
    local db
    for db in "${CREATED_DBS[@]}"; do
        "$PSQL" -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 \
            || echo "roundtrip.sh: warning: could not drop database $db" >&2
    done
    if (( FAILS == 0 && KEEP == 0 )); then
        rm -rf -- "$WORK"
    else
        echo "roundtrip.sh: work files kept in $WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pass() { STEPS=$((STEPS + 1)); echo "PASS [$NAME] $1${2:+: $2}"; }
fail() { STEPS=$((STEPS + 1)); FAILS=$((FAILS + 1)); echo "FAIL [$NAME] $1${2:+: $2}"; }
skip() { echo "SKIP [$NAME] $1${2:+: $2}"; }

# show a file indented, at most N lines
show() {
    local file=$1 max=${2:-60} n
    [[ -s "$file" ]] || return 0
    n=$(wc -l <"$file")
    sed -n "1,${max}p" "$file" | sed 's/^/    | /'
    (( n > max )) && echo "    | ... ($((n - max)) more lines in $file)"
    return 0
}

DBSEQ=0
# newdb VAR: create a fresh database, store its name in VAR
newdb() {
    local __var=$1 db
    DBSEQ=$((DBSEQ + 1))
    db="${DB_PREFIX}_${DBSEQ}"
    if ! "$PSQL" -X -q -v ON_ERROR_STOP=1 -d postgres \
            -c "CREATE DATABASE \"$db\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" \
            >"$WORK/createdb.log" 2>&1; then
        cat "$WORK/createdb.log" >&2
        die "could not create database $db"
    fi
    CREATED_DBS+=("$db")
    printf -v "$__var" '%s' "$db"
}

# run_sql DB FILE LOG: run a file with psql, stop on first error
run_sql() {
    "$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >>"$3" 2>&1
}

# load DB PATH LOG: load a .sql file or every *.sql under a directory
load() {
    local db=$1 path=$2 log=$3 f
    if [[ -d "$path" ]]; then
        while IFS= read -r f; do
            run_sql "$db" "$f" "$log" || return 1
        done < <(find "$path" -type f -name '*.sql' | LC_ALL=C sort)
    else
        run_sql "$db" "$path" "$log"
    fi
}

snapshot() {   # snapshot DB OUT (owners too when the case has roles)
    if [[ -n "$ROLES_FILE" ]]; then
        PGOPTIONS="$PGOPTIONS -c schemadiff.snapshot_owners=on" \
            "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -f "$SNAPSHOT_SQL" >"$2" 2>"$2.err"
    else
        "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -f "$SNAPSHOT_SQL" >"$2" 2>"$2.err"
    fi
}

# schemadiff OUT ERR ARGS... ; sets RC
schemadiff() {
    local out=$1 err=$2
    shift 2
    (cd "$WORK" && "$BIN" "$@" ${EXTRA[@]+"${EXTRA[@]}"}) >"$out" 2>"$err"
    RC=$?
}

dump() {   # dump DB OUT (with owners and privileges when the case has roles)
    if [[ -n "$ROLES_FILE" ]]; then
        "$PG_DUMP" --schema-only -d "$1" -f "$2" 2>"$2.err"
    else
        "$PG_DUMP" --schema-only --no-owner --no-privileges -d "$1" -f "$2" 2>"$2.err"
    fi
}

# canon DB: normalized snapshot of DB = snapshot of a fresh database loaded from
# pg_dump of DB. PostgreSQL's deparser is not a fixed point on the first round trip:
# e.g. CHECK (varchar_col IN ('a','b')) is stored as
#   ((ARRAY['a'::character varying, ...])::text[])
# but its reloaded form is ARRAY[('a'::character varying)::text, ...]. Both mean the
# same; after one dump/reload the text is stable. Sets CANON_FILE; cached per db.
declare -A CANON=()
canon() {
    local db=$1 rdb
    if [[ -n "${CANON[$db]:-}" ]]; then CANON_FILE=${CANON[$db]}; return 0; fi
    CANON_FILE="$WORK/canon_$db.txt"
    dump "$db" "$WORK/canon_$db.dump.sql" || { echo "    (pg_dump of $db failed: $(head -c 300 "$WORK/canon_$db.dump.sql.err"))"; return 1; }
    newdb rdb
    run_sql "$rdb" "$WORK/canon_$db.dump.sql" "$WORK/canon_$db.log" \
        || { echo "    (reloading pg_dump of $db failed: $(tail -n 3 "$WORK/canon_$db.log"))"; return 1; }
    snapshot "$rdb" "$CANON_FILE" || return 1
    CANON[$db]=$CANON_FILE
}

# compare_dbs STEP DB_A SNAP_A LABEL_A DB_B SNAP_B LABEL_B
# Equal raw snapshots pass. Otherwise both databases are normalized through one
# pg_dump/reload (see canon) and compared again; only a difference that survives
# normalization fails.
compare_dbs() {
    local step=$1 dba=$2 a=$3 la=$4 dbb=$5 b=$6 lb=$7 ca cb n
    if diff -q "$a" "$b" >/dev/null; then
        pass "$step" "$la == $lb ($(wc -l <"$a") catalog lines)"
        return
    fi
    diff -u --label "$la" --label "$lb" "$a" "$b" >"$WORK/$step.raw.diff"
    if canon "$dba" && ca=$CANON_FILE && canon "$dbb" && cb=$CANON_FILE; then
        if diff -q "$ca" "$cb" >/dev/null; then
            n=$(grep -c '^[-+][^-+]' "$WORK/$step.raw.diff")
            pass "$step" "$la == $lb after pg_dump/reload normalization ($n raw line(s) differed only in deparsed form)"
        else
            fail "$step" "catalog snapshots differ ($la vs $lb; normalized through pg_dump/reload)"
            diff -u --label "$la" --label "$lb" "$ca" "$cb" >"$WORK/$step.diff"
            show "$WORK/$step.diff" 200
        fi
    else
        fail "$step" "catalog snapshots differ ($la vs $lb; normalization failed, raw diff shown)"
        show "$WORK/$step.raw.diff" 200
    fi
}

# expect_empty STEP DESCRIPTION ARGS... : BIN ARGS must exit 0 and print nothing
expect_empty() {
    local step=$1 desc=$2
    shift 2
    schemadiff "$WORK/$step.out" "$WORK/$step.err" "$@"
    if (( RC == 0 )) && [[ ! -s "$WORK/$step.out" ]]; then
        pass "$step" "$desc: no output"
    else
        fail "$step" "$desc: expected exit 0 and empty output, got exit $RC and $(wc -c <"$WORK/$step.out") bytes"
        show "$WORK/$step.out" 40
        show "$WORK/$step.err" 20
    fi
}

echo "==== [$NAME] OLD=$OLD NEW=$NEW"
echo "==== [$NAME] schemadiff=$BIN${EXTRA[*]+ ${EXTRA[*]}} cluster=$CLUSTER work=$WORK"

# ---------------------------------------------------------------- step a
UP="$WORK/up.sql" DOWN="$WORK/down.sql"
UP_OK=0 DOWN_OK=0
schemadiff "$UP" "$WORK/up.err" "$OLD" "$NEW" --allow-destructive
if (( RC == 0 )); then
    UP_OK=1; pass "a.generate-up" "$(wc -l <"$UP") lines"
else
    fail "a.generate-up" "schemadiff OLD NEW --allow-destructive exited $RC"
    show "$WORK/up.err" 20
fi
schemadiff "$DOWN" "$WORK/down.err" "$OLD" "$NEW" --down --allow-destructive
if (( RC == 0 )); then
    DOWN_OK=1; pass "a.generate-down" "$(wc -l <"$DOWN") lines"
else
    fail "a.generate-down" "schemadiff OLD NEW --down --allow-destructive exited $RC"
    show "$WORK/down.err" 20
fi

# ---------------------------------------------------------------- reference dbs
# fresh OLD and fresh NEW; a broken case (OLD/NEW do not load) is an error
newdb DB_OLD
if load "$DB_OLD" "$OLD" "$WORK/load_old.log"; then
    snapshot "$DB_OLD" "$WORK/snap_old.txt" || die "snapshot of $DB_OLD failed: $(cat "$WORK/snap_old.txt.err")"
    OLD_OK=1
else
    fail "load-old" "OLD does not load into an empty database"
    show "$WORK/load_old.log" 30
    OLD_OK=0
fi
newdb DB_NEW
if load "$DB_NEW" "$NEW" "$WORK/load_new.log"; then
    snapshot "$DB_NEW" "$WORK/snap_new.txt" || die "snapshot of $DB_NEW failed: $(cat "$WORK/snap_new.txt.err")"
    NEW_OK=1
else
    fail "load-new" "NEW does not load into an empty database"
    show "$WORK/load_new.log" 30
    NEW_OK=0
fi

# ---------------------------------------------------------------- step b
UPDB_OK=0
if (( UP_OK && OLD_OK && NEW_OK )); then
    newdb DB_UP
    if ! load "$DB_UP" "$OLD" "$WORK/apply_up.log"; then
        fail "b.old+up" "loading OLD failed"; show "$WORK/apply_up.log" 30
    elif ! run_sql "$DB_UP" "$UP" "$WORK/apply_up.log"; then
        fail "b.old+up" "applying up.sql to OLD failed"
        show "$WORK/apply_up.log" 30
        echo "    up.sql:"; show "$UP" 60
    else
        snapshot "$DB_UP" "$WORK/snap_old_up.txt" || die "snapshot failed: $(cat "$WORK/snap_old_up.txt.err")"
        UPDB_OK=1
        compare_dbs "b.old+up==new" "$DB_UP" "$WORK/snap_old_up.txt" "OLD+up" "$DB_NEW" "$WORK/snap_new.txt" "NEW"
    fi
else
    skip "b.old+up==new" "needs a usable up migration and loadable OLD/NEW"
fi

# ---------------------------------------------------------------- step c
if (( DOWN_OK && OLD_OK && NEW_OK )); then
    newdb DB_DOWN
    if ! load "$DB_DOWN" "$NEW" "$WORK/apply_down.log"; then
        fail "c.new+down" "loading NEW failed"; show "$WORK/apply_down.log" 30
    elif ! run_sql "$DB_DOWN" "$DOWN" "$WORK/apply_down.log"; then
        fail "c.new+down" "applying down.sql to NEW failed"
        show "$WORK/apply_down.log" 30
        echo "    down.sql:"; show "$DOWN" 60
    else
        snapshot "$DB_DOWN" "$WORK/snap_new_down.txt" || die "snapshot failed: $(cat "$WORK/snap_new_down.txt.err")"
        compare_dbs "c.new+down==old" "$DB_DOWN" "$WORK/snap_new_down.txt" "NEW+down" "$DB_OLD" "$WORK/snap_old.txt" "OLD"
    fi
else
    skip "c.new+down==old" "needs a usable down migration and loadable OLD/NEW"
fi

# ---------------------------------------------------------------- step d
expect_empty "d.old-vs-old" "schemadiff OLD OLD" "$OLD" "$OLD"
expect_empty "d.new-vs-new" "schemadiff NEW NEW" "$NEW" "$NEW"

# ---------------------------------------------------------------- step e
if (( NEW_OK )); then
    DUMP_NEW="$WORK/dump_new.sql"
    if dump "$DB_NEW" "$DUMP_NEW"; then
        # harness sanity: the dump reloads to the same catalog
        newdb DB_RELOAD
        if run_sql "$DB_RELOAD" "$DUMP_NEW" "$WORK/reload.log" \
                && snapshot "$DB_RELOAD" "$WORK/snap_new_dump_reload.txt"; then
            # the reloaded db is NEW's normalized form (see canon)
            CANON[$DB_NEW]="$WORK/snap_new_dump_reload.txt"
            compare_dbs "e.dump-reload(harness)" "$DB_RELOAD" "$WORK/snap_new_dump_reload.txt" "pg_dump(NEW) reloaded" \
                "$DB_NEW" "$WORK/snap_new.txt" "NEW"
        else
            fail "e.dump-reload(harness)" "pg_dump output of NEW does not reload"; show "$WORK/reload.log" 30
        fi
        expect_empty "e.new-vs-dump(new)" "schemadiff NEW pg_dump(NEW)" "$NEW" "$DUMP_NEW"
        expect_empty "e.dump(new)-vs-new" "schemadiff pg_dump(NEW) NEW" "$DUMP_NEW" "$NEW"
    else
        fail "e.dump(new)" "pg_dump failed"; show "$DUMP_NEW.err" 20
    fi
else
    skip "e.dump(new)" "NEW does not load"
fi
if (( UPDB_OK )); then
    DUMP_UP="$WORK/dump_old_up.sql"
    if dump "$DB_UP" "$DUMP_UP"; then
        expect_empty "e.new-vs-dump(old+up)" "schemadiff NEW pg_dump(OLD+up)" "$NEW" "$DUMP_UP"
        expect_empty "e.dump(old+up)-vs-new" "schemadiff pg_dump(OLD+up) NEW" "$DUMP_UP" "$NEW"
    else
        fail "e.dump(old+up)" "pg_dump failed"; show "$DUMP_UP.err" 20
    fi
else
    skip "e.dump(old+up)" "no OLD+up database"
fi

# ---------------------------------------------------------------- step f
if (( EXPECT_EMPTY )); then
    if (( UP_OK && DOWN_OK )) && [[ ! -s "$UP" && ! -s "$DOWN" ]]; then
        pass "f.expect-empty" "up and down are empty"
    else
        fail "f.expect-empty" "expected empty up and down; got up=$(wc -c <"$UP") bytes (exit ok=$UP_OK), down=$(wc -c <"$DOWN") bytes (exit ok=$DOWN_OK)"
        show "$UP" 30
        show "$DOWN" 30
    fi
fi

check_destructive() {   # STEP EXPECTED(0/1) DESC ARGS...
    local step=$1 expected=$2 desc=$3
    shift 3
    schemadiff "$WORK/$step.out" "$WORK/$step.err" "$@"
    if (( expected )); then
        if (( RC == 3 )) && [[ -s "$WORK/$step.out" ]]; then
            pass "$step" "$desc without --allow-destructive exits 3 (statements shown as comments)"
        elif (( RC == 3 )); then
            fail "$step" "$desc without --allow-destructive exits 3 but prints nothing (expected the statements as comments)"
        else
            fail "$step" "$desc without --allow-destructive: expected exit 3 (destructive), got $RC"
            show "$WORK/$step.out" 30; show "$WORK/$step.err" 20
        fi
    else
        if (( RC == 0 )); then
            pass "$step" "$desc without --allow-destructive exits 0 (not destructive)"
        else
            local hint=""
            (( RC == 3 )) && hint=" (if this really loses data, add '${step#f.}' to the case's expect file)"
            fail "$step" "$desc without --allow-destructive: expected exit 0, got $RC$hint"
            show "$WORK/$step.out" 30; show "$WORK/$step.err" 20
        fi
    fi
}
check_destructive "f.destructive-up" "$EXPECT_DUP" "schemadiff OLD NEW" "$OLD" "$NEW"
check_destructive "f.destructive-down" "$EXPECT_DDOWN" "schemadiff OLD NEW --down" "$OLD" "$NEW" --down

# ---------------------------------------------------------------- step g
# golden STEP EXPECTED GOT: the generated migration equals the expected one byte for byte
golden() {
    local step=$1 expected=$2 got=$3
    if [[ ! -r "$expected" ]]; then
        fail "$step" "cannot read $expected"
    elif cmp -s "$expected" "$got"; then
        pass "$step" "equals $(basename "$expected")"
    else
        fail "$step" "differs from $expected (expected vs generated)"
        diff -u --label expected --label generated "$expected" "$got" >"$WORK/$step.diff"
        show "$WORK/$step.diff" 80
    fi
}
if [[ -n "$GOLDEN_UP" ]]; then
    if (( UP_OK )); then golden "g.golden-up" "$GOLDEN_UP" "$UP"; else skip "g.golden-up" "no up migration"; fi
fi
if [[ -n "$GOLDEN_DOWN" ]]; then
    if (( DOWN_OK )); then golden "g.golden-down" "$GOLDEN_DOWN" "$DOWN"; else skip "g.golden-down" "no down migration"; fi
fi

# ---------------------------------------------------------------- result
if (( FAILS == 0 )); then
    echo "RESULT [$NAME]: PASS ($STEPS checks)"
    exit 0
else
    echo "RESULT [$NAME]: FAIL ($FAILS of $STEPS checks failed)"
    exit 1
fi
