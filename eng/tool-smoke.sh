#!/usr/bin/env bash
# End-to-end smoke of an *installed* mscdomain tool against the JIT build of the same commit (issue 9, point 5).
#
#   eng/tool-smoke.sh TOOL [REFERENCE]
#     TOOL       the command that runs the tool under test, e.g. "/tmp/tool-aot/mscdomain" or "dotnet tool run mscdomain --"
#     REFERENCE  the command that runs the JIT build (default: "dotnet src/MscDomain.Cli/bin/Release/net10.0/MscDomain.Cli.dll";
#                build it first with `dotnet build src/MscDomain.Cli -c Release`)
#
# Every command (version, progression, milestone, edss, grade-labs, classify-ae, validate, schema, export-csv, import-csv,
# export-fhir, import-fhir, meta, plot) runs on bundled data (samples/, tests/MscDomain.Tests/TestData, and small inputs
# written below) once through each side, from the same working directory with the same relative paths. The exit code,
# stdout, stderr and every file written must be byte-for-byte equal; PNG/SVG figures only need a valid header and a size
# within 10 % of the reference (rendering is not guaranteed to be deterministic across builds). Each command also gets one
# bad input, where the exit code must be the documented one and stderr must hold no stack trace. A Native AOT build that
# lost something to trimming (reflection, a resource, a native library) fails here rather than in a user's hands.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 TOOL [REFERENCE]"; exit 2; }
tool=$1
ref=${2:-dotnet $root/src/MscDomain.Cli/bin/Release/net10.0/MscDomain.Cli.dll}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
in=$work/in
mkdir -p "$in"
td=$root/tests/MscDomain.Tests/TestData
cp "$td/msprog/visits.csv" "$td/msprog/relapses.csv" "$in/"
cp "$td/metafor/inputs/bin-het.csv" "$td/metafor/inputs/cont-het.csv" "$in/"
mkdir -p "$in/trials"
cp "$root"/samples/data/trials/*.json "$in/trials/"
gzip -dc "$root/samples/data/cohort/demonstration-cohort.json.gz" > "$in/cohort.json"
cat > "$in/labs.csv" <<'EOF'
subject,term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version,symptomatic,intervention_indicated
S-01,Hypokalemia,,3.2,mmol/L,3.5,5.1,,,v5.0,false,false
S-02,potassium,high,6.1,mmol/L,3.5,5.1,,,v6.0,,
S-03,Neutrophil count decreased,,1.6,10^9/L,,,,,v5.0,,
S-04,Alanine aminotransferase increased,,74,U/L,,40,50,high,v5.0,,
S-05,Not a term,,1,mmol/L,,,,,v5.0,,
S-06,Hypokalemia,,3.2,mmol/L,3.5,5.1,,,v6.0,,
EOF
sed 's/^S-01,Hypokalemia,,3.2,/S-01,Hypokalemia,,3.2x,/' "$in/labs.csv" > "$in/labs-bad.csv"
cat > "$in/fs.csv" <<'EOF'
id,date,pyramidal,cerebellar,brainstem,sensory,bowel_bladder,visual,cerebral,ambulation
p1,2024-01-02,4,2,0,0,0,0,0,0
p2,2024-01-02,0,0,0,0,0,0,1,0
p3,2024-01-02,4,4,0,0,0,0,0,1
p4,2024-01-02,4,4,0,0,0,0,0,2
p5,2024-01-02,3,3,2,2,1,1,1,0
EOF
printf 'id,date,pyramidal,cerebellar,brainstem,sensory,bowel_bladder,visual,cerebral,ambulation\np1,2024-01-02,0,0,0,0,0,9,0,0\n' > "$in/fs-bad.csv"
cp "$root/tests/MscDomain.Tests/TestData/safety/classify-ae-events.json" "$in/events.json" # the same document as ClassifyAeCommandTest
sed 's/"grade": 4, "version": "v6.0"/"grade": 7, "version": "v6.0"/' "$in/events.json" > "$in/events-bad.json"
printf '{ "schemaVersion": 2, "id": "x", "participants": [ { "baseline": { "sex": "sideways" } } ] }\n' > "$in/cohort-bad.json"
printf '{ "resourceType": "Bundle", "type": "collection", "entry": [ { "resource": { "resourceType": "Patient", "gender": 42 } } ] }\n' > "$in/bundle-bad.json"
cat > "$in/km.csv" <<'EOF'
id,arm,time,event
P01,msc,30,1
P02,msc,90,0
P03,msc,180,1
P04,msc,365,0
P05,placebo,20,1
P06,placebo,60,1
P07,placebo,200,0
P08,placebo,365,1
EOF
printf 'time,event\n5,1\n7,perhaps\n' > "$in/km-bad.csv"
cat > "$in/aes.csv" <<'EOF'
id,start_day,end_day,grade,term,follow_up_day
P01,0,2,1,Infusion-related reaction,365
P01,1,30,2,Headache,
P01,200,,3,Lymphocyte count decreased,
P02,-3,5,1,Nausea,
P02,40,60,4,Neutrophil count decreased,180
P04,10,12,5,Sepsis,
EOF
printf 'id,date,EDSS\nP001,2021-03-01,3.0\nP001,2021-06-01,0.5\n' > "$in/visits-bad.csv"
mkdir -p "$in/csv-bad"
printf 'id,sex\nP1,sideways\n' > "$in/csv-bad/participants.csv"

failures=0
cases=0
# run SIDE NAME EXPECTED-RC ARGS...: runs one side in $work/SIDE/NAME (cwd $work, outputs under out/)
run() {
  local side=$1 name=$2 cmd; shift 2
  [ "$side" = tool ] && cmd=$tool || cmd=$ref
  rm -rf "$work/out"
  mkdir -p "$work/out"
  set +e
  (cd "$work" && $cmd "$@" > out/stdout 2> out/stderr)
  echo $? > "$work/out/rc"
  set -e
  rm -rf "${work:?}/$side/$name"
  mkdir -p "$work/$side"
  mv "$work/out" "$work/$side/$name"
}
fail() { echo "FAIL $1: $2"; failures=$((failures + 1)); }
figure_ok() { # FILE REFERENCE-FILE: valid PNG/SVG header, size within 10 %
  local f=$1 r=$2 a b
  case "$f" in
    *.png) [ "$(head -c 8 "$f" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || return 1 ;;
    *.svg) grep -q '<svg' "$f" || return 1 ;;
  esac
  a=$(stat -c %s "$f"); b=$(stat -c %s "$r")
  [ $((a * 10)) -ge $((b * 9)) ] && [ $((a * 10)) -le $((b * 11)) ]
}
# check NAME EXPECTED-RC ARGS...: same command on both sides, same exit code (the expected one), same outputs
check() {
  local name=$1 rc=$2; shift 2
  cases=$((cases + 1))
  run tool "$name" "$@"
  run ref "$name" "$@"
  local t=$work/tool/$name r=$work/ref/$name
  [ "$(cat "$t/rc")" = "$rc" ] || fail "$name" "exit code $(cat "$t/rc"), expected $rc; stderr: $(head -c 400 "$t/stderr")"
  [ "$(cat "$r/rc")" = "$rc" ] || fail "$name" "reference exit code $(cat "$r/rc"), expected $rc; stderr: $(head -c 400 "$r/stderr")"
  if grep -qE '^\s+at [A-Za-z_.]+|Unhandled exception|   --- End of' "$t/stderr"; then fail "$name" "stack trace on stderr: $(head -c 400 "$t/stderr")"; fi
  local f rel
  while IFS= read -r f; do
    rel=${f#"$r/"}
    if [ ! -e "$t/$rel" ]; then fail "$name" "$rel not written"; continue; fi
    case "$rel" in
      *.png|*.svg) figure_ok "$t/$rel" "$f" || fail "$name" "$rel: not a valid figure of the reference's size ($(stat -c %s "$t/$rel") vs $(stat -c %s "$f") bytes)" ;;
      *) cmp -s "$t/$rel" "$f" || fail "$name" "$rel differs: $(diff "$t/$rel" "$f" | head -5 | tr '\n' ' ')" ;;
    esac
  done < <(find "$r" -type f | sort)
  [ "$(cd "$t" && find . -type f | sort)" = "$(cd "$r" && find . -type f | sort)" ] || fail "$name" "different sets of files written"
}

echo "== tool:      $tool"
echo "== reference: $ref"

# version: the versions differ by design (a packed prerelease vs the build's); both must print one and exit 0
cases=$((cases + 1))
run tool version version
run tool version-flag --version
for n in version version-flag; do
  [ "$(cat "$work/tool/$n/rc")" = 0 ] && grep -q '[0-9]\.[0-9]' "$work/tool/$n/stdout" || fail "$n" "no version: $(cat "$work/tool/$n/stdout" "$work/tool/$n/stderr")"
done
check help 0 --help
check bad-command 2 no-such-command

check progression 0 progression --visits in/visits.csv --relapses in/relapses.csv --outcome edss --event multiple \
  --baseline roving --raw-pira --conf-days 84 --conf-tol-days 7,730.5 --results out/results.csv --event-count out/counts.csv
check progression-stdout 0 progression --visits in/visits.csv --relapses in/relapses.csv --event firstCDW
check progression-bad 1 progression --visits in/visits-bad.csv --results out/results.csv
check milestone 0 milestone --visits in/visits.csv --relapses in/relapses.csv --milestone 6 --results out/m.csv
check milestone-bad 2 milestone --visits in/visits.csv --milestone
check edss 0 edss --input in/fs.csv --output out/edss.csv
check edss-bad 1 edss --input in/fs-bad.csv --output out/edss.csv
check grade-labs 0 grade-labs --input in/labs.csv --output out/graded.csv
check grade-labs-bad 1 grade-labs --input in/labs-bad.csv --output out/graded.csv
check classify-ae-csv 0 classify-ae --input in/events.json
check classify-ae-json 0 classify-ae --input in/events.json --output out/ae.json --jurisdiction us-ind-safety-report
check classify-ae-bad 1 classify-ae --input in/events-bad.json
check validate-cohort 0 validate in/cohort.json
for f in "$in"/trials/*.json; do
  check "validate-$(basename "$f" .json)" 0 validate "in/trials/$(basename "$f")"
done
check validate-bad 1 validate in/cohort-bad.json
check schema 0 schema
check schema-file 0 schema --output out/schema.json
check export-csv 0 export-csv --input in/cohort.json --output-dir out/csv
check export-csv-bad 1 export-csv --input in/cohort-bad.json --output-dir out/csv
# import-csv reads what export-csv wrote (the reference's copy, so both sides read the same files)
cp -r "$work/ref/export-csv/csv" "$in/csv"
check import-csv 0 import-csv --dir in/csv --output out/cohort.json
check import-csv-bad 1 import-csv --dir in/csv-bad --output out/cohort.json
check export-fhir 0 export-fhir --input in/cohort.json --output out/bundle.json
check export-fhir-transaction 0 export-fhir --input in/cohort.json --output out/bundle.json --bundle-type transaction
check export-fhir-bad 1 export-fhir --input in/cohort-bad.json --output out/bundle.json
cp "$work/ref/export-fhir/bundle.json" "$in/bundle.json"
check import-fhir 0 import-fhir --input in/bundle.json --output out/cohort.json
check import-fhir-bad 1 import-fhir --input in/bundle-bad.json --output out/cohort.json
check meta 0 meta --input in/bin-het.csv --measure RR --output out/pooled.csv --studies-output out/studies.csv --forest out/forest.svg
check meta-smd 0 meta --input in/cont-het.csv --measure SMD --method DL --test knha --output out/pooled.csv --forest out/forest.png
check meta-trials 0 meta --from-trials in/trials --outcome relapses --measure RR --output out/pooled.csv --studies-output out/studies.csv --forest out/forest.svg
check meta-bad 2 meta --input in/bin-het.csv --measure XX --output out/pooled.csv
check plot-km 0 plot km --input in/km.csv --time-column time --event-column event --group-column arm --times 0,90,180,365 --output out/km.png
check plot-km-svg 0 plot km --input in/km.csv --time-column time --event-column event --output out/km.svg
check plot-edss 0 plot edss --visits in/visits.csv --relapses in/relapses.csv --id "$(sed -n 2p "$in/visits.csv" | cut -d, -f1)" --output out/edss.png
check plot-swimmer 0 plot swimmer --input in/aes.csv --output out/swimmer.svg
check plot-bad 1 plot km --input in/km-bad.csv --time-column time --event-column event --output out/km.png

echo "== $cases cases, $failures failures"
[ "$failures" -eq 0 ]
