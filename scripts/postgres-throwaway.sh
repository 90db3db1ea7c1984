#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for the tests and prints its SQLAlchemy URL.
#   eval "$(bash scripts/postgres-throwaway.sh start)"   -> exports SERAMBI_TEST_POSTGRES_URL
#   bash scripts/postgres-throwaway.sh stop "$SERAMBI_PG_DIR"
set -euo pipefail
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

run_as_db_user() {
  if [[ "$(id -u)" == "0" ]]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "${1:-start}" in
  start)
    DIR="$(mktemp -d /tmp/serambi-pg.XXXXXX)"
    [[ "$(id -u)" == "0" ]] && chown postgres "$DIR"
    PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    run_as_db_user "'$BIN/initdb' -D '$DIR/data' -A trust -U serambi -E UTF8 >'$DIR/initdb.log' 2>&1"
    run_as_db_user "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -w \
      -o \"-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
    echo "export SERAMBI_PG_DIR='$DIR'"
    echo "export SERAMBI_TEST_POSTGRES_URL='postgresql+psycopg://serambi@127.0.0.1:$PORT/postgres'"
    ;;
  stop)
    DIR="${2:?data dir}"
    run_as_db_user "'$BIN/pg_ctl' -D '$DIR/data' -m immediate stop >/dev/null 2>&1" || true
    rm -rf "$DIR"
    ;;
esac
