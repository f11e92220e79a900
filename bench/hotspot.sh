#!/usr/bin/env bash
# Gi* on 100,000 grid cells with a 500 m band: Luodian (JMH) side by side with R spdep on the same
# input, plus a check that both give the same z-scores. Output in bench/results/<UTC time>-hotspot/.
#   bench/hotspot.sh                 all stages
#   bench/hotspot.sh STAGE...        some of: build input r compare jmh cputime
# Needs: JDK 17, R with spdep (apt-get install r-cran-spdep); r-cran-dbscan gives spdep's
# dnearneigh its kd-tree (without it dnearneigh compares all pairs and takes minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(build input r compare jmh cputime)
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-hotspot"
mkdir -p "$out"
input=bench/target/hotspot/gistar-input.csv
bench_java() { java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$@"; }
note() { echo "== $* ($(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/log.txt"; }
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "git: $(git rev-parse --short HEAD)"
} > "$out/machine.txt"

for stage in "${stages[@]}"; do
  note "$stage"
  case "$stage" in
    build)
      ./mvnw -B -q -pl bench -am -DskipTests package
      ;;
    input)
      mkdir -p "$(dirname "$input")"
      bench_java cn.luodian.bench.hotspot.GiStarInput write "$input" | tee "$out/input.txt"
      ;;
    r)
      # dnearneigh + include.self + nb2listw("B") + localG, best of 3, wall and CPU seconds.
      Rscript --vanilla bench/hotspot.R "$input" "$out/spdep-z.txt" 3 | tee "$out/spdep.txt"
      ;;
    compare)
      bench_java cn.luodian.bench.hotspot.GiStarInput compare "$out/spdep-z.txt" | tee "$out/compare.txt"
      ;;
    jmh)
      # 3 forks x (5 warm-up + 5 measured) x 2 s, average time per operation.
      bench_java org.openjdk.jmh.Main 'cn.luodian.bench.hotspot.GiStarBenchmark' \
        -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt"
      ;;
    cputime)
      # Wall and thread-CPU milliseconds per weights + Gi*, measured as hotspot.R measures spdep.
      bench_java -Xmx1g -Xms1g cn.luodian.bench.hotspot.GiStarCpuTime | tee "$out/cputime.txt"
      ;;
    *)
      echo "unknown stage $stage" >&2; exit 2
      ;;
  esac
done
note "done: results in $out"
