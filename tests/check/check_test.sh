#!/usr/bin/env bash
# check_test.sh - migration directories (-o DIR --layout) and `schemadiff
# check`, offline: file names and numbering continuation per layout, dbmate
# sections and --version, withheld destructive steps, empty diffs, the five
# seed directories, drift, edited / unsummed migrations, bad SQL, a bad down,
# --fix and --update-sum.
#   check_test.sh SCHEMADIFF SOURCE_DIR
set -uo pipefail
BIN=${1:?usage: check_test.sh SCHEMADIFF SOURCE_DIR}
SRC=${2:?usage: check_test.sh SCHEMADIFF SOURCE_DIR}
T=$(mktemp -d /tmp/sdcheck.XXXXXX) || exit 1
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
        [[ -f $T/out ]] && sed 's/^/    | /' "$T/out" "$T/err" | head -40
    fi
}
run() {  # run ARGS... ; output in $T/out, $T/err, exit in $code
    "$BIN" "$@" >"$T/out" 2>"$T/err"
    code=$?
}

printf '' >"$T/empty.sql"
printf 'CREATE TABLE a (id int PRIMARY KEY);\n' >"$T/v1.sql"
printf 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int);\n' >"$T/v2.sql"
printf 'CREATE TABLE a (id int PRIMARY KEY, note text);\nCREATE TABLE b (id int);\n' >"$T/v3.sql"

# --- names and numbering, per layout -----------------------------------------
D=$T/gm
run "$T/empty.sql" "$T/v1.sql" -o "$D" --layout golang-migrate --name init
ok "golang-migrate first exits 0" test "$code" -eq 0
run "$T/v1.sql" "$T/v2.sql" -o "$D" --layout golang-migrate --name add_b
ok "golang-migrate second exits 0" test "$code" -eq 0
ok "golang-migrate files" test "$(cd "$D" && ls | tr '\n' ' ')" = \
    "000001_init.down.sql 000001_init.up.sql 000002_add_b.down.sql 000002_add_b.up.sql schemadiff.sum "
ok "golang-migrate up is the migration" grep -q '^CREATE TABLE public.b' "$D/000002_add_b.up.sql"
ok "golang-migrate down undoes it" grep -q '^DROP TABLE public.b' "$D/000002_add_b.down.sql"
ok "written files listed on stderr" grep -q "000002_add_b.up.sql" "$T/err"

D=$T/gm4  # a directory numbered 0041, 0042 (width 4) continues as 0043
mkdir -p "$D"
cp "$T/v1.sql" "$D/0041_init.up.sql"
printf 'DROP TABLE a;\n' >"$D/0041_init.down.sql"
printf 'SELECT 1;\n' >"$D/0042_noop.up.sql"
run "$T/v1.sql" "$T/v2.sql" -o "$D" --layout golang-migrate --name add_b
ok "golang-migrate continues width 4" test -f "$D/0043_add_b.up.sql" -a -f "$D/0043_add_b.down.sql"
ok "a first write creates the sum" test -f "$D/schemadiff.sum"

D=$T/gmts  # timestamp-numbered golang-migrate directory: --version is used
mkdir -p "$D"
cp "$T/v1.sql" "$D/20240101000000_init.up.sql"
run "$T/v1.sql" "$T/v2.sql" -o "$D" --layout golang-migrate --name add_b --version 20240202000000
ok "golang-migrate timestamp --version" test -f "$D/20240202000000_add_b.up.sql"

D=$T/fw
run "$T/empty.sql" "$T/v1.sql" -o "$D" --layout flyway --name init
run "$T/v1.sql" "$T/v2.sql" -o "$D" --layout flyway --name add_b
ok "flyway files" test "$(cd "$D" && ls | tr '\n' ' ')" = \
    "U1__init.sql U2__add_b.sql V1__init.sql V2__add_b.sql schemadiff.sum "
D=$T/fw2
mkdir -p "$D" && cp "$T/v1.sql" "$D/V1.1__init.sql"
run "$T/v1.sql" "$T/v2.sql" -o "$D" --layout flyway --name add_b
ok "flyway continues 1.1 as 1.2" test -f "$D/V1.2__add_b.sql" -a -f "$D/U1.2__add_b.sql"

D=$T/dbmate
run "$T/empty.sql" "$T/v1.sql" -o "$D" --layout dbmate --name init --version 20240101120000
ok "dbmate --version exits 0" test "$code" -eq 0
run "$T/v1.sql" "$T/v2.sql" -o "$D" --layout dbmate --name add_b --version 20240102120000
ok "dbmate files" test "$(cd "$D" && ls | tr '\n' ' ')" = \
    "20240101120000_init.sql 20240102120000_add_b.sql schemadiff.sum "
ok "dbmate up section" grep -q '^-- migrate:up transaction:false$' "$D/20240102120000_add_b.sql"
ok "dbmate down section" grep -q '^-- migrate:down transaction:false$' "$D/20240102120000_add_b.sql"
run "$T/v2.sql" "$T/v3.sql" -o "$D" --layout dbmate --name too_old --version 20230101000000
ok "dbmate --version before the last one exits 1" test "$code" -eq 1
ok "... and says why" grep -q "does not come after" "$T/err"
D2=$T/dbmate2  # the same inputs and --version give the same bytes
run "$T/empty.sql" "$T/v1.sql" -o "$D2" --layout dbmate --name init --version 20240101120000
run "$T/v1.sql" "$T/v2.sql" -o "$D2" --layout dbmate --name add_b --version 20240102120000
ok "dbmate output is deterministic" diff -r "$D" "$D2"
D=$T/dbmate_clock  # without --version: the UTC clock, 14 digits
run "$T/empty.sql" "$T/v1.sql" -o "$D" --layout dbmate --name init
clock_named() { compgen -G "$D/20[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]_init.sql" >/dev/null; }
ok "dbmate without --version uses YYYYMMDDHHMMSS" clock_named

D=$T/plain
run "$T/empty.sql" "$T/v1.sql" -o "$D" --layout plain --name init
run "$T/v1.sql" "$T/v2.sql" -o "$D" --layout plain --name add_b
ok "plain files" test "$(cd "$D" && ls | tr '\n' ' ')" = \
    "0001_init.down.sql 0001_init.up.sql 0002_add_b.down.sql 0002_add_b.up.sql schemadiff.sum "

D=$T/auto  # --layout auto continues what is there
run "$T/v2.sql" "$T/v3.sql" -o "$T/fw" --layout auto --name add_note
ok "--layout auto detects flyway" test -f "$T/fw/V3__add_note.sql"

# --- nothing written --------------------------------------------------------
D=$T/none
run "$T/v1.sql" "$T/v1.sql" -o "$D" --layout golang-migrate --name nothing
ok "empty diff exits 0" test "$code" -eq 0
ok "empty diff says so" grep -q "no changes" "$T/err"
ok "empty diff writes nothing" test ! -e "$D"
run "$T/v2.sql" "$T/v1.sql" -o "$D" --layout golang-migrate --name drop_b
ok "withheld destructive step exits 3" test "$code" -eq 3
ok "withheld: nothing written" test ! -e "$D"
run "$T/v2.sql" "$T/v1.sql" -o "$D" --layout golang-migrate --name drop_b --allow-destructive
ok "--allow-destructive writes" test "$code" -eq 0 -a -f "$D/000001_drop_b.up.sql"
run "$T/v1.sql" "$T/v2.sql" -o "$D" --layout golang-migrate
ok "--layout without --name exits 1" test "$code" -eq 1
run "$T/v1.sql" "$T/v2.sql" -o "$D" --layout golang-migrate --name 'bad name'
ok "a name with a space exits 1" test "$code" -eq 1
run --version
ok "--version without --layout is still the program's" grep -q "schemadiff" "$T/out"

# --- check on the seed systems ----------------------------------------------
for seed in association booking_assistant business_tables community_platform messaging_bot; do
    run check --schema "$SRC/schemas/$seed/new.sql" --migrations "$SRC/schemas/$seed/migrations"
    ok "check passes on $seed" test "$code" -eq 0
done
run check --schema "$SRC/schemas/messaging_bot/new.sql" --migrations "$SRC/schemas/messaging_bot/migrations"
cp "$T/out" "$T/first"
run check --schema "$SRC/schemas/messaging_bot/new.sql" --migrations "$SRC/schemas/messaging_bot/migrations"
ok "check output is deterministic" cmp -s "$T/out" "$T/first"
ok "check says golang-migrate" grep -q "golang-migrate, 2 migration(s)" "$T/out"

# --- drift ------------------------------------------------------------------
D=$T/drift
cp -r "$SRC/schemas/association/migrations" "$D"
{ cat "$SRC/schemas/association/new.sql"; printf '\nCREATE TABLE public.tenants (id bigint PRIMARY KEY, name text NOT NULL);\n'; } >"$T/declared.sql"
run check --schema "$T/declared.sql" --migrations "$D"
ok "drift exits 2" test "$code" -eq 2
ok "drift report names the object" grep -q "table public.tenants: declared, but the migrations do not produce it" "$T/out"
ok "drift report shows the fixing SQL" grep -q "CREATE TABLE public.tenants" "$T/out"
run check --schema "$SRC/schemas/association/old.sql" --migrations "$D"
ok "drift the other way exits 2" test "$code" -eq 2
ok "... naming what the migrations produce" grep -q "produced by the migrations, but not declared" "$T/out"

# --fix writes the missing migration, after which check passes
run check --schema "$T/declared.sql" --migrations "$D" --fix --name add_tenants
ok "--fix exits 0" test "$code" -eq 0
ok "--fix writes the next golang-migrate migration" test -f "$D/000003_add_tenants.up.sql" -a -f "$D/000003_add_tenants.down.sql"
run check --schema "$T/declared.sql" --migrations "$D"
ok "check passes after --fix" test "$code" -eq 0
D=$T/fixdefault
cp -r "$SRC/schemas/association/migrations" "$D"
run check --schema "$T/declared.sql" --migrations "$D" --fix
ok "--fix default name" test -f "$D/000003_schemadiff_fix.up.sql"

# --- schemadiff.sum ---------------------------------------------------------
D=$T/edited
cp -r "$SRC/schemas/booking_assistant/migrations" "$D"
printf '\n-- a harmless edit\n' >>"$D/000002_"*.up.sql
run check --schema "$SRC/schemas/booking_assistant/new.sql" --migrations "$D"
ok "edited migration exits 2" test "$code" -eq 2
ok "edited migration is named" grep -q "000002_.*up.sql: edited after it was summed" "$T/out"
run "$SRC/schemas/booking_assistant/new.sql" "$T/v1.sql" -o "$D" --layout golang-migrate --name more --allow-destructive
ok "writing into a directory with an edited migration exits 1" test "$code" -eq 1
ok "... and writes nothing" test -z "$(ls "$D" | grep more)"
run check --schema "$SRC/schemas/booking_assistant/new.sql" --migrations "$D" --update-sum
ok "--update-sum accepts it" test "$code" -eq 0
D=$T/unsummed
cp -r "$SRC/schemas/booking_assistant/migrations" "$D"
printf 'SELECT 1;\n' >"$D/000003_noop.up.sql"
run check --schema "$SRC/schemas/booking_assistant/new.sql" --migrations "$D"
ok "unsummed migration exits 2" test "$code" -eq 2
ok "unsummed migration is named" grep -q "000003_noop.up.sql: not in schemadiff.sum" "$T/out"
rm "$D/000003_noop.up.sql" "$D/000001_initial.down.sql"
run check --schema "$SRC/schemas/booking_assistant/new.sql" --migrations "$D"
ok "removed migration is named" grep -q "000001_initial.down.sql: listed in schemadiff.sum but removed" "$T/out"

# --- errors and bad downs ---------------------------------------------------
D=$T/badsql
mkdir -p "$D"
cp "$T/v1.sql" "$D/000001_init.up.sql"
printf 'ALTER TABLE a ADD COLUMN note text;\nCREATE TABEL c (id int);\n' >"$D/000002_broken.up.sql"
"$BIN" check --migrations "$D" --schema "$T/v3.sql" --update-sum >"$T/out" 2>"$T/err"
code=$?
ok "bad SQL exits 1" test "$code" -eq 1
ok "bad SQL: file:line:col" grep -q "000002_broken.up.sql:2:8: error: syntax error" "$T/err"
ok "bad SQL: caret" grep -q '^           \^$' "$T/err"
D=$T/baddown
run "$T/empty.sql" "$T/v2.sql" -o "$D" --layout golang-migrate --name init
run "$T/v2.sql" "$T/v3.sql" -o "$D" --layout golang-migrate --name add_note
printf 'SELECT 1;\n' >"$D/000002_add_note.down.sql"  # forgets to drop the column
run check --schema "$T/v3.sql" --migrations "$D" --update-sum
ok "bad down exits 2" test "$code" -eq 2
ok "bad down is named" grep -q "000002_add_note.down.sql" "$T/out"
ok "bad down: what it leaves" grep -q "column public.a.note: left behind" "$T/out"
run check --schema "$T/v3.sql" --migrations "$T/nonexistent"
ok "missing directory exits 1" test "$code" -eq 1

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
