#!/usr/bin/env bash
# Checks the ./digest launcher as a user meets it: it builds when the jar is missing or a source is
# newer (saying so in one line when stderr is a terminal), runs from any folder and through paths with spaces, passes
# arguments and the exit code through, and honours JAVA_OPTS and JAVA_HOME.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd -P)"
work="$(mktemp -d "${TMPDIR:-/tmp}/digest launcher.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "launcher-test: FAIL: $*" >&2; exit 1; }

cp "$root/samples/daily-papers-mar13.txt" "$work/my digest.txt"
cd "$work"

# A jar newer than every source: no build, no stderr.
touch "$root/target/digest.jar"
n="$("$root/digest" convert "my digest.txt" 2>"$work/err" | jq length)"
[ "$n" = 46 ] || fail "expected 46 records, got $n"
[ ! -s "$work/err" ] || fail "a run with nothing to report printed on stderr: $(cat "$work/err")"

# A source newer than the jar: the rebuild, then the run, with nothing on a script's stderr.
touch "$root/src/main/java/dev/digest/cli/Main.java"
n="$("$root/digest" convert -f jsonl "my digest.txt" 2>"$work/err" | wc -l)"
[ "$n" = 46 ] || fail "expected 46 lines after the rebuild, got $n"
[ ! -s "$work/err" ] || fail "the rebuild printed on a script's stderr: $(cat "$work/err")"
# At a terminal it says so in one line (script(1) gives the run a terminal).
if command -v script >/dev/null; then
  touch "$root/src/main/java/dev/digest/cli/Main.java"
  script -qec "'$root/digest' --version" /dev/null >"$work/tty" 2>&1 || fail "the rebuild at a terminal failed: $(cat "$work/tty")"
  [ "$(grep -c "building the jar" "$work/tty")" = 1 ] || fail "the rebuild at a terminal should say one line, said: $(cat "$work/tty")"
fi

# Exit codes pass through; arguments are not re-split.
set +e
"$root/digest" convert -f nope "my digest.txt" 2>/dev/null; code=$?
"$root/digest" convert "no such.txt" 2>/dev/null; code1=$?
set -e
[ "$code" = 2 ] || fail "usage error gave exit $code, not 2"
[ "$code1" = 1 ] || fail "missing file gave exit $code1, not 1"
src="$("$root/digest" convert -f jsonl --fields source "my digest.txt" | head -n 1)"
[ "$src" = '{"source":"my digest.txt"}' ] || fail "source name was $src"

# JAVA_OPTS reaches the JVM (a heap too small to start is an error from java itself).
JAVA_OPTS="-Xmx64m -Ddigest.test=1" "$root/digest" --version >/dev/null || fail "JAVA_OPTS broke the run"

# JAVA_HOME picks the JDK; the Temurin 25 JDK runs it too when present.
for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-17-openjdk-amd64; do
  if [ -x "$jdk/bin/java" ]; then
    n="$(JAVA_HOME="$jdk" "$root/digest" convert "my digest.txt" | jq length)"
    [ "$n" = 46 ] || fail "with JAVA_HOME=$jdk: $n records"
    # The start-up cache the launcher made for this JDK: an AOT cache from 25 on, else a class-data archive.
    cache="$root/target/cds/$(readlink -f "$jdk/bin/java" | tr -d "\n" | tr -c 'A-Za-z0-9._-' '_')"
    case "$("$jdk/bin/java" -version 2>&1 | head -n 1)" in
      *'"1'[0-9]*|*'"2'[0-4]*) [ -s "$cache.jsa" ] || fail "no class-data archive for $jdk: $(ls "$root/target/cds")" ;;
      *) [ -s "$cache.aot" ] || fail "no AOT cache for $jdk: $(ls "$root/target/cds")" ;;
    esac
    # A jar rebuilt behind the launcher's back (mvn package) makes the cache stale: it is made again.
    touch "$root/target/digest.jar"
    JAVA_HOME="$jdk" "$root/digest" --version >/dev/null || fail "run after a rebuilt jar failed"
    for made in "$cache.jsa" "$cache.aot"; do
      if [ -f "$made" ] && [ ! "$made" -nt "$root/target/digest.jar" ]; then
        fail "the start-up cache $made is older than the rebuilt jar"
      fi
    done
    echo "launcher-test: ok with $jdk"
  fi
done
# A large input shows a progress line on a terminal (script gives it one), never in a pipe.
big="$work/big.txt"
# Large enough to run past the first redraw (a quarter second) at full speed.
for _ in $(seq 1 600); do cat "$root"/samples/*.txt; done >"$big"
script -q -c "'$root/digest' convert -f jsonl '$big' >/dev/null" "$work/pty.log" >/dev/null 2>&1 || fail "run under a terminal failed"
grep -qa 'MB/s' "$work/pty.log" || fail "no progress line on a terminal"
"$root/digest" convert -f jsonl "$big" 2>"$work/err" >/dev/null
[ ! -s "$work/err" ] || fail "progress or other output on stderr in a pipe: $(head -c 200 "$work/err")"
# With stdout on the same terminal, the progress line is erased before each write of output: its
# text is always followed by the carriage return that starts the erasure, never by output.
mid="$work/mid.txt"
for _ in $(seq 1 16); do cat "$root"/samples/*.txt; done >"$mid" # past the 8 MiB that shows progress
script -q -c "'$root/digest' convert -f jsonl '$mid'" "$work/pty-out.log" >/dev/null 2>&1 || fail "run to a terminal failed"
if grep -aqP 'MB/s  [0-9]+ records(?!\r)' "$work/pty-out.log"; then
  fail "the progress line ran into output: $(grep -aoP 'MB/s  [0-9]+ records(?!\r).{0,60}' "$work/pty-out.log" | head -n 1)"
fi


# Shell completion, as a user installs it (source <(digest completion)), completes in real bash.
got="$(bash -c 'source <("$1" completion) && COMP_WORDS=(digest convert -f j) && COMP_CWORD=3 &&
  COMP_LINE="digest convert -f j" && COMP_POINT=${#COMP_LINE} && _digest 2>/dev/null && echo "${COMPREPLY[*]}"' _ "$root/digest")"
[ "$got" = "json jsonl" ] || fail "completing 'digest convert -f j' gave '$got'"
got="$(bash -c 'source <("$1" completion) && COMP_WORDS=(digest ch) && COMP_CWORD=1 &&
  COMP_LINE="digest ch" && COMP_POINT=9 && _digest 2>/dev/null && echo "${COMPREPLY[*]}"' _ "$root/digest")"
[ "$got" = "check" ] || fail "completing 'digest ch' gave '$got'"
echo "launcher-test: bash completion ok"
# zsh has a script of its own (source <(digest completion zsh)): sourcing it registers digest's completer.
if command -v zsh >/dev/null 2>&1; then
  got="$(zsh -c 'autoload -U compinit && compinit -u && source <("$1" completion zsh) && echo "${_comps[digest]}"' _ "$root/digest")"
  [ "$got" = "_digest" ] && echo "launcher-test: zsh completion ok" || fail "zsh completion not registered: '$got'"
else
  echo "launcher-test: skip: zsh not installed (the zsh completion check needs it)"
fi
echo "launcher-test: all checks passed"
