#!/usr/bin/env bash
# A private PostgreSQL server for the tests, on 127.0.0.1 only and on a free port, in a
# throwaway directory; nothing of the machine's own PostgreSQL is used or touched.
#
#   postgres_server.sh start ENV_FILE   initdb + start; writes host, port, logins and passwords
#   postgres_server.sh stop ENV_FILE    stops the server and removes its directory
#
# The server runs as the `postgres` system user when started by root (PostgreSQL refuses
# root). It accepts passwords (scram-sha-256) over TCP only; fsync is off, as its data is thrown
# away. Two logins: fd_admin (superuser, creates a database per test) and fd_owner (owns those
# databases and is what FunnelDesk connects as).
set -euo pipefail

command=${1:?start or stop}
env_file=${2:?the file that records the server}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "postgres_server.sh: PostgreSQL is not installed (./scripts/deps.sh installs it)" >&2
  exit 1
fi

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

stop_recorded() {
  if [ -f "$env_file" ]; then
    local dir
    dir=$(sed -n 's/^FD_PG_DIR=//p' "$env_file")
    if [ -n "$dir" ] && [ -d "$dir/data" ]; then
      as_server_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "$dir" ]; then
      rm -rf "$dir"
    fi
    rm -f "$env_file"
  fi
}

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

case "$command" in
  start)
    stop_recorded  # a server left over from an interrupted run
    dir=$(mktemp -d /tmp/funneldesk-pg.XXXXXX)
    chmod 755 "$dir"
    admin_password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
    owner_password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '%s\n' "$admin_password" > "$dir/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
      chown -R postgres: "$dir"
    fi
    as_server_user "$bindir/initdb" -D "$dir/data" -U fd_admin --pwfile="$dir/pwfile" -E UTF8 \
      --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
    rm -f "$dir/pwfile"
    port=$(( 54000 + RANDOM % 1500 ))
    while ! port_free "$port"; do
      port=$(( port + 1 ))
    done
    as_server_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off \
          -c synchronous_commit=off -c max_connections=300 -c shared_buffers=128MB \
          -c max_pred_locks_per_transaction=256" start >/dev/null || {
      cat "$dir/server.log" >&2
      exit 1
    }
    as_server_user "$bindir/psql" -q -h "$dir" -p "$port" -U fd_admin -d postgres -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE fd_owner LOGIN CREATEDB CREATEROLE PASSWORD '$owner_password'" >/dev/null
    umask 077
    cat > "$env_file" <<ENV
FD_PG_DIR=$dir
FD_PG_HOST=127.0.0.1
FD_PG_PORT=$port
FD_PG_ADMIN=fd_admin
FD_PG_ADMIN_PASSWORD=$admin_password
FD_PG_OWNER=fd_owner
FD_PG_OWNER_PASSWORD=$owner_password
ENV
    echo "PostgreSQL for the tests on 127.0.0.1:$port ($dir)"
    ;;
  stop)
    stop_recorded
    ;;
  *)
    echo "usage: postgres_server.sh start|stop ENV_FILE" >&2
    exit 2
    ;;
esac
