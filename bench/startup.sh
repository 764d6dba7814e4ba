#!/usr/bin/env bash
# startup.sh: start-up cost of digest against the same JVM printing "hello" (SPEC Section 5:
# converting a small digest takes at most 2x the time of plain `java Hello`).
#
#   bench/startup.sh                 (PAIRS=20 measurements of each; JDKS="DIR..." to choose JDKs)
#
# For each JDK (default: the one `java` on PATH or $JAVA_HOME names, and
# /usr/lib/jvm/temurin-25-jdk-amd64; a missing one is skipped and said so), compiles Hello.java
# into a temporary folder, makes 3 untimed warm-up runs of each command (the launcher may build
# the jar or prepare caches on first use), then times PAIRS interleaved rounds of
#   java -cp TMP Hello
#   ./digest convert samples/daily-papers-mar13.txt > /dev/null          (what users run)
#   java -jar target/digest.jar convert samples/daily-papers-mar13.txt    (for reference)
# with JAVA_HOME set to that JDK, rotating the order in each round so drift hits all three alike.
# Times are wall clock from bash's $EPOCHREALTIME (microseconds, no process spawned to read it).
# Prints a Markdown table of medians and ratios to stdout, progress to stderr; a command that
# exits non-zero stops the script with exit 1.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/.." && pwd -P)"
pairs="${PAIRS:-20}"
sample="$root/samples/daily-papers-mar13.txt"
jar="$root/target/digest.jar"

say() { printf '%s\n' "$*" >&2; }
die() { say "startup.sh: $*"; exit 1; }

[[ "$pairs" =~ ^[1-9][0-9]*$ ]] || die "PAIRS must be a positive whole number, not '$pairs'"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 or later (\$EPOCHREALTIME)"

if [ -n "${JDKS:-}" ]; then
  read -r -a jdks <<<"$JDKS"
else
  if [ -n "${JAVA_HOME:-}" ]; then
    default_jdk="$JAVA_HOME"
  else
    java_path="$(command -v java)" || die "no java on PATH and no JAVA_HOME"
    default_jdk="$(dirname "$(dirname "$(readlink -f "$java_path")")")"
  fi
  jdks=("$default_jdk" /usr/lib/jvm/temurin-25-jdk-amd64)
fi

say "building or checking the jar with ./digest --version..."
version="$("$root/digest" --version)" || die "./digest --version failed"

work="$(mktemp -d "${TMPDIR:-/tmp}/digest-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cat >"$work/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA

# run_timed NAME CMD...: runs CMD (stdout to /dev/null, stderr kept) and appends its wall time
# in microseconds to $work/NAME.us. A run in which the launcher rebuilt the jar (sources changed
# meanwhile) is not a start-up figure: it is run again.
run_timed() {
  local name="$1" t0 t1 rc try
  shift
  for try in 1 2 3; do
    rc=0
    t0="${EPOCHREALTIME//[!0-9]/}"
    "$@" >/dev/null 2>"$work/err" || rc=$?
    t1="${EPOCHREALTIME//[!0-9]/}"
    if [ "$rc" -ne 0 ]; then
      say "FAILED: exit status $rc: $*"
      tail -n 20 "$work/err" >&2
      exit 1
    fi
    grep -q 'building the jar' "$work/err" || break
    say "  (the launcher rebuilt the jar: run $try not counted)"
  done
  echo $((t1 - t0)) >>"$work/$name.us"
}

# median_ms FILE: the median of the microsecond figures in FILE, in milliseconds.
median_ms() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.1f", m / 1000 }'
}

rows=()
done_jdks=" "
for jdk in "${jdks[@]}"; do
  jdk="$(readlink -f "$jdk" 2>/dev/null || echo "$jdk")"
  case "$done_jdks" in *" $jdk "*) continue ;; esac
  done_jdks="$done_jdks$jdk "
  if [ ! -x "$jdk/bin/java" ]; then
    say "skipping $jdk: no bin/java there"
    rows+=("| $jdk | missing: skipped | | | | |")
    continue
  fi
  jv="$("$jdk/bin/java" -version 2>&1 | head -n 1 | sed 's/ version//; s/"//g') ($(basename "$jdk"))"
  say "[$jv] compiling Hello.java..."
  classes="$work/classes-${#rows[@]}"
  mkdir -p "$classes"
  javac="$jdk/bin/javac"
  [ -x "$javac" ] || javac="javac"
  "$javac" -d "$classes" "$work/Hello.java" || die "could not compile Hello.java with $javac"
  rm -f "$work"/*.us

  export JAVA_HOME="$jdk"
  hello=("$jdk/bin/java" -cp "$classes" Hello)
  launcher=("$root/digest" convert "$sample")
  direct=("$jdk/bin/java" -jar "$jar" convert "$sample")
  say "[$jv] warming up..."
  for _ in 1 2 3; do
    "${hello[@]}" >/dev/null
    "${launcher[@]}" >/dev/null || die "./digest convert failed with JAVA_HOME=$jdk"
    "${direct[@]}" >/dev/null || die "java -jar target/digest.jar convert failed with $jdk"
  done
  say "[$jv] $pairs rounds..."
  for ((i = 0; i < pairs; i++)); do
    case $((i % 3)) in
      0) run_timed hello "${hello[@]}"; run_timed launcher "${launcher[@]}"; run_timed direct "${direct[@]}" ;;
      1) run_timed launcher "${launcher[@]}"; run_timed direct "${direct[@]}"; run_timed hello "${hello[@]}" ;;
      2) run_timed direct "${direct[@]}"; run_timed hello "${hello[@]}"; run_timed launcher "${launcher[@]}" ;;
    esac
  done
  h="$(median_ms "$work/hello.us")"
  l="$(median_ms "$work/launcher.us")"
  d="$(median_ms "$work/direct.us")"
  say "[$jv] medians: Hello $h ms, ./digest $l ms, java -jar $d ms"
  rows+=("$(awk -v jv="$jv" -v h="$h" -v l="$l" -v d="$d" 'BEGIN {
    printf "| %s | %.1f | %.1f | %.2fx | %.1f | %.2fx |", jv, h, l, l / h, d, d / h }')")
done

echo "Start-up: median wall time of $pairs interleaved rounds after 3 warm-up runs; $version;"
echo "digest converts samples/daily-papers-mar13.txt to JSON, output to /dev/null;"
echo "ratio = that time / the time of \`java Hello\` on the same JDK (SPEC Section 5 asks at most 2x)."
echo
echo "| JDK | java Hello ms | ./digest convert ms | ratio | java -jar digest.jar convert ms | ratio |"
echo "|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
