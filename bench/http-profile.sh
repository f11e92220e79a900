#!/usr/bin/env bash
# Where the server's time goes under wrk: the same set-up as http.sh (32 connections, 30 s), with a
# GC log, a JFR recording (default settings: the profile settings cut throughput tenfold here; deep stacks) and the CPU seconds used by the server
# and by wrk. Summarised by bench/jfr_summary.py.  Usage: bench/http-profile.sh OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: bench/http-profile.sh OUT_DIR}"
mkdir -p "$out"
port="${BENCH_HTTP_PORT:-18080}"
data="$(mktemp -d)"
java -Xlog:gc:file="$out/gc.log" -XX:FlightRecorderOptions:stackdepth=256 \
  -jar api/target/luodian.jar --luodian.data-dir="$data" --server.port="$port" > "$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
url="http://127.0.0.1:$port"
for _ in $(seq 1 180); do
  curl -sf "$url/actuator/health/readiness" > /dev/null && break
  sleep 1
done
curl -sf "$url/api/v1/describe?lon=116.7&lat=39.85" > "$out/http-sample.json"
grep -q '"coverage":"inside"' "$out/http-sample.json"
wrk -t2 -c32 -d20s -s bench/wrk/describe.lua "$url" > /dev/null
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime, clock ticks
ticks=$(getconf CLK_TCK)
jcmd "$server" JFR.start name=wrk settings=default filename="$out/wrk.jfr" > /dev/null
gc_before=$(grep -c "Pause" "$out/gc.log" || true)
server_before=$(cpu "$server")
echo "load before: $(cat /proc/loadavg)" | tee "$out/wrk-profiled.txt"
/usr/bin/time -f "wrk cpu: %U s user, %S s system" -a -o "$out/wrk-profiled.txt" \
  wrk -t2 -c32 -d30s --latency -s bench/wrk/describe.lua "$url" | tee -a "$out/wrk-profiled.txt"
server_after=$(cpu "$server")
jcmd "$server" JFR.stop name=wrk > /dev/null
echo "server cpu: $(( (server_after - server_before) / ticks )) s over the 30 s run" | tee -a "$out/wrk-profiled.txt"
tail -1 "$out/wrk-profiled.txt"
awk -v skip="$gc_before" '/Pause/ { n++; if (n > skip) { ms = $NF; sub("ms", "", ms); total += ms; if (ms > max) max = ms; count++ } }
  END { printf "GC pauses during the run: %d, total %.0f ms, longest %.1f ms\n", count, total, max }' "$out/gc.log" \
  | tee -a "$out/wrk-profiled.txt"
jfr print --stack-depth 300 --events jdk.ExecutionSample "$out/wrk.jfr" > "$out/samples.txt"
python3 bench/jfr_summary.py "$out/samples.txt" | tee "$out/profile-summary.txt"
