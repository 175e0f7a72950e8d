#!/usr/bin/env bash
# run_psqldef.sh - run schemadiff against the psqldef conformance data on a real
# PostgreSQL server, comparing catalogs, never migration text.
#
# usage:
#   run_psqldef.sh --schemadiff BIN --extract BIN --cluster DIR [options]
#
#   --schemadiff BIN   the schemadiff executable (copied at start, so a rebuild
#                      during the run does not mix two binaries)
#   --extract BIN      the psqldef_extract executable (tests/conformance)
#   --cluster DIR      a cluster started with tests/harness/pg_cluster.sh start DIR
#   --data FILE        psqldef.json (default: ../../../shared/conformance/psqldef.json
#                      relative to this script)
#   --results FILE     write one TSV line per case: name file status step reason
#   --baseline FILE    minimum pass count (default: baseline.txt next to this script;
#                      `none` = no check). A missing or unreadable file is an error.
#   --jobs N           cases run in N parallel workers (default 2)
#   --filter REGEX     only cases whose name matches (extended regex); disables the
#                      baseline check
#   --keep DIR         keep the work files of every failed case in DIR/<name>/
#   --tmpdir DIR       where the work files go (default: /dev/shm when it is a
#                      writable directory with 256 MB free, else $TMPDIR or /tmp).
#                      The run creates and deletes ~20 small files per case; on a
#                      disk that can take longer than the checks themselves.
#   --sd-timeout SEC   kill a schemadiff run after SEC s (default 10; a case takes
#                      milliseconds). After 3 such hangs a worker allows 2 s.
#   -v, --verbose      print a progress line per case (to stderr)
#
# Per case (skips first, decided from the data only):
#   - fields: `error` (expected error), a `flavor` requirement, min_version /
#     max_version outside the server's version, `user` (runs as a pre-made role);
#   - current (empty when absent) or desired does not load into an empty
#     database: skipped, with PostgreSQL's error as the reason.
# Otherwise the case passes when every step passes:
#   generate-up    schemadiff CURRENT DESIRED --allow-destructive exits 0
#   generate-down  schemadiff CURRENT DESIRED --down --allow-destructive exits 0
#   up-apply       the up migration applies to a db loaded with CURRENT
#   up-compare     ... and its catalog snapshot equals that of a db loaded with DESIRED
#   down-apply     the down migration applies to a db loaded with DESIRED
#   down-compare   ... and its snapshot equals that of a db loaded with CURRENT
#   idempotent     schemadiff DESIRED DESIRED exits 0 with empty output
# Snapshots (tests/harness/catalog_snapshot.sql) that differ only in the text of
# objects present on both sides are compared again after one pg_dump/reload of
# both sides, as tests/harness/roundtrip.sh does (PostgreSQL's deparsed
# expressions are not a fixed point on the first round). Snapshots whose lists
# of objects differ fail at once: a reload cannot add or remove objects.
#
# Results file columns: name, file, status (pass|fail|skip), step (the failed
# steps, comma-separated; for skips fields|load-current|load-desired; `harness`
# when the harness itself failed), reason (one line).
#
# Output: one `FAIL name (file) steps: reason` line per failed case, then notes,
# then, as the last line, `N passed, N failed, N skipped`.
# Exit status: 0 ok; 1 pass count below the baseline; 2 usage or setup error.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
HARNESS="$HERE/../harness"
SNAPSHOT_SQL="$HARNESS/catalog_snapshot.sql"
RESET_SQL="$HERE/reset.sql"

die() { echo "run_psqldef.sh: $*" >&2; exit 2; }
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2; exit 2; }

BIN="" EXTRACT="" CLUSTER="" DATA="$HERE/../../../shared/conformance/psqldef.json"
RESULTS="" BASELINE="$HERE/baseline.txt" JOBS=2 FILTER="" KEEP="" VERBOSE=0 TMPROOT="" SD_TIMEOUT=10
while [[ $# -gt 0 ]]; do
    case "$1" in
        --schemadiff) BIN=${2:?}; shift 2 ;;
        --extract)    EXTRACT=${2:?}; shift 2 ;;
        --cluster)    CLUSTER=${2:?}; shift 2 ;;
        --data)       DATA=${2:?}; shift 2 ;;
        --results)    RESULTS=${2:?}; shift 2 ;;
        --baseline)   BASELINE=${2:?}; shift 2 ;;
        --jobs)       JOBS=${2:?}; shift 2 ;;
        --filter)     FILTER=${2:?}; shift 2 ;;
        --keep)       KEEP=${2:?}; shift 2 ;;
        --tmpdir)     TMPROOT=${2:?}; shift 2 ;;
        --sd-timeout) SD_TIMEOUT=${2:?}; shift 2 ;;
        -v|--verbose) VERBOSE=1; shift ;;
        -h|--help)    usage ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
done
[[ -n "$BIN" ]] || die "--schemadiff BIN is required"
[[ -n "$EXTRACT" ]] || die "--extract BIN is required"
[[ -n "$CLUSTER" ]] || die "--cluster DIR is required"
[[ -x "$BIN" ]] || die "schemadiff binary not executable: $BIN"
[[ -x "$EXTRACT" ]] || die "psqldef_extract not executable: $EXTRACT"
[[ -r "$DATA" ]] || die "cannot read data file $DATA"
[[ "$JOBS" =~ ^[1-9][0-9]*$ ]] || die "--jobs needs a positive number"
[[ "$SD_TIMEOUT" =~ ^[1-9][0-9]*$ ]] || die "--sd-timeout needs a positive number of seconds"
[[ -r "$SNAPSHOT_SQL" && -r "$RESET_SQL" ]] || die "missing $SNAPSHOT_SQL or $RESET_SQL"
if [[ -n "$KEEP" ]]; then
    mkdir -p "$KEEP" || die "cannot create $KEEP"
    KEEP=$(cd "$KEEP" && pwd)
fi

# ---------------------------------------------------------------- PostgreSQL
# shellcheck source=../harness/pg_client.sh
source "$HARNESS/pg_client.sh"
pg_client_setup "$CLUSTER" schemadiff-conformance "-c statement_timeout=120s"
SERVER_NUM=$("$PSQL" -X -q -A -t -d postgres -c 'SHOW server_version_num')
[[ "$SERVER_NUM" =~ ^[0-9]+$ ]] || die "unexpected server_version_num '$SERVER_NUM'"
SERVER_VERSION="$((SERVER_NUM / 10000)).$((SERVER_NUM % 10000))"

# ---------------------------------------------------------------- work area
START=$(date +%s)
if [[ -z "$TMPROOT" ]]; then
    TMPROOT=${TMPDIR:-/tmp}
    if [[ -d /dev/shm && -w /dev/shm ]]; then
        SHM_FREE=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')
        [[ "$SHM_FREE" =~ ^[0-9]+$ ]] && (( SHM_FREE >= 262144 )) && TMPROOT=/dev/shm
    fi
fi
WORK=$(mktemp -d "$TMPROOT/sdconf.XXXXXX") || die "mktemp in $TMPROOT failed"
DB_PREFIX="sdcf_$$_$(printf '%04x' $RANDOM)"
WORKER_PIDS=()
cleanup() {
    local pid db
    for pid in "${WORKER_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
    # databases of workers that did not clean up after themselves
    for db in $("$PSQL" -X -q -A -t -d postgres \
                  -c "SELECT datname FROM pg_database WHERE datname LIKE '${DB_PREFIX}\\_%'" 2>/dev/null); do
        "$PSQL" -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1
    done
    rm -rf -- "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cp -- "$BIN" "$WORK/schemadiff" || die "cannot copy $BIN"
SD="$WORK/schemadiff"
"$EXTRACT" --data "$DATA" --out "$WORK/cases" --server-version "$SERVER_VERSION" \
    || die "psqldef_extract failed"
MANIFEST="$WORK/cases/manifest.tsv"

# Roles of psqldef's test environment (the cases' `managed_roles`): roles are
# cluster-wide, so they are created once, NOLOGIN, and left for the cluster's
# owner to remove with it (as tests/harness/roundtrip.sh does with a case's roles).
while IFS= read -r role || [[ -n "$role" ]]; do
    [[ -n "$role" ]] || continue
    quoted="\"${role//\"/\"\"}\""
    "$PSQL" -X -q -v ON_ERROR_STOP=1 -d postgres -c \
        "DO \$\$ BEGIN CREATE ROLE $quoted NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END \$\$" \
        >/dev/null 2>&1 || die "could not create role $role"
done <"$WORK/cases/roles.txt"
if [[ -n "$FILTER" ]]; then
    awk -F'\t' -v re="$FILTER" '$2 ~ re' "$MANIFEST" >"$WORK/manifest.run"
else
    cp "$MANIFEST" "$WORK/manifest.run"
fi
TOTAL=$(wc -l <"$WORK/manifest.run")

# ---------------------------------------------------------------- helpers
# first error line of a psql or schemadiff log, without the "psql:FILE:LINE: " prefix
# and with work-directory paths shortened to current.sql / desired.sql / up.sql ...
first_error() {
    local line
    line=$(grep -m1 -E '(ERROR|FATAL|PANIC|error):' "$1" 2>/dev/null \
           || grep -m1 -v '^[[:space:]]*$' "$1" 2>/dev/null || true)
    line=${line#psql:*: }
    line=${line//$'\t'/ }
    printf '%s' "$line" | sed -E "s#$WORK/(cases/[0-9]+|w[0-9]+/case)/##g" | cut -c1-300
}

# summary of a unified diff: count and the first changed lines
diff_summary() {   # DIFF_FILE
    local n first
    n=$(grep -c '^[-+]' "$1")
    first=$(grep '^[-+]' "$1" | head -n 4 | cut -c1-140 | tr '\t' ' ' | paste -sd'|' - | sed 's/|/ | /g')
    printf '%s line(s) differ (-got +want): %s' "$n" "$first"
}

# object keys of a snapshot: each non-continuation line up to its first ':'
# (kind + qualified name), sorted. pg_dump/reload normalization only changes
# deparsed text after the key, so snapshots whose key lists differ cannot become
# equal through it; such differences fail without the (slow) normalization.
snapshot_keys() { awk '!/^    / { i = index($0, ":"); print (i ? substr($0, 1, i - 1) : $0) }' "$1" | LC_ALL=C sort; }

# ---------------------------------------------------------------- snapshot query
# The control sessions (see worker) run catalog_snapshot.sql as a prepared
# statement: in a warm session that costs ~5 ms instead of ~30 ms for a new
# connection with cold catalog caches. This needs the file's shape: a preamble of
# comments and SET statements, then a single query (from the first line starting
# with WITH or SELECT) that ends the file with its only trailing ';'. If the shape
# is different, the control sessions fall back to \i of the file itself.
SNAP_PREP="$WORK/snapshot_prepare.sql"
SNAP_RUN="\\i '$SNAPSHOT_SQL'"
if awk '
    BEGIN { q = 0; bad = 0 }
    !q && /^(WITH|SELECT)([[:space:]]|$)/ { q = 1 }
    !q { if ($0 !~ /^[[:space:]]*(--.*)?$/ && $0 !~ /^SET [^;]*;[[:space:]]*$/) bad = 1; next }
    q  { if (/;[[:space:]]*$/) semis++; last = $0 }
    END { exit (bad || !q || semis != 1 || last !~ /;[[:space:]]*$/) }
' "$SNAPSHOT_SQL"; then
    {
        awk '/^(WITH|SELECT)([[:space:]]|$)/ { exit } /^SET / { print }' "$SNAPSHOT_SQL"
        printf 'PREPARE sdcf_snapshot AS\n'
        awk '/^(WITH|SELECT)([[:space:]]|$)/ { q = 1 } q' "$SNAPSHOT_SQL"
    } >"$SNAP_PREP"
    SNAP_RUN="EXECUTE sdcf_snapshot;"
else
    echo "note: $SNAPSHOT_SQL has an unexpected shape; snapshots run it with \\i (slower)" >&2
    : >"$SNAP_PREP"
fi

# ---------------------------------------------------------------- one worker
# A worker owns three databases: A (current, then current+up), B (desired, then
# desired+down) and C (scratch for pg_dump/reload normalization).
#
# It talks to PostgreSQL through long-lived psql processes ("sessions") that read
# commands from a FIFO. Starting psql costs more than the small schemas it runs:
#   - one control session per database resets it (reset.sql) and takes snapshots
#     (the prepared snapshot query). It never runs a case's SQL, so no SET or
#     other state from a schema can leak into a snapshot.
#   - one SQL session runs schemas and migrations. Every file gets a new server
#     session (\connect), runs with ON_ERROR_STOP=1 and is followed by ROLLBACK of
#     any transaction it left open. This matches `psql -v ON_ERROR_STOP=1 -f FILE`
#     as tests/harness/roundtrip.sh uses it. An error ends that psql process (exit
#     3), which marks the file as failed; the next file starts a new one.
# A database that reset.sql does not bring back clean is dropped and created again.
worker() {
    local k=$1
    local wdir="$WORK/w$k"
    local DBA="${DB_PREFIX}_${k}_a" DBB="${DB_PREFIX}_${k}_b" DBC="${DB_PREFIX}_${k}_c"
    local out="$WORK/res.$k.tsv"
    mkdir -p "$wdir"
    : >"$out"
    trap '' PIPE      # a dead session must give an error, not kill the worker
    declare -A S_IN=() S_OUT=() S_PID=()
    MARK="" SESS_RC=0

    # sess_start NAME DB PSQL_OPTION...: start session NAME connected to DB;
    # its stderr goes to $wdir/NAME.err (truncated)
    sess_start() {
        local name=$1 db=$2 fin="$wdir/$1.in" fout="$wdir/$1.out" fd
        shift 2
        rm -f -- "$fin" "$fout"
        mkfifo "$fin" "$fout" || return 1
        # a session must not inherit the other sessions' FIFO ends, or they would
        # never see EOF
        (
            for fd in "${S_IN[@]}" "${S_OUT[@]}"; do eval "exec $fd>&-"; done
            exec "$PSQL" -X -q "$@" -d "$db"
        ) <"$fin" >"$fout" 2>"$wdir/$name.err" &
        S_PID[$name]=$!
        exec {fd}>"$fin"; S_IN[$name]=$fd
        exec {fd}<"$fout"; S_OUT[$name]=$fd
    }
    # sess_stop NAME: end the session; SESS_RC = its exit status
    sess_stop() {
        local name=$1 fdi fdo
        SESS_RC=0
        [[ -n "${S_PID[$name]:-}" ]] || return 0
        printf '\\q\n' >&"${S_IN[$name]}" 2>/dev/null
        fdi=${S_IN[$name]} fdo=${S_OUT[$name]}
        exec {fdi}>&- {fdo}<&-
        wait "${S_PID[$name]}" 2>/dev/null
        SESS_RC=$?
        unset "S_PID[$name]" "S_IN[$name]" "S_OUT[$name]"
    }
    # sess_cmd NAME TEXT: send TEXT, then wait for the next line starting with @@
    # and store it in MARK. Returns 1 if the session ended first.
    sess_cmd() {
        local name=$1 line
        MARK=""
        [[ -n "${S_PID[$name]:-}" ]] || return 1
        printf '%s\n' "$2" >&"${S_IN[$name]}" 2>/dev/null || return 1
        while IFS= read -r -t 900 -u "${S_OUT[$name]}" line; do
            if [[ "$line" == @@* ]]; then MARK=$line; return 0; fi
        done
        return 1
    }
    ok_or_fail='\if :ERROR
\echo @@fail
\else
\echo @@ok
\endif'

    createdb_fresh() {   # DB (ends the sessions that use it first)
        sess_stop "ctl_$1"
        sess_stop sql
        "$PSQL" -X -q -d postgres -v ON_ERROR_STOP=1 \
            -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" \
            -c "CREATE DATABASE \"$1\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'" \
            >"$wdir/createdb.log" 2>&1 || { cat "$wdir/createdb.log" >&2; return 1; }
        sess_start "ctl_$1" "$1" -A -t || return 1
        sess_cmd "ctl_$1" "\\i '$SNAP_PREP'
$ok_or_fail" && [[ "$MARK" == @@ok ]] \
            || { echo "worker $k: control session for $1 failed: $(tail -n 3 "$wdir/ctl_$1.err")" >&2; return 1; }
    }

    # ctl_reset DB: reset.sql in the control session; a database that does not
    # come back clean is created again. Returns 1 on a harness failure.
    ctl_reset() {
        sess_cmd "ctl_$1" "\\i '$RESET_SQL'
$ok_or_fail" && [[ "$MARK" == @@ok ]] && return 0
        (( VERBOSE )) && echo "worker $k: reset left objects in $1, creating it again: $(grep -m1 -o 'sdcf-dirty:.*' "$wdir/ctl_$1.err")" >&2
        createdb_fresh "$1" || return 1
        sess_cmd "ctl_$1" "\\i '$RESET_SQL'
$ok_or_fail" && [[ "$MARK" == @@ok ]]
    }

    ctl_snapshot() {   # DB OUT
        sess_cmd "ctl_$1" "\\o '$2'
$SNAP_RUN
\\o
$ok_or_fail" && [[ "$MARK" == @@ok ]]
    }

    # run_sql DB SQL LOGBASE: run a schema or migration file in the SQL session
    # (see above). Returns 0 ok, 1 SQL error (psql's messages in LOGBASE.err),
    # 2 other failure.
    run_sql() {
        local db=$1 sql=$2 log=$3
        : >"$log.err"
        if [[ -z "${S_PID[sql]:-}" ]]; then
            sess_start sql postgres -v ON_ERROR_STOP=1 || return 2
        fi
        if ! sess_cmd sql "\\connect $db
\\echo @@begin" || [[ "$MARK" != @@begin ]]; then
            sess_stop sql
            cp -- "$wdir/sql.err" "$log.err"
            return 2
        fi
        if sess_cmd sql "\\o /dev/null
\\i '$sql'
\\o
SET client_min_messages = error;
ROLLBACK;
\\echo @@done" && [[ "$MARK" == @@done ]]; then
            return 0
        fi
        sess_stop sql
        cp -- "$wdir/sql.err" "$log.err"
        (( SESS_RC == 3 )) && return 1
        return 2
    }

    # load_into DB SQL SNAP LOGBASE: reset DB, load SQL, snapshot into SNAP.
    # Returns 0 ok, 1 SQL failed to load, 2 harness failure.
    load_into() {
        local rc
        ctl_reset "$1" || { echo "reset of $1 failed: $(tail -n 3 "$wdir/ctl_$1.err")" >"$4.err"; return 2; }
        run_sql "$1" "$2" "$4"; rc=$?
        (( rc == 0 )) || return $rc
        ctl_snapshot "$1" "$3" || { echo "snapshot failed: $(tail -n 3 "$wdir/ctl_$1.err")" >>"$4.err"; return 2; }
    }

    # apply_to DB SQL SNAP LOGBASE: apply a migration (no reset), snapshot into SNAP.
    # Returns 0 ok, 1 migration failed, 2 harness failure.
    apply_to() {
        local rc
        run_sql "$1" "$2" "$4"; rc=$?
        (( rc == 0 )) || return $rc
        ctl_snapshot "$1" "$3" || { echo "snapshot failed: $(tail -n 3 "$wdir/ctl_$1.err")" >>"$4.err"; return 2; }
    }

    # canon_db DB OUT: snapshot of DB after one pg_dump -> reload into C cycle
    canon_db() {
        local dump="$2.dump.sql"
        "$PG_DUMP" --schema-only --no-owner --no-privileges -d "$1" -f "$dump" 2>"$dump.err" || return 1
        load_into "$DBC" "$dump" "$2" "$2.reload"
    }
    # canon_sql SQL OUT: canon_db of a fresh database loaded with SQL
    canon_sql() {
        load_into "$DBC" "$1" "$2.raw" "$2.load" || return 1
        canon_db "$DBC" "$2"
    }

    # compare STEP GOT_SNAP WANT_SNAP CANON_GOT_CMD... -- CANON_WANT_CMD...
    # Equal raw snapshots pass. Snapshots whose object keys differ fail at once.
    # Otherwise both sides are normalized through pg_dump/reload and compared again.
    compare() {
        local step=$1 got=$2 want=$3
        shift 3
        local -a cg=() cw=()
        while [[ $# -gt 0 && "$1" != -- ]]; do cg+=("$1"); shift; done
        shift
        cw=("$@")
        cmp -s "$got" "$want" && return 0
        diff -u "$got" "$want" | tail -n +3 >"$cdir/$step.diff"
        if ! cmp -s <(snapshot_keys "$got") <(snapshot_keys "$want"); then
            addfail "$step" "$(diff_summary "$cdir/$step.diff")"
            return 1
        fi
        if "${cg[@]}" "$got.canon" && "${cw[@]}" "$want.canon"; then
            cmp -s "$got.canon" "$want.canon" && return 0
            diff -u "$got.canon" "$want.canon" | tail -n +3 >"$cdir/$step.diff"
            addfail "$step" "(after pg_dump/reload) $(diff_summary "$cdir/$step.diff")"
        else
            addfail "$step" "(pg_dump/reload normalization failed) $(diff_summary "$cdir/$step.diff")"
        fi
        return 1
    }

    # sd OUT ERR ARGS...: run schemadiff, set RC. A run is killed after
    # SD_TIMEOUT s (exit 124: a hang). After 3 hangs a worker allows only 2 s,
    # so a binary that hangs on many inputs cannot stretch the run for hours.
    local sd_hangs=0
    sd() {
        local o=$1 e=$2 limit=$SD_TIMEOUT
        shift 2
        (( sd_hangs >= 3 && limit > 2 )) && limit=2
        timeout -k 2 "$limit" "$SD" "$@" >"$o" 2>"$e"
        RC=$?
        if (( RC == 124 || RC == 137 )); then
            sd_hangs=$((sd_hangs + 1))
            echo "schemadiff did not finish within $limit s (killed)" >>"$e"
        fi
    }
    sd_failure() {   # ERRFILE: one-line reason for the last sd run (uses RC)
        if (( RC == 124 || RC == 137 )); then
            echo "hang: $(tail -n 1 "$1")"
        else
            echo "exit $RC: $(first_error "$1")"
        fi
    }

    local db
    for db in "$DBA" "$DBB" "$DBC"; do
        createdb_fresh "$db" || { echo "worker $k: cannot set up database $db" >&2; exit 2; }
    done

    local idx name file skip cdir cur des rc RC i=0
    local -a steps reasons
    addfail() { steps+=("$1"); reasons+=("$1: $2"); }
    while IFS=$'\t' read -r idx name file skip; do
        i=$((i + 1))
        (( (i - 1) % JOBS == k )) || continue
        (( VERBOSE )) && echo "[$i/$TOTAL] $name" >&2
        if [[ -n "$skip" ]]; then
            printf '%s\t%s\t%s\tskip\tfields\t%s\n' "$idx" "$name" "$file" "$skip" >>"$out"
            continue
        fi
        cdir="$wdir/case"
        rm -rf -- "$cdir"
        mkdir -p "$cdir"
        cur="$WORK/cases/$idx/current.sql" des="$WORK/cases/$idx/desired.sql"

        # ---- reference databases: A = current, B = desired
        load_into "$DBA" "$cur" "$cdir/snap_cur.txt" "$cdir/load_cur"; rc=$?
        if (( rc != 0 )); then
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$idx" "$name" "$file" \
                "$( ((rc == 1)) && echo skip || echo fail)" \
                "$( ((rc == 1)) && echo load-current || echo harness)" \
                "current does not load: $(first_error "$cdir/load_cur.err")" >>"$out"
            continue
        fi
        load_into "$DBB" "$des" "$cdir/snap_des.txt" "$cdir/load_des"; rc=$?
        if (( rc != 0 )); then
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$idx" "$name" "$file" \
                "$( ((rc == 1)) && echo skip || echo fail)" \
                "$( ((rc == 1)) && echo load-desired || echo harness)" \
                "desired does not load: $(first_error "$cdir/load_des.err")" >>"$out"
            continue
        fi

        steps=() reasons=()

        # ---- generate
        local up_ok=0 down_ok=0
        sd "$cdir/up.sql" "$cdir/up.err" "$cur" "$des" --allow-destructive
        if (( RC == 0 )); then up_ok=1
        else addfail generate-up "$(sd_failure "$cdir/up.err")"; fi
        sd "$cdir/down.sql" "$cdir/down.err" "$cur" "$des" --down --allow-destructive
        if (( RC == 0 )); then down_ok=1
        else addfail generate-down "$(sd_failure "$cdir/down.err")"; fi

        # ---- up: A (current) + up == B (desired); B is still pristine here
        if (( up_ok )); then
            apply_to "$DBA" "$cdir/up.sql" "$cdir/snap_cur_up.txt" "$cdir/apply_up"; rc=$?
            if (( rc == 1 )); then
                addfail up-apply "$(first_error "$cdir/apply_up.err")"
            elif (( rc == 2 )); then
                addfail harness "applying up: $(first_error "$cdir/apply_up.err")"
            else
                compare up-compare "$cdir/snap_cur_up.txt" "$cdir/snap_des.txt" \
                    canon_db "$DBA" -- canon_db "$DBB"
            fi
        fi

        # ---- down: B (desired) + down == A (current); A is no longer pristine
        if (( down_ok )); then
            apply_to "$DBB" "$cdir/down.sql" "$cdir/snap_des_down.txt" "$cdir/apply_down"; rc=$?
            if (( rc == 1 )); then
                addfail down-apply "$(first_error "$cdir/apply_down.err")"
            elif (( rc == 2 )); then
                addfail harness "applying down: $(first_error "$cdir/apply_down.err")"
            else
                compare down-compare "$cdir/snap_des_down.txt" "$cdir/snap_cur.txt" \
                    canon_db "$DBB" -- canon_sql "$cur"
            fi
        fi

        # ---- desired vs itself
        sd "$cdir/idem.sql" "$cdir/idem.err" "$des" "$des"
        if (( RC != 0 )); then
            addfail idempotent "schemadiff DESIRED DESIRED: $(sd_failure "$cdir/idem.err")"
        elif [[ -s "$cdir/idem.sql" ]]; then
            addfail idempotent "schemadiff DESIRED DESIRED is not empty: $(grep -m1 -v '^[[:space:]]*$' "$cdir/idem.sql" | cut -c1-200)"
        fi

        if (( ${#steps[@]} == 0 )); then
            printf '%s\t%s\t%s\tpass\t\t\n' "$idx" "$name" "$file" >>"$out"
        else
            local s r
            s=$(IFS=,; echo "${steps[*]}")
            r=$(printf '%s; ' "${reasons[@]}")
            r=${r%; }
            printf '%s\t%s\t%s\tfail\t%s\t%s\n' "$idx" "$name" "$file" "$s" "${r//$'\t'/ }" >>"$out"
            if [[ -n "$KEEP" ]]; then
                rm -rf -- "${KEEP:?}/$name"
                cp -r -- "$cdir" "$KEEP/$name"
                cp -- "$cur" "$des" "$KEEP/$name/"
            fi
        fi
    done <"$WORK/manifest.run"

    sess_stop sql
    for db in "$DBA" "$DBB" "$DBC"; do
        sess_stop "ctl_$db"
        "$PSQL" -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1
    done
    rm -rf -- "$wdir"
}

# ---------------------------------------------------------------- run
for (( k = 0; k < JOBS; k++ )); do
    worker "$k" &
    WORKER_PIDS+=($!)
done
WSTATUS=0
for pid in "${WORKER_PIDS[@]}"; do
    wait "$pid" || WSTATUS=1
done
WORKER_PIDS=()
(( WSTATUS == 0 )) || die "a worker failed (see messages above)"

sort -t$'\t' -k1,1n "$WORK"/res.*.tsv >"$WORK/results.tsv"
[[ $(wc -l <"$WORK/results.tsv") -eq $TOTAL ]] \
    || die "internal error: $(wc -l <"$WORK/results.tsv") results for $TOTAL cases"

if [[ -n "$RESULTS" ]]; then
    { printf 'name\tfile\tstatus\tstep\treason\n'; cut -f2- "$WORK/results.tsv"; } >"$RESULTS" \
        || die "cannot write $RESULTS"
fi

awk -F'\t' '$4 == "fail" { r = $6; if (length(r) > 400) r = substr(r, 1, 400) "...";
                           printf "FAIL %s (%s) %s: %s\n", $2, $3, $5, r }' "$WORK/results.tsv"
PASSED=$(awk -F'\t' '$4 == "pass"' "$WORK/results.tsv" | wc -l)
FAILED=$(awk -F'\t' '$4 == "fail"' "$WORK/results.tsv" | wc -l)
SKIPPED=$(awk -F'\t' '$4 == "skip"' "$WORK/results.tsv" | wc -l)

awk -F'\t' '$4 == "skip" { n[$5]++ } END { if (length(n)) { printf "note: skipped:"; for (s in n) printf " %s=%d", s, n[s]; printf "\n" } }' "$WORK/results.tsv"
STATUS=0
echo "note: $TOTAL cases in $(( $(date +%s) - START )) s with $JOBS worker(s), PostgreSQL $SERVER_VERSION, work files in $TMPROOT"
if [[ -n "$FILTER" ]]; then
    echo "note: --filter given, baseline not checked"
elif [[ "$BASELINE" == none ]]; then
    echo "note: --baseline none, baseline not checked"
elif [[ -r "$BASELINE" ]]; then
    BASE=$(grep -v '^[[:space:]]*#' "$BASELINE" | tr -dc '0-9\n' | grep -m1 . || true)
    if [[ -z "$BASE" ]]; then
        echo "note: $BASELINE holds no number; baseline not checked"
        STATUS=2
    elif (( PASSED < BASE )); then
        echo "REGRESSION: $PASSED passed, below the baseline of $BASE in $BASELINE"
        STATUS=1
    elif (( PASSED > BASE )); then
        echo "note: $PASSED passed, above the baseline of $BASE: raise $BASELINE to $PASSED"
    fi
else
    echo "ERROR: cannot read baseline file $BASELINE"
    STATUS=2
fi
echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
exit $STATUS
