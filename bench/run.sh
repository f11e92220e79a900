#!/usr/bin/env bash
# Builds everything and runs every benchmark of bench/README.md, writing all output to
# bench/results/<UTC timestamp>/ (git-ignored). Run from anywhere; takes about 45 minutes.
#   bench/run.sh                 all stages
#   bench/run.sh STAGE...        some of: build generate heap postgis agreement jmh cputime http components
#                                (and component-tiles, not in the default run: bench/component-tiles.sh, about 20 minutes)
# Needs: JDK 17, PostgreSQL 15 + PostGIS 3 (postgresql-15-postgis-3), wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(build generate heap postgis agreement jmh cputime http components)
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
cp_file=bench/target/classpath.txt
bench_java() { java -cp "bench/target/classes:$(cat "$cp_file")" "$@"; }
note() { echo "== $* ($(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/log.txt"; }

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
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
    generate)
      # The synthetic Beijing-scale region (cached in bench/target/synthetic); prints its statistics and SHA-256.
      bench_java -Xmx8g cn.luodian.bench.synthetic.GenerateRegion | tee "$out/region.txt"
      ;;
    heap)
      # What the Beijing ReferenceIndex retains, measured with a roomy heap; jmh then runs in -Xmx1500m.
      bench_java -Xmx4g cn.luodian.bench.IndexHeapReport beijing | tee "$out/heap.txt"
      ;;
    postgis)
      bench/postgis.sh start | tee "$out/postgis-url.txt"
      bench_java -Xmx4g cn.luodian.bench.postgis.PostgisLoad tongzhou beijing | tee "$out/postgis-load.txt"
      ;;
    agreement)
      for region in tongzhou beijing; do
        bench_java -Xmx4g cn.luodian.bench.postgis.AgreementCheck "$region" 10000 | tee "$out/agreement-$region.txt"
      done
      ;;
    jmh)
      # Luodian and PostGIS side by side in one JMH run: 3 forks x (3 warm-up + 5 measured) x 4 s each.
      bench_java org.openjdk.jmh.Main 'cn.luodian.bench.(DescribeBenchmark|postgis.PostgisBenchmark)' \
        -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt"
      ;;
    cputime)
      # Describes per CPU second of the benchmark thread: the companion to jmh on a shared machine.
      for region in tongzhou beijing; do
        bench_java -Xmx1500m -Xms1500m cn.luodian.bench.CpuTimeThroughput "$region" | tee "$out/cputime-$region.txt"
      done
      ;;
    http)
      bench/http.sh "$out"
      ;;
    components)
      # Issue 16, in process: nearest-component lookup over 1,000,000 components (SampleTime) and the
      # CSV parse rate (throughput); 1 fork each, about 2 minutes (README, "Components (issue 16)").
      bench_java org.openjdk.jmh.Main 'cn.luodian.bench.components.(NearestComponentBenchmark|ComponentCsvImportBenchmark)' \
        -rf json -rff "$out/components-jmh.json" | tee "$out/components-jmh.txt"
      ;;
    component-tiles)
      # Issue 16 over HTTP: 1,000,000 components loaded into H2GIS and PostGIS, the components tile layer
      # timed on the server of each (README, "Components (issue 16)"); its own results directory.
      bench/component-tiles.sh load-h2 tiles-h2 load-pg tiles-pg | tee "$out/component-tiles.txt"
      ;;
    *)
      echo "unknown stage $stage" >&2; exit 2
      ;;
  esac
done
echo "load after: $(cat /proc/loadavg)" >> "$out/machine.txt"
note "done: results in $out"
