#!/usr/bin/env bash
# Command-line contract of schemadiff: exit codes, diagnostics with
# file:line:col and a caret, withheld destructive statements, determinism,
# and that the real production dumps load and diff to nothing against themselves.
# usage: cli_test.sh SCHEMADIFF_BIN SHARED_BENCH_DIR
set -uo pipefail
BIN=$1
BENCH=${2:-}
pass=0
fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $name"
  fi
}

run() {  # run OUT ERR ARGS... ; sets $code
  local out=$1 err=$2
  shift 2
  "$BIN" "$@" >"$out" 2>"$err"
  code=$?
}

printf 'CREATE TABLE t (id int);\n' >"$work/old.sql"
printf 'CREATE TABLE t (id int);\nCREATE TABEL u (id int);\n' >"$work/bad.sql"
run "$work/out" "$work/err" "$work/old.sql" "$work/bad.sql"
check "syntax error exits 1" test "$code" -eq 1
check "syntax error names file:line:col" grep -q "bad.sql:2:8: error: syntax error at or near \"TABEL\"" "$work/err"
check "syntax error shows a caret" grep -q '^           \^$' "$work/err"

run "$work/out" "$work/err" "$work/old.sql" "$work/missing.sql"
check "missing file exits 1" test "$code" -eq 1

printf 'CREATE TABLE t (id int, name text);\n' >"$work/new.sql"
run "$work/out" "$work/err" "$work/new.sql" "$work/old.sql"
check "drop column without --allow-destructive exits 3" test "$code" -eq 3
check "withheld statement is shown as a comment" grep -q '^-- ALTER TABLE public.t DROP COLUMN name;' "$work/out"
check "withheld statement is listed on stderr" grep -q 'drops column public.t.name' "$work/err"
run "$work/out" "$work/err" "$work/new.sql" "$work/old.sql" --allow-destructive
check "with --allow-destructive exits 0" test "$code" -eq 0
check "with --allow-destructive emits the drop" grep -q '^ALTER TABLE public.t DROP COLUMN name;' "$work/out"
run "$work/out" "$work/err" "$work/new.sql" "$work/old.sql" --audit
check "--audit prints the audit script and exits 0" test "$code" -eq 0
check "--audit checks the dropped column" grep -q "values in dropped column public.t.name" "$work/out"
run "$work/out" "$work/err" "$work/new.sql" "$work/old.sql" --audit --down
check "--audit --down is refused" test "$code" -eq 1

run "$work/out" "$work/err" "$work/old.sql" "$work/new.sql"
check "forward add column exits 0" test "$code" -eq 0
check "migration is wrapped in a transaction" test "$(head -1 "$work/out")" = "BEGIN;"
cp "$work/out" "$work/out1"
run "$work/out" "$work/err" "$work/old.sql" "$work/new.sql"
check "output is byte-identical across runs" cmp -s "$work/out" "$work/out1"
run "$work/out" "$work/err" - "$work/new.sql" <"$work/old.sql"
check "OLD from standard input" cmp -s "$work/out" "$work/out1"

printf 'CREATE TABLE t (id int);\nCREATE CONVERSION c FOR '"'"'LATIN1'"'"' TO '"'"'UTF8'"'"' FROM iso8859_1_to_utf8;\n' >"$work/view.sql"
run "$work/out" "$work/err" "$work/view.sql" "$work/view.sql"
check "unmodelled statement is reported with its location" grep -q 'view.sql:2:1: warning: CREATE CONVERSION is not modelled yet' "$work/err"

# --ignore-owners / --ignore-privileges: owners and grants are not compared.
printf 'CREATE TABLE t (id int);\nALTER TABLE t OWNER TO alice;\nGRANT SELECT ON t TO bob;\n' >"$work/acl_old.sql"
printf 'CREATE TABLE t (id int);\nALTER TABLE t OWNER TO carol;\nGRANT INSERT ON t TO bob;\n' >"$work/acl_new.sql"
run "$work/out" "$work/err" "$work/acl_old.sql" "$work/acl_new.sql"
check "owner and grant changes are migrated" grep -q '^ALTER TABLE public.t OWNER TO carol;' "$work/out"
check "grant changes are migrated" grep -q '^GRANT INSERT ON TABLE public.t TO bob;' "$work/out"
run "$work/out" "$work/err" "$work/acl_old.sql" "$work/acl_new.sql" --ignore-owners
check "--ignore-owners leaves owners alone" bash -c "! grep -q 'OWNER TO' '$work/out' && grep -q '^REVOKE SELECT' '$work/out'"
run "$work/out" "$work/err" "$work/acl_old.sql" "$work/acl_new.sql" --ignore-owners --ignore-privileges
check "--ignore-owners --ignore-privileges: nothing to do" test "$code" -eq 0 -a ! -s "$work/out"

# A dependency cycle no order breaks (a SQL function reading a view that calls it) is an error
# naming the steps of the cycle.
printf 'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ SELECT 1::bigint $$;\nCREATE VIEW v AS SELECT f() AS n;\nCREATE OR REPLACE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM v $$;\n' >"$work/cycle.sql"
run "$work/out" "$work/err" "$work/old.sql" "$work/cycle.sql"
check "an unbreakable cycle exits 1" test "$code" -eq 1
check "the cycle error names the function and the view" \
  bash -c "grep -q 'dependency cycle' '$work/err' && grep -q 'public.f()' '$work/err' && grep -q 'view public.v' '$work/err'"

printf '\001\002\000binary' >"$work/binary.sql"
run "$work/out" "$work/err" "$work/binary.sql" "$work/old.sql"
check "binary input exits 1" test "$code" -eq 1

# A same-shape drop + add is not guessed as a rename, but the annotation is suggested;
# hazards of the migration are listed on stderr with their codes.
printf 'CREATE TABLE a (id int, v text);\n' >"$work/shape_old.sql"
printf 'CREATE TABLE b (id int, v text);\n' >"$work/shape_new.sql"
run "$work/out" "$work/err" "$work/shape_old.sql" "$work/shape_new.sql"
check "same-shape drop + add suggests the rename annotation" grep -q 'schemadiff:renamed-from a' "$work/err"
check "same-shape drop + add is still a drop (withheld)" test "$code" -eq 3
check "hazards are listed with their codes" grep -q 'SD-H101 ' "$work/err"

# Robustness: long expression chains nest deeply; an unterminated dollar quote.
{
  printf 'CREATE TABLE t (a int CHECK ('
  for i in $(seq 1 20000); do printf 'a + '; done
  printf 'a > 0));\n'
} >"$work/deep.sql"
run "$work/out" "$work/err" "$work/deep.sql" "$work/deep.sql"
check "a 20000-term expression neither crashes nor differs from itself" test "$code" -eq 0 -a ! -s "$work/out"
printf 'CREATE FUNCTION f() RETURNS int AS $$ select 1;\n' >"$work/dollar.sql"
run "$work/out" "$work/err" "$work/old.sql" "$work/dollar.sql"
check "unterminated dollar quote exits 1 with a location" grep -q 'dollar.sql:1:36: error: unterminated dollar-quoted string' "$work/err"
head -c 3000 "$work/deep.sql" >"$work/truncated.sql"
run "$work/out" "$work/err" "$work/old.sql" "$work/truncated.sql"
check "truncated file exits 1" test "$code" -eq 1

# A 50 MB statement (a comment literal) gives a result, and the same statement
# cut short a clear error: no crash, no hang (about 10 s each in a Debug build).
{
  printf "CREATE TABLE t (id int);\nCOMMENT ON TABLE t IS '"
  head -c $((50 * 1024 * 1024)) /dev/zero | tr '\0' 'x'
  printf "';\n"
} >"$work/big.sql"
run "$work/out" "$work/err" "$work/old.sql" "$work/big.sql"
check "a 50 MB statement exits 0" test "$code" -eq 0
check "a 50 MB statement's comment is migrated whole" \
  test "$(grep -c '^COMMENT ON TABLE public.t IS' "$work/out")" -eq 1 -a "$(wc -c <"$work/out")" -gt $((50 * 1024 * 1024))
head -c $((50 * 1024 * 1024)) "$work/big.sql" >"$work/big_cut.sql"
rm -f "$work/big.sql"
run "$work/out" "$work/err" "$work/old.sql" "$work/big_cut.sql"
check "a 50 MB unterminated statement exits 1" test "$code" -eq 1
check "a 50 MB unterminated statement is located" grep -q 'big_cut.sql:2:23: error: unterminated quoted string' "$work/err"
check "a 50 MB unterminated statement's diagnostic stays short" test "$(wc -c <"$work/err")" -lt 4096
rm -f "$work/big_cut.sql" "$work/out"

if [ -n "$BENCH" ] && [ -d "$BENCH" ]; then
  for f in "$BENCH"/*/*.sql "$BENCH"/*.sql; do
    [ -f "$f" ] || continue
    run "$work/out" "$work/err" "$f" "$f"
    check "$(basename "$(dirname "$f")")/$(basename "$f") loads and diffs to nothing against itself" \
      test "$code" -eq 0 -a ! -s "$work/out"
    check "$(basename "$f") lists statements it does not model" grep -q 'SD-P10[0-9]' "$work/err"
  done
fi

echo "$pass passed, $fail failed"
test "$fail" -eq 0
