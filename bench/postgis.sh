#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS server for the benchmarks, from the Debian binaries
# (postgresql-15-postgis-3), in bench/target/postgis, listening on 127.0.0.1 only.
#   bench/postgis.sh start   initdb if needed, start, create database luodian_bench with postgis;
#                            prints the JDBC URL (also written to bench/target/postgis/url)
#   bench/postgis.sh stop    stop the server (its files stay until `mvn clean`)
# Settings: fsync off (nothing here needs to survive a crash), shared_buffers 512MB so the Beijing
# tables and indexes stay in memory; everything else is PostgreSQL's default. Port: $BENCH_PGPORT
# or the first free one from 55432. BENCH_PG_DIR puts the server elsewhere (bench/cases.sh runs its
# own in bench/target/postgis-cases); BENCH_PG_FSYNC=on keeps fsync and full_page_writes on, as a
# production server has them (the import benchmark measures durable commits).
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${BENCH_PG_DIR:-$PWD/bench/target/postgis}"
fsync="${BENCH_PG_FSYNC:-off}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/pg_ctl" ] || { echo "postgis.sh: no PostgreSQL server under /usr/lib/postgresql (apt-get install postgresql-15-postgis-3)" >&2; exit 1; }
as_postgres=()
[ "$(id -u)" = 0 ] && as_postgres=(runuser -u postgres --)

free_port() {
  local port="${BENCH_PGPORT:-55432}"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

case "${1:-start}" in
  start)
    if [ -f "$dir/url" ] && "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      cat "$dir/url"; exit 0
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      rm -rf "$dir"; mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
      "${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log"
    fi
    port="$(free_port)"
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=$fsync -c full_page_writes=$fsync -c shared_buffers=512MB" \
      start >/dev/null
    psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
    "${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'luodian_bench'" | grep -q 1 \
      || "${psql[@]}" -d postgres -c "CREATE DATABASE luodian_bench"
    "${psql[@]}" -d luodian_bench -c "CREATE EXTENSION IF NOT EXISTS postgis"
    echo "jdbc:postgresql://127.0.0.1:$port/luodian_bench" > "$dir/url"
    cat "$dir/url"
    ;;
  stop)
    "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null && echo "postgis.sh: stopped"
    rm -f "$dir/url"
    ;;
  *)
    echo "usage: bench/postgis.sh start|stop" >&2; exit 2
    ;;
esac
