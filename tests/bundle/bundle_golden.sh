#!/usr/bin/env bash
# bundle_golden.sh - `schemadiff OLD NEW -o DIR` and `--format json` against
# golden files, byte for byte.
#
#   bundle_golden.sh SCHEMADIFF SOURCE_DIR [--update]
#
# For every case under tests/bundle/<case>/ (old.sql, new.sql, optional
# `exit` holding the expected exit status, default 0): the bundle is written
# twice and must be byte-identical; report.md, plan.json, compat_views.sql
# and verify.sql must equal <case>/expected/; `--format json` must be
# deterministic and exit like the bundle; files in DIR that are not bundle
# files are left alone. Runs from the case directory so that diagnostics name
# old.sql / new.sql, not a machine's paths. --update rewrites expected/.
set -uo pipefail
BIN=${1:?usage: bundle_golden.sh SCHEMADIFF SOURCE_DIR [--update]}
SRC=${2:?usage: bundle_golden.sh SCHEMADIFF SOURCE_DIR [--update]}
UPDATE=${3:-}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
GOLDEN=(report.md plan.json compat_views.sql verify.sql)
FILES=(up.sql down.sql plan.json audit.sql compat_views.sql verify.sql report.md report.html)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
check() {  # check NAME COMMAND...
  local name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name"; fi
}

cases=0
for dir in "$SRC"/tests/bundle/*/; do
  [[ -f $dir/old.sql && -f $dir/new.sql ]] || continue
  cases=$((cases + 1))
  name=$(basename "$dir")
  out=$work/$name
  mkdir -p "$out/a"
  echo "keep me" >"$out/a/notes.txt"
  want_exit=$(cat "$dir/exit" 2>/dev/null || echo 0)

  (cd "$dir" && "$BIN" old.sql new.sql -o "$out/a") >"$out/a.out" 2>"$out/a.err"
  code=$?
  check "[$name] bundle exits $want_exit (got $code)" test "$code" -eq "$want_exit"
  check "[$name] bundle ends with a one-line summary on stderr" grep -q "^schemadiff: wrote 8 files to $out/a: " "$out/a.err"
  check "[$name] bundle prints nothing on stdout" test ! -s "$out/a.out"
  for f in "${FILES[@]}"; do check "[$name] $f written" test -f "$out/a/$f"; done
  check "[$name] other files in DIR untouched" grep -qx "keep me" "$out/a/notes.txt"

  # The directory is created when missing (with parents), and a second run
  # gives the same bytes.
  (cd "$dir" && "$BIN" old.sql new.sql -o "$out/b/nested") 2>/dev/null
  for f in "${FILES[@]}"; do check "[$name] $f byte-identical across runs" cmp -s "$out/a/$f" "$out/b/nested/$f"; done

  if [[ $UPDATE == --update ]]; then
    mkdir -p "$dir/expected"
    for f in "${GOLDEN[@]}"; do cp "$out/a/$f" "$dir/expected/$f"; done
    echo "updated $dir/expected"
  fi
  for f in "${GOLDEN[@]}"; do
    if ! cmp -s "$dir/expected/$f" "$out/a/$f"; then
      diff -u "$dir/expected/$f" "$out/a/$f" | head -40
    fi
    check "[$name] $f equals expected/$f" cmp -s "$dir/expected/$f" "$out/a/$f"
  done

  # up.sql is exactly the SQL output.
  (cd "$dir" && "$BIN" old.sql new.sql) >"$out/stdout.sql" 2>/dev/null
  check "[$name] up.sql equals the SQL output" cmp -s "$out/stdout.sql" "$out/a/up.sql"
  (cd "$dir" && "$BIN" old.sql new.sql --down) >"$out/stdout-down.sql" 2>/dev/null
  check "[$name] down.sql equals the --down SQL output" cmp -s "$out/stdout-down.sql" "$out/a/down.sql"

  # --format json: one document on stdout, deterministic, same exit status.
  (cd "$dir" && "$BIN" old.sql new.sql --format json) >"$out/j1.json" 2>/dev/null
  code=$?
  check "[$name] --format json exits $want_exit (got $code)" test "$code" -eq "$want_exit"
  (cd "$dir" && "$BIN" old.sql new.sql --format json) >"$out/j2.json" 2>/dev/null
  check "[$name] --format json byte-identical across runs" cmp -s "$out/j1.json" "$out/j2.json"
  check "[$name] --format json says the direction" grep -q '^  "direction": "up",$' "$out/j1.json"
  (cd "$dir" && "$BIN" old.sql new.sql --format json --down) >"$out/jd.json" 2>/dev/null
  check "[$name] --format json --down says the direction" grep -q '^  "direction": "down",$' "$out/jd.json"
  if command -v python3 >/dev/null; then
    for j in "$out/j1.json" "$out/jd.json" "$out/a/plan.json"; do
      check "[$name] $(basename "$j") parses as JSON" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$j"
    done
  fi
done

check "at least one case under tests/bundle" test "$cases" -gt 0
(cd "$work" && printf 'CREATE TABLE t (id int);\n' >same.sql && "$BIN" same.sql same.sql --format sql) >"$work/empty.out" 2>&1
check "--format sql is the default output" test ! -s "$work/empty.out"
"$BIN" "$work/same.sql" "$work/same.sql" --format yaml >/dev/null 2>&1
check "--format with an unknown value exits 1" test $? -eq 1

echo "bundle_golden: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
