#!/usr/bin/env bash
# crossover.sh: from what input size -j N pays against -j 1 (the size from which digest uses every
# core without -j; SPEC Section 5).
#
#   bench/crossover.sh [SIZE_MIB...]       (default: 1 4 16 64 256 1024)
#   RUNS=7 JOBS=2 bench/crossover.sh 16 64 256 > results.md
#
# For each size, the first SIZE MiB of bench/gen-corpus.sh's 1024 MiB corpus (cached in
# $BENCH_DIR, default /tmp/digest-bench), converted to jsonl into /dev/null with -j 1 and -j
# $JOBS (default 2) as the launcher's JVM runs it (-Xmx64m), $RUNS rounds (default 5), each round
# running both once, so that a busy neighbour slows both alike. Prints the median wall times and
# their difference as a Markdown table. The sample digest is the first row, as a paste's size.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/.." && pwd -P)"
bench_dir="${BENCH_DIR:-/tmp/digest-bench}"
runs="${RUNS:-5}"
jobs="${JOBS:-2}"
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(1 4 16 64 256 1024)

say() { printf '%s\n' "$*" >&2; }
die() { say "crossover.sh: $*"; exit 1; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive whole number, not '$runs'"
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || die "JOBS must be a positive whole number, not '$jobs'"
for s in "${sizes[@]}"; do
  [[ "$s" =~ ^[1-9][0-9]*$ ]] && [ "$s" -le 1024 ] || die "sizes are whole MiB up to 1024, not '$s'"
done
[ -c /dev/null ] || die "/dev/null is not the null device"

# shellcheck source=bench/jar-copy.sh
source "$here/jar-copy.sh" crossover 1024
digest=("$java" "${launcher_jvm[@]}" -Xmx64m -jar "$jar")

# median MS...: the median of the given milliseconds
median() { printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END { print (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) }'; }
# run_ms INPUT J: wall milliseconds of one conversion
run_ms() {
  local t0 t1
  t0="${EPOCHREALTIME//[!0-9]/}"
  "${digest[@]}" convert -f jsonl -j "$2" "$1" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; die "converting $1 with -j $2 failed"; }
  t1="${EPOCHREALTIME//[!0-9]/}"
  echo $(((t1 - t0) / 1000))
}

echo "| input | -j 1 median s | -j $jobs median s | -j $jobs minus -j 1 |"
echo "|---|---:|---:|---:|"
inputs=("$root/samples/daily-papers-apr23.txt")
for s in "${sizes[@]}"; do
  if [ "$s" -eq 1024 ]; then
    inputs+=("$corpus")
  else
    head -c "$((s << 20))" "$corpus" >"$work/head-$s.txt"
    inputs+=("$work/head-$s.txt")
  fi
done
for input in "${inputs[@]}"; do
  one=() many=()
  for ((r = 1; r <= runs; r++)); do
    one+=("$(run_ms "$input" 1)")
    many+=("$(run_ms "$input" "$jobs")")
  done
  a="$(median "${one[@]}")" b="$(median "${many[@]}")"
  say "  $input: -j 1 $a ms, -j $jobs $b ms"
  awk -v n="$(basename "$input") ($(stat -c %s "$input") bytes)" -v a="$a" -v b="$b" \
    'BEGIN { printf "| %s | %.3f | %.3f | %+.3f s |\n", n, a / 1000, b / 1000, (b - a) / 1000 }'
done
