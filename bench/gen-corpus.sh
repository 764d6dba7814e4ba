#!/usr/bin/env bash
# gen-corpus.sh: builds a benchmark corpus of about SIZE_MB MiB from the four digests in samples/.
#
#   bench/gen-corpus.sh SIZE_MB OUT_FILE
#
# The samples are repeated in the order `cat daily-papers-apr23.txt daily-papers-mar13.txt
# papers-compact-1.txt papers-compact-2.txt` does, so both layouts occur and so do glued headers
# (three samples lack a final newline: `...PreSelect.new`, `...BEAST.Get trending papers in your
# email inbox once a day!`, and `...128 GPUs.new` where the next round starts again).
# Every title is made distinct (the samples repeat some titles) by a record number:
#   TITLE_MARK=suffix (default)  "EDTalk: Efficient ... Synthesis (part 1234)"  keys collide
#                                 (edtalk, edtalka, edtalkb, ...), the harder case for key tables
#   TITLE_MARK=prefix            "P1234 EDTalk: Efficient ... Synthesis"  keys mostly distinct
#                                 (p1234EDTalkEfficient)
# Titles stay title-shaped (SPEC Section 1): at most 300 characters, no final full stop.
# The corpus stops after the first whole record that reaches the size, so it ends with an
# abstract (and a newline when that sample has one there). Needs python3 (standard library only);
# writes about 1 GiB in a few seconds.
set -euo pipefail

if [ "$#" -ne 2 ] || ! [[ "$1" =~ ^[0-9]+$ ]] || [ "$1" -eq 0 ]; then
  echo "usage: $0 SIZE_MB OUT_FILE   (SIZE_MB: whole MiB, at least 1)" >&2
  exit 2
fi
size_mb="$1"
out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
samples="$here/../samples"
mark="${TITLE_MARK:-suffix}"
case "$mark" in
  suffix | prefix) ;;
  *) echo "$0: TITLE_MARK must be suffix or prefix, not '$mark'" >&2; exit 2 ;;
esac

mkdir -p "$(dirname "$out")"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT

python3 - "$size_mb" "$tmp" "$mark" \
  "$samples/daily-papers-apr23.txt" "$samples/daily-papers-mar13.txt" \
  "$samples/papers-compact-1.txt" "$samples/papers-compact-2.txt" <<'PY'
import re
import sys

size_mb, out, mark = int(sys.argv[1]), sys.argv[2], sys.argv[3]
paths = sys.argv[4:]
target = size_mb * 1024 * 1024

FURNITURE = {
    b"new", b"Subscribe", b"byAK and the research community",
    b"Get trending papers in your email inbox!",
    b"Get trending papers in your email inbox once a day!",
}
DATE = re.compile(rb"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March"
                  rb"|April|June|July|August|September|October|November|December) \d{1,2}(, \d{4})?")
BREAK = re.compile(r"[.?!] (?=[^\W\d_])")


def is_title(p):
    """SPEC Section 1: at most 300 characters, no final full stop, at most one sentence break."""
    s = p.decode("utf-8")
    if not s or len(s) > 300 or s.endswith("."):
        return False
    breaks = sum(1 for m in BREAK.finditer(s) if s[m.end()].isupper())
    return breaks <= 1


def units(data):
    """Splits one sample into records (before, title, after): `before` runs from the end of the
    previous record (header lines included), `after` from the end of the title to the end of its
    abstract's line, newline included. The samples hold one paragraph a line (no hard-wrapped
    paragraphs) and no anomalies, so a title is a whole line, or the rest of a line after a glued
    `Subscribe`, and the next paragraph is its abstract. Returns the records and the tail."""
    records, start, pos, title, title_end = [], 0, 0, None, 0
    for line in data.splitlines(keepends=True):
        body = line.rstrip(b"\r\n")
        text = body.strip()
        lead = len(body) - len(body.lstrip())
        if text.startswith(b"Subscribe") and len(text) > 9 and text[9:10].isupper():
            lead += 9
            text = text[9:]
        if text and text not in FURNITURE and not DATE.fullmatch(text):
            if title is None and is_title(text):
                title, title_end = (data[start:pos + lead], text), pos + lead + len(text)
            elif title is not None:
                end = pos + len(line)
                records.append((title[0], title[1], data[title_end:end]))
                title, start = None, end
        pos += len(line)
    if title is not None:
        raise SystemExit(f"gen-corpus: a title with no abstract in a sample: {title[1]!r}")
    return records, data[start:]


def mark_title(title, n):
    return title + b" (part %d)" % n if mark == "suffix" else b"P%d " % n + title


samples = []
for path in paths:
    with open(path, "rb") as f:
        samples.append(units(f.read()))
per_round = sum(len(r) for r, _ in samples)
print(f"gen-corpus: {per_round} records a round of the samples", file=sys.stderr)

written, n, done = 0, 0, False
with open(out, "wb", buffering=1 << 20) as f:
    while not done:
        for records, tail in samples:
            parts = []
            for before, title, after in records:
                n += 1
                parts += (before, mark_title(title, n), after)
            parts.append(tail)
            data = b"".join(parts)
            if written + len(data) < target:
                f.write(data)
                written += len(data)
                continue
            # the last sample: stop after the first whole record that reaches the size
            n -= len(records)
            for before, title, after in records:
                n += 1
                rec = before + mark_title(title, n) + after
                f.write(rec)
                written += len(rec)
                if written >= target:
                    break
            done = True
            break
print(f"gen-corpus: {n} records, {written} bytes", file=sys.stderr)
PY
mv -f "$tmp" "$out"
trap - EXIT
