#!/usr/bin/env bash
# gen-api-days.sh: builds a folder of DAYS Daily Papers API responses (one JSON array a day, as
# https://huggingface.co/api/daily_papers?date=... returns) of about SIZE_MB MiB in all, from the
# real responses in samples/api/, for the -j rows of bench/parallel.sh.
#
#   bench/gen-api-days.sh SIZE_MB DAYS OUT_DIR
#
# The samples' items are repeated in order, each with " (part N)" after its title so that titles
# stay distinct; every other field is the sample's. Files are day-0001.json, day-0002.json, ...
# Needs python3 (standard library only).
set -euo pipefail

if [ "$#" -ne 3 ] || ! [[ "$1" =~ ^[1-9][0-9]*$ ]] || ! [[ "$2" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 SIZE_MB DAYS OUT_DIR   (SIZE_MB, DAYS: whole numbers, at least 1)" >&2
  exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
tmp="$3.tmp.$$"
trap 'rm -rf "$tmp"' EXIT
rm -rf "$tmp" && mkdir -p "$tmp"

python3 - "$1" "$2" "$tmp" "$here/../samples/api" <<'PY'
import glob, json, os, sys

size, days, out, samples = int(sys.argv[1]) << 20, int(sys.argv[2]), sys.argv[3], sys.argv[4]
items = []
for f in sorted(glob.glob(os.path.join(samples, "*.json"))):
    with open(f, encoding="utf-8") as fh:
        items += json.load(fh)
per_day = size // days
n = 0
for day in range(1, days + 1):
    day_items, day_bytes = [], 0
    while day_bytes < per_day:
        item = json.loads(json.dumps(items[n % len(items)]))
        item["paper"]["title"] += " (part %d)" % n
        if "title" in item:
            item["title"] += " (part %d)" % n
        day_items.append(item)
        day_bytes += len(json.dumps(item, ensure_ascii=False).encode("utf-8"))
        n += 1
    with open(os.path.join(out, "day-%04d.json" % day), "w", encoding="utf-8") as fh:
        json.dump(day_items, fh, ensure_ascii=False)
print("%d items in %d files" % (n, days), file=sys.stderr)
PY
rm -rf "$3" && mv "$tmp" "$3"
