#!/usr/bin/env bash
# Click → answer times in the workspace for every role (issue 13: "every click answers in < 500 ms
# p95 on the demo server when the machine is quiet"): signing in until the workspace is usable,
# opening a case link until the case shows, opening each of the role's tabs, a map click until its
# sentence shows; two rounds of six roles. Runs the browser test WorkspaceClickLatencyTest, which
# times each click from just before it is sent until the answer is seen (polled every 10 ms, so
# WebDriver's own round trips count against the page) and fails on a p95 of 500 ms or more when the
# load is at most 3 per core. Run it with nothing else on the machine.
#   bench/click-latency.sh [RUNS]     RUNS times (default 1); results under bench/results/
exec "$(dirname "$0")/browser-figures.sh" click-latency WorkspaceClickLatencyTest click-latency.txt "${1:-1}"
