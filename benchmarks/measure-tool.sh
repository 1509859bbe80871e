#!/usr/bin/env bash
# End-to-end figures of the installed `mscdomain` tool, from process start (issue 9, point 5):
# start-up, progression on 2,000 and 50,000 participants, grade-labs on 1,000,000 rows: wall time with hyperfine
# (median of the runs), peak memory (maximum resident set size) with /usr/bin/time -v.
#
#   benchmarks/measure-tool.sh [MSCDOMAIN] [RUNS]
#     MSCDOMAIN  the tool to measure (default: `mscdomain` on PATH), e.g. a --tool-path install
#     RUNS       hyperfine runs per command (default 5)
#   env: DATA (default /tmp/mscdomain-tool-data) holds the generated inputs; VERSION_ARGS (default "--version");
#        LABS_VERSION (default v5.0; "5.0" for builds before the one-vocabulary change)
#
# Inputs are generated once by benchmarks/make-tool-data.py (deterministic). Needs hyperfine and GNU time
# (Debian packages `hyperfine` and `time`; installed here when missing and running as root).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tool=${1:-mscdomain}
runs=${2:-5}
data=${DATA:-/tmp/mscdomain-tool-data}
version_args=${VERSION_ARGS:---version}
labs_version=${LABS_VERSION:-v5.0}

if ! command -v hyperfine >/dev/null || [ ! -x /usr/bin/time ]; then
  [ "$(id -u)" -eq 0 ] || { echo "needs hyperfine and /usr/bin/time (apt-get install hyperfine time)"; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine time >/dev/null
fi

mkdir -p "$data/p2k" "$data/p50k"
[ -s "$data/p2k/visits.csv" ] || python3 "$here/make-tool-data.py" progression "$data/p2k" 2000
[ -s "$data/p50k/visits.csv" ] || python3 "$here/make-tool-data.py" progression "$data/p50k" 50000
[ -s "$data/labs-1m.csv" ] || python3 "$here/make-tool-data.py" labs "$data/labs-1m.csv" 1000000
labs="$data/labs-1m.csv"
if [ "$labs_version" != v5.0 ]; then # the old CSV spelling of the CTCAE version ("5.0"), for builds before the change
  labs="$data/labs-1m-legacy.csv"
  [ -s "$labs" ] || sed -E 's/,v([56])\.0$/,\1.0/' "$data/labs-1m.csv" > "$labs"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
progression() { # participants-folder
  echo "$tool progression --visits $data/$1/visits.csv --relapses $data/$1/relapses.csv --outcome edss --event multiple --baseline roving --raw-pira --results $out/results.csv --event-count $out/counts.csv"
}
clean="rm -f $out/results.csv $out/counts.csv $out/graded.csv"
grade="$tool grade-labs --input $labs --output $out/graded.csv"

echo "== wall time from process start (hyperfine: $runs runs after 1 warm-up; median)"
hyperfine --style basic --runs "$runs" --warmup 1 --prepare "$clean" --export-json "$out/wall.json" \
  -n "version" "$tool $version_args" \
  -n "progression 2,000" "$(progression p2k)" \
  -n "progression 50,000" "$(progression p50k)" \
  -n "grade-labs 1,000,000" "$grade" >/dev/null
python3 - "$out/wall.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']:<22} median {r['median']*1000:8.1f} ms   min {r['min']*1000:8.1f}   max {r['max']*1000:8.1f}   user {r['user']*1000:8.1f}   system {r['system']*1000:6.1f}")
PY

echo "== peak memory (/usr/bin/time -v, one run each)"
for name in p2k p50k; do
  eval "$clean"
  /usr/bin/time -v $(progression $name) 2> "$out/time.txt" >/dev/null
  echo "progression $name: $(grep -E 'Maximum resident' "$out/time.txt" | awk '{printf "%.0f MB", $6/1024}'), wall $(grep -E 'Elapsed' "$out/time.txt" | awk '{print $8}')"
done
eval "$clean"
/usr/bin/time -v $grade 2> "$out/time.txt" >/dev/null
echo "grade-labs 1,000,000: $(grep -E 'Maximum resident' "$out/time.txt" | awk '{printf "%.0f MB", $6/1024}'), wall $(grep -E 'Elapsed' "$out/time.txt" | awk '{print $8}')"
