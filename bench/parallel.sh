#!/usr/bin/env bash
# parallel.sh: `digest convert -j N` on every core against -j 1 (SPEC Section 5, "Every core"), and
# conversion written to a file on disk against cat writing the same bytes.
#
#   bench/parallel.sh [SIZE_MB]          (default 1024)
#   RUNS=5 JOBS="1 2" BENCH_DIR=/data/bench bench/parallel.sh 1024 > results.md
#   JSON_INPUTS=1 bench/parallel.sh 1024     (also an arXiv snapshot and 500 days of API responses)
#
# Inputs (cached in $BENCH_DIR, default /tmp/digest-bench): the corpus of bench/gen-corpus.sh as one
# file, and the same text as a folder of DAYS (default 500) daily files, each starting with a
# digest's `new` header. For each input and each N in $JOBS (default "1 2"), times
#   java LAUNCHER_FLAGS -Xmx64m -jar digest.jar convert -f jsonl -j N INPUT > /dev/null
# on all cores, $RUNS rounds (default 3) in which every N runs once (interleaved, so that a busy
# neighbour slows every N alike), reporting the best and the median wall time and the peak RSS
# (GNU time -v), and checks that every N gives output byte-identical to -j 1. With JSON_INPUTS=1, the
# same for an arXiv snapshot of SIZE_MB (bench/gen-snapshot.sh; read in shares) and a folder of DAYS
# Daily Papers API responses of SIZE_MB in all (bench/gen-api-days.sh). For the one file, each
# round also times what two cores give with nothing shared: the file cut in two halves at a digest
# boundary and two -j 1 processes run at once, one a half (the "two processes" row; CEILING=0 skips
# it): the most any -j 2 could reach on this machine. Then the disk: the jsonl written with
# -o to a file in $DISK_DIR (default $BENCH_DIR) against `cat` writing those bytes there, both with
# and without the final fsync that digest's atomic -o does. The Markdown tables go to stdout.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/.." && pwd -P)"
bench_dir="${BENCH_DIR:-/tmp/digest-bench}"
disk_dir="${DISK_DIR:-$bench_dir}"
runs="${RUNS:-3}"
days="${DAYS:-500}"
read -r -a jobs <<<"${JOBS:-1 2}"
size="${1:-1024}"

say() { printf '%s\n' "$*" >&2; }
die() { say "parallel.sh: $*"; exit 1; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive whole number, not '$runs'"
[[ "$size" =~ ^[1-9][0-9]*$ ]] || die "the size is whole MiB, not '$size'"
[ -x /usr/bin/time ] || die "GNU time is missing at /usr/bin/time: install the 'time' package"
[ -c /dev/null ] || die "/dev/null is not the null device"

# shellcheck source=bench/jar-copy.sh
source "$here/jar-copy.sh" parallel "$size"
folder="$bench_dir/daily-${size}MiB-$days"
if [ ! -d "$folder" ] || [ "$corpus" -nt "$folder" ]; then
  say "cutting $corpus into $days daily files in $folder..."
  rm -rf "$folder.tmp" && mkdir -p "$folder.tmp"
  python3 - "$corpus" "$folder.tmp" "$days" <<'PY'
import os, sys
corpus, out, days = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = open(corpus, "rb").read()
step = len(data) // days
start, n = 0, 0
while start < len(data):
    n += 1
    # A day starts with its header: `new`, glued to the end of the day before in this corpus.
    cut = len(data) if n == days else data.find(b"new\n\nGet trending papers", max(start + 1, n * step))
    cut = len(data) if cut < 0 else cut
    with open(os.path.join(out, "day-%04d.txt" % n), "wb") as f:
        f.write(data[start:cut])
    start = cut
PY
  rm -rf "$folder" && mv "$folder.tmp" "$folder"
fi
bytes="$(stat -c %s "$corpus")"
inputs=("$corpus" "$folder")
if [ "${JSON_INPUTS:-0}" = 1 ]; then
  snapshot="$bench_dir/snapshot-${size}MiB.jsonl"
  [ -s "$snapshot" ] || { say "generating $snapshot..."; "$here/gen-snapshot.sh" "$size" "$snapshot"; }
  api="$bench_dir/api-${size}MiB-$days"
  [ -d "$api" ] || { say "generating $api..."; "$here/gen-api-days.sh" "$size" "$days" "$api"; }
  inputs+=("$snapshot" "$api")
fi
ceiling="${CEILING:-1}"
halves="$bench_dir/halves-${size}MiB"
if [ "$ceiling" = 1 ] && { [ ! -s "$halves.2.txt" ] || [ "$corpus" -nt "$halves.2.txt" ]; }; then
  say "cutting $corpus in two halves at a digest boundary..."
  python3 - "$corpus" "$halves" <<'PY'
import sys
corpus, out = sys.argv[1], sys.argv[2]
data = open(corpus, "rb").read()
cut = data.find(b"new\n\nGet trending papers", len(data) // 2)
cut = len(data) // 2 if cut < 0 else cut
open(out + ".1.txt", "wb").write(data[:cut])
open(out + ".2.txt", "wb").write(data[cut:])
PY
fi
files="$(find "$folder" -name '*.txt' | wc -l)"
say "corpus: $bytes bytes; folder: $files files"

# time_best LABEL CMD...: best wall seconds over $runs runs (best_s) and the peak RSS in MiB (peak_mib).
time_best() {
  local label="$1" r t0 t1 us best="" rss peak=0
  shift
  for ((r = 1; r <= runs; r++)); do
    t0="${EPOCHREALTIME//[!0-9]/}"
    /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/err" || { tail -n 20 "$work/err" >&2; die "$label failed"; }
    t1="${EPOCHREALTIME//[!0-9]/}"
    us=$((t1 - t0))
    rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
    ((rss > peak)) && peak="$rss"
    if [ -z "$best" ] || ((us < best)); then best="$us"; fi
    say "  $label run $r/$runs: $(awk -v u="$us" 'BEGIN { printf "%.3f", u / 1e6 }') s, $((rss / 1024)) MiB"
  done
  best_s="$(awk -v u="$best" 'BEGIN { printf "%.3f", u / 1e6 }')"
  peak_mib=$((peak / 1024))
}

digest=("$java" "${launcher_jvm[@]}" -Xmx64m -jar "$jar")

# One timed run: wall microseconds into $us, peak RSS (KiB) into $rss.
time_once() {
  local label="$1" t0 t1
  shift
  t0="${EPOCHREALTIME//[!0-9]/}"
  /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/err" || { tail -n 20 "$work/err" >&2; die "$label failed"; }
  t1="${EPOCHREALTIME//[!0-9]/}"
  us=$((t1 - t0))
  rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
}

echo "| input | -j | best wall s | median wall s | MB/s (best) | vs -j 1 (best) | vs -j 1 (median) | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for input in "${inputs[@]}"; do
  case "$input" in
    "$corpus") name="one ${size} MiB file" ;;
    "$folder") name="$files daily files" ;;
    "${snapshot:-}") name="arXiv snapshot, ${size} MiB" ;;
    *) name="$days days of API responses" ;;
  esac
  bytes="$(find "$input" -type f -printf '%s\n' | awk '{ n += $1 } END { print n }')"
  "${digest[@]}" convert -f jsonl -j 1 "$input" | md5sum >"$work/reference"
  for j in "${jobs[@]}"; do
    if [ "$j" != 1 ]; then
      "${digest[@]}" convert -f jsonl -j "$j" "$input" | md5sum | cmp -s - "$work/reference" \
        || die "-j $j gave other output than -j 1 on $input"
    fi
    : >"$work/times-$j"
    echo 0 >"$work/peak-$j"
  done
  two=""
  if [ "$ceiling" = 1 ] && [ "$input" = "$corpus" ]; then
    two="two"
    : >"$work/times-two"
    echo 0 >"$work/peak-two"
  fi
  # Interleaved: each round runs every N once, so a neighbour on a shared machine that slows one
  # stretch of time slows every N alike, rather than all the runs of one N.
  for ((r = 1; r <= runs; r++)); do
    for j in "${jobs[@]}" $two; do
      if [ "$j" = two ]; then
        time_once "two processes" sh -c '"$@" -j 1 "$0.1.txt" >/dev/null & "$@" -j 1 "$0.2.txt"; wait "$!"' \
          "$halves" "${digest[@]}" convert -f jsonl
      else
        time_once "$name -j $j" "${digest[@]}" convert -f jsonl -j "$j" "$input"
      fi
      echo "$us" >>"$work/times-$j"
      (( rss > $(cat "$work/peak-$j") )) && echo "$rss" >"$work/peak-$j"
      say "  $name -j $j run $r/$runs: $(awk -v u="$us" 'BEGIN { printf "%.3f", u / 1e6 }') s, $((rss / 1024)) MiB"
    done
  done
  base_best="" base_median=""
  for j in "${jobs[@]}" $two; do
    read -r best median < <(sort -n "$work/times-$j" | awk '{ t[NR] = $1 } END { printf "%.3f %.3f\n", t[1] / 1e6, (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) / 1e6 }')
    [ -n "$base_best" ] || { base_best="$best"; base_median="$median"; }
    label="$j"
    [ "$j" = two ] && label="two -j 1 processes at once, a half each"
    awk -v n="$name" -v j="$label" -v s="$best" -v m="$median" -v b="$bytes" -v bb="$base_best" -v bm="$base_median" -v rss="$(( $(cat "$work/peak-$j") / 1024 ))" \
      'BEGIN { printf "| %s | %s | %.3f | %.3f | %.0f | %.2fx | %.2fx | %d |\n", n, j, s, m, b / s / 1e6, bb / s, bm / m, rss }'
  done
done

say "disk: jsonl written with -o into $disk_dir, against cat writing the same bytes"
mkdir -p "$disk_dir"
out="$disk_dir/digest-parallel-out.jsonl"
"${digest[@]}" convert -f jsonl "$corpus" >"$work/ref.jsonl"
out_bytes="$(stat -c %s "$work/ref.jsonl")"
time_best "cat" sh -c 'cat "$1" > "$2"' sh "$work/ref.jsonl" "$out"
cat_s="$best_s"
time_best "cat + sync" sh -c 'cat "$1" > "$2" && sync "$2"' sh "$work/ref.jsonl" "$out"
cat_sync_s="$best_s"
time_best "digest -o" "${digest[@]}" convert -f jsonl -o "$out" "$corpus"
digest_s="$best_s"
cmp -s "$out" "$work/ref.jsonl" || die "digest -o wrote other bytes than to standard output"
rm -f "$out"
echo
echo "| writing $out_bytes bytes of jsonl to $disk_dir | wall s | vs cat | vs cat + sync |"
echo "|---|---:|---:|---:|"
for row in "cat:$cat_s" "cat + sync:$cat_sync_s" "digest convert -f jsonl -o FILE:$digest_s"; do
  awk -v l="${row%%:*}" -v s="${row##*:}" -v c="$cat_s" -v cs="$cat_sync_s" \
    'BEGIN { printf "| %s | %.3f | %.2fx | %.2fx |\n", l, s, s / c, s / cs }'
done
