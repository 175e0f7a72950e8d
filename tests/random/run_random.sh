#!/usr/bin/env bash
# run_random.sh - randomized round trips of schemadiff (docs/random.md).
#
#   run_random.sh --schemadiff BIN --gen BIN --pairs N [--start-seed S] [--jobs J]
#                 [--size S] [--kinds LIST] [--dev-url URL] [--keep DIR] [--no-shrink]
#
# For each seed S .. S+N-1, gen_pair writes a random schema pair and
# `schemadiff verify OLD NEW --dev-url URL` proves both migrations on a real
# PostgreSQL. Without --dev-url one private cluster (tests/harness/pg_cluster.sh)
# serves every pair: verify gives each pair its own scratch databases, so
# pairs run in parallel (--jobs, default 2).
#
# A failing pair is shrunk: mutations are dropped one at a time while the
# pair still fails in the same way (same phase, same PostgreSQL error or the
# same kind of difference), then objects of OLD (tables, enums, sequences,
# constraints, indexes, then columns). The seed, the failure and the shrunk
# old.sql/new.sql are printed and, with --keep DIR, written to DIR/seed-N/
# (a case directory for tests/cases). Ends with "N passed, N failed";
# exit 0 all passed, 1 a pair failed, 2 usage or setup error, 77 no PostgreSQL.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
HARNESS=$HERE/../harness

BIN= GEN= PAIRS= START=1 JOBS=2 SIZE=4 KINDS= URL= KEEP= SHRINK=1
usage() { sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while (($#)); do
    case $1 in
        --schemadiff) BIN=$2; shift 2 ;;
        --gen) GEN=$2; shift 2 ;;
        --pairs) PAIRS=$2; shift 2 ;;
        --start-seed) START=$2; shift 2 ;;
        --jobs) JOBS=$2; shift 2 ;;
        --size) SIZE=$2; shift 2 ;;
        --kinds) KINDS=$2; shift 2 ;;
        --dev-url) URL=$2; shift 2 ;;
        --keep) KEEP=$2; shift 2 ;;
        --no-shrink) SHRINK=0; shift ;;
        -h|--help) usage ;;
        *) echo "run_random.sh: unknown argument $1" >&2; usage ;;
    esac
done
[[ -n "$BIN" && -n "$GEN" && -n "$PAIRS" ]] || usage
BIN=$(realpath "$BIN") GEN=$(realpath "$GEN")
[[ -x "$BIN" && -x "$GEN" ]] || { echo "run_random.sh: $BIN or $GEN is not executable" >&2; exit 2; }

# Work files, and the private cluster, live under one directory the postgres
# user can reach when we run as root.
WORK=$(mktemp -d /tmp/sdrandom.XXXXXX) || exit 2
chmod 755 "$WORK"
CLUSTER=
cleanup() {
    [[ -n "$CLUSTER" ]] && TMPDIR=/tmp bash "$HARNESS/pg_cluster.sh" stop "$CLUSTER" >/dev/null 2>&1
    rm -rf -- "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -z "$URL" ]]; then
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1 && [[ -z "${PG_BINDIR:-}" ]]; then
        echo "SKIP: no PostgreSQL server programs"
        exit 77
    fi
    CLUSTER=$WORK/cluster
    if ! TMPDIR=/tmp bash "$HARNESS/pg_cluster.sh" start "$CLUSTER" >"$WORK/cluster.log" 2>&1; then
        cat "$WORK/cluster.log" >&2
        echo "run_random.sh: cannot start a PostgreSQL cluster" >&2
        exit 2
    fi
    URL="postgresql:///postgres?host=$CLUSTER&port=$(cat "$CLUSTER/port")&user=postgres"
fi

GEN_ARGS=(--size "$SIZE")
[[ -n "$KINDS" ]] && GEN_ARGS+=(--kinds "$KINDS")

# failure_class REPORT: what kind of failure a verify report shows, with names
# and numbers masked, so the shrinker keeps the same bug while the names change:
# "<phase> error: <first psql ERROR>" or "<phase> differ: <object kind> <problem>".
failure_class() {
    awk '
        $1 == "error" || $1 == "differ" { if (!phase) { phase = $2; status = $1 }; next }
        phase && !what && status == "error" && /ERROR:/ { sub(/.*ERROR: */, ""); what = $0 }
        phase && !what && status == "differ" && /^ +- / {
            line = $0; sub(/^ +- /, "", line)
            kind = line; sub(/ .*/, "", kind)
            rest = line; sub(/^[^:]*: /, "", rest); sub(/:.*/, "", rest); sub(/ \(.*/, "", rest)
            what = kind " " rest
        }
        END { if (phase) print phase " " status ": " what; else print "pass" }
    ' "$1" | sed -E 's/"[^"]*"/"_"/g; s/[0-9]+/N/g'
}

# verify_pair DIR: runs verify on DIR/old.sql DIR/new.sql, report in DIR/report.txt; prints the class.
verify_pair() {
    "$BIN" verify "$1/old.sql" "$1/new.sql" --dev-url "$URL" >"$1/report.txt" 2>"$1/stderr.txt"
    local rc=$?
    if ((rc == 0)); then echo pass; return; fi
    if ((rc != 1 && rc != 2)); then echo "crash: exit $rc"; return; fi
    failure_class "$1/report.txt"
}

run_one() {
    local seed=$1 dir=$WORK/pairs/$1
    if ! "$GEN" --seed "$seed" --out "$dir" "${GEN_ARGS[@]}" >/dev/null 2>"$dir.generr"; then
        echo "gen_pair failed: $(cat "$dir.generr")" >"$WORK/results/$seed"
        return
    fi
    local class
    class=$(verify_pair "$dir")
    echo "$class" >"$WORK/results/$seed"
    [[ "$class" == pass ]] && rm -rf -- "$dir"
}

# shrink SEED CLASS: leaves out mutations, then objects, while the class stays.
shrink() {
    local seed=$1 class=$2 dir=$WORK/shrink/$1 try=$WORK/shrink/$1.try
    local drops=() omits=() i key
    mkdir -p "$dir"
    cp "$WORK/pairs/$seed"/*.sql "$dir/"
    attempt() {  # attempt DROPS OMITS: 0 when the pair still fails the same way, 2 when nothing changed
        local args=("${GEN_ARGS[@]}")
        [[ -n "$1" ]] && args+=(--drop-mutations "$1")
        [[ -n "$2" ]] && args+=(--omit "$2")
        rm -rf -- "$try"
        "$GEN" --seed "$seed" --out "$try" "${args[@]}" >/dev/null 2>&1 || return 1
        # Nothing changed (the object was already gone): no need to ask PostgreSQL.
        if cmp -s <(tail -n +2 "$try/old.sql") <(tail -n +2 "$dir/old.sql") &&
           cmp -s <(grep -v '^-- mutation' "$try/new.sql" | tail -n +2) <(grep -v '^-- mutation' "$dir/new.sql" | tail -n +2); then
            return 2
        fi
        [[ "$(verify_pair "$try")" == "$class" ]] || return 1
        rm -rf -- "$dir"; mv "$try" "$dir"
    }
    join() { local IFS=,; echo "$*"; }
    for i in $("$GEN" --seed "$seed" --list "${GEN_ARGS[@]}" | awk '$1 == "mutation" && $3 == "applied" { print $2 }'); do
        attempt "$(join "${drops[@]}" "$i")" "" && drops+=("$i")
    done
    for key in $("$GEN" --seed "$seed" --list "${GEN_ARGS[@]}" ${drops[@]:+--drop-mutations "$(join "${drops[@]}")"} |
                 awk '$1 == "object" { print $2 }'); do
        attempt "$(join "${drops[@]}")" "$(join "${omits[@]}" "$key")" && omits+=("$key")
    done
    [[ -f "$dir/report.txt" ]] || verify_pair "$dir" >/dev/null
}

mkdir -p "$WORK/pairs" "$WORK/results" "$WORK/shrink"
END=$((START + PAIRS - 1))
echo "random round trips: seeds $START..$END, $JOBS job(s), size $SIZE${KINDS:+, kinds $KINDS}"
T0=$SECONDS
for ((seed = START; seed <= END; seed++)); do
    run_one "$seed" &
    while (($(jobs -rp | wc -l) >= JOBS)); do wait -n; done
    if (((seed - START + 1) % 100 == 0)); then
        echo "  ... $((seed - START + 1)) pairs started ($((SECONDS - T0)) s)"
    fi
done
wait

PASSED=0 FAILED=0 FAILED_SEEDS=()
for ((seed = START; seed <= END; seed++)); do
    if [[ "$(cat "$WORK/results/$seed" 2>/dev/null)" == pass ]]; then
        PASSED=$((PASSED + 1))
    else
        FAILED=$((FAILED + 1)); FAILED_SEEDS+=("$seed")
    fi
done
echo "verified $PAIRS pairs in $((SECONDS - T0)) s"

for seed in "${FAILED_SEEDS[@]}"; do
    class=$(cat "$WORK/results/$seed" 2>/dev/null || echo "no result")
    echo
    echo "FAIL seed $seed: $class"
    echo "  reproduce: $GEN --seed $seed --out DIR ${GEN_ARGS[*]} && $BIN verify DIR/old.sql DIR/new.sql"
    out=$WORK/pairs/$seed
    if ((SHRINK)) && [[ "$class" != gen_pair* && -d "$out" ]]; then
        shrink "$seed" "$class"
        out=$WORK/shrink/$seed
        echo "  shrunk: $(head -1 "$out/old.sql" | sed 's/^-- random pair: //')"
    fi
    if [[ -d "$out" ]]; then
        echo "---- old.sql"; cat "$out/old.sql"
        echo "---- new.sql"; cat "$out/new.sql"
        echo "---- verify"; sed -n '/^[a-z]/p; /^ /p' "$out/report.txt" | grep -v '^  \(OLD\|NEW\|server\):' | grep -v '^pass '
        if [[ -n "$KEEP" ]]; then
            mkdir -p "$KEEP/seed-$seed"
            cp "$out/old.sql" "$out/new.sql" "$out/report.txt" "$KEEP/seed-$seed/"
            echo "  kept in $KEEP/seed-$seed"
        fi
    fi
done
echo
echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
