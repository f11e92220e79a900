#!/usr/bin/env bash
# Hotspot analyses on all 27,397 unit grid cells of the demo region as a planner runs them in the
# workspace (issue 13): time from the click on 运行分析 to the result drawn on the map, the longest
# main-thread task meanwhile, and the answer's time and size, for Gi*, kernel density and emerging
# hot spots with the form's defaults. Runs the browser test WorkspaceHotspotScaleTest (headless
# Chromium against the demo server on H2GIS), which measures in the page (performance marks
# hotspot-click → hotspot-drawn, PerformanceObserver 'longtask', resource timing) and fails when
# Gi* takes 3 s or more or a task blocks the page for 200 ms or more (on a quiet machine).
#   bench/hotspot-browser.sh [RUNS]     RUNS times (default 1); results under bench/results/
exec "$(dirname "$0")/browser-figures.sh" hotspot-browser WorkspaceHotspotScaleTest hotspot-scale.txt "${1:-1}"
