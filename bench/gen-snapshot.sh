#!/usr/bin/env bash
# gen-snapshot.sh: builds an arXiv metadata snapshot of about SIZE_MB MiB (the bulk file's JSON
# Lines format, one paper a line) from the snapshot fixture made of the real API samples
# (src/test/resources/snapshot/arxiv-snapshot-sample.jsonl), and a pasted digest of some of its
# papers, for the snapshot rows of bench/throughput.sh.
#
#   bench/gen-snapshot.sh SIZE_MB OUT_FILE [PASTE_FILE]
#
# The fixture's papers are repeated with distinct ids (2501.00000, 2501.00001, ...) and distinct
# titles (" (part N)" after the title, which stays hard-wrapped as arXiv wraps it); abstracts,
# authors and versions are the fixture's. The snapshot stops after the first line that reaches the
# size. PASTE_FILE, when named, gets a blank-line digest of 200 papers spread over the whole
# snapshot (titles and abstracts unwrapped), whose records `--enrich OUT_FILE` completes. Needs
# python3 (standard library only).
set -euo pipefail

if [ "$#" -lt 2 ] || [ "$#" -gt 3 ] || ! [[ "$1" =~ ^[0-9]+$ ]] || [ "$1" -eq 0 ]; then
  echo "usage: $0 SIZE_MB OUT_FILE [PASTE_FILE]   (SIZE_MB: whole MiB, at least 1)" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
fixture="$here/../src/test/resources/snapshot/arxiv-snapshot-sample.jsonl"
mkdir -p "$(dirname "$2")"
tmp="$2.tmp.$$"
trap 'rm -f "$tmp"' EXIT

python3 - "$1" "$tmp" "$fixture" "${3:-}" <<'PY'
import json
import sys

size = int(sys.argv[1]) << 20
out, fixture, paste = sys.argv[2], sys.argv[3], sys.argv[4]
papers = [json.loads(line) for line in open(fixture, encoding="utf-8") if line.strip()]

written = 0
n = 0
lines_per_paper = []
with open(out, "w", encoding="utf-8") as f:
    while written < size:
        p = dict(papers[n % len(papers)])
        p["id"] = "%02d%02d.%05d" % (25 + n // 1200000, 1 + n // 100000 % 12, n % 100000)
        p["title"] = p["title"] + " (part %d)" % n
        line = json.dumps(p, ensure_ascii=False, separators=(",", ":")) + "\n"
        f.write(line)
        written += len(line.encode("utf-8"))
        n += 1

if paste:
    step = max(1, n // 200)
    out_lines = ["new", "", "Get trending papers in your email inbox!", "", "Subscribe", "", "byAK and the research community", "", "Jan 2", ""]
    for i in range(0, n, step):
        p = papers[i % len(papers)]
        title = " ".join((p["title"] + " (part %d)" % i).split())
        abstract = " ".join(p["abstract"].split())
        out_lines += [title, "", abstract, ""]
    with open(paste, "w", encoding="utf-8") as f:
        f.write("\n".join(out_lines))
print("%d papers, %d bytes" % (n, written), file=sys.stderr)
PY
mv "$tmp" "$2"
