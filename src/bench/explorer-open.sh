#!/usr/bin/env bash
# How long the explorer takes to open in headless Chromium: the page's own clock
# (performance.now() at the first frame after it is built, from the start of loading), for
# each report folder given, three times each.
#   bash src/bench/explorer-open.sh reports/voorbeeld-2024 [more report folders]
set -euo pipefail
for report in "$@"; do
  page="$report/verkenner.html"
  [ -f "$page" ] || page="$report/explorer.html"
  size=$(du -k "$page" | cut -f1)
  for run in 1 2 3; do
    profile=$(mktemp -d)
    ms=$(chromium --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --user-data-dir="$profile" --window-size=1600,1000 --virtual-time-budget=20000 \
        --dump-dom "file://$(realpath "$page")" 2>/dev/null | grep -o 'data-ready-ms="[0-9]*"' | grep -o '[0-9]*' || true)
    rm -rf "$profile"
    echo "$page (${size} KB) run $run: ready after ${ms:-?} ms"
  done
done
