#!/usr/bin/env bash
# The components tile layer (issue 16) over HTTP on H2GIS and on PostGIS, 1,000,000 synthetic components;
# output in bench/results/component-tiles-<UTC time>/ (README, "Components (issue 16)").
#   bench/component-tiles.sh                  all stages
#   bench/component-tiles.sh STAGE...         some of: build load-h2 tiles-h2 load-pg tiles-pg
# Stages:
#   build      ./mvnw -B -q -DskipTests package (api jar, bench classes, bench/target/classpath.txt)
#   load-*     a fresh store (the server started once on it, then stopped) filled with the 1,000,000
#              components of SyntheticComponents by ComponentBulkLoad
#   tiles-*    the server started on the loaded store; the time its component tile index took to read the
#              store (its log line), then ComponentTileTimer: distinct z16, z12 and z10 tiles, cold then warm
# PostGIS stages use their own throwaway server (bench/postgis.sh with BENCH_PG_DIR=bench/target/postgis-components);
# `BENCH_PG_DIR=$PWD/bench/target/postgis-components bench/postgis.sh stop` stops it. Needs JDK 17,
# postgresql-15-postgis-3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(build load-h2 tiles-h2 load-pg tiles-pg)
out="bench/results/component-tiles-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
port="${BENCH_HTTP_PORT:-18091}"
work="$PWD/bench/target/component-tiles"
export BENCH_PG_DIR="$PWD/bench/target/postgis-components"
jar="${BENCH_JAR:-api/target/luodian.jar}"
bench_java() { java -cp "${BENCH_CP:-bench/target/classes:$(cat bench/target/classpath.txt)}" "$@"; }
note() { echo "== $* ($(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/log.txt"; }
server=""
stop_server() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; server=""; }
trap stop_server EXIT
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "git: $(git rev-parse --short HEAD)"
  echo "load before: $(cat /proc/loadavg)"
} > "$out/machine.txt"
cat "$out/machine.txt"

# start_server NAME ARGS...: the api jar on $port, waits until it is ready.
start_server() {
  local name="$1"; shift
  java -Xmx3g -jar "$jar" --server.port="$port" "$@" > "$out/server-$name.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && return 0
    kill -0 "$server" 2>/dev/null || { echo "server $name died, see $out/server-$name.log" >&2; exit 1; }
    sleep 1
  done
  echo "server $name not ready after 600 s" >&2; exit 1
}

pg_port() { local url; url="$(bench/postgis.sh start)"; local p="${url#*127.0.0.1:}"; echo "${p%%/*}"; }

# store_args KIND: the application arguments of the store (H2 data directory or PostgreSQL database).
store_args() {
  if [ "$1" = h2 ]; then
    echo "--luodian.data-dir=$work/h2"
  else
    echo "--luodian.data-dir=$work/pg --spring.profiles.active=postgis --spring.datasource.url=jdbc:postgresql://127.0.0.1:$(pg_port)/luodian_components --spring.datasource.username=postgres --spring.datasource.password="
  fi
}

load_stage() {
  local kind="$1" args
  rm -rf "${work:?}/$kind"; mkdir -p "$work/$kind"
  if [ "$kind" = pg ]; then
    local psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(pg_port)" -U postgres)
    "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS luodian_components" -c "CREATE DATABASE luodian_components"
    "${psql[@]}" -d luodian_components -c "CREATE EXTENSION postgis"
  fi
  args="$(store_args "$kind")"
  # shellcheck disable=SC2086
  start_server "create-$kind" $args; stop_server
  note "ComponentBulkLoad $kind"
  if [ "$kind" = h2 ]; then
    bench_java -Xmx3g cn.luodian.bench.components.ComponentBulkLoad "jdbc:h2:file:$work/h2/luodian" luodian '' | tee "$out/load-$kind.txt"
  else
    bench_java -Xmx3g cn.luodian.bench.components.ComponentBulkLoad \
      "jdbc:postgresql://127.0.0.1:$(pg_port)/luodian_components" postgres '' | tee "$out/load-$kind.txt"
  fi
}

tiles_stage() {
  local kind="$1" args
  args="$(store_args "$kind")"
  # shellcheck disable=SC2086
  start_server "tiles-$kind" $args
  # The index is read in the background once the server is ready: wait for its log line.
  for _ in $(seq 1 600); do
    grep -q "component tile index built" "$out/server-tiles-$kind.log" && break
    sleep 1
  done
  grep "component tile index built" "$out/server-tiles-$kind.log" | tee "$out/index-$kind.txt"
  note "ComponentTileTimer $kind"
  bench_java -Xmx2g cn.luodian.bench.components.ComponentTileTimer "http://127.0.0.1:$port" zuoxi:zuoxi-demo | tee "$out/tiles-$kind.txt"
  stop_server
}

for stage in "${stages[@]}"; do
  note "$stage"
  case "$stage" in
    build) ./mvnw -B -q -DskipTests package ;;
    load-h2) load_stage h2 ;;
    load-pg) load_stage pg ;;
    tiles-h2) tiles_stage h2 ;;
    tiles-pg) tiles_stage pg ;;
    *) echo "unknown stage $stage" >&2; exit 2 ;;
  esac
done
echo "load after: $(cat /proc/loadavg)" >> "$out/machine.txt"
note "done: results in $out"
