#!/usr/bin/env bash
# Runs one browser test of the workspace RUNS times (each a fresh browser and demo server on H2GIS)
# and collects the figures it writes to api/target/FIGURES, each line with the load average the
# test printed beside it. The wrappers say what each test measures: hotspot-browser.sh,
# click-latency.sh.
# Output: bench/results/<UTC time>-NAME/{figures.txt,log.txt,machine.txt}.
#   bench/browser-figures.sh NAME TEST FIGURES [RUNS]
# Needs: JDK 17, chromium, chromium-driver and chromium-l10n (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1 test=$2 figures=$3 runs=${4:-1}
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-$name"
mkdir -p "$out"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "chromium: $(chromium --version 2>/dev/null || echo unknown)"
  echo "git: $(git rev-parse --short HEAD)"
} > "$out/machine.txt"
for run in $(seq 1 "$runs"); do
  echo "== run $run ($(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/log.txt"
  rm -f "api/target/$figures"
  CI=true ./mvnw -B -ntp -o test -pl geo-data,frontend,api -Dtest="$test" \
    -Dsurefire.failIfNoSpecifiedTests=false >> "$out/log.txt" 2>&1 || echo "run $run: the test failed (see log.txt)" | tee -a "$out/log.txt"
  if [ -f "api/target/$figures" ]; then
    sed "s/^/run $run: /" "api/target/$figures" | tee -a "$out/figures.txt"
  fi
done
echo "== done: $out ($(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/log.txt"
