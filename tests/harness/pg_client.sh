# pg_client.sh - sourced by roundtrip.sh and the conformance runner: finds the
# PostgreSQL client programs and connects to a cluster made by pg_cluster.sh.
#
#   pg_client_setup CLUSTER APPNAME [EXTRA_PGOPTIONS]
#
# Sets PGBIN, PSQL, PG_DUMP and the libpq environment (PGHOST, PGPORT, ...).
# Calls the caller's `die MESSAGE` on any failure.

pg_client_find_bindir() {
    if [[ -n "${PG_BINDIR:-}" ]]; then echo "$PG_BINDIR"; return; fi
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -n -r); do
        if [[ -x "$d/psql" && -x "$d/pg_dump" ]]; then echo "$d"; return; fi
    done
    dirname "$(command -v psql || echo /usr/bin/psql)"
}

pg_client_setup() {
    local cluster=$1 appname=$2 extra=${3:-}
    local here
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    PGBIN=$(pg_client_find_bindir)
    PSQL="$PGBIN/psql"
    PG_DUMP="$PGBIN/pg_dump"
    [[ -x "$PSQL" && -x "$PG_DUMP" ]] || die "psql/pg_dump not found in $PGBIN (set PG_BINDIR)"
    [[ -f "$cluster/port" ]] || die "no cluster at $cluster (run: tests/harness/pg_cluster.sh start $cluster)"
    eval "$("$here/pg_cluster.sh" env "$cluster")" || die "pg_cluster.sh env failed"
    export PGAPPNAME="$appname"
    export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning -c lock_timeout=60s $extra"
    "$PSQL" -X -q -A -t -d postgres -c 'SELECT 1' >/dev/null 2>&1 \
        || die "cannot connect to the cluster at $cluster (is it running?)"
}
