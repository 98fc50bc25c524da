#!/usr/bin/env bash
# Installs PostgreSQL from Debian packages (if missing), starts a private cluster on
# 127.0.0.1 as the `postgres` user, creates a test database and prints its URL as the
# last line on stdout. Idempotent: a cluster that already runs is reused.
#
#   export POORTWACHTER_TEST_POSTGRES_URL="$(scripts/ci-postgres.sh)"
#
# Environment: PW_PG_PORT (default 55432), PW_PG_DIR (default /tmp/poortwachter-pg-$PORT),
# PW_PG_DB (default poortwachter_test). Must run as root (apt-get, su postgres).
set -euo pipefail

PORT="${PW_PG_PORT:-55432}"
DIR="${PW_PG_DIR:-/tmp/poortwachter-pg-$PORT}"
DB="${PW_PG_DB:-poortwachter_test}"
log() { echo "ci-postgres: $*" >&2; }

pg_bin() {
    local d
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

if [ -z "$(pg_bin)" ]; then
    log "installing postgresql from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y postgresql >&2 || { apt-get update >&2 && apt-get install -y postgresql >&2; }
fi
BIN="$(pg_bin)"
[ -n "$BIN" ] || { log "postgresql binaries not found after install"; exit 1; }
as_pg() { su postgres -s /bin/sh -c "$*"; }

if ! as_pg "'$BIN/pg_isready' -q -h 127.0.0.1 -p $PORT"; then
    if [ ! -f "$DIR/PG_VERSION" ]; then
        log "initdb in $DIR"
        mkdir -p "$DIR"
        chown postgres:postgres "$DIR"
        chmod 700 "$DIR"
        as_pg "'$BIN/initdb' -D '$DIR' -U postgres --auth=trust -E UTF8 >/dev/null"
    fi
    log "starting on 127.0.0.1:$PORT"
    as_pg "'$BIN/pg_ctl' -D '$DIR' -l '$DIR/server.log' -w -t 60 \
        -o \"-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1 -c fsync=on\" start >/dev/null"
fi
for _ in $(seq 1 30); do
    as_pg "'$BIN/pg_isready' -q -h 127.0.0.1 -p $PORT" && break
    sleep 1
done
if ! as_pg "'$BIN/psql' -h 127.0.0.1 -p $PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" | grep -q 1; then
    as_pg "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U postgres '$DB'"
fi
echo "postgres://postgres@127.0.0.1:$PORT/$DB"
