#!/usr/bin/env bash
# fuzz.sh: fuzz one Jazzer target for some minutes.
#
#   bench/fuzz.sh TARGET MINUTES        (TARGET: parser api snapshot json csv tsv bibtex ris csljson)
#   taskset -c 1 bench/fuzz.sh csv 5    (on a shared machine, keep it off the benchmark core)
#
# Runs `mvn test` on that one @FuzzTest with JAZZER_FUZZ=1 (which also turns on the pom's fuzz
# profile: Jazzer's instrumentation on, JaCoCo off) and -Djazzer.max_duration=MINUTESm. Jazzer
# fuzzes one target per JVM, so targets are fuzzed one run each.
#
# What the fuzzer keeps:
#   .cifuzz-corpus/CLASS/METHOD/   inputs that reached new code; the next run starts from them
#                                  (ignored by git; delete it to start from the seeds alone)
#   src/test/resources/dev/digest/.../CLASSInputs/METHOD/crash-*
#                                  an input that failed the target; plain `mvn verify` replays
#                                  every file there, so fix the bug and give the input a name
#                                  (and a named regression test) rather than deleting it.
# Jazzer's output (libFuzzer's status lines: #EXECUTIONS, cov, ft, corp, exec/s) goes to the
# console; the last line of this script sums the run up. Exits 1 when the fuzzer found something.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/.." && pwd -P)"

say() { printf '%s\n' "$*" >&2; }
die() { say "fuzz.sh: $*"; exit 2; }

[ $# -eq 2 ] || die "usage: bench/fuzz.sh TARGET MINUTES (TARGET: parser api snapshot json csv tsv bibtex ris csljson)"
target="$1"
minutes="$2"
[[ "$minutes" =~ ^[1-9][0-9]*$ ]] || die "MINUTES must be a positive whole number, not '$minutes'"
case "$target" in
  parser) test='dev.digest.parse.ParserFuzzTest#rawBytes' ;;
  api) test='dev.digest.source.JsonReadersFuzzTest#dailyPapers' ;;
  snapshot) test='dev.digest.source.JsonReadersFuzzTest#arxivSnapshot' ;;
  json | csv | tsv | bibtex | ris | csljson) test="dev.digest.write.WriterFuzzTest#$target" ;;
  *) die "unknown target '$target'; targets: parser api snapshot json csv tsv bibtex ris csljson" ;;
esac

log="$(mktemp "${TMPDIR:-/tmp}/digest-fuzz-$target.XXXXXX")"
trap 'rm -f "$log"' EXIT
say "fuzz.sh: fuzzing $test for $minutes minute(s)"
status=0
# JDK 21 and later warn when Jazzer attaches its agent and loads its native library; the two flags
# say that is intended (JDK 17 accepts them too). OmitStackTraceInFastThrow off: a finding's stack
# trace stays whole however hot its path.
(cd "$root" && JAZZER_FUZZ=1 mvn -B -f core/pom.xml test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.max_duration="${minutes}m" \
  -DargLine="-XX:+IgnoreUnrecognizedVMOptions -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED -XX:-OmitStackTraceInFastThrow") 2>&1 \
  | tee "$log" || status=$?

# libFuzzer ends with "Done N runs in S second(s)"; a finding ends the run early instead.
done_line="$(grep -a -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -n 1 || true)"
last_status="$(grep -a -E '^#[0-9]+' "$log" | tail -n 1 || true)"
findings="$(grep -a -c -E '== Java Exception|FuzzTestFindingException' "$log" || true)"
say "fuzz.sh: $target: ${done_line:-no 'Done' line}; last status: ${last_status:-none}; finding lines: $findings"
[ "$status" -eq 0 ] || exit 1
