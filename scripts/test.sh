#!/usr/bin/env bash
# Runs every test: doctest unit tests and the round trips on a private
# PostgreSQL 15 (started and removed by ctest's fixture).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/tools/schemadiff ] || bash scripts/setup.sh >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
cd build
ctest -j"$(nproc)" --output-on-failure
