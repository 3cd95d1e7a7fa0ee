#!/usr/bin/env bash
# Benchmark of netwerkscan analyse as a whole process, on surveys generated with fixed seeds.
#
#   bash src/bench/benchmark.sh            # example survey, 10k, 100k and 1M rows
#   bash src/bench/benchmark.sh 10000      # only the sizes given
#
# Prints a Markdown table: rows, file size, the floor (decompressing the worksheets with
# unzip -p, the least any reader must do), analyse wall time (median of 3 runs, every output of
# the report) through the launcher target/netwerkscan (-Xmx1g), ratio to the floor, and peak
# resident memory (GNU time).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }

mvn -q -B package -DskipTests
launcher=target/netwerkscan
work=target/bench
mkdir -p "$work"

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

floor_of() { # seconds to decompress the workbook's worksheets, median of 3
  for _ in 1 2 3; do
    /usr/bin/time -f %e unzip -p "$1" 'xl/worksheets/*.xml' 2>&1 >/dev/null | tail -1
  done | median
}

analyse_of() { # "seconds peak-kB" of analyse, median of 3 by time
  for i in 1 2 3; do
    /usr/bin/time -f '%e %M' $launcher analyse "$1" --out "$work/report" 2>&1 >/dev/null | tail -1
  done | sort -n | awk '{v[NR]=$0} END {print v[int((NR+1)/2)]}'
}

row() { # rows file
  local size floor result seconds rss
  size=$(du -h "$2" | cut -f1)
  floor=$(floor_of "$2")
  result=$(analyse_of "$2")
  seconds=${result% *}
  rss=$(awk -v k="${result#* }" 'BEGIN {printf "%.0f MiB", k/1024}')
  printf '| %s | %s | %s s | %s s | %s | %s |\n' "$1" "$size" "$floor" "$seconds" \
    "$(awk -v a="$seconds" -v f="$floor" 'BEGIN {if (f < 0.05) print "—"; else printf "%.1f×", a/f}')" "$rss"
}

echo "netwerkscan benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(java -version 2>&1 | head -1)"
echo
echo '| rows | file size | floor (unzip -p) | analyse | ratio | peak RSS |'
echo '|---:|---:|---:|---:|---:|---:|'
row "429 (surveys/voorbeeld-2024.xlsx)" surveys/voorbeeld-2024.xlsx
for rows in "${sizes[@]}"; do
  survey="$work/survey-$rows.xlsx"
  [ -f "$survey" ] || $launcher generate "$survey" --rows "$rows" --seed 2024 >/dev/null
  row "$rows" "$survey"
done
