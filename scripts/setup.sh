#!/usr/bin/env bash
# Installs the Debian packages schemadiff needs, builds it, and runs it on a
# bundled example. Idempotent; run as root (or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PACKAGES=(build-essential cmake libpg-query-dev libprotobuf-c-dev nlohmann-json3-dev libcli11-dev libdtl-dev
          doctest-dev libkainjow-mustache-dev postgresql postgresql-contrib clang)
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
echo "== schemadiff schemas/messaging_bot/old.sql schemas/messaging_bot/new.sql"
./build/tools/schemadiff schemas/messaging_bot/old.sql schemas/messaging_bot/new.sql || test $? -eq 3
