#!/usr/bin/env bash
# City components (issue 16) in process: the nearest-component lookup over 1,000,000 components and
# the CSV import's parse rate (see bench/README.md, "Components (issue 16)").
# Output in bench/results/components-<UTC time>/. Takes about 3 minutes; no database.
#   bench/components.sh                 all stages
#   bench/components.sh STAGE...        some of: build jmh
# Needs: JDK 17. Run from anywhere (the generator reads api/src/main/resources/taxonomy/categories.csv).
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(build jmh)
out="bench/results/components-$(date -u +%Y%m%dT%H%M%SZ)"
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
      ./mvnw -B -q -DskipTests package -pl geo-data,bench
      ;;
    jmh)
      # 1 fork each: lookup 2 x 3 s warm-up + 4 x 4 s (SampleTime: p50/p90/p99); parse 2 x 4 s + 4 x 5 s (throughput).
      bench_java org.openjdk.jmh.Main 'cn.luodian.bench.components.(NearestComponentBenchmark|ComponentCsvImportBenchmark)' \
        -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt"
      ;;
    *) echo "unknown stage $stage" >&2; exit 2 ;;
  esac
done
echo "load after: $(cat /proc/loadavg)" >> "$out/machine.txt"
note "done: $out"
