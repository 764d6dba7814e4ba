#!/usr/bin/env bash
# endless-input.sh: what memory `digest convert` holds on an endless stream of short paragraphs.
#
#   bench/endless-input.sh [SIZE_MB...]      (input sizes in MiB; default: 16 32 4096)
#   HEAP=1g CORE=1 bench/endless-input.sh 64 256
#
# Streams title/abstract pairs of about 56 bytes (no file: a generator piped into digest) through
#   java LAUNCHER_FLAGS -Xmx$HEAP -jar target/digest.jar convert -f jsonl - > /dev/null
# pinned to one core (CORE, default 1; core 0 is the benchmarks'), in two variants:
#   repeated  the same title every time ("Short Title": every record's key is shortTitle + a suffix)
#   distinct  numbered titles whose key differs each time ("Title 123 Of Many": title123OfMany)
# For each it reports the records written, the exit code, peak RSS (GNU time -v) and the first
# line of stderr, then the growth between the two smallest sizes in bytes of RSS per record.
# The parser's own memory is flat (one paragraph at a time), and a repeated title only moves a
# counter: the repeated variant stays flat. What grows is the memory of distinct base keys (a 64-bit
# hash each in an open-addressing table, SPEC Section 5: "a few bytes a record"), so with distinct
# titles a heap of HEAP fills after a number of records, and the run ends with exit 1 and a
# one-line "out of memory" error, after the records written so far.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
heap="${HEAP:-32m}"
core="${CORE:-1}"
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(16 32 4096)

say() { printf '%s\n' "$*" >&2; }
die() { say "endless-input.sh: $*"; exit 1; }
[ -x /usr/bin/time ] || die "needs GNU time (/usr/bin/time): apt-get install time"
command -v mawk >/dev/null || die "needs mawk (the distinct-title generator): apt-get install mawk"

"$root/digest" --version >/dev/null # builds the jar when sources changed
work="$(mktemp -d "${TMPDIR:-/tmp}/digest-endless.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$root/target/digest.jar" "$work/digest.jar" # a rebuild meanwhile cannot swap it
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

generate() {
  case "$1" in
    repeated) yes $'Short Title\n\nAn abstract. It is short. It ends here.\n' ;;
    distinct) mawk 'BEGIN { for (i = 1; ; i++) printf "Title %d Of Many\n\nAn abstract. It is short. It ends here.\n\n", i }' ;;
  esac
}

printf '| variant | input MiB (about) | heap | records | exit | peak RSS MiB | stderr |\n|---|---:|---|---:|---:|---:|---|\n'
for variant in repeated distinct; do
  first_rss="" first_records=""
  for mib in "${sizes[@]}"; do
    say "endless-input.sh: $variant, $mib MiB, -Xmx$heap"
    set +e
    # Whole title/abstract pairs (four lines, about 55 to 60 bytes), so the input ends cleanly.
    generate "$variant" | head -n "$((mib * 1024 * 1024 / 56 * 4))" |
      taskset -c "$core" /usr/bin/time -v -o "$work/time" \
        "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xmx"$heap" -jar "$work/digest.jar" \
        convert -f jsonl - 2>"$work/stderr" | wc -l >"$work/records"
    set -e
    records="$(tr -d ' ' <"$work/records")"
    code="$(sed -n 's/^.*Exit status: //p' "$work/time")"
    rss_kb="$(sed -n 's/^.*Maximum resident set size (kbytes): //p' "$work/time")"
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$variant" "$mib" "$heap" "$records" "$code" \
      "$((rss_kb / 1024))" "$(head -n 1 "$work/stderr" | cut -c 1-100)"
    if [ -z "$first_rss" ]; then
      first_rss="$rss_kb" first_records="$records"
    elif [ -z "${slope_done:-}" ] && [ "$code" = 0 ] && [ "$records" -gt "$first_records" ]; then
      say "endless-input.sh: $variant: $(((rss_kb - first_rss) * 1024 / (records - first_records))) bytes of RSS a record between $first_records and $records records"
      slope_done=1
    fi
  done
  unset slope_done
done
