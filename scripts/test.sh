#!/usr/bin/env bash
# Runs every test: doctest unit tests and the round trips on a private
# PostgreSQL 15 (started and removed by ctest's fixture).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/tools/schemadiff ] || bash scripts/setup.sh >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
ctest_log=$(mktemp)
(cd build && ctest -j"$(nproc)" --output-on-failure) | tee "$ctest_log"

# Robustness: the unit and lint tests under AddressSanitizer and
# UndefinedBehaviorSanitizer, and a short libFuzzer run over the whole
# pipeline (clang). A longer run is one command away: docs/robustness.md.
cmake -S . -B build-asan -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSCHEMADIFF_SANITIZE=ON -DSCHEMADIFF_FUZZ=ON -DSCHEMADIFF_PG_TESTS=OFF >/dev/null
cmake --build build-asan -j"$(nproc)" --target unit_tests lint_tests fuzz_pipeline >/dev/null
./build-asan/tests/unit_tests
./build-asan/tests/lint_tests
corpus=$(mktemp -d)
cp tests/fuzz/corpus/* "$corpus"/
./build-asan/tests/fuzz/fuzz_pipeline -max_total_time=60 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
  "$corpus" 2>&1 | tail -n 12
rm -rf "$corpus"

# One closing line with the ctest counts (the fuzzer's statistics print last otherwise).
total=$(sed -n 's/.* tests failed out of \([0-9]*\).*/\1/p' "$ctest_log" | tail -n 1)
failed=$(sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' "$ctest_log" | tail -n 1)
rm -f "$ctest_log"
echo "ctest: $((total - failed)) passed, $failed failed"
