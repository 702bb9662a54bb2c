#!/usr/bin/env bash
# Start Debian's PostgreSQL for the test suite (installing it if needed) and print its URL.
# PostgreSQL refuses to run as root, so the cluster runs as its own `postgres` user.
# Usage: devtools/postgres.sh start | url | stop
set -euo pipefail

DB_USER=cen
DB_PASSWORD=cen-test-only
DB_NAME=cen

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { as_root runuser -u postgres -- "$@"; }

cluster() { pg_lsclusters --no-header | head -n 1; }

url() {
    local port
    port=$(cluster | awk '{print $3}')
    echo "postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${DB_NAME}"
}

start() {
    "$(dirname "$0")/apt-install.sh" pg_lsclusters=postgresql
    if [ -z "$(cluster)" ]; then
        as_root pg_createcluster --start 15 main >/dev/null
    fi
    read -r version name port status _ <<<"$(cluster)"
    if [ "$status" != "online" ]; then
        as_root pg_ctlcluster "$version" "$name" start
    fi
    wait_ready "$port" || { echo "PostgreSQL did not start on port $port" >&2; exit 1; }
    advised_memory "$version" "$name" "$port"
    # The test runner creates and drops its own test database, so the role needs CREATEDB.
    if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '${DB_USER}'" | grep -q 1; then
        as_postgres psql -p "$port" -qc "CREATE ROLE ${DB_USER} LOGIN CREATEDB PASSWORD '${DB_PASSWORD}'"
    fi
    if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'" | grep -q 1; then
        as_postgres createdb -p "$port" -O "${DB_USER}" "${DB_NAME}"
    fi
}

# The shared_buffers the README advises for production, a quarter of memory, so that the bench
# measures what production runs. Debian's default, 128 MB, holds an eighth of the search entries
# of 100,000 items: a word found in most of them then copies 45,000 pages in from the
# operating system's cache in every search. Set once with ALTER SYSTEM, which a setting of your
# own (also ALTER SYSTEM) replaces; the cluster restarts to take it.
advised_memory() {
    local version=$1 name=$2 port=$3 wanted set_in
    wanted=$(( $(awk '/^MemTotal:/ {print $2}' /proc/meminfo) / 4 / 1024 ))MB
    set_in=$(as_postgres psql -p "$port" -tAc "SELECT sourcefile FROM pg_settings WHERE name = 'shared_buffers'")
    case "$set_in" in
        *postgresql.auto.conf) return 0 ;;
    esac
    as_postgres psql -p "$port" -qc "ALTER SYSTEM SET shared_buffers = '${wanted}'"
    as_root pg_ctlcluster "$version" "$name" restart
    wait_ready "$port" || {
        echo "PostgreSQL did not come back on port $port with shared_buffers = ${wanted}" >&2
        exit 1
    }
}

# Whether PostgreSQL answers on the port within 30 seconds.
wait_ready() {
    for _ in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p "$1" && return 0
        sleep 1
    done
    return 1
}

stop() {
    read -r version name _ status _ <<<"$(cluster)"
    [ "${status:-}" = "online" ] && as_root pg_ctlcluster "$version" "$name" stop
    return 0
}

case "${1:-}" in
    start) start && url ;;
    url) url ;;
    stop) stop ;;
    *) echo "usage: $0 start|url|stop" >&2; exit 2 ;;
esac
