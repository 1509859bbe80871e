#!/usr/bin/env python3
"""Synthetic inputs for benchmarks/measure-tool.sh (deterministic: Python's random.Random, Mersenne Twister, seeded).

    make-tool-data.py progression DIR PARTICIPANTS   -> DIR/visits.csv, DIR/relapses.csv (id,date,EDSS / id,date)
    make-tool-data.py labs FILE ROWS                 -> a grade-labs input (CTCAE v5.0/v6.0 lab rows)

The progression cohort follows the CLI benchmark's generator (benchmarks/MscDomain.Benchmarks/CliBenchmarkData.cs):
16-24 EDSS visits per participant every 76-104 days, a random walk on the EDSS steps, ~1% missing values, ~0.5%
same-day duplicates, and ~0.45 relapses per participant.
"""
import datetime as dt
import random
import sys

STEPS = ["0.0", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0", "5.5", "6.0", "6.5", "7.0", "7.5", "8.0", "8.5", "9.0", "9.5"]


def progression(folder, participants, seed=20261126):
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1)
    with open(f"{folder}/visits.csv", "w", newline="\n") as v, open(f"{folder}/relapses.csv", "w", newline="\n") as r:
        v.write("id,date,EDSS\n")
        r.write("id,date\n")
        for p in range(participants):
            pid = f"P{p:06d}"
            day = start + dt.timedelta(days=rng.randrange(0, 1500))
            first = day
            step = rng.randrange(0, 10)
            for _ in range(16 + rng.randrange(0, 9)):
                roll = rng.random()
                step = min(max(step + (1 if roll < 0.12 else -1 if roll < 0.2 else 0) + (2 if roll > 0.985 else 0), 0), len(STEPS) - 1)
                value = "" if rng.random() < 0.01 else STEPS[step]
                v.write(f"{pid},{day.isoformat()},{value}\n")
                if rng.random() < 0.005:
                    v.write(f"{pid},{day.isoformat()},{STEPS[step]}\n")
                day += dt.timedelta(days=76 + rng.randrange(0, 29))
            for _ in range(1 + rng.randrange(0, 2) if rng.random() < 0.3 else 0):
                r.write(f"{pid},{(first + dt.timedelta(days=rng.randrange(-200, (day - first).days))).isoformat()}\n")


LABS = [
    # term, direction, unit, lln, uln, typical value range
    ("Hypokalemia", "", "mmol/L", "3.5", "5.1", (2.4, 4.5)),
    ("Hyperkalemia", "", "mmol/L", "3.5", "5.1", (4.0, 7.5)),
    ("Alanine aminotransferase increased", "", "U/L", "7", "56", (10, 900)),
    ("Neutrophil count decreased", "", "10^9/L", "1.8", "7.7", (0.3, 6.0)),
    ("Platelet count decreased", "", "10^9/L", "150", "400", (10, 380)),
    ("Anemia", "", "g/L", "120", "160", (60, 150)),
    ("Creatinine increased", "", "umol/L", "50", "100", (40, 400)),
]


def labs(path, rows, seed=20261204):
    rng = random.Random(seed)
    with open(path, "w", newline="\n") as f:
        f.write("subject,term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version\n")
        for i in range(rows):
            term, direction, unit, lln, uln, (lo, hi) = LABS[i % len(LABS)]
            value = round(rng.uniform(lo, hi), 2)
            version = "v5.0" if rng.random() < 0.7 else "v6.0"
            f.write(f"S{i // 50:06d},{term},{direction},{value},{unit},{lln},{uln},,,{version}\n")


if __name__ == "__main__":
    if sys.argv[1] == "progression":
        progression(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "labs":
        labs(sys.argv[2], int(sys.argv[3]))
    else:
        raise SystemExit(__doc__)
