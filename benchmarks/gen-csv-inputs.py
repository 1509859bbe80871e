#!/usr/bin/env python3
"""Seeded synthetic inputs for the whole-process CSV measurements (benchmarks/README.md, "CSV paths, whole process").

  python3 benchmarks/gen-csv-inputs.py labs   OUT.csv ROWS          # lab rows for `mscdomain grade-labs`
  python3 benchmarks/gen-csv-inputs.py cohort OUTDIR PARTICIPANTS   # visits.csv + relapses.csv for `mscdomain progression`

Outputs are deterministic for a given argument list (fixed seed). Large files are not committed; generate them.
The cohort follows CliBenchmarkData (16-24 visits per participant, ~0.45 relapses, 1% missing EDSS, 0.5% same-day
duplicates) but uses Python's generator, so the files differ from the C# ones while having the same shape.
"""
import datetime
import os
import random
import sys

LAB_TERMS = [
    ("Hypokalemia", "", "mmol/L", "3.5", "5.1", (2.4, 3.8)),
    ("potassium", "high", "mmol/L", "3.5", "5.1", (4.5, 7.5)),
    ("Neutrophil count decreased", "", "10^9/L", "2.0", "", (0.3, 2.5)),
    ("Alanine aminotransferase increased", "", "U/L", "", "40", (10, 900)),
    ("Platelet count decreased", "", "10^9/L", "150", "", (10, 200)),
    ("Creatinine increased", "", "umol/L", "", "110", (50, 800)),
    ("Not a term", "", "mmol/L", "", "", (1, 2)),
]
STEPS = ["0.0", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0", "5.5", "6.0", "6.5", "7.0", "7.5",
         "8.0", "8.5", "9.0", "9.5"]


def labs(path, rows):
    rng = random.Random(20261204)
    with open(path, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as f:
        f.write("subject,term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version,"
                "symptomatic,intervention_indicated\n")
        for i in range(rows):
            term, direction, unit, lln, uln, (lo, hi) = LAB_TERMS[rng.randrange(len(LAB_TERMS))]
            value = f"{rng.uniform(lo, hi):.2f}"
            baseline = "" if rng.random() < 0.7 else f"{rng.uniform(lo, hi):.2f}"
            status = "" if baseline else rng.choice(["", "", "normal", "high", "low"])
            version = "v5.0" if rng.random() < 0.5 else "v6.0"
            flag1 = rng.choice(["", "true", "false"])
            flag2 = rng.choice(["", "true", "false"])
            f.write(f"S-{i:07d},{term},{direction},{value},{unit},{lln},{uln},{baseline},{status},{version},{flag1},{flag2}\n")


def cohort(outdir, participants):
    rng = random.Random(20261126)
    os.makedirs(outdir, exist_ok=True)
    start = datetime.date(2015, 1, 1)
    with open(os.path.join(outdir, "visits.csv"), "w", encoding="utf-8", newline="\n", buffering=1 << 20) as v, \
            open(os.path.join(outdir, "relapses.csv"), "w", encoding="utf-8", newline="\n", buffering=1 << 20) as r:
        v.write("id,date,EDSS\n")
        r.write("id,date\n")
        for p in range(participants):
            pid = f"P{p:06d}"
            day = start + datetime.timedelta(days=rng.randrange(1500))
            first = day
            step = rng.randrange(10)
            for _ in range(16 + rng.randrange(9)):
                roll = rng.random()
                step = min(max(step + (1 if roll < 0.12 else -1 if roll < 0.2 else 0) + (2 if roll > 0.985 else 0), 0),
                           len(STEPS) - 1)
                value = "" if rng.random() < 0.01 else STEPS[step]
                v.write(f"{pid},{day.isoformat()},{value}\n")
                if rng.random() < 0.005:
                    v.write(f"{pid},{day.isoformat()},{STEPS[step]}\n")
                day += datetime.timedelta(days=76 + rng.randrange(29))
            k = 1 + rng.randrange(2) if rng.random() < 0.3 else 0
            for _ in range(k):
                r.write(f"{pid},{(first + datetime.timedelta(days=rng.randrange(-200, (day - first).days))).isoformat()}\n")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("labs", "cohort"):
        sys.exit(__doc__)
    (labs if sys.argv[1] == "labs" else cohort)(sys.argv[2], int(sys.argv[3]))
