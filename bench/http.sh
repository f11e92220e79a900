#!/usr/bin/env bash
# HTTP throughput of GET /api/v1/describe on the demo region with wrk, over loopback.
#   bench/http.sh OUT_DIR
# Starts the api jar (api/target/luodian.jar, built by `./mvnw -B -q -DskipTests package`) on a
# fresh data directory (it loads the demo region on first start), waits until it is ready, warms it
# up for 20 s, then runs
# wrk for 30 s with 2 threads at 32 and at 64 connections (--latency; other counts with
# BENCH_HTTP_CONNECTIONS="8 16"), and stops the server.
# wrk shares the machine's two cores with the server. The server writes a GC log; each wrk run is
# followed by the count, total and longest of the GC pauses during it.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: bench/http.sh OUT_DIR}"
mkdir -p "$out"
port="${BENCH_HTTP_PORT:-18080}"
data="$(mktemp -d)"
java -Xlog:gc:file="$out/gc.log" -jar api/target/luodian.jar --luodian.data-dir="$data" --server.port="$port" > "$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
url="http://127.0.0.1:$port"
# Wait for readiness, not just an open port: the demo region is loaded by an ApplicationRunner after
# Tomcat starts, and a describe request in that window builds an empty index that stays (see README).
for _ in $(seq 1 180); do
  curl -sf "$url/actuator/health/readiness" > /dev/null && break
  sleep 1
done
curl -sf "$url/api/v1/describe?lon=116.7&lat=39.85" > "$out/http-sample.json"
grep -q '"coverage":"inside"' "$out/http-sample.json" \
  || { echo "http.sh: the server answers 'outside' for a point in the demo region: no data loaded" >&2; exit 1; }
java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" cn.luodian.bench.DemoBoxCoverage | tee "$out/wrk-box-coverage.txt"
wrk -t2 -c32 -d20s -s bench/wrk/describe.lua "$url" > "$out/wrk-warmup.txt"
for connections in ${BENCH_HTTP_CONNECTIONS:-32 64}; do
  echo "load before c$connections: $(cat /proc/loadavg)" | tee "$out/wrk-c$connections.txt"
  pauses_before=$(grep -c "Pause" "$out/gc.log" || true)
  wrk -t2 -c"$connections" -d30s --latency -s bench/wrk/describe.lua "$url" | tee -a "$out/wrk-c$connections.txt"
  awk -v skip="$pauses_before" '/Pause/ { n++; if (n > skip) { ms = $NF; sub("ms", "", ms); total += ms; if (ms > max) max = ms; count++ } }
    END { printf "GC pauses during the run: %d, total %.0f ms, longest %.1f ms\n", count, total, max }' "$out/gc.log" \
    | tee -a "$out/wrk-c$connections.txt"
done
