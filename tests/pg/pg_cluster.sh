#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL/PostGIS server the tests use.
#   pg_cluster.sh start DIR PORT   initialise DIR, start the server, create griddesk_test with PostGIS
#   pg_cluster.sh stop DIR         stop it (always safe to call)
#   pg_cluster.sh crash DIR        kill the server abruptly (immediate shutdown, as on a crash)
#   pg_cluster.sh resume DIR       start it again after a crash, on the same port and data
# The server speaks TLS with a certificate for 127.0.0.1 and localhost, signed
# by a throwaway certificate authority whose certificate is DIR/root.crt (for
# sslmode=verify-full); DIR/other-root.crt is an authority that signed nothing.
# As root, the server runs as the postgres user (initdb and pg_ctl refuse root).
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL server binaries not found (install postgresql-15)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# fsync is off (a test machine does not lose power mid-test) but commits stay
# synchronous, so a killed server keeps every commit it acknowledged.
make_certificates() {
  local ssl="openssl req -x509 -newkey rsa:2048 -nodes -days 2"
  $ssl -keyout "$dir/root.key" -out "$dir/root.crt" -subj "/CN=GridDesk test authority" >/dev/null 2>&1
  $ssl -keyout "$dir/other-root.key" -out "$dir/other-root.crt" -subj "/CN=Some other authority" >/dev/null 2>&1
  openssl req -new -newkey rsa:2048 -nodes -keyout "$dir/data/server.key" -out "$dir/server.csr" \
    -subj "/CN=127.0.0.1" >/dev/null 2>&1
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$dir/san.ext"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/root.crt" -CAkey "$dir/root.key" -CAcreateserial \
    -days 2 -extfile "$dir/san.ext" -out "$dir/data/server.crt" >/dev/null 2>&1
  chmod 600 "$dir/data/server.key"
  [ "$(id -u)" = 0 ] && chown postgres "$dir/data/server.key" "$dir/data/server.crt"
  chmod 644 "$dir/root.crt" "$dir/other-root.crt"
}
try_start() {
  as_pg "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/server.log" \
    -o "-p $1 -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on" start >/dev/null
}
start_server() { try_start "$1" || { cat "$dir/server.log" >&2; exit 1; }; }
case "$cmd" in
  start)
    port=${3:?port}
    if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # The tests' owner connection (postgres) needs no password; every
    # person's login must give theirs, as on a real server.
    cat >"$dir/data/pg_hba.conf" <<'HBA'
local all postgres trust
host  all postgres 127.0.0.1/32 trust
host  all all      127.0.0.1/32 scram-sha-256
HBA
    echo "$port" >"$dir/port"
    make_certificates
    start_server "$port"
    psql="$bin/psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $port -U postgres"
    $psql -d postgres -c "CREATE DATABASE griddesk_test"
    $psql -d griddesk_test -c "CREATE EXTENSION postgis"
    echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    echo "PostgreSQL test server stopped"
    ;;
  crash)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    echo "PostgreSQL test server crashed on purpose"
    ;;
  resume)
    # Right after an immediate stop the old server's processes may still hold
    # its shared memory for a moment, and a new postmaster then refuses to
    # start ("pre-existing shared memory block is still in use"): try again.
    port=$(cat "$dir/port")
    for attempt in 1 2 3 4 5; do
      if try_start "$port" 2>/dev/null; then break; fi
      if [ "$attempt" = 5 ]; then tail -n 30 "$dir/server.log" >&2; exit 1; fi
      echo "PostgreSQL test server did not start again (attempt $attempt):" >&2
      tail -n 5 "$dir/server.log" >&2
      sleep 2
    done
    echo "PostgreSQL test server running again"
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR | crash DIR | resume DIR" >&2; exit 2 ;;
esac
