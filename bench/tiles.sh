#!/usr/bin/env bash
# MVT tiles of the cases layer over 1,000,000 cases: Luodian's in-memory index + encoder and the
# PostGIS peer (ST_AsMVT), side by side in one JMH run (see bench/README.md, "Vector tiles").
# Output in bench/results/tiles-<UTC time>/. Takes about 10 minutes.
#   bench/tiles.sh                 all stages
#   bench/tiles.sh STAGE...        some of: build postgis agreement jmh
# Needs: JDK 17, PostgreSQL 15 + PostGIS 3 (postgresql-15-postgis-3).
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(build postgis agreement jmh)
out="bench/results/tiles-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
bench_java() { java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$@"; }
note() { echo "== $* ($(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/log.txt"; }
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "git: $(git rev-parse --short HEAD)"
  echo "load before: $(cat /proc/loadavg)"
} > "$out/machine.txt"
cat "$out/machine.txt"

for stage in "${stages[@]}"; do
  note "$stage"
  case "$stage" in
    build)
      ./mvnw -B -q -DskipTests package
      ;;
    postgis)
      bench/postgis.sh start | tee "$out/postgis-url.txt"
      bench_java -Xmx3g cn.luodian.bench.tiles.PostgisCasesLoad | tee "$out/postgis-load.txt"
      ;;
    agreement)
      bench_java -Xmx2g cn.luodian.bench.tiles.TileAgreement | tee "$out/agreement.txt"
      ;;
    jmh)
      # 1 fork x (3 x 3 s warm-up + 5 x 4 s measured) per zoom and side; SampleTime gives p50/p90.
      bench_java org.openjdk.jmh.Main 'cn.luodian.bench.tiles.(CasesTileBenchmark|PostgisCasesTileBenchmark)' \
        -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt"
      ;;
    *) echo "unknown stage $stage" >&2; exit 2 ;;
  esac
done
note "done: $out"
