#!/usr/bin/env bash
# bench/run.sh - the schemadiff performance benchmark, one command.
#
#   bench/run.sh [options]
#
# Builds the bench tools (gen_schema, parse_only) and schemadiff if needed,
# generates the synthetic old/new pairs (1k, 10k, 50k tables; deterministic),
# and measures on every input pair:
#   parse-only  bench/parse_only OLD NEW: libpg_query parse + unpack, the floor
#   schemadiff  schemadiff OLD NEW, end to end (stdout and stderr to files)
#   ratio       schemadiff / parse-only, computed within each run, then median
#   peak RSS    /usr/bin/time %M, the largest of the runs
#   apgdiff     apgdiff OLD NEW (Debian package, Java), with a timeout
# for the changed pair (OLD NEW) and a no-change pair (OLD and a byte copy of
# OLD). Real pairs come from ../shared/bench (lago, bikeindex, travis; the
# musicbrainz file as a no-change input). Times are medians of the runs.
# apgdiff 2.7 cannot parse PARTITION OF, so it fails on the synthetic pairs;
# a second table times both tools on partition-free variants of them
# (gen_schema --no-partitions), which apgdiff can read.
#
# Prints a Markdown report on stdout (progress on stderr) with PASS/MISS per
# target, and writes it to --out FILE if given.
#
# Options:
#   --runs N             runs per measurement (default 5)
#   --big-runs N         runs for inputs of 50k tables and more (default 3: one
#                        50k run of all measurements takes ~2-3 minutes)
#   --apgdiff-runs N     apgdiff runs per pair, at most --runs (default 3); an
#                        apgdiff run over 60 s is not repeated
#   --apgdiff-timeout S  seconds before an apgdiff run counts as 'timeout' (default 600)
#   --no-apgdiff         skip apgdiff (and the partition-free table)
#   --no-variants        skip the partition-free table
#   --sizes "A B ..."    synthetic sizes in tables (default "1000 10000 50000")
#   --seed S             generator seed (default 42)
#   --no-real            skip the real pairs of ../shared/bench
#   --schemadiff PATH    binary to measure (default: build/tools/schemadiff,
#                        built with cmake --build build --target schemadiff)
#   --work DIR           tools and generated data (default: build-bench/, not committed)
#   --out FILE           also write the report to FILE
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=5
BIG_RUNS=3
APG_RUNS=3
APG_TIMEOUT=600
APG_REPEAT_LIMIT=60
USE_APGDIFF=1
USE_VARIANTS=1
SIZES="1000 10000 50000"
SEED=42
USE_REAL=1
SCHEMADIFF=""
WORK="$ROOT/build-bench"
OUT=""

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --big-runs) BIG_RUNS=$2; shift 2 ;;
    --apgdiff-runs) APG_RUNS=$2; shift 2 ;;
    --apgdiff-timeout) APG_TIMEOUT=$2; shift 2 ;;
    --no-apgdiff) USE_APGDIFF=0; USE_VARIANTS=0; shift ;;
    --no-variants) USE_VARIANTS=0; shift ;;
    --sizes) SIZES=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --no-real) USE_REAL=0; shift ;;
    --schemadiff) SCHEMADIFF=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "run.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ && "$BIG_RUNS" =~ ^[1-9][0-9]*$ && "$APG_RUNS" =~ ^[1-9][0-9]*$ ]] \
  || { echo "run.sh: run counts must be positive integers" >&2; exit 2; }
(( BIG_RUNS > RUNS )) && BIG_RUNS=$RUNS
(( APG_RUNS > RUNS )) && APG_RUNS=$RUNS

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

apt_install() {  # package...
  if [[ $(id -u) -ne 0 ]]; then
    echo "run.sh: missing Debian package(s) $*; install them (apt-get install $*)" >&2
    return 1
  fi
  log "installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}

# ---------------------------------------------------------------- prerequisites

[[ -x /usr/bin/time ]] || apt_install time
if (( USE_APGDIFF )) && ! command -v apgdiff >/dev/null 2>&1; then
  apt_install apgdiff || { log "apgdiff unavailable: skipped"; USE_APGDIFF=0; USE_VARIANTS=0; }
fi

mkdir -p "$WORK/tools" "$WORK/data" "$WORK/out"
WORK=$(cd "$WORK" && pwd)
log "building bench tools in $WORK/tools"
if command -v cmake >/dev/null 2>&1; then
  [[ -f "$WORK/tools/CMakeCache.txt" ]] || cmake -S "$ROOT/bench" -B "$WORK/tools" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$WORK/tools" -j"$(nproc)" >/dev/null
else
  g++ -std=c++20 -O2 -o "$WORK/tools/gen_schema" "$ROOT/bench/gen_schema.cc"
  g++ -std=c++20 -O2 -o "$WORK/tools/parse_only" "$ROOT/bench/parse_only.cc" -lpg_query -lpthread
fi
GEN="$WORK/tools/gen_schema"
PARSE="$WORK/tools/parse_only"

if [[ -z "$SCHEMADIFF" ]]; then
  log "building schemadiff in $ROOT/build"
  [[ -f "$ROOT/build/CMakeCache.txt" ]] || cmake -S "$ROOT" -B "$ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$ROOT/build" -j"$(nproc)" --target schemadiff >/dev/null
  SCHEMADIFF="$ROOT/build/tools/schemadiff"
fi
[[ -x "$SCHEMADIFF" ]] || { echo "run.sh: $SCHEMADIFF is not executable" >&2; exit 1; }

# ---------------------------------------------------------------- inputs

# Each input: name|OLD|NEW|tables old|tables new|runs
INPUTS=()        # change diffs
NOCHANGE=()      # no-change diffs: name|OLD|COPY|tables|tables|runs
VARIANTS=()      # partition-free synthetic pairs for the apgdiff comparison

count_tables() { grep -Eci '^CREATE (UNLOGGED )?TABLE' "$1" || true; }

# A byte copy of OLD, so that the no-change diff reads two files as usual.
copy_of() {  # file -> prints path of the copy
  local src=$1 dst
  dst="$WORK/data/copies/$(echo "$src" | md5sum | cut -c1-12)-$(basename "$src")"
  mkdir -p "$WORK/data/copies"
  if [[ ! -f "$dst" ]] || ! cmp -s "$src" "$dst"; then cp "$src" "$dst"; fi
  echo "$dst"
}

runs_for() { (( $1 >= 50000 )) && echo "$BIG_RUNS" || echo "$RUNS"; }

label_for() {  # 1000 -> 1k
  local n=$1
  if (( n % 1000 == 0 )); then echo "$((n / 1000))k"; else echo "$n"; fi
}

generate() {  # size dir [extra gen flags]
  local size=$1 dir=$2; shift 2
  local stamp="$dir/stamp" want
  want="$(md5sum <"$GEN" | cut -c1-32) $size $SEED $*"
  if [[ -f "$stamp" && "$(head -n1 "$stamp")" == "$want" && -f "$dir/old.sql" && -f "$dir/new.sql" ]]; then
    return 0
  fi
  log "generating $size tables $* into $dir"
  mkdir -p "$dir"
  "$GEN" --seed "$SEED" "$@" "$size" "$dir/old.sql" "$dir/new.sql" >"$dir/summary.txt"
  { echo "$want"; cat "$dir/summary.txt"; } >"$stamp"
}

summary_tables() {  # summary.txt old|new
  awk -v which="$2:" '$1 == which { print $3 }' "$1"
}

if (( USE_REAL )) && [[ -d "$ROOT/../shared/bench" ]]; then
  REAL=$(cd "$ROOT/../shared/bench" && pwd)
  for p in lago bikeindex travis; do
    [[ -f "$REAL/$p/old.sql" && -f "$REAL/$p/new.sql" ]] || continue
    to=$(count_tables "$REAL/$p/old.sql"); tn=$(count_tables "$REAL/$p/new.sql")
    INPUTS+=("$p|$REAL/$p/old.sql|$REAL/$p/new.sql|$to|$tn|$RUNS")
    NOCHANGE+=("$p|$REAL/$p/old.sql|$(copy_of "$REAL/$p/old.sql")|$to|$to|$RUNS")
  done
  if [[ -f "$REAL/musicbrainz-parse-only.sql" ]]; then
    mb="$REAL/musicbrainz-parse-only.sql"; t=$(count_tables "$mb")
    NOCHANGE+=("musicbrainz|$mb|$(copy_of "$mb")|$t|$t|$RUNS")
  fi
fi
for size in $SIZES; do
  dir="$WORK/data/gen-$size-seed$SEED"
  generate "$size" "$dir"
  to=$(summary_tables "$dir/summary.txt" old); tn=$(summary_tables "$dir/summary.txt" new)
  name="synthetic $(label_for "$size")"
  INPUTS+=("$name|$dir/old.sql|$dir/new.sql|$to|$tn|$(runs_for "$size")")
  NOCHANGE+=("$name|$dir/old.sql|$(copy_of "$dir/old.sql")|$to|$to|$(runs_for "$size")")
  if (( USE_VARIANTS )); then
    vdir="$WORK/data/gen-$size-seed$SEED-nopart"
    generate "$size" "$vdir" --no-partitions
    to=$(summary_tables "$vdir/summary.txt" old); tn=$(summary_tables "$vdir/summary.txt" new)
    VARIANTS+=("synthetic $(label_for "$size") no partitions|$vdir/old.sql|$vdir/new.sql|$to|$tn|$(runs_for "$size")")
  fi
done

# ---------------------------------------------------------------- measuring

TMP="$WORK/out"
# measure cmd... : runs cmd with stdout/stderr to files; sets M_SECS (wall
# seconds), M_CPU (user + system CPU seconds), M_KB (peak RSS), M_RC (status).
measure() {
  local t0 t1
  t0=$EPOCHREALTIME
  set +e
  /usr/bin/time -f '%U %S %M' -o "$TMP/rss" "$@" >"$TMP/stdout" 2>"$TMP/stderr"
  M_RC=$?
  set -e
  t1=$EPOCHREALTIME
  M_SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
  # With a non-zero exit, time writes "Command exited with non-zero status N" first.
  read -r M_USER M_SYS M_KB < <(tail -n1 "$TMP/rss")
  M_CPU=$(awk -v u="${M_USER:-0}" -v s="${M_SYS:-0}" 'BEGIN { printf "%.2f", u + s }')
  [[ "${M_KB:-}" =~ ^[0-9]+$ ]] || M_KB=0
}

median() { tr ' ' '\n' | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maxof() { tr ' ' '\n' | awk 'NF' | sort -g | tail -n1; }
fmt_s() { awk -v x="$1" 'BEGIN { if (x == "") print "—"; else if (x < 10) printf "%.3f", x; else printf "%.1f", x }'; }
fmt_mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
fmt_x() { awk -v x="$1" 'BEGIN { if (x == "") print "—"; else printf "%.2f", x }'; }
fmt_size() { awk -v b="$1" 'BEGIN { if (b >= 1048576) printf "%.1f MB", b / 1048576; else printf "%.0f kB", b / 1024 }'; }

ROWS=()          # Markdown rows of the main table
VROWS=()         # rows of the partition-free table
declare -A SD_MED PO_MED RATIO_MED SD_KB LIMIT_KB APG_STATUS APG_X SD_CPU PO_CPU RATIO_CPU
CROWS=()         # rows of the CPU-time table
MEASURED=()      # keys "kind|name"

# run_pair kind name old new tables_old tables_new runs with_parse
run_pair() {
  local kind=$1 name=$2 old=$3 new=$4 to=$5 tn=$6 runs=$7 with_parse=$8
  local key="$kind|$name" bytes limit_kb i
  bytes=$(( $(stat -c %s "$old") + $(stat -c %s "$new") ))
  limit_kb=$(( (5 * bytes + 50 * 1024 * 1024) / 1024 ))
  cat "$old" "$new" >/dev/null   # page cache: every tool reads warm files
  local po_c="" sd_c="" ratios_c="" apg_c=""
  local po_t="" sd_t="" ratios="" sd_kb="" po_kb="" apg_t="" apg_kb="" apg_x="" apg_status="" sd_rc="" out_lines=""
  local apg_done=0 apg_ok=1
  log "$kind: $name ($runs runs)"
  for ((i = 1; i <= runs; i++)); do
    local p="" pc=""
    if (( with_parse )); then
      measure "$PARSE" "$old" "$new"
      if (( M_RC != 0 )); then echo "run.sh: parse_only failed on $old $new:" >&2; cat "$TMP/stderr" >&2; exit 1; fi
      p=$M_SECS; po_t+=" $p"; po_kb+=" $M_KB"; pc=$M_CPU; po_c+=" $pc"
    fi
    measure "$SCHEMADIFF" "$old" "$new"
    if (( M_RC != 0 && M_RC != 3 )); then
      echo "run.sh: schemadiff exited $M_RC on $old $new:" >&2; tail -n 20 "$TMP/stderr" >&2; exit 1
    fi
    local s=$M_SECS
    sd_t+=" $s"; sd_kb+=" $M_KB"; sd_rc=$M_RC; sd_c+=" $M_CPU"
    out_lines=$(grep -cv '^\s*\(--.*\)\?$' "$TMP/stdout" || true)
    if [[ -n "$p" ]]; then
      ratios+=" $(awk -v a="$s" -v b="$p" 'BEGIN { printf "%.4f", a / b }')"
      ratios_c+=" $(awk -v a="$M_CPU" -v b="$pc" 'BEGIN { if (b > 0) printf "%.4f", a / b }')"
    fi
    if (( USE_APGDIFF && apg_ok && apg_done < APG_RUNS )); then
      measure timeout -k 10 "$APG_TIMEOUT" apgdiff "$old" "$new"
      apg_done=$((apg_done + 1))
      if (( M_RC == 124 || M_RC == 137 )); then
        apg_status="timeout (> ${APG_TIMEOUT} s)"; apg_ok=0
      elif (( M_RC != 0 )); then
        local why
        why=$(grep -m1 -E 'Exception|Error' "$TMP/stderr" | sed -E 's/^.*(Exception|Error)[^:]*: *//' | awk '{ print (length($0) > 48) ? substr($0, 1, 48) "…" : $0 }' || true)
        apg_status="failed${why:+: $why}"; apg_ok=0
      else
        apg_t+=" $M_SECS"; apg_kb+=" $M_KB"; apg_c+=" $M_CPU"
        apg_x+=" $(awk -v a="$M_SECS" -v b="$s" 'BEGIN { printf "%.4f", a / b }')"
        # a slow apgdiff is not repeated
        awk -v t="$M_SECS" -v l="$APG_REPEAT_LIMIT" 'BEGIN { exit !(t > l) }' && apg_done=$APG_RUNS
      fi
    fi
  done
  local sd_med po_med ratio_med sd_max apg_med apg_xmed apg_cell apg_mem apg_xcell
  sd_med=$(echo "$sd_t" | median); sd_max=$(echo "$sd_kb" | maxof)
  po_med=$(echo "$po_t" | median); ratio_med=$(echo "$ratios" | median)
  SD_MED[$key]=$sd_med; PO_MED[$key]=$po_med
  # read through a nameref in worst_ratio
  # shellcheck disable=SC2034
  RATIO_MED[$key]=$ratio_med
  SD_KB[$key]=$sd_max; LIMIT_KB[$key]=$limit_kb
  SD_CPU[$key]=$(echo "$sd_c" | median); PO_CPU[$key]=$(echo "$po_c" | median); RATIO_CPU[$key]=$(echo "$ratios_c" | median)
  MEASURED+=("$key")
  if (( ! USE_APGDIFF )); then
    apg_cell="—"; apg_mem="—"; apg_xcell="—"
  elif [[ -n "$apg_status" && -z "$apg_t" ]]; then
    apg_cell="$apg_status"; apg_mem="—"; apg_xcell="—"
    APG_STATUS[$key]=$apg_status
  else
    local n
    n=$(echo "$apg_t" | wc -w)
    apg_med=$(echo "$apg_t" | median); apg_xmed=$(echo "$apg_x" | median)
    apg_cell="$(fmt_s "$apg_med")"
    # if, not &&: a failing last command of an && list ends the script under set -e
    if (( n < runs )); then
      if (( n > 1 )); then apg_cell+=" ($n runs)"; else apg_cell+=" (1 run)"; fi
    fi
    if [[ -n "$apg_status" ]]; then apg_cell+="; then $apg_status"; fi
    apg_mem=$(fmt_mb "$(echo "$apg_kb" | maxof)")
    apg_xcell="$(fmt_x "$apg_xmed")×"
    APG_X[$key]=$apg_xmed; APG_STATUS[$key]=ok
  fi
  local tables="$to"
  [[ "$to" != "$tn" ]] && tables="$to → $tn"
  local po_cell="—" ratio_cell="—"
  if (( with_parse )); then po_cell=$(fmt_s "$po_med"); ratio_cell="$(fmt_x "$ratio_med")×"; fi
  local po_mem="—"
  (( with_parse )) && po_mem=$(fmt_mb "$(echo "$po_kb" | maxof)")
  local row
  row="| $name | $kind | $tables | $(fmt_size "$bytes") | $runs | $po_cell | $(fmt_s "$sd_med") | $ratio_cell | $po_mem | $(fmt_mb "$sd_max") / $(fmt_mb "$limit_kb") | $out_lines (exit $sd_rc) | $apg_cell | $apg_mem | $apg_xcell |"
  if [[ "$kind" == "variant" ]]; then VROWS+=("$row"); else ROWS+=("$row"); fi
  local apg_cpu="—"
  [[ -n "$apg_c" ]] && apg_cpu=$(fmt_s "$(echo "$apg_c" | median)")
  local cpo="—" cratio="—"
  if (( with_parse )); then cpo=$(fmt_s "${PO_CPU[$key]}"); cratio="$(fmt_x "${RATIO_CPU[$key]}")×"; fi
  CROWS+=("| $name | $kind | $cpo | $(fmt_s "${SD_CPU[$key]}") | $cratio | $apg_cpu |")
}

START=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for entry in "${INPUTS[@]}"; do
  IFS='|' read -r name old new to tn runs <<<"$entry"
  run_pair change "$name" "$old" "$new" "$to" "$tn" "$runs" 1
done
for entry in "${NOCHANGE[@]}"; do
  IFS='|' read -r name old new to tn runs <<<"$entry"
  run_pair no-change "$name" "$old" "$new" "$to" "$tn" "$runs" 1
done
for entry in "${VARIANTS[@]}"; do
  IFS='|' read -r name old new to tn runs <<<"$entry"
  runs=$(( runs < APG_RUNS ? runs : APG_RUNS ))
  run_pair variant "$name" "$old" "$new" "$to" "$tn" "$runs" 0
done
ELAPSED=$(( $(date +%s) - START ))
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- targets

verdict() { awk -v v="$1" -v lim="$2" -v dir="$3" 'BEGIN { ok = (dir == "le") ? (v <= lim) : (v >= lim); print ok ? "PASS" : "MISS" }'; }
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }
TARGETS=()

# 1. End to end <= 1.5 x parse-only, every input (change and no-change); the
#    wall-clock verdict, and the same on CPU time (robust on a busy machine).
# worst_ratio ARRAY -> sets W_VAL, W_KEY, W_ALL
worst_ratio() {
  local -n arr=$1
  W_VAL=""; W_KEY=""; W_ALL=PASS
  local key r
  for key in "${MEASURED[@]}"; do
    [[ "$key" == variant* ]] && continue
    r=${arr[$key]:-}; [[ -n "$r" ]] || continue
    [[ $(verdict "$r" 1.5 le) == MISS ]] && W_ALL=MISS
    if [[ -z "$W_VAL" ]] || gt "$r" "$W_VAL"; then W_VAL=$r; W_KEY=$key; fi
  done
}
worst_ratio RATIO_MED
wall_cell="wall: worst $(fmt_x "$W_VAL")× (${W_KEY/|/ })"; wall_v=$W_ALL
worst_ratio RATIO_CPU
TARGETS+=("| End to end ≤ 1.5 × parse-only floor, every input | $wall_cell; CPU: worst $(fmt_x "$W_VAL")× (${W_KEY/|/ }) | wall $wall_v; CPU $W_ALL |")

# 2. Linear growth 10k -> 50k <= 5.5 x (change and no-change), wall and CPU.
for kind in change no-change; do
  a=${SD_MED["$kind|synthetic 10k"]:-}; b=${SD_MED["$kind|synthetic 50k"]:-}
  [[ -n "$a" && -n "$b" ]] || continue
  g=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.4f", b / a }')
  ca=${SD_CPU["$kind|synthetic 10k"]}; cb=${SD_CPU["$kind|synthetic 50k"]}
  cg=$(awk -v a="$ca" -v b="$cb" 'BEGIN { printf "%.4f", b / a }')
  pa=${PO_MED["$kind|synthetic 10k"]}; pb=${PO_MED["$kind|synthetic 50k"]}
  pg=$(awk -v a="$pa" -v b="$pb" 'BEGIN { printf "%.4f", b / a }')
  TARGETS+=("| Linear growth: schemadiff 10k → 50k tables ≤ 5.5 × ($kind) | wall $(fmt_x "$g")× ($(fmt_s "$a") s → $(fmt_s "$b") s); CPU $(fmt_x "$cg")× ($(fmt_s "$ca") s → $(fmt_s "$cb") s); parse-only floor, wall: $(fmt_x "$pg")× | wall $(verdict "$g" 5.5 le); CPU $(verdict "$cg" 5.5 le) |")
done

# 3. Peak memory <= 5 x combined input + 50 MB, every input.
all=PASS; worst=""; worst_key=""
for key in "${MEASURED[@]}"; do
  [[ "$key" == variant* ]] && continue
  q=$(awk -v a="${SD_KB[$key]}" -v b="${LIMIT_KB[$key]}" 'BEGIN { printf "%.4f", a / b }')
  [[ $(verdict "$q" 1 le) == MISS ]] && all=MISS
  if [[ -z "$worst" ]] || gt "$q" "$worst"; then worst=$q; worst_key=$key; fi
done
[[ -n "$worst_key" ]] && TARGETS+=("| Peak memory ≤ 5 × combined input + 50 MB, every input | worst ${worst_key/|/ }: $(fmt_mb "${SD_KB[$worst_key]}") MB of $(fmt_mb "${LIMIT_KB[$worst_key]}") MB allowed ($(fmt_x "$worst")× the limit) | $all |")

# 4. >= 20 x faster than apgdiff (wall) wherever apgdiff runs at all.
if (( USE_APGDIFF )); then
  all=PASS; best=""; worst=""; worst_key=""; ran=0; failed=0
  for key in "${MEASURED[@]}"; do
    st=${APG_STATUS[$key]:-}
    if [[ "$st" != ok ]]; then [[ -n "$st" ]] && failed=$((failed + 1)); continue; fi
    x=${APG_X[$key]}; ran=$((ran + 1))
    [[ $(verdict "$x" 20 ge) == MISS ]] && all=MISS
    if [[ -z "$worst" ]] || gt "$worst" "$x"; then worst=$x; worst_key=$key; fi
    if [[ -z "$best" ]] || gt "$x" "$best"; then best=$x; fi
  done
  if (( ran )); then
    TARGETS+=("| ≥ 20 × faster than apgdiff where it runs (it ran on $ran pairs, failed on $failed) | slowest $(fmt_x "$worst")× (${worst_key/|/ }), fastest $(fmt_x "$best")× | $all |")
  else
    TARGETS+=("| ≥ 20 × faster than apgdiff where it runs | apgdiff ran on no pair | — |")
  fi
fi

# ---------------------------------------------------------------- report

report() {
  local cpu
  cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
  echo "### Results"
  echo
  echo "schemadiff: \`$SCHEMADIFF\` ($("$SCHEMADIFF" --version 2>/dev/null | head -n1)); $(nproc) × $cpu, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);"
  echo "apgdiff: $(dpkg-query -W -f='${Version}' apgdiff 2>/dev/null || echo none); generator seed $SEED;"
  echo "run took $((ELAPSED / 60)) min $((ELAPSED % 60)) s; load average at start $LOAD_START, at end $LOAD_END."
  echo
  echo "Times are wall-clock medians over the runs in seconds; ratios are computed within each run (schemadiff and"
  echo "parse-only back to back, apgdiff right after) and their median is shown; peak RSS is the largest of the runs;"
  echo "the memory limit is 5 × OLD+NEW + 50 MB."
  echo "'statements out' counts non-comment lines of the migration schemadiff printed (exit 3: destructive"
  echo "statements withheld as comments)."
  echo
  echo "| input | diff | tables | OLD+NEW | runs | parse-only (s) | schemadiff (s) | schemadiff ÷ parse | parse-only peak (MB) | schemadiff peak / limit (MB) | statements out | apgdiff (s) | apgdiff peak (MB) | apgdiff ÷ schemadiff |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  if (( ${#VROWS[@]} )); then
    echo
    echo "apgdiff 2.7 cannot parse \`PARTITION OF\`, so it fails on the synthetic pairs above. The same generator"
    echo "without partitioned tables (\`gen_schema --no-partitions\`), both tools on the same pair:"
    echo
    echo "| input | diff | tables | OLD+NEW | runs | parse-only (s) | schemadiff (s) | schemadiff ÷ parse | parse-only peak (MB) | schemadiff peak / limit (MB) | statements out | apgdiff (s) | apgdiff peak (MB) | apgdiff ÷ schemadiff |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${VROWS[@]}"
  fi
  echo
  echo "The same runs in CPU seconds (user + system; schemadiff and parse-only are single-threaded, so on a busy"
  echo "machine this is the steadier measure; apgdiff's JVM uses several threads):"
  echo
  echo "| input | diff | parse-only CPU (s) | schemadiff CPU (s) | schemadiff ÷ parse, CPU | apgdiff CPU (s) |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${CROWS[@]}"
  echo
  echo "### Targets"
  echo
  echo "| target | measured | verdict |"
  echo "|---|---|---|"
  printf '%s\n' "${TARGETS[@]}"
}

REPORT=$(report)
echo "$REPORT"
if [[ -n "$OUT" ]]; then
  echo "$REPORT" >"$OUT"
  log "report written to $OUT"
fi
