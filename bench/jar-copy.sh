# jar-copy.sh: sourced by the -j benchmarks. Picks the java to time ($JAVA_HOME/bin/java when set)
# and the launcher's JVM flags (DIGEST_JVM overrides; keep in step with ./digest, so the figures are
# a user's), builds or checks the jar through ./digest, and copies it into a fresh work folder
# removed at exit, so that a rebuild meanwhile cannot swap it. Needs $root, $1 (a name for the work
# folder) and say/die; sets java, launcher_jvm, work and jar.
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java="java"; fi
read -r -a launcher_jvm <<<"${DIGEST_JVM:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData}"
say "building or checking the jar with ./digest --version..."
"$root/digest" --version >/dev/null || die "./digest --version failed"
work="$(mktemp -d "${TMPDIR:-/tmp}/digest-$1.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$root/target/digest.jar" "$work/digest.jar"
jar="$work/digest.jar"

# The corpus of bench/gen-corpus.sh of $2 MiB in $bench_dir, generated once: sets corpus.
corpus="$bench_dir/corpus-${2}MiB-suffix.txt"
if [ ! -s "$corpus" ]; then
  say "generating $corpus..."
  TITLE_MARK=suffix "$here/gen-corpus.sh" "$2" "$corpus"
fi
