#!/usr/bin/env bash
# Benchmark of netwerkscan analyse as a whole process, on surveys generated with fixed seeds,
# each size stored twice: with inline strings (netwerkscan generate's default) and with a
# shared-strings table, as Excel and LibreOffice store text.
#
#   bash src/bench/benchmark.sh                 # example survey, 100k and 1M rows, pandas route
#   bash src/bench/benchmark.sh 10000 100000    # only the sizes given; pandas on the largest
#   PANDAS=no bash src/bench/benchmark.sh       # without the pandas route
#
# Prints a Markdown table per survey: file size; two floors, the least any reader must do:
# decompressing the sheets (and the shared strings) with unzip -p into /dev/null, and into
# wc -l, which also reads every byte once; analyse's wall time (median of 3 runs, every output
# of the report) through the launcher target/netwerkscan and through plain java -Xmx1g -jar
# (what runs where the launcher cannot; the jar then starts a second JVM with the launcher's
# options, TunedJvm.java), each with its ratio to the wc floor; and the
# launcher's peak resident memory (GNU time). Then the pandas route (src/bench/pandas_route.py:
# pandas.read_excel with openpyxl, groupby, networkx matching; one run) on the largest
# shared-strings survey, against the launcher on the same file. A generated survey is a
# roll-up of units (generate --units), about 350 per million rows as in a national survey of
# municipalities, so the per-unit sheets are part of what is timed.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
python=/usr/bin/python3

install_debian() { # packages...: installs what is missing, with sudo where not root
  command -v apt-get >/dev/null || return 1
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  { $sudo apt-get update -q && $sudo apt-get install -y -q --no-install-recommends "$@"; } >/dev/null 2>&1
}
command -v /usr/bin/time >/dev/null || install_debian time || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
if [ "${PANDAS:-yes}" != no ] && ! $python -c "import pandas, openpyxl, networkx" 2>/dev/null; then
  install_debian python3-pandas python3-openpyxl python3-networkx \
    || { echo "needs python3-pandas, python3-openpyxl and python3-networkx, or PANDAS=no" >&2; exit 1; }
fi

mvn -q -B package -DskipTests
launcher=target/netwerkscan
jar=target/netwerkscan.jar
work=target/bench
mkdir -p "$work"

median() { sort -n | awk '{v[NR]=$0} END {print v[int((NR+1)/2)]}'; }

parts() { # the parts of a workbook a reader must decompress
  unzip -Z1 "$1" | grep -E '^xl/(worksheets/.*\.xml|sharedStrings\.xml)$'
}

floor_null() { # seconds to decompress those parts into /dev/null, median of 3
  local entries
  mapfile -t entries < <(parts "$1")
  for _ in 1 2 3; do
    /usr/bin/time -f %e unzip -p "$1" "${entries[@]}" 2>&1 >/dev/null | tail -1
  done | median
}

floor_wc() { # seconds to decompress them and count their lines, median of 3
  local entries
  mapfile -t entries < <(parts "$1")
  for _ in 1 2 3; do
    /usr/bin/time -f %e sh -c 'unzip -p "$@" | wc -l' sh "$1" "${entries[@]}" 2>&1 >/dev/null | tail -1
  done | median
}

analyse_with() { # runner file: "seconds peak-kB", median of 3 by time
  local runner=$1 file=$2
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' $runner analyse "$file" --out "$work/report" 2>&1 >/dev/null | tail -1
  done | median
}

ratio() { awk -v a="$1" -v f="$2" 'BEGIN {if (f < 0.05) print "—"; else printf "%.1f×", a/f}'; }

declare -A launcher_seconds
units_for() { # rows: about 350 units per million rows, at least 1
  awk -v r="$1" 'BEGIN {u = int(r * 350 / 1000000 + 0.5); print (u < 1 ? 1 : u)}'
}

row() { # label storage units file
  local size null wc launched plain seconds rss
  local file=$4
  size=$(du -h "$file" | cut -f1)
  null=$(floor_null "$file")
  wc=$(floor_wc "$file")
  launched=$(analyse_with "$launcher" "$file")
  plain=$(analyse_with "java -Xmx1g -jar $jar" "$file")
  seconds=${launched% *}
  launcher_seconds[$1-$2]=$seconds
  rss=$(awk -v k="${launched#* }" 'BEGIN {printf "%.0f MiB", k/1024}')
  printf '| %s | %s | %s | %s | %s s | %s s | %s s | %s | %s s | %s | %s |\n' "$1" "$2" "$3" "$size" "$null" "$wc" \
    "$seconds" "$(ratio "$seconds" "$wc")" "${plain% *}" "$(ratio "${plain% *}" "$wc")" "$rss"
}

survey() { # rows storage: the generated file, made once per size and storage
  local units file flag=""
  units=$(units_for "$1")
  file="$work/survey-$1-$2-units-$units.xlsx"
  [ "$2" = shared ] && flag=--shared-strings
  [ -f "$file" ] || $launcher generate "$file" --rows "$1" --seed 2024 --units "$units" $flag >/dev/null
  echo "$file"
}

echo "netwerkscan benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(java -version 2>&1 | head -1)"
echo
echo '| rows | strings | units | file size | floor: unzip -p > /dev/null | floor: unzip -p \| wc -l | launcher | ratio | java -Xmx1g -jar | ratio | peak RSS |'
echo '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
row "429 (surveys/voorbeeld-2024.xlsx)" inline 1 surveys/voorbeeld-2024.xlsx
for rows in "${sizes[@]}"; do
  for storage in inline shared; do
    row "$rows" "$storage" "$(units_for "$rows")" "$(survey "$rows" "$storage")"
  done
done
echo

first=${sizes[0]}
last=${sizes[${#sizes[@]}-1]}
if [ "$first" != "$last" ]; then
  for storage in inline shared; do
    echo "$storage strings: $last rows take $(awk -v a="${launcher_seconds[$last-$storage]}" \
      -v b="${launcher_seconds[$first-$storage]}" 'BEGIN {printf "%.1f×", a/b}') the time of $first rows (launcher)."
  done
fi

if [ "${PANDAS:-yes}" != no ]; then
  file=$(survey "$last" shared)
  pandas=$($python src/bench/pandas_route.py "$file" | awk '/^pandas route:/ {print $3}')
  tool=${launcher_seconds[$last-shared]}
  echo "pandas route on $last rows, shared strings (one run): $pandas s, $(awk -v p="$pandas" -v t="$tool" \
    'BEGIN {printf "%.1f×", p/t}') the launcher's $tool s."
fi
