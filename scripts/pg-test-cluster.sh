#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 in a temp dir (no container engine needed).
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # starts one; prints export lines for POLITY_TEST_PG(_DIR)
#   scripts/pg-test-cluster.sh env [DIR]           # prints the export lines again
#   scripts/pg-test-cluster.sh stop [DIR]          # stops it and deletes DIR (default: $POLITY_TEST_PG_DIR)
#
# Installs Debian's postgresql package first if no initdb is found (needs root, as in CI). initdb refuses
# to run as root, so as root the cluster runs as the package's postgres user. Progress goes to stderr;
# stdout carries only the export lines.
set -euo pipefail

say() { echo "pg-test-cluster: $*" >&2; }

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pgbin() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$initdb" ]]; then
    if [[ $(id -u) -ne 0 ]]; then
      say "PostgreSQL is not installed and this is not root: apt-get install -y postgresql"
      return 1
    fi
    say "installing Debian's postgresql (about a minute the first time)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$initdb" ]] || { say "no initdb after installing postgresql"; return 1; }
  fi
  dirname "$initdb"
}

print_env() {
  local dir=$1
  [[ -f "$dir/port" ]] || { say "no cluster in '$dir'"; return 1; }
  echo "export POLITY_TEST_PG='Host=127.0.0.1;Port=$(cat "$dir/port");Username=postgres;Database=postgres'"
  echo "export POLITY_TEST_PG_DIR='$dir'"
}

start() {
  local bin dir port tries
  bin=$(pgbin)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/polity-pg.XXXXXX")
  chmod 755 "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { say "initdb failed:"; cat "$dir/initdb.log" >&2; rm -rf "$dir"; return 1; }
  # A random high port; if another process holds it the start fails fast, and we try another.
  for tries in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" \
         start >/dev/null 2>&1; then
      echo "$port" >"$dir/port"
      echo "$bin" >"$dir/bin"
      say "started on 127.0.0.1:$port in $dir"
      print_env "$dir"
      return 0
    fi
  done
  say "could not start postgres:"; tail -n 20 "$dir/log" >&2 || true
  rm -rf "$dir"
  return 1
}

stop() {
  local dir=${1:-${POLITY_TEST_PG_DIR:-}}
  [[ -n "$dir" && -d "$dir" ]] || { say "nothing to stop"; return 0; }
  if [[ -f "$dir/bin" ]]; then
    as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  say "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  env) print_env "${2:-${POLITY_TEST_PG_DIR:?give the cluster dir}}" ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start|env [DIR]|stop [DIR]" >&2; exit 2 ;;
esac
