#!/usr/bin/env bash
# Issue 15's mixed signed-in load: 60 s of wrk (2 threads, 32 connections) over one API token
# against the demo server: describe, reference and case tiles, case lists and case creation
# (bench/wrk/mixed.lua), with the server's memory before and after.
#   bench/mixed.sh OUT_DIR
# Builds nothing: run `./mvnw -B -q -DskipTests package` first (api/target/luodian.jar). Starts the jar
# on a fresh data directory (H2GIS, the demo region and its 300 sample cases), issues a write token
# for the demo dispatcher zuoxi through the API (the administrator's HTTP Basic, once), warms up for 20 s with the same
# mix, then measures. Needs wrk and curl (apt-get install -y wrk curl). wrk shares the two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: bench/mixed.sh OUT_DIR}"
mkdir -p "$out"
port="${BENCH_HTTP_PORT:-18081}"
seconds="${BENCH_MIXED_SECONDS:-60}"
data="$(mktemp -d)"
java -Xmx2g -jar api/target/luodian.jar --luodian.data-dir="$data" --server.port="$port" \
  --luodian.security.admin-password=bench-Tongzhou-Kq7x > "$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT
url="http://127.0.0.1:$port"
for _ in $(seq 1 240); do
  curl -sf "$url/actuator/health/readiness" > /dev/null && break
  sleep 1
done
# The demo users and cases are created after readiness on a first start: wait for zuoxi, asking as
# the administrator (trying zuoxi's own password before the user exists would count as wrong
# passwords and lock the account).
admin=admin:bench-Tongzhou-Kq7x
for _ in $(seq 1 120); do
  curl -sf -u "$admin" "$url/api/v1/users" | grep -q '"username":"zuoxi"' && break
  sleep 1
done
token=$(curl -sf -u "$admin" -H 'Content-Type: application/json' \
  -d '{"username":"zuoxi","name":"压力测试（示意）","scope":"write","expiresInDays":1}' "$url/api/v1/tokens" \
  | sed -E 's/.*"token":"(ld_[A-Za-z0-9_-]+)".*/\1/')
[[ "$token" == ld_* ]] || { echo "mixed.sh: no token issued" >&2; exit 1; }
export LUODIAN_TOKEN="$token"

memory() {
  local rss heap
  rss=$(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status")
  jcmd "$server" GC.run > /dev/null 2>&1
  heap=$(jcmd "$server" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") print $(i + 1) }')
  echo "$1: RSS $rss, heap used after a full GC ${heap:-?}"
}

wrk -t2 -c32 -d20s -s bench/wrk/mixed.lua "$url" > "$out/mixed-warmup.txt" 2>&1
memory "memory before" | tee "$out/mixed.txt"
echo "load before: $(cat /proc/loadavg)" | tee -a "$out/mixed.txt"
wrk -t2 -c32 -d"${seconds}s" --latency -s bench/wrk/mixed.lua "$url" 2>&1 | tee -a "$out/mixed.txt"
echo "load after: $(cat /proc/loadavg)" | tee -a "$out/mixed.txt"
memory "memory after" | tee -a "$out/mixed.txt"
