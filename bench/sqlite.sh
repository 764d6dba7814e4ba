#!/usr/bin/env bash
# sqlite.sh: the library figures of SPEC Section 5, measured in one run.
#
#   bench/sqlite.sh [SIZE_MB]          (default 1024; PAIRS=10 start-up rounds; BENCH_DIR as below)
#
# 1. Adding the corpus (bench/gen-corpus.sh SIZE_MB, cached in $BENCH_DIR, default /tmp/digest-bench)
#    to a new SQLite database with its full-text index, two ways, on the whole machine:
#      digest convert -o new.db CORPUS                               (the launcher's JVM flags, -Xmx64m)
#      digest convert -f jsonl CORPUS | sqlite-utils insert u.db papers - --nl
#        && sqlite-utils enable-fts u.db papers title abstract --create-triggers   (the usual way)
#    sqlite-utils comes from Debian's package (apt-get install sqlite-utils, done here when missing
#    and run as root): PyPI is not reachable from this project's machines.
# 2. digest search on that database against digest convert of a small digest (samples/
#    daily-papers-mar13.txt), whole-process wall time through ./digest, median of PAIRS
#    interleaved rounds: the spec's bar is 3x.
# 3. Memory: the corpus added again to the database (then about twice the corpus's records: a
#    million and more for 1 GiB) at -Xmx64m, with --dedupe (every title is held: each record is
#    looked up and dropped) and without (every key is held: each new key probes the index), peak
#    RSS from GNU time -v.
# Prints a Markdown table to stdout, progress to stderr; a run that fails stops the script (exit 1).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/.." && pwd -P)"
bench_dir="${BENCH_DIR:-/tmp/digest-bench}"
size="${1:-1024}"
pairs="${PAIRS:-10}"

say() { printf '%s\n' "$*" >&2; }
die() { say "sqlite.sh: $*"; exit 1; }

[[ "$size" =~ ^[1-9][0-9]*$ ]] || die "SIZE_MB is a whole number of MiB, not '$size'"
[[ "$pairs" =~ ^[1-9][0-9]*$ ]] || die "PAIRS must be a positive whole number, not '$pairs'"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 or later (\$EPOCHREALTIME)"

install_deb() {
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's $1..."
    { apt-get update -qq && apt-get install -y -qq "$1"; } >&2 || die "could not install $1"
  else
    die "$2 is missing: install Debian's $1 package (apt-get install $1)"
  fi
}
command -v sqlite-utils >/dev/null || install_deb sqlite-utils sqlite-utils
[ -x /usr/bin/time ] || install_deb time "GNU time"
command -v sqlite3 >/dev/null || install_deb sqlite3 sqlite3

if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java="java"; fi
read -r -a launcher_jvm <<<"${DIGEST_JVM:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData}"
say "building or checking the jar with ./digest --version..."
version="$("$root/digest" --version)" || die "./digest --version failed"
native=()
if [ -s "$root/target/native/lib-name" ]; then
  read -r lib <"$root/target/native/lib-name"
  native=(-Dorg.sqlite.lib.path="$root/target/native" -Dorg.sqlite.lib.name="$lib")
fi

corpus="$bench_dir/corpus-${size}MiB-suffix.txt"
if [ ! -s "$corpus" ] || [ "$here/gen-corpus.sh" -nt "$corpus" ]; then
  say "generating $corpus..."
  mkdir -p "$bench_dir"
  "$here/gen-corpus.sh" "$size" "$corpus"
fi
bytes="$(stat -c %s "$corpus")"

work="$(mktemp -d "${TMPDIR:-/tmp}/digest-sqlite.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$root/target/digest.jar" "$work/digest.jar"
digest=("$java" "${launcher_jvm[@]}" "${native[@]}" -Xmx64m -jar "$work/digest.jar")

now_us() { echo "${EPOCHREALTIME//[!0-9]/}"; }
secs() { awk -v u="$1" 'BEGIN { printf "%.2f", u / 1e6 }'; }
rss_mib() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
rows=()

# ---- 1. a new database with its full-text index ----
say "digest convert -o new.db ($size MiB)..."
t0="$(now_us)"
/usr/bin/time -v -o "$work/time" "${digest[@]}" convert -o "$work/new.db" "$corpus" 2>"$work/err" >/dev/null \
  || { cat "$work/err" >&2; die "digest convert -o new.db failed"; }
t1="$(now_us)"
digest_us=$((t1 - t0))
records="$(sqlite3 "$work/new.db" 'SELECT count(*) FROM papers')"
rows+=("| digest convert -o new.db | $(secs "$digest_us") | $(awk -v b="$bytes" -v u="$digest_us" 'BEGIN { printf "%.0f", b / u }') | $(rss_mib "$work/time") |")

say "digest convert -f jsonl | sqlite-utils insert --nl, then sqlite-utils enable-fts..."
t0="$(now_us)"
"${digest[@]}" convert -f jsonl "$corpus" | sqlite-utils insert "$work/u.db" papers - --nl \
  || die "sqlite-utils insert failed"
t1="$(now_us)"
sqlite-utils enable-fts "$work/u.db" papers title abstract --create-triggers || die "sqlite-utils enable-fts failed"
t2="$(now_us)"
utils_us=$((t2 - t0))
[ "$(sqlite3 "$work/u.db" 'SELECT count(*) FROM papers')" = "$records" ] || die "the two databases hold different counts"
rows+=("| digest convert -f jsonl \\| sqlite-utils insert --nl (then enable-fts) | $(secs "$utils_us") ($(secs $((t1 - t0))) + $(secs $((t2 - t1)))) | $(awk -v b="$bytes" -v u="$utils_us" 'BEGIN { printf "%.0f", b / u }') | - |")
rm -f "$work/u.db"*
digest_db_mb="$(du -m "$work/new.db" | cut -f1)"

# ---- 2. search against the start-up of a small conversion ----
sample="$root/samples/daily-papers-mar13.txt"
for _ in 1 2 3; do
  "$root/digest" convert "$sample" >/dev/null
  "$root/digest" search "$work/new.db" diffusion >/dev/null
done
convert_times=()
search_times=()
for ((r = 0; r < pairs; r++)); do
  t0="$(now_us)"
  "$root/digest" convert "$sample" >/dev/null
  t1="$(now_us)"
  "$root/digest" search "$work/new.db" 'diffusion' >/dev/null
  t2="$(now_us)"
  convert_times+=($((t1 - t0)))
  search_times+=($((t2 - t1)))
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
convert_med="$(median "${convert_times[@]}")"
search_med="$(median "${search_times[@]}")"

# ---- 3. memory: adding to a database of the corpus's records ----
say "memory: the corpus again, with --dedupe (-Xmx64m)..."
t0="$(now_us)"
/usr/bin/time -v -o "$work/time" "${digest[@]}" convert --dedupe -o "$work/new.db" "$corpus" 2>"$work/err" >/dev/null \
  || { cat "$work/err" >&2; die "digest convert --dedupe -o new.db failed"; }
t1="$(now_us)"
rows+=("| the same again with --dedupe, into the $records records ($(sqlite3 "$work/new.db" 'SELECT count(*) FROM papers') after) | $(secs $((t1 - t0))) | $(awk -v b="$bytes" -v u=$((t1 - t0)) 'BEGIN { printf "%.0f", b / u }') | $(rss_mib "$work/time") |")
say "memory: the corpus again, without --dedupe (-Xmx64m)..."
t0="$(now_us)"
/usr/bin/time -v -o "$work/time" "${digest[@]}" convert -o "$work/new.db" "$corpus" 2>"$work/err" >/dev/null \
  || { cat "$work/err" >&2; die "digest convert -o new.db (again) failed"; }
t1="$(now_us)"
rows+=("| the same again without --dedupe, into the $records records ($(sqlite3 "$work/new.db" 'SELECT count(*) FROM papers') after) | $(secs $((t1 - t0))) | $(awk -v b="$bytes" -v u=$((t1 - t0)) 'BEGIN { printf "%.0f", b / u }') | $(rss_mib "$work/time") |")

# ---- report ----
echo "$version on $("$java" -version 2>&1 | head -n 1); sqlite-utils $(sqlite-utils --version | awk '{ print $NF }');"
echo "corpus: bench/gen-corpus.sh $size ($bytes bytes, $records records, every title distinct); digest with -Xmx64m."
echo
echo "| run | wall s | MB/s | peak RSS MiB |"
echo "|---|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "- digest's database with its index: $digest_db_mb MiB; digest at $(awk -v a="$utils_us" -v b="$digest_us" 'BEGIN { printf "%.2fx", a / b }') the speed of the sqlite-utils way."
echo "- ./digest search DB diffusion: $(awk -v u="$search_med" 'BEGIN { printf "%.0f", u / 1e3 }') ms against $(awk -v u="$convert_med" 'BEGIN { printf "%.0f", u / 1e3 }') ms for ./digest convert of a small digest: $(awk -v a="$search_med" -v b="$convert_med" 'BEGIN { printf "%.2fx", a / b }') (median of $pairs rounds; the bar is 3x)."
