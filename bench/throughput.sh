#!/usr/bin/env bash
# throughput.sh: whole-process throughput of `digest convert` against cat and an awk baseline
# (SPEC Section 5), on one core.
#
#   bench/throughput.sh [SIZE_MB...]        (sizes in MiB; default: 64 256 1024)
#   RUNS=5 BENCH_DIR=/data/bench bench/throughput.sh 1024 > results.md
#   CORE=1 bench/throughput.sh     (pin to another core than 0, when something else runs there)
#
# For each size, builds a corpus once with bench/gen-corpus.sh (cached in $BENCH_DIR, default
# /tmp/digest-bench; TITLE_MARK=suffix|prefix is passed on), then times on one core (taskset -c 0):
#   cat CORPUS > /dev/null                                  (reading the file: the ceiling)
#   mawk -f bench/digest.awk CORPUS > /dev/null              (the awk baseline; AWKS="mawk gawk" adds gawk)
#   java LAUNCHER_FLAGS -Xmx64m -jar target/digest.jar convert -f jsonl CORPUS > /dev/null  (a copy of the jar,
#                                 taken at the start, so a rebuild meanwhile cannot swap it)
#   ... the same with --dedupe, and with -f F for every other format `digest convert --help` lists.
# Then an arXiv snapshot of SNAPSHOT_MB MiB (default 1024, 0 skips; bench/gen-snapshot.sh) as an input
# and as the --enrich source of a pasted digest, with -Xmx256m.
# Each is run $RUNS times (default 3); the table shows the best wall time, MB/s (corpus bytes /
# wall seconds / 1e6), the speed relative to mawk (mawk's wall time / this one's) and the peak
# resident set size over the runs (GNU time -v). Before timing, CHECK=1 (the default) compares
# mawk's output with digest's -f jsonl output byte for byte and reports the record counts
# (CHECK=0 skips it). Uses $JAVA_HOME/bin/java when JAVA_HOME is set. Builds the jar through the
# ./digest launcher (which rebuilds it when sources changed). The Markdown table goes to stdout,
# progress to stderr; a digest run that exits non-zero stops the script with exit 1.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/.." && pwd -P)"
bench_dir="${BENCH_DIR:-/tmp/digest-bench}"
runs="${RUNS:-3}"
read -r -a awks <<<"${AWKS:-mawk}"
check="${CHECK:-1}"
mark="${TITLE_MARK:-suffix}"
core="${CORE:-0}"
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(64 256 1024)

say() { printf '%s\n' "$*" >&2; }
die() { say "throughput.sh: $*"; exit 1; }

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive whole number, not '$runs'"
[[ "$core" =~ ^[0-9]+$ ]] || die "CORE must be a CPU number, not '$core'"
for s in "${sizes[@]}"; do
  [[ "$s" =~ ^[1-9][0-9]*$ ]] || die "sizes are whole MiB, not '$s'"
done

# Every run writes to /dev/null: were it a regular file (a tool run as root that renamed a file over
# it leaves one), each run would write to disk and the figures would measure the disk.
[ -c /dev/null ] || die "/dev/null is not the null device (it is a regular file); as root: rm /dev/null && mknod -m 666 /dev/null c 1 3"

# ---- tools ----
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing GNU time (Debian package 'time') for peak memory figures..."
    if ! { apt-get update -qq && apt-get install -y -qq time; } >&2; then
      die "could not install GNU time"
    fi
  else
    die "GNU time is missing at /usr/bin/time: install the 'time' package (apt-get install time)"
  fi
fi
command -v taskset >/dev/null || die "taskset is missing: install util-linux"
for a in "${awks[@]}"; do
  command -v "$a" >/dev/null || die "$a is missing (AWKS='${AWKS:-mawk}'): install it or change AWKS"
done
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java="java"; fi
# The JVM options the ./digest launcher runs with (keep in step with it), so the figures are a user's.
read -r -a launcher_jvm <<<"${DIGEST_JVM:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData}"
jar="$root/target/digest.jar"
say "building or checking the jar with ./digest --version..."
version="$("$root/digest" --version)" || die "./digest --version failed"
[ -f "$jar" ] || die "no $jar after ./digest --version"

# Formats from the help text (the lines under FORMATS up to the next blank line).
help="$("$java" -jar "$jar" convert --help)" || die "'digest convert --help' failed"
# A database format ("needs -o") is not a stream to time into /dev/null: bench/sqlite.sh measures it.
formats="$(awk '/^FORMATS/ { f = 1; next } f && NF == 0 { exit } f && /needs -o/ { next } f { print $1 }' <<<"$help")"
[ -n "$formats" ] || die "found no FORMATS section in 'digest convert --help'"
grep -qx jsonl <<<"$formats" || die "'digest convert --help' does not list jsonl"

work="$(mktemp -d "${TMPDIR:-/tmp}/digest-throughput.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# a snapshot of the jar, so that a rebuild during the run (./digest after a source change) cannot
# swap it under the measurements
cp "$jar" "$work/digest.jar"
jar="$work/digest.jar"

# ---- measuring ----
# time_case LABEL CMD...: runs CMD $runs times on one core, stdout to /dev/null; sets best_s
# (seconds, best wall time) and peak_kb (largest maximum resident set size over the runs).
time_case() {
  local label="$1" r t0 t1 us rss rc
  shift
  best_us=""
  peak_kb=0
  for ((r = 1; r <= runs; r++)); do
    t0="${EPOCHREALTIME//[!0-9]/}"
    rc=0
    taskset -c "$core" /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/err" || rc=$?
    t1="${EPOCHREALTIME//[!0-9]/}"
    if [ "$rc" -ne 0 ]; then
      say "FAILED: $label exited with status $rc: $*"
      say "--- its stderr (last lines):"
      tail -n 20 "$work/err" >&2
      exit 1
    fi
    if [ -s "$work/err" ]; then
      say "note: $label wrote to stderr: $(head -c 300 "$work/err")"
    fi
    us=$((t1 - t0))
    rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
    [ -n "$rss" ] || die "no 'Maximum resident set size' in GNU time's output"
    ((rss > peak_kb)) && peak_kb="$rss"
    if [ -z "$best_us" ] || ((us < best_us)); then best_us="$us"; fi
    say "  $label run $r/$runs: $(awk -v u="$us" 'BEGIN { printf "%.3f", u / 1e6 }') s, $((rss / 1024)) MiB"
  done
  best_s="$(awk -v u="$best_us" 'BEGIN { printf "%.3f", u / 1e6 }')"
}

rows=()
notes=()
# add_rows SIZE BYTES: appends the table rows of the runs measured for one corpus (labels, times
# and peaks in the arrays labels, secs, peaks), relative to mawk's time when mawk ran.
add_rows() {
  local i mawk_s=""
  for i in "${!labels[@]}"; do
    [[ "${labels[i]}" == "mawk "* ]] && mawk_s="${secs[i]}"
  done
  for i in "${!labels[@]}"; do
    rows+=("$(awk -v size="$1" -v bytes="$2" -v label="${labels[i]}" -v s="${secs[i]}" \
      -v kb="${peaks[i]}" -v m="$mawk_s" 'BEGIN {
      printf "| %s MiB | %s | %.3f | %.0f | %s | %.0f |", size, label, s, bytes / s / 1e6,
        m == "" ? "-" : sprintf("%.2fx", m / s), kb / 1024 }')")
  done
}

# measure LABEL CMD...: time_case, and keeps the figures for add_rows.
measure() {
  time_case "$@"
  labels+=("$1")
  secs+=("$best_s")
  peaks+=("$peak_kb")
}

for size in "${sizes[@]}"; do
  corpus="$bench_dir/corpus-${size}MiB-$mark.txt"
  if [ ! -s "$corpus" ] || [ "$here/gen-corpus.sh" -nt "$corpus" ] \
    || [ -n "$(find "$root/samples" -newer "$corpus" -print -quit)" ]; then
    say "[$size MiB] generating $corpus..."
    TITLE_MARK="$mark" "$here/gen-corpus.sh" "$size" "$corpus"
  fi
  bytes="$(stat -c %s "$corpus")"
  say "[$size MiB] corpus $corpus: $bytes bytes"

  if [ "$check" = 1 ]; then
    say "[$size MiB] checking: mawk's output against digest's -f jsonl output..."
    LC_ALL=C mawk -f "$here/digest.awk" "$corpus" >"$work/awk.jsonl" &
    awk_pid=$!
    rc=0
    "$java" "${launcher_jvm[@]}" -Xmx64m -jar "$jar" convert -f jsonl "$corpus" >"$work/digest.jsonl" 2>"$work/err" || rc=$?
    wait "$awk_pid" || die "mawk -f bench/digest.awk failed on $corpus"
    if [ "$rc" -ne 0 ]; then
      say "FAILED: digest convert -f jsonl exited with status $rc on $corpus:"
      tail -n 20 "$work/err" >&2
      exit 1
    fi
    awk_n="$(wc -l <"$work/awk.jsonl")"
    digest_n="$(wc -l <"$work/digest.jsonl")"
    if cmp -s "$work/awk.jsonl" "$work/digest.jsonl"; then
      notes+=("$size MiB: $digest_n records; digest's jsonl and mawk's output are byte-identical.")
    else
      first="$(cmp "$work/awk.jsonl" "$work/digest.jsonl" 2>&1 | head -n 1 || true)"
      notes+=("$size MiB: digest gave $digest_n records, mawk $awk_n; the outputs differ ($first).")
      say "WARNING: outputs differ: $first"
    fi
    rm -f "$work/awk.jsonl" "$work/digest.jsonl"
  fi

  labels=()
  secs=()
  peaks=()
  say "[$size MiB] cat"
  measure cat cat "$corpus"
  for a in "${awks[@]}"; do
    say "[$size MiB] $a"
    measure "$a -f bench/digest.awk" env LC_ALL=C "$a" -f "$here/digest.awk" "$corpus"
  done
  cases=("-f jsonl" "-f jsonl --dedupe")
  while read -r f; do
    [ "$f" = jsonl ] || cases+=("-f $f")
  done <<<"$formats"
  for c in "${cases[@]}"; do
    say "[$size MiB] digest convert $c"
    # shellcheck disable=SC2086 # $c holds the options, split on purpose
    measure "digest convert $c" "$java" "${launcher_jvm[@]}" -Xmx64m -jar "$jar" convert $c "$corpus"
  done
  add_rows "$size" "$bytes"
done

# ---- the arXiv snapshot: as an input, and as the --enrich source of a pasted digest ----
# SNAPSHOT_MB (default 1024; 0 skips) MiB of snapshot lines made by bench/gen-snapshot.sh from the
# fixture of the API samples, with a digest of 200 of its papers; digest runs with -Xmx256m, to
# show that reading (and indexing) a large snapshot keeps to flat memory.
snapshot_mb="${SNAPSHOT_MB:-1024}"
if [ "$snapshot_mb" != 0 ]; then
  snapshot="$bench_dir/snapshot-${snapshot_mb}MiB.jsonl"
  paste="$bench_dir/snapshot-${snapshot_mb}MiB-paste.txt"
  if [ ! -s "$snapshot" ] || [ ! -s "$paste" ] || [ "$here/gen-snapshot.sh" -nt "$snapshot" ]; then
    say "[snapshot $snapshot_mb MiB] generating $snapshot..."
    "$here/gen-snapshot.sh" "$snapshot_mb" "$snapshot" "$paste"
  fi
  bytes="$(stat -c %s "$snapshot")"
  labels=()
  secs=()
  peaks=()
  say "[snapshot $snapshot_mb MiB] cat"
  measure "cat (snapshot)" cat "$snapshot"
  say "[snapshot $snapshot_mb MiB] digest convert -f jsonl SNAPSHOT"
  measure "digest convert -f jsonl SNAPSHOT (-Xmx256m)" "$java" "${launcher_jvm[@]}" -Xmx256m -jar "$jar" convert -f jsonl "$snapshot"
  say "[snapshot $snapshot_mb MiB] digest convert --enrich SNAPSHOT PASTE"
  measure "digest convert -f jsonl --enrich SNAPSHOT PASTE (-Xmx256m)" "$java" "${launcher_jvm[@]}" -Xmx256m -jar "$jar" convert -f jsonl --enrich "$snapshot" "$paste"
  add_rows "$snapshot_mb" "$bytes"
fi

# ---- report ----
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
jv="$("$java" -version 2>&1 | head -n 1)"
echo "Throughput on one core (taskset -c $core) of ${cpu:-an unknown CPU}; $version on $jv;"
echo "best of $runs runs; MB/s = corpus bytes / wall seconds / 1e6; \"vs mawk\" = mawk's time / this time;"
echo "digest runs with -Xmx64m; corpus: bench/gen-corpus.sh (TITLE_MARK=$mark, every title distinct)."
echo
echo "| corpus | run | wall s | MB/s | vs mawk | peak RSS MiB |"
echo "|---|---|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
if [ "${#notes[@]}" -gt 0 ]; then
  echo
  printf -- '- %s\n' "${notes[@]}"
fi
