#!/usr/bin/env python3
"""Reference records for Utf8CsvReaderTest: CSV texts and how Python's csv module (strict=True, RFC 4180 dialect)
splits them. Run from this folder (Python 3.11): python3 make-csv-reference.py > csv-reference.json (deterministic)."""
import csv, io, json, random

rng = random.Random(20261205)
alphabet = ['a', 'b', 'Z', '1', '.', ' ', ',', '"', '\n', '\r\n', 'é', '€', '𝄞', '-', ';', '\t']

def field():
    n = rng.choice([0, 1, 2, 3, 5, 8])
    return ''.join(rng.choice(alphabet) for _ in range(n))

cases = [
    "a,b\n1,2\n",
    "a,b\r\n1,2\r\n",
    "a,b\r1,2\r",
    "a,b\n1,2",
    "\"a\",\"b\"\n\"1,5\",\"say \"\"hi\"\"\"\n",
    "a,b\n\"line1\nline2\",x\n3,4\n",
    "a,b\n\n1,2\n\n",
    "a,,c\n,,\n",
    "a\n\"\"\n",
    " a , b \n 1 ,2 \n",
    "h\n\"\"\"\"\n",
    "x,y\n\"\",\"\"\n",
    "é,€\n𝄞,ü\n",
]
for _ in range(200):
    rows = [[field() for _ in range(rng.randint(1, 5))] for _ in range(rng.randint(1, 6))]
    buf = io.StringIO()
    csv.writer(buf, lineterminator=rng.choice(['\n', '\r\n']), quoting=rng.choice([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])).writerows(rows)
    cases.append(buf.getvalue())

out = []
for text in cases:
    records = list(csv.reader(io.StringIO(text, newline=''), strict=True))
    out.append({"text": text, "records": records})
print(json.dumps(out, ensure_ascii=False, indent=0))
