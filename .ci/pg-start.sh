# Start a throwaway PostgreSQL server for the tests (CI and local development).
#
#   source .ci/pg-start.sh     # starts the server and exports
#                              #   CG_PG_URL=jdbc:postgresql://127.0.0.1:<port>/cg_test
#                              #   CG_PG_USER=cg_test  CG_PG_PASSWORD=<random>
#                              #   CG_PG_DIR=<temp dir holding data, socket, log>
#   mvn -B verify              # tests pick up the CG_PG_* variables
#   bash .ci/pg-stop.sh        # stops the server and deletes $CG_PG_DIR
#
# `eval "$(bash .ci/pg-start.sh)"` works too. Listens on 127.0.0.1 only, on the first
# free port from ${CG_PG_PORT:-55432} up. As root the server runs as the `postgres`
# user, otherwise as you. Binaries: $CG_PG_BIN, else the newest
# /usr/lib/postgresql/<ver>/bin, else pg_config / PATH.
# This file does not change the caller's shell options (set -e etc.).

_cg_pg_worker() {  # runs in a child bash with set -euo pipefail; $1 = the temp dir
  local dir=$1 bin d port started pw as_pg=()
  say() { printf '[pg] %s\n' "$*" >&2; }
  trap 'say "ERROR: pg-start.sh failed at line $LINENO"' ERR
  bin=${CG_PG_BIN:-}
  if [ -z "$bin" ]; then
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
      if [ -x "$d/initdb" ]; then bin=$d; fi      # newest version wins
    done
  fi
  [ -n "$bin" ] || bin=$(pg_config --bindir 2>/dev/null) || true
  [ -x "$bin/initdb" ] || [ -n "${CG_PG_BIN:-}" ] \
    || bin=$(dirname "$(readlink -f "$(command -v initdb)")" 2>/dev/null) || true
  [ -x "$bin/initdb" ] || { say "ERROR: PostgreSQL server binaries (initdb) not found"; exit 1; }
  [ -x "$bin/psql" ] || { say "ERROR: no psql in $bin"; exit 1; }
  echo "$bin" > "$dir/pg_bin"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; as_pg=(runuser -u postgres --); fi

  say "initdb ($("$bin/postgres" --version)) in $dir"
  "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres --encoding=UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
password_encryption = 'scram-sha-256'
fsync = off                      # throwaway data: trade durability for speed
synchronous_commit = off
full_page_writes = off
EOF
  printf '%s\n' 'local all all trust' 'host all all 127.0.0.1/32 scram-sha-256' \
    >"$dir/data/pg_hba.conf"

  in_use() {  # listening on 127.0.0.1 or the wildcard address?
    if command -v ss >/dev/null; then [ -n "$(ss -Hltn "sport = :$1")" ]; return; fi
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  }
  port=${CG_PG_PORT:-55432}; started=
  for _ in $(seq 1 50); do
    if ! in_use "$port"; then
      if "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" \
           -w -t 60 start >/dev/null; then started=1; break; fi
      grep -q 'could not bind\|already in use' "$dir/server.log" || break
    fi
    port=$((port + 1))
  done
  [ -n "$started" ] || { say "ERROR: server did not start"; tail -n 20 "$dir/server.log" >&2; exit 1; }
  say "server up on 127.0.0.1:$port"

  pw=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
    -v pw="$pw" >/dev/null <<'SQL'
CREATE ROLE cg_test LOGIN PASSWORD :'pw';
CREATE DATABASE cg_test OWNER cg_test;
SQL
  PGPASSWORD=$pw "$bin/psql" -X -qtA -h 127.0.0.1 -p "$port" -U cg_test -d cg_test \
    -c 'select 1' | grep -qx 1 || { say "ERROR: cannot log in as cg_test over TCP"; exit 1; }
  say "role and database cg_test ready (password auth over TCP verified)"
  cat >"$dir/env" <<EOF
export CG_PG_URL=jdbc:postgresql://127.0.0.1:$port/cg_test
export CG_PG_USER=cg_test
export CG_PG_PASSWORD=$pw
EOF
}

cg_pg_start() {
  local here dir
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd) || return 1
  dir=$(mktemp -d "${TMPDIR:-/tmp}/cg-ci-pg.XXXXXX") || return 1
  touch "$dir/.cg-ci-pg"                  # marker: pg-stop.sh only deletes such dirs
  export CG_PG_DIR="$dir"                 # set early so a trap can clean up a half start
  if ! bash "$here/pg-start.sh" --worker "$dir"; then
    bash "$here/pg-stop.sh" "$dir"; unset CG_PG_DIR; return 1
  fi
  . "$dir/env"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then   # sourced
  cg_pg_start
elif [ "${1:-}" = --worker ]; then
  set -eEuo pipefail; _cg_pg_worker "$2"
else                                        # executed: print the exports for eval
  cg_pg_start >&2 || exit 1
  cat "$CG_PG_DIR/env"; echo "export CG_PG_DIR=$CG_PG_DIR"
fi
