#!/usr/bin/env bash
# A private PostgreSQL server for the integration tests (team mode).
#
#   bash .ci/pg.sh start   # initdb if needed, start on 127.0.0.1:54329, create role+db+test logins, print the URL
#   bash .ci/pg.sh stop    # stop it (no-op when it is not running)
#   bash .ci/pg.sh url     # print the URL
#   bash .ci/pg.sh status  # exit 0 when running
#
# Idempotent. Works as root (initdb and the server run as the 'postgres' user,
# since initdb refuses to run as root) or as an ordinary user. Needs Debian's
# `postgresql` package (binaries in /usr/lib/postgresql/<major>/bin).
# Environment: EXEMPTIO_PG_DIR (default /tmp/exemptio-pg), EXEMPTIO_PG_PORT (default 54329),
# EXEMPTIO_PG_FSYNC (default off: a throw-away test server; "on" for realistic load tests).
set -euo pipefail

PGDIR="${EXEMPTIO_PG_DIR:-/tmp/exemptio-pg}"
PORT="${EXEMPTIO_PG_PORT:-54329}"
ROLE=exemptio_test
DBNAME=exemptio_test
URL="postgresql+psycopg://${ROLE}@127.0.0.1:${PORT}/${DBNAME}"
# Test logins of team mode (tests/pg_fixtures.py maps them to officers in each test database).
TEAM_LOGINS="exemptio_t_head exemptio_t_rev exemptio_t_rev2 exemptio_t_off exemptio_t_off2 exemptio_t_aud exemptio_t_none"

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  echo "pg.sh: PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2
  exit 2
}
BIN=$(find_bindir)

# Run a command as the server's owner.
if [ "$(id -u)" = "0" ]; then
  OWNER=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  OWNER=$(id -un)
  as_owner() { "$@"; }
fi

psql_admin() {
  "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres "$@"
}

running() {
  [ -f "$PGDIR/data/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1
}

start() {
  mkdir -p "$PGDIR"
  if [ "$(id -u)" = "0" ]; then chown "$OWNER:$OWNER" "$PGDIR"; fi
  chmod 700 "$PGDIR"
  if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
    as_owner "$BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1 \
      || { cat "$PGDIR/initdb.log" >&2; echo "pg.sh: initdb failed" >&2; exit 2; }
  fi
  as_owner mkdir -p "$PGDIR/sock"
  if ! running; then
    as_owner "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log.txt" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$PGDIR/sock -c max_connections=200 -c fsync=${EXEMPTIO_PG_FSYNC:-off}" \
      start >/dev/null \
      || { tail -n 20 "$PGDIR/log.txt" >&2; echo "pg.sh: the server did not start" >&2; exit 2; }
  fi
  # Role and database (idempotent). CREATEDB: the tests make one database per test.
  # CREATEROLE: the owner (migration login) creates the team group roles (migration 0007)
  # and maps the first head of unit (exemptio db team-setup).
  psql_admin -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
        CREATE ROLE ${ROLE} LOGIN CREATEDB;
      END IF; END \$\$;"
  psql_admin -c "ALTER ROLE ${ROLE} CREATEDB CREATEROLE"
  # DROP DATABASE ... WITH (FORCE) of a test database other logins are still connected to.
  psql_admin -c "GRANT pg_signal_backend TO ${ROLE}"
  # One login per test officer (team mode, issue 14); trust auth on 127.0.0.1 like the owner.
  for login in ${TEAM_LOGINS}; do
    psql_admin -c "DO \$\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${login}') THEN
          CREATE ROLE ${login} LOGIN;
        END IF; END \$\$;"
  done
  if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '${DBNAME}'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE ${DBNAME} OWNER ${ROLE} ENCODING 'UTF8' TEMPLATE template0"
  fi
  echo "$URL"
}

stop() {
  if running; then
    as_owner "$BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  status) running ;;
  *) echo "usage: bash .ci/pg.sh start|stop|url|status" >&2; exit 2 ;;
esac
