#!/usr/bin/env bash
# Whole-process CPU time, peak memory and output identity of the CSV paths, for two builds of the tool.
#   benchmarks/measure-csv-paths.sh BASE_DIR NEW_DIR [DATA_DIR]
# BASE_DIR/NEW_DIR hold MscDomain.Cli.dll (e.g. `dotnet build -c Release src/MscDomain.Cli -o DIR`, one from main, one
# from the branch). DATA_DIR (default /tmp/perfdata) gets the inputs from benchmarks/gen-csv-inputs.py when missing.
# Prints user+sys CPU seconds, wall seconds and max RSS per run (median of 5 reported by hand from the lines), and
# cmp's every output of NEW against BASE (byte-identical is the rule). Wall time is noisy on a shared machine: compare CPU.
set -euo pipefail
base=$1 new=$2 data=${3:-/tmp/perfdata} runs=${RUNS:-5}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$data"
[ -f "$data/labs-1m.csv" ] || python3 "$here/gen-csv-inputs.py" labs "$data/labs-1m.csv" 1000000
[ -f "$data/c50k/visits.csv" ] || python3 "$here/gen-csv-inputs.py" cohort "$data/c50k" 50000
[ -f "$data/c2k/visits.csv" ] || python3 "$here/gen-csv-inputs.py" cohort "$data/c2k" 2000

measure() { # label dir args...
  local label=$1 dir=$2; shift 2
  for i in $(seq "$runs"); do
    /usr/bin/time -f "$label cpu=%U+%S wall=%e maxrss_kb=%M" dotnet "$dir/MscDomain.Cli.dll" "$@" >/dev/null 2>>"$data/time.log" || { echo "$label failed"; return 1; }
  done
  tail -n "$runs" "$data/time.log"
}

for side in base new; do
  dir=${!side}
  measure "$side grade-labs 1M" "$dir" grade-labs --input "$data/labs-1m.csv" --output "$data/$side-graded.csv"
  for c in c2k c50k; do
    measure "$side progression $c" "$dir" progression --visits "$data/$c/visits.csv" --relapses "$data/$c/relapses.csv" \
      --results "$data/$side-$c-results.csv" --event-count "$data/$side-$c-count.csv" --json "$data/$side-$c.json"
  done
done
for f in graded.csv c2k-results.csv c2k-count.csv c2k.json c50k-results.csv c50k-count.csv c50k.json; do
  cmp "$data/base-$f" "$data/new-$f" && echo "identical: $f"
done
