# Shared by scripts/test.sh and scripts/with-postgres.sh: a throwaway PostgreSQL cluster on a free
# loopback port, stopped and removed on exit. Sets REGIOKOMPAS_TEST_POSTGRES and pg_dir.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- PostgreSQL -------------------------------------------------------------
pg_bin=""
for d in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent)")" /usr/lib/postgresql/*/bin; do
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then pg_bin="$d"; break; fi
done
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL not found; installing it from Debian's packages"
  apt_install postgresql
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi

pg_dir="$(mktemp -d /tmp/regiokompas-pg.XXXXXX)"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
cleanup() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U app -E UTF8 --no-locale >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c full_page_writes=off" start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$pg_port"
export REGIOKOMPAS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=app;Include Error Detail=true"

