# Stop a server started by .ci/pg-start.sh and delete its temp dir.
#   bash .ci/pg-stop.sh [dir]      # dir defaults to $CG_PG_DIR
# Safe to call more than once, and on a half-started server.
dir=${1:-${CG_PG_DIR:-}}
[ -n "$dir" ] || { echo "[pg] pg-stop: no dir given and CG_PG_DIR unset" >&2; exit 1; }
[ -d "$dir" ] || exit 0
[ -e "$dir/.cg-ci-pg" ] || { echo "[pg] pg-stop: $dir was not made by pg-start.sh" >&2; exit 1; }
if [ -f "$dir/data/postmaster.pid" ]; then
  bin=$(cat "$dir/pg_bin")
  as_pg=()
  [ "$(id -u)" -ne 0 ] || as_pg=(runuser -u "$(stat -c %U "$dir/data")" --)
  echo "[pg] stopping server in $dir" >&2
  if ! "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null; then
    pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null)
    echo "[pg] fast shutdown failed, killing postmaster ${pid:-?}" >&2
    [ -z "$pid" ] || kill -KILL "$pid" 2>/dev/null
    sleep 1
  fi
fi
rm -rf -- "$dir"
