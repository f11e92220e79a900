#!/usr/bin/env bash
# Hotspot analyses on all 27,397 unit grid cells of the demo region as a planner runs them in the
# workspace (issue 13): time from the click on 运行分析 to the result drawn on the map, the longest
# main-thread task meanwhile, and the answer's time and size, for Gi*, kernel density and emerging
# hot spots with the form's defaults. Runs the browser test WorkspaceHotspotScaleTest (headless
# Chromium against the demo server on H2GIS), which measures in the page (performance marks
# hotspot-click → hotspot-drawn, PerformanceObserver 'longtask', resource timing) and fails when
# Gi* takes 3 s or more or a task blocks the page for 200 ms or more.
# Output: bench/results/<UTC time>-hotspot-browser/{figures.txt,log.txt,machine.txt}.
#   bench/hotspot-browser.sh [RUNS]     RUNS times (default 1), each a fresh browser and server
# Needs: JDK 17, chromium and chromium-driver (apt-get install -y chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1}
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-hotspot-browser"
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
  rm -f api/target/hotspot-scale.txt
  CI=true ./mvnw -B -ntp -o test -pl geo-data,frontend,api -Dtest=WorkspaceHotspotScaleTest \
    -Dsurefire.failIfNoSpecifiedTests=false >> "$out/log.txt" 2>&1 || echo "run $run: the test failed (see log.txt)" | tee -a "$out/log.txt"
  if [ -f api/target/hotspot-scale.txt ]; then
    sed "s/^/run $run: /" api/target/hotspot-scale.txt | tee -a "$out/figures.txt"
  fi
done
echo "== done: $out ($(date -u +%H:%M:%S), load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/log.txt"
