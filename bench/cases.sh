#!/usr/bin/env bash
# Speed of the case service (issue 4) on H2GIS and on PostGIS; output in bench/results/cases-<UTC time>/.
#   bench/cases.sh                  all stages
#   bench/cases.sh STAGE...         some of: build import-h2 import-pg load-h2 load-pg list-h2 list-pg fill-assess-pg assess-pg
# Stages:
#   build      ./mvnw -B -q -DskipTests package (api jar, bench classes, bench/target/classpath.txt)
#   import-*   the documented command `java -jar "$jar" import-cases --file F.csv` on a
#              store the server created (demo region, 300 sample cases), with a synthetic hotline
#              export of $BENCH_IMPORT_ROWS rows (default 50000), then the same file again (must
#              import nothing); the command prints its own time and rows/s
#   load-*     a fresh store (the server started once on it, then stopped) filled with
#              $BENCH_LIST_CASES synthetic cases (default 1000000) by CaseBulkLoad
#   list-*     the server started on the loaded store; ListQueryTimer (filtered lists, one request at
#              a time, signed in with a session; one query again with HTTP Basic) and the rates
#              (/api/v1/stats/rates, /ranking) timed the same way, 5 times each
#   fill-assess-pg  after load-pg: the loaded cases get their 责任网格 and grid worker as the server
#              would give them, the workflow's history events and the demo workers' patrols
#              (bench/assessment-fill.sql, issue 14)
#   assess-pg  the server on that store; the grid workers' assessment of the whole district
#              (/api/v1/grids/assessment by worker and by grid, last month and the last 366 days,
#              JSON and CSV) as fenxi, $BENCH_ASSESS_RUNS times each (default 10) after as many to warm up
# PostGIS stages use their own throwaway server (bench/postgis.sh with BENCH_PG_DIR=bench/target/postgis-cases
# and BENCH_PG_FSYNC=on: durable commits, as in production); `BENCH_PG_DIR=$PWD/bench/target/postgis-cases
# bench/postgis.sh stop` stops it. Needs JDK 17, postgresql-15-postgis-3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(build import-h2 import-pg load-h2 list-h2 load-pg list-pg)
out="bench/results/cases-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
rows="${BENCH_IMPORT_ROWS:-50000}"
million="${BENCH_LIST_CASES:-1000000}"
port="${BENCH_HTTP_PORT:-18090}"
work="$PWD/bench/target/cases"
export BENCH_PG_DIR="$PWD/bench/target/postgis-cases" BENCH_PG_FSYNC=on
# BENCH_JAR and BENCH_CP run a copy (so that the tree can be rebuilt meanwhile); default: the build's own.
jar="${BENCH_JAR:-api/target/luodian.jar}"
bench_java() { java -cp "${BENCH_CP:-bench/target/classes:$(cat bench/target/classpath.txt)}" "$@"; }
note() { echo "== $* ($(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/log.txt"; }
server=""
stop_server() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; server=""; }
trap stop_server EXIT

# start_server NAME ARGS...: the api jar on $port, waits until it is ready (demo region loaded on an empty store).
start_server() {
  local name="$1"; shift
  java -jar "$jar" --server.port="$port" "$@" > "$out/server-$name.log" 2>&1 &
  server=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null && return 0
    kill -0 "$server" 2>/dev/null || { echo "server $name died, see $out/server-$name.log" >&2; exit 1; }
    sleep 1
  done
  echo "server $name not ready after 300 s" >&2; exit 1
}

# store_args KIND NAME: the application arguments of a fresh store (H2 data directory or PostgreSQL database).
store_args() {
  local kind="$1" name="$2"
  rm -rf "${work:?}/$name"; mkdir -p "$work/$name"
  if [ "$kind" = h2 ]; then
    echo "--luodian.data-dir=$work/$name"
  else
    local url; url="$(bench/postgis.sh start)"; local pgport="${url#*127.0.0.1:}"; pgport="${pgport%%/*}"
    local psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pgport" -U postgres)
    "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >&2
    "${psql[@]}" -d "$name" -c "CREATE EXTENSION postgis" >&2
    echo "--luodian.data-dir=$work/$name --spring.profiles.active=postgis --spring.datasource.url=jdbc:postgresql://127.0.0.1:$pgport/$name --spring.datasource.username=postgres --spring.datasource.password="
  fi
}

# jdbc_of ARGS: the JDBC URL, user and password CaseBulkLoad needs.
jdbc_of() {
  case "$1" in
    *postgresql*) local url="${1#*datasource.url=}"; echo "${url%% *} postgres ''" ;;
    *) local dir="${1#--luodian.data-dir=}"; echo "jdbc:h2:file:${dir%% *}/luodian luodian ''" ;;
  esac
}

import_stage() {
  local kind="$1" args
  args="$(store_args "$kind" "luodian_import_$kind")"
  [ -f "$work/hotline-$rows.csv" ] || bench_java cn.luodian.bench.cases.HotlineCsv "$work/hotline-$rows.csv" "$rows" | tee -a "$out/log.txt"
  start_server "import-$kind" $args; stop_server
  note "import-cases $kind: $rows rows"
  # shellcheck disable=SC2086
  /usr/bin/time -f "command wall %e s, user %U s, system %S s" java -jar "$jar" import-cases \
    --file "$work/hotline-$rows.csv" $args 2>&1 | tee "$out/import-$kind.txt"
  note "import-cases $kind again (must import nothing)"
  # shellcheck disable=SC2086
  java -jar "$jar" import-cases --file "$work/hotline-$rows.csv" $args 2>&1 | tee "$out/import-$kind-again.txt"
  grep -q "^imported 0, already present $rows, failed 0" "$out/import-$kind-again.txt" \
    || { echo "re-import of the same file changed something" >&2; exit 1; }
}

# list_args KIND: the application arguments of the list store (created by load-KIND).
list_args() {
  if [ "$1" = h2 ]; then
    echo "--luodian.data-dir=$work/luodian_list_h2"
  else
    local url; url="$(bench/postgis.sh start)"; local pgport="${url#*127.0.0.1:}"; pgport="${pgport%%/*}"
    echo "--luodian.data-dir=$work/luodian_list_pg --spring.profiles.active=postgis --spring.datasource.url=jdbc:postgresql://127.0.0.1:$pgport/luodian_list_pg --spring.datasource.username=postgres --spring.datasource.password="
  fi
}

load_stage() {
  local kind="$1" args
  args="$(store_args "$kind" "luodian_list_$kind")"
  start_server "load-$kind" $args; stop_server
  note "CaseBulkLoad $kind: $million cases"
  # shellcheck disable=SC2046
  eval bench_java -Xmx2g cn.luodian.bench.cases.CaseBulkLoad $(jdbc_of "$args") "$million" | tee "$out/load-$kind.txt"
}

list_stage() {
  local kind="$1" args
  args="$(list_args "$kind")"
  start_server "list-$kind" $args
  note "ListQueryTimer $kind"
  bench_java cn.luodian.bench.cases.ListQueryTimer "http://127.0.0.1:$port" zuoxi:zuoxi-demo 200 | tee "$out/list-$kind.txt"
  # The same first query as a script sends it: HTTP Basic, so a bcrypt check on every request.
  bench_java -Dluodian.bench.auth=basic cn.luodian.bench.cases.ListQueryTimer "http://127.0.0.1:$port" zuoxi:zuoxi-demo 50 \
    "/api/v1/cases?bbox=116.660,39.870,116.672,39.879&category=RX01&state=dispatched,in_progress" | tee -a "$out/list-$kind.txt"
  note "rates $kind"
  local month; month="$(date -u -d 'last month' +%Y-%m)"
  bench_java cn.luodian.bench.cases.ListQueryTimer "http://127.0.0.1:$port" fenxi:fenxi-demo 5 \
    "/api/v1/stats/rates?groupBy=township&month=$month" "/api/v1/stats/rates?groupBy=subcategory&month=$month" \
    "/api/v1/stats/rates?groupBy=unit&month=$month" "/api/v1/stats/ranking?month=$month" \
    "/api/v1/stats/rates?groupBy=township&from=$(date -u -d '1 year ago' +%Y-%m-%d)T00:00:00Z&to=$(date -u +%Y-%m-%d)T00:00:00Z" \
    | tee "$out/rates-$kind.txt"
  stop_server
}

fill_assess_stage() {
  local url pgport; url="$(bench/postgis.sh start)"; pgport="${url#*127.0.0.1:}"; pgport="${pgport%%/*}"
  note "assessment-fill.sql on luodian_list_pg"
  psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pgport" -U postgres -d luodian_list_pg -f bench/assessment-fill.sql \
    | tee "$out/fill-assess-pg.txt"
}

assess_stage() {
  local args; args="$(list_args pg)"
  start_server "assess-pg" $args
  local month runs; month="$(date -u -d 'last month' +%Y-%m)"; runs="${BENCH_ASSESS_RUNS:-10}"
  local from to; from="$(date -u -d '366 days ago' +%Y-%m-%d)"; to="$(date -u +%Y-%m-%d)"
  note "assessment pg: $runs runs each"
  bench_java cn.luodian.bench.cases.ListQueryTimer "http://127.0.0.1:$port" fenxi:fenxi-demo "$runs" \
    "/api/v1/grids/assessment?by=worker&month=$month" "/api/v1/grids/assessment?by=grid&month=$month" \
    "/api/v1/grids/assessment.csv?by=worker&month=$month" \
    "/api/v1/grids/assessment?by=worker&from=$from&to=$to" "/api/v1/grids/assessment?by=grid&from=$from&to=$to" \
    | tee "$out/assess-pg.txt"
  note "assessment pg done"
  stop_server
}

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "git: $(git rev-parse --short HEAD)"
  echo "load before: $(cat /proc/loadavg)"
} > "$out/machine.txt"
cat "$out/machine.txt"
mkdir -p "$work"
for stage in "${stages[@]}"; do
  note "$stage"
  case "$stage" in
    build) ./mvnw -B -q -DskipTests package ;;
    import-h2) import_stage h2 ;;
    import-pg) import_stage pg ;;
    load-h2) load_stage h2 ;;
    load-pg) load_stage pg ;;
    list-h2) list_stage h2 ;;
    list-pg) list_stage pg ;;
    fill-assess-pg) fill_assess_stage ;;
    assess-pg) assess_stage ;;
    *) echo "unknown stage $stage" >&2; exit 2 ;;
  esac
done
echo "load after: $(cat /proc/loadavg)" >> "$out/machine.txt"
note "done: results in $out"
