#!/usr/bin/env bash
# verify_data_example.sh - `schemadiff verify OLD NEW --data` on one example
# pair: both migrations keep the generated rows (backfill annotations fill
# the new NOT NULL columns and tables), and the row generator fills every
# table of both versions.
#
#   verify_data_example.sh SCHEMADIFF EXAMPLE_DIR
#
# Exit 0 pass, 1 fail, 77 skip (no PostgreSQL server programs).
set -uo pipefail

BIN=${1:?usage: verify_data_example.sh SCHEMADIFF EXAMPLE_DIR}
DIR=${2:?usage: verify_data_example.sh SCHEMADIFF EXAMPLE_DIR}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    echo "SKIP: no PostgreSQL server programs"
    exit 77
fi

out=$("$BIN" verify "$DIR/old.sql" "$DIR/new.sql" --data)
rc=$?
echo "$out"
if [[ $rc -ne 0 ]]; then
    echo "FAIL: verify --data exited $rc"
    exit 1
fi
# Every table of both versions holds rows: "filled N of N table(s)".
for phase in fill-old fill-new; do
    line=$(grep -E "^pass +$phase " <<<"$out")
    if ! [[ $line =~ filled\ ([0-9]+)\ of\ ([0-9]+)\ table && ${BASH_REMATCH[1]} == "${BASH_REMATCH[2]}" ]]; then
        echo "FAIL: $phase left tables empty: $line"
        exit 1
    fi
done
echo "PASS"
