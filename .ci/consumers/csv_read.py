#!/usr/bin/env python3
"""Reads digest's CSV with Python's csv module, as a spreadsheet script or pandas-free pipeline
would, and compares every row with digest's jsonl records: the same fields, urls joined by one
space, authors joined by "; ", a null as an empty field. Prints one line per difference and exits 1 when there is any.

Usage: python3 csv_read.py RECORDS.jsonl FILE.csv
"""
import csv
import json
import sys

# The fields of a record, in order; the header is the first record's fields (the hand-made fixtures
# of self-test.sh have the seven fields of digest before authors, arxiv and published).
FIELDS = ["key", "title", "abstract", "urls", "date", "source", "line", "authors", "arxiv", "published"]
JOINERS = {"urls": " ", "authors": "; "}


def cell(name, value):
    if value is None:
        return ""
    if name in JOINERS:
        return JOINERS[name].join(value)
    return str(value)


def expected_row(record, fields):
    return [cell(name, record[name]) for name in fields]


def main(records_file, csv_file):
    with open(records_file, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    problems = []
    # newline="" hands line breaks inside quoted fields to the csv module, as its documentation asks;
    # strict=True turns quoting that RFC 4180 does not allow into an error instead of a guess.
    # utf-8, not utf-8-sig: a byte-order mark would show up in the first header name.
    with open(csv_file, encoding="utf-8", newline="") as f:
        try:
            rows = list(csv.reader(f, strict=True))
        except csv.Error as e:
            print(f"(all): the csv module cannot read the file: {e}")
            return 1
    fields = list(records[0].keys()) if records else FIELDS
    if not rows or rows[0] != fields:
        print(f"(all): header {rows[0] if rows else None!r}, expected {fields!r}")
        return 1
    body = rows[1:]
    if len(body) != len(records):
        problems.append(f"(all): {len(records)} records, {len(body)} rows")
    for record, row in zip(records, body):
        want = expected_row(record, fields)
        if len(row) != len(want):
            problems.append(f"{record['key']}: {len(row)} fields, expected {len(want)}")
            continue
        for name, w, g in zip(fields, want, row):
            if w != g:
                at = next((i for i, (a, b) in enumerate(zip(w, g)) if a != b), min(len(w), len(g)))
                problems.append(
                    f"{record['key']}: {name} differ at character {at}: "
                    f"expected {w[max(0, at - 30):at + 40]!r}, got {g[max(0, at - 30):at + 40]!r}"
                )
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: python3 csv_read.py RECORDS.jsonl FILE.csv", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
