package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import dev.digest.testing.DigestProcess;
import dev.digest.testing.Sqlite3;
import dev.digest.testing.Tries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two runs that add to one library at the same time both succeed, one after the other, with
 * unique keys (SPEC Section 8): real processes, started together, on a new library (both make it)
 * and on one that exists. Repeat before trusting a change:
 * {@code mvn -o test -Dtest=LibraryConcurrencyTest -Ddigest.tries=50}.
 */
class LibraryConcurrencyTest {
  private static final String[] SAMPLES = {
    "samples/daily-papers-apr23.txt", "samples/daily-papers-mar13.txt", "samples/papers-compact-1.txt", "samples/papers-compact-2.txt"
  };
  private static final long PATIENCE_SECONDS = 120;

  @TempDir Path tmp;

  static java.util.stream.IntStream tries() {
    return Tries.tries();
  }

  @ParameterizedTest(name = "try {0}")
  @MethodSource("tries")
  void twoRunsAddingAtOnceBothLandWithUniqueKeys(int attempt) throws Exception {
    Path db = tmp.resolve("papers-" + attempt + ".db");
    boolean existing = attempt % 2 == 0;
    long before = 0;
    if (existing) {
      CliRun first = CliRun.of("convert", "-o", db.toString(), SAMPLES[0]);
      assertThat(first.exitCode).as(first.toString()).isZero();
      before = 130;
    }
    List<Process> runs = new ArrayList<>();
    List<Path> errs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path err = tmp.resolve("err-" + attempt + "-" + i);
      errs.add(err);
      List<String> args = new ArrayList<>(List.of("convert", "-o", db.toString()));
      args.addAll(List.of(SAMPLES));
      runs.add(DigestProcess.start(err, ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.DISCARD, args.toArray(new String[0])));
    }
    for (int i = 0; i < 2; i++) {
      runs.get(i).getOutputStream().close();
      assertThat(runs.get(i).waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
      assertThat(runs.get(i).exitValue()).as(Files.readString(errs.get(i))).isZero();
      assertThat(Files.readString(errs.get(i))).isEmpty();
    }

    long added = 2 * 394;
    assertThat(Sqlite3.query(db, "SELECT count(*), count(DISTINCT lower(key)) FROM papers")).isEqualTo((before + added) + "|" + (before + added) + "\n");
    // One run's start time on each run's rows.
    assertThat(Sqlite3.query(db, "SELECT count(DISTINCT added) FROM papers WHERE id > " + before + " GROUP BY (id - " + before + " - 1) / 394"))
        .isEqualTo("1\n1\n");
    // Each run's records are together, in input order: one run committed whole before the other began.
    assertThat(Sqlite3.query(db, "SELECT count(*) FROM papers a JOIN papers b ON b.id = a.id + 394 WHERE a.id > " + before + " AND a.title <> b.title"))
        .isEqualTo("0\n");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains("digest-partial"))).isEmpty();
    }
  }
}
