#!/usr/bin/env bash
# pg_cluster.sh - throwaway PostgreSQL cluster for the schemadiff test harness.
#
#   pg_cluster.sh start DIR   initdb (trust auth) into DIR/data and start a server
#                             whose only listening socket is the unix socket in DIR
#                             (listen_addresses=''). A server left over in DIR from an
#                             earlier run is stopped and DIR is recreated first.
#   pg_cluster.sh stop DIR    stop the server (fast, then immediate) and rm -rf DIR.
#                             Idempotent: a missing DIR or a dead server is fine.
#   pg_cluster.sh env DIR     print shell `export` lines (PGHOST/PGPORT/PGUSER/PGDATABASE)
#                             for connecting to the cluster: eval "$(pg_cluster.sh env DIR)"
#   pg_cluster.sh status DIR  exit 0 if the server in DIR accepts connections.
#
# When run as root, the server binaries run as the `postgres` user through
# `runuser -u postgres --` and DIR is chown'ed to it. Otherwise they run as the caller.
#
# Environment:
#   PG_BINDIR   directory holding initdb/pg_ctl/postgres (default: newest
#               /usr/lib/postgresql/*/bin, else the directory of `pg_ctl` on PATH)
#   PG_PORT     port number used for the socket name (default: derived from DIR,
#               in 20000..29999; no TCP port is ever opened)
#   PG_RUN_AS   user to run the server as when invoked as root (default: postgres)
set -euo pipefail

MARKER=.schemadiff-pg-cluster

die() { echo "pg_cluster.sh: $*" >&2; exit 1; }

usage() {
    echo "usage: pg_cluster.sh {start|stop|env|status} DIR" >&2
    exit 2
}

find_bindir() {
    if [[ -n "${PG_BINDIR:-}" ]]; then
        [[ -x "$PG_BINDIR/pg_ctl" ]] || die "PG_BINDIR=$PG_BINDIR has no pg_ctl"
        echo "$PG_BINDIR"; return
    fi
    local d best=""
    # newest major version first
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -n -r); do
        if [[ -x "$d/pg_ctl" && -x "$d/initdb" ]]; then best=$d; break; fi
    done
    if [[ -z "$best" ]] && command -v pg_ctl >/dev/null 2>&1; then
        best=$(dirname "$(command -v pg_ctl)")
    fi
    [[ -n "$best" ]] || die "cannot find PostgreSQL server binaries (set PG_BINDIR)"
    echo "$best"
}

abspath() {
    local p=$1
    [[ "$p" == /* ]] || p="$PWD/$p"
    # normalise without requiring existence
    realpath -m -- "$p"
}

port_for() {
    if [[ -n "${PG_PORT:-}" ]]; then echo "$PG_PORT"; return; fi
    local sum
    sum=$(printf '%s' "$1" | cksum | cut -d' ' -f1)
    echo $(( 20000 + sum % 10000 ))
}

IS_ROOT=0
[[ $(id -u) -eq 0 ]] && IS_ROOT=1
RUN_AS=${PG_RUN_AS:-postgres}

# Run a server-side binary, as $RUN_AS when we are root. cd / first: the postgres
# binaries fail if they cannot read the current directory.
as_pg() {
    if (( IS_ROOT )); then
        (cd / && runuser -u "$RUN_AS" -- "$@")
    else
        (cd / && "$@")
    fi
}

server_pid() {   # prints the postmaster pid recorded in DIR/data, if any
    local pidfile="$1/data/postmaster.pid"
    [[ -r "$pidfile" ]] || return 1
    local pid
    pid=$(head -n1 "$pidfile" 2>/dev/null || true)
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    echo "$pid"
}

pid_alive() { kill -0 "$1" 2>/dev/null; }

# Is the recorded pid really a postgres postmaster for this data directory?
pid_is_our_postmaster() {
    local pid=$1 data=$2
    pid_alive "$pid" || return 1
    [[ -r /proc/$pid/cmdline ]] || return 0   # cannot check; trust the pid file
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$data"
}

do_stop() {
    local dir=$1 bindir
    if [[ ! -e "$dir" ]]; then
        return 0
    fi
    [[ -d "$dir" ]] || die "$dir exists and is not a directory"
    if [[ ! -e "$dir/$MARKER" ]] && [[ -n "$(ls -A "$dir" 2>/dev/null)" ]]; then
        die "refusing to touch $dir: not created by pg_cluster.sh (no $MARKER)"
    fi
    bindir=$(find_bindir)
    local pid=""
    pid=$(server_pid "$dir" || true)
    if [[ -d "$dir/data" && -n "$pid" ]] && pid_is_our_postmaster "$pid" "$dir/data"; then
        as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
            || as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 \
            || true
        local i
        for i in $(seq 1 50); do
            pid_alive "$pid" || break
            sleep 0.2
        done
        if pid_alive "$pid"; then
            # last resort: only the postmaster whose pid file lives in DIR
            kill -QUIT "$pid" 2>/dev/null || true
            sleep 1
            pid_alive "$pid" && kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -rf -- "$dir"
}

do_start() {
    local dir=$1 bindir port
    bindir=$(find_bindir)
    port=$(port_for "$dir")

    # A unix socket path is limited to 107 bytes: DIR/.s.PGSQL.NNNNN
    local sock="$dir/.s.PGSQL.$port"
    (( ${#sock} <= 100 )) || die "socket path too long (${#sock} bytes): $sock; use a shorter DIR"

    # Leftover from an earlier (crashed) run: stop it and start from scratch.
    do_stop "$dir"

    mkdir -p -- "$dir"
    touch "$dir/$MARKER"
    mkdir -p "$dir/log"
    if (( IS_ROOT )); then
        chown -R "$RUN_AS": "$dir"
        # the postgres user must be able to reach DIR
        if ! runuser -u "$RUN_AS" -- test -w "$dir"; then
            die "user $RUN_AS cannot write $dir (a parent directory is not searchable?); use a DIR under /tmp"
        fi
    fi

    as_pg "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C \
        --no-sync --no-instructions >"$dir/log/initdb.log" 2>&1 \
        || { cat "$dir/log/initdb.log" >&2; die "initdb failed"; }

    cat >>"$dir/data/postgresql.conf" <<EOF

# ---- schemadiff test harness ----
listen_addresses = ''
unix_socket_directories = '$dir'
unix_socket_permissions = 0777
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
shared_buffers = 32MB
logging_collector = off
log_min_messages = warning
log_min_error_statement = panic
log_checkpoints = off
log_connections = off
log_disconnections = off
autovacuum = off
jit = off
timezone = 'UTC'
datestyle = 'iso, mdy'
lc_messages = 'C'
EOF
    echo "$port" >"$dir/port"
    (( IS_ROOT )) && chown "$RUN_AS": "$dir/port"

    if ! as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log/postgres.log" -w -t 60 -s start; then
        cat "$dir/log/postgres.log" >&2 || true
        die "server failed to start"
    fi
    local i
    for i in $(seq 1 100); do
        if "$bindir/pg_isready" -q -h "$dir" -p "$port" -U postgres -d postgres; then
            echo "pg_cluster.sh: server ready: socket $dir port $port (bindir $bindir)"
            return 0
        fi
        sleep 0.1
    done
    cat "$dir/log/postgres.log" >&2 || true
    die "server did not become ready"
}

do_env() {
    local dir=$1 port
    if [[ -r "$dir/port" ]]; then port=$(cat "$dir/port"); else port=$(port_for "$dir"); fi
    printf "unset PGHOSTADDR PGSERVICE PGSERVICEFILE PGPASSWORD PGCLUSTER\n"
    printf "export PGHOST=%q\n" "$dir"
    printf "export PGPORT=%q\n" "$port"
    printf "export PGUSER=postgres\n"
    printf "export PGDATABASE=postgres\n"
}

do_status() {
    local dir=$1 port bindir
    bindir=$(find_bindir)
    [[ -r "$dir/port" ]] || return 1
    port=$(cat "$dir/port")
    "$bindir/pg_isready" -q -h "$dir" -p "$port" -U postgres -d postgres
}

[[ $# -eq 2 ]] || usage
cmd=$1
[[ -n "$2" ]] || usage
DIR=$(abspath "$2")
case "$DIR" in
    / | /tmp | /root | /home | /usr | /var | /etc) die "refusing to use $DIR as cluster directory" ;;
esac

case "$cmd" in
    start)  do_start "$DIR" ;;
    stop)   do_stop "$DIR" ;;
    env)    do_env "$DIR" ;;
    status) do_status "$DIR" ;;
    *) usage ;;
esac
