#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the provider-matrix tests and for trying CareDesk on PostgreSQL: a data
# directory in its own temp folder, listening only on 127.0.0.1 on a free port, trust authentication for one user
# ("caredesk", a superuser of this cluster only). Nothing touches /etc or
# the system's own clusters.
#
#   eng/postgres.sh start DIR   installs postgresql-15 if missing (root, apt), initdb + pg_ctl start, and writes
#                               DIR/postgres.env (POSTGRES_PORT, CAREDESK_POSTGRES) and DIR/connection-string
#   eng/postgres.sh stop DIR    stops the cluster started in DIR by the PID in its postmaster.pid
#
# The connection string names the database "caredesk"; tests create their own databases next to it (the user may).
# PostgreSQL refuses to run as root, so as root the cluster belongs to the "postgres" OS user.
set -euo pipefail

command_name="${1:-}"
dir="${2:-}"
if [ -z "$command_name" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bin="${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}"
user="caredesk"

install_if_missing() {
  if [ -x "$bin/postgres" ]; then
    return
  fi
  if [ "$(id -u)" != "0" ]; then
    echo "PostgreSQL 15 is missing ($bin/postgres): run 'sudo apt-get install postgresql-15' or set POSTGRES_BIN." >&2
    exit 1
  fi
  echo "Installing postgresql-15 for the PostgreSQL tests..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
}

# As root, run the server tools as the postgres OS user (it owns the data directory); otherwise as ourselves.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A port nothing listens on; bash's /dev/tcp fails to connect when the port is free.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  exit 1
}

start() {
  install_if_missing
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  # The cluster lives in its own temp folder: as root it belongs to the postgres user, which may not be able to
  # enter DIR (mktemp folders are 0700). DIR/cluster-dir remembers where it is for "stop".
  local cluster port
  cluster="$(mktemp -d "${TMPDIR:-/tmp}/caredesk-postgres.XXXXXX")"
  printf '%s\n' "$cluster" >"$dir/cluster-dir"
  mkdir -p "$cluster/data" "$cluster/run"
  if [ "$(id -u)" = "0" ]; then
    chown -R postgres:postgres "$cluster"
  fi
  port="$(free_port)"

  # C.UTF-8 sorts by code point like SQLite's BINARY collation, so ORDER BY on text agrees across providers (ADR-019).
  as_owner "$bin/initdb" --pgdata="$cluster/data" --username="$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # A test server: durability traded for speed (fsync off), enough connections for parallel test classes.
  printf '%s\n' "listen_addresses = '127.0.0.1'" "port = $port" "unix_socket_directories = '$cluster/run'" \
    "max_connections = 300" "fsync = off" "synchronous_commit = off" "full_page_writes = off" \
    | as_owner tee -a "$cluster/data/postgresql.conf" >/dev/null
  # The daemon must not hold the caller's stdout/stderr open (a test runner reading them would wait forever).
  as_owner "$bin/pg_ctl" --pgdata="$cluster/data" --log="$cluster/postgres.log" --wait --timeout=60 start </dev/null >"$dir/pg_ctl.log" 2>&1 || {
    cat "$dir/pg_ctl.log" "$cluster/postgres.log" >&2 || true
    exit 1
  }
  "$bin/createdb" --host=127.0.0.1 --port="$port" --username="$user" caredesk

  local connection="Host=127.0.0.1;Port=$port;Database=caredesk;Username=$user"
  printf '%s\n' "$connection" >"$dir/connection-string"
  printf '%s\n' "POSTGRES_PORT=$port" "CAREDESK_POSTGRES='$connection'" >"$dir/postgres.env"
  echo "postgresql up on 127.0.0.1:$port (cluster in $cluster): $connection"
}

stop() {
  # By the PID in the cluster's own postmaster.pid, never by name, so other clusters live on. SIGINT is a fast shutdown.
  [ -f "$dir/cluster-dir" ] || return 0
  local cluster pid
  cluster="$(cat "$dir/cluster-dir")"
  if [ -f "$cluster/data/postmaster.pid" ]; then
    pid="$(head -n 1 "$cluster/data/postmaster.pid")"
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "postgres (PID $pid) did not stop within 10 s; its cluster stays in $cluster" >&2
      exit 1
    fi
  fi
  rm -rf "$cluster" "$dir/cluster-dir"
}

case "$command_name" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
