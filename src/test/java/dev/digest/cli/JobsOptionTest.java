package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.source.JsonLinesShares;
import dev.digest.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code -j N}: every command gives, byte for byte, what it gives on one thread, failures included. */
class JobsOptionTest {
  private static final Path SNAPSHOT = Path.of("src/test/resources/snapshot/arxiv-snapshot-sample.jsonl");

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"convert -f jsonl --dedupe", "convert -f jsonl", "convert -f json", "convert --fields line,title,key", "convert -f jsonl --fields title", "convert --pretty", "convert -f bibtex", "convert -f tsv", "convert -f ris", "convert -f csljson", "convert -f csv --csv-safe --fields line,key,title", "convert -f csv", "check", "check -f sarif", "stats", "stats --json"})
  void everyCommandGivesWhatOneThreadGives(String command) throws IOException {
    List<String> inputs = List.of(largeDigest().toString(), "samples", largeSnapshot().toString(), "samples/api", "src/test/resources/hazards");
    assertSameAtEveryJobCount(command, inputs);
  }

  /** The samples joined as cat joins them, over and over: an input of several pieces, read in parallel. */
  private Path largeDigest() throws IOException {
    Path large = tmp.resolve("large.txt");
    byte[] round = new byte[0];
    for (String sample : List.of("daily-papers-apr23.txt", "daily-papers-mar13.txt", "papers-compact-1.txt", "papers-compact-2.txt")) {
      round = concat(round, Files.readAllBytes(Path.of("samples", sample)));
    }
    byte[] all = new byte[0];
    while (all.length < 3 * (1 << 20)) {
      all = concat(all, round);
    }
    return Files.write(large, all);
  }

  /** The snapshot fixture ten times (1.3 MB: read in shares of 1 MiB), its titles repeating (so keys take suffixes). */
  private Path largeSnapshot() throws IOException {
    byte[] fixture = Files.readAllBytes(SNAPSHOT);
    byte[] all = new byte[0];
    for (int round = 0; round < 10; round++) {
      all = concat(all, fixture);
    }
    return Files.write(tmp.resolve("snapshot.jsonl"), all);
  }

  /**
   * The snapshot fixture's lines up to about 1 MiB, then an item with a comma missing (after a
   * nested object) that runs over byte 1 MiB, then the fixture again: the place after the broken
   * item looks like one a share may start at, and it is where the first share ends.
   */
  private Path brokenSnapshot() throws IOException {
    byte[] fixture = Files.readAllBytes(SNAPSHOT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int lineStart = 0;
    while (true) {
      int lineEnd = indexOf(fixture, (byte) '\n', lineStart) + 1;
      if (out.size() + lineEnd - lineStart >= (1 << 20) - 100) {
        break;
      }
      out.write(fixture, lineStart, lineEnd - lineStart);
      lineStart = lineEnd == fixture.length ? 0 : lineEnd;
    }
    String pad = "x".repeat((1 << 20) - out.size());
    out.writeBytes(("{\"id\":\"1\",\"title\":\"Broken\",\"abstract\":\"" + pad + "\",\"extra\":{\"x\":1}\n").getBytes(StandardCharsets.UTF_8));
    int brokenEnd = out.size();
    out.writeBytes(fixture);
    byte[] bytes = out.toByteArray();
    assertThat(JsonLinesShares.startAtOrAfter(new ByteArrayInputStream(bytes, (1 << 20) - 3, bytes.length), 1 << 20, bytes.length, Long.MAX_VALUE))
        .as("the first share ends after the broken item").isEqualTo(brokenEnd);
    return Files.write(tmp.resolve("broken-snapshot.jsonl"), bytes);
  }

  private static int indexOf(byte[] b, byte c, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return b.length - 1;
  }

  /** The line of the broken item. */
  private static int brokenLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"Broken\"")) {
        return i + 1;
      }
    }
    throw new AssertionError("no broken item");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void aFailingInputStopsTheRunWhereOneThreadStops() throws IOException {
    Path binary = Files.write(tmp.resolve("b.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1});
    assertSameAtEveryJobCount("convert -f jsonl", List.of(largeDigest().toString(), binary.toString(), "samples/papers-compact-1.txt"));
    assertSameAtEveryJobCount("convert -f jsonl", List.of("samples/daily-papers-apr23.txt", tmp.resolve("missing.txt").toString()));
    // An item with a comma missing runs over the place the second share starts: the error is -j 1's.
    Path broken = brokenSnapshot();
    assertSameAtEveryJobCount("convert -f jsonl", List.of(broken.toString(), "samples/papers-compact-1.txt"));
    assertThat(run("convert -f jsonl", "2", List.of(broken.toString())).stderr)
        .contains("broken-snapshot.jsonl:" + (brokenLine(broken) + 1) + ": error: the JSON does not parse: Unexpected character ('{'");
  }

  @Test
  void aLibraryReadTwiceKeepsItsKeysOnceAtEveryJobCount() throws IOException {
    String library = tmp.resolve("papers.db").toString();
    assertThat(CliRun.of("convert", "-o", library, "samples/daily-papers-apr23.txt", "samples/daily-papers-mar13.txt").exitCode).isZero();
    assertSameAtEveryJobCount("convert -f jsonl", List.of(library, largeDigest().toString(), library));
  }

  @Test
  void jobsMustBeAWholeNumberOfOneOrMore() {
    CliRun zero = CliRun.of("convert", "-j", "0", "samples/daily-papers-apr23.txt");
    assertThat(zero.exitCode).isEqualTo(2);
    assertThat(zero.stderr).contains("-j must be at least 1, not 0");
    CliRun word = CliRun.of("convert", "--jobs", "many", "samples/daily-papers-apr23.txt");
    assertThat(word.exitCode).isEqualTo(2);
    assertThat(word.stderr).contains("-j takes a whole number of threads, not 'many'");
  }

  private static void assertSameAtEveryJobCount(String command, List<String> inputs) {
    CliRun one = run(command, "1", inputs);
    assertThat(one.stdoutBytes.length + one.stderr.length()).as("the run says something").isPositive();
    for (String jobs : List.of("2", "3", "8")) {
      CliRun many = run(command, jobs, inputs);
      assertThat(many.exitCode).as("%s -j %s: exit code", command, jobs).isEqualTo(one.exitCode);
      assertThat(many.stdoutBytes).as("%s -j %s: standard output", command, jobs).isEqualTo(one.stdoutBytes);
      assertThat(many.stderr).as("%s -j %s: standard error", command, jobs).isEqualTo(one.stderr);
    }
  }

  private static CliRun run(String command, String jobs, List<String> inputs) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("-j");
    args.add(jobs);
    args.addAll(inputs);
    return CliRun.of(args.toArray(new String[0]));
  }
}
