#!/usr/bin/env bash
# Speed of the component import (issue 16) on H2GIS and on PostGIS: the documented command
# `java -jar luodian.jar import-components --file F.csv` with 1,000,000 synthetic components;
# output in bench/results/components-import-<UTC time>/.
#   bench/components-import.sh                 all stages
#   bench/components-import.sh STAGE...        some of: build files h2 pg
# Stages:
#   build   ./mvnw -B -q -DskipTests package -pl geo-data,frontend,api,bench
#   files   bench/target/components-import/: the synthetic Beijing region's admin areas and grid cells as
#           GeoJSON, components-N.csv and components-N-changed.csv (every 100th status changed);
#           N = $BENCH_COMPONENTS (default 1000000), in $BENCH_WORK if set. ComponentImportFiles.
#   h2, pg  a fresh store (H2 data directory, or a database on bench/postgis.sh's server with
#           BENCH_PG_FSYNC=on, durable commits), the region imported (`import --layer admin|grid
#           --replace`), then import-components three times: the file (all new), the same file again
#           (all unchanged), the changed file (1 % status changes). The command prints its own time
#           (read, placed, written; not the JVM start); /usr/bin/time the whole process.
# BENCH_JFR=1 records each import-components run with JFR (…/import-STORE-RUN.jfr);
# `jfr print --events jdk.ExecutionSample F.jfr` or bench/jfr_summary.py read it.
# `BENCH_PG_DIR=$PWD/bench/target/postgis-components bench/postgis.sh stop` stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(build files h2 pg)
out="bench/results/components-import-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
count="${BENCH_COMPONENTS:-1000000}"
work="${BENCH_WORK:-$PWD/bench/target/components-import}"
export BENCH_PG_DIR="$PWD/bench/target/postgis-components" BENCH_PG_FSYNC=on
jar="${BENCH_JAR:-api/target/luodian.jar}"
heap="${BENCH_HEAP:--Xmx4g}"
bench_java() { java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$@"; }
note() { echo "== $* ($(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/log.txt"; }
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "git: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- api geo-data || echo ' (with uncommitted changes)')"
} > "$out/machine.txt"

# store_args KIND: the application arguments of a fresh store (H2 data directory or PostgreSQL database).
store_args() {
  local kind="$1" name="luodian_components_$1"
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

# run_import KIND RUN FILE ARGS...: one import-components, timed, optionally recorded with JFR.
run_import() {
  local kind="$1" run="$2" file="$3"; shift 3
  local jfr=()
  [ "${BENCH_JFR:-0}" = 1 ] && jfr=("-XX:StartFlightRecording=filename=$out/import-$kind-$run.jfr,settings=profile")
  note "import-components $kind $run: $(basename "$file")"
  /usr/bin/time -f "process wall %e s, user %U s, system %S s, max RSS %M kB" \
    java "$heap" "${jfr[@]}" -jar "$jar" import-components --file "$file" "$@" > "$out/import-$kind-$run.log" 2>&1 || true
  # The whole output in .log; the result lines in .txt.
  grep -E "^(已读取|新增|用时|导入失败|数据未|process wall)|reference index built" "$out/import-$kind-$run.log" | tee "$out/import-$kind-$run.txt"
  note "import-components $kind $run done"
}

store_stage() {
  local kind="$1" args
  args="$(store_args "$kind")"
  note "region $kind: import --layer admin, grid"
  # shellcheck disable=SC2086
  java "$heap" -jar "$jar" import --layer admin --file "$work/admin.geojson" --replace $args 2>&1 | tail -3 | tee -a "$out/region-$kind.txt"
  # shellcheck disable=SC2086
  java "$heap" -jar "$jar" import --layer grid --file "$work/grid.geojson" --replace $args 2>&1 | tail -3 | tee -a "$out/region-$kind.txt"
  # shellcheck disable=SC2086
  run_import "$kind" new "$work/components-$count.csv" $args
  # shellcheck disable=SC2086
  run_import "$kind" unchanged "$work/components-$count.csv" $args
  # shellcheck disable=SC2086
  run_import "$kind" changed "$work/components-$count-changed.csv" $args
}

for stage in "${stages[@]}"; do
  case "$stage" in
    build) note build; ./mvnw -B -q -ntp -DskipTests package -pl geo-data,frontend,api,bench ;;
    files) note "files: $count components"; bench_java -Xmx8g cn.luodian.bench.components.ComponentImportFiles "$work" "$count" | tee -a "$out/log.txt" ;;
    h2|pg) store_stage "$stage" ;;
    *) echo "unknown stage $stage" >&2; exit 2 ;;
  esac
done
echo "load after: $(cat /proc/loadavg)" >> "$out/machine.txt"
note "done: results in $out"
