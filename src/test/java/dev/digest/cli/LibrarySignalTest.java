package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import dev.digest.testing.DigestProcess;
import dev.digest.testing.Sqlite3;
import dev.digest.testing.ToolRun;
import dev.digest.testing.Tries;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run adding to a library stopped by kill (SIGTERM) or kill -9 in the middle of its transaction:
 * the library keeps exactly its rows, and the next run adds to it as if nothing had happened.
 * Repeat before trusting a change: {@code mvn -o test -Dtest=LibrarySignalTest -Ddigest.tries=50}.
 */
class LibrarySignalTest {
  private static final long PATIENCE_MILLIS = 30_000;

  @TempDir Path tmp;

  static IntStream tries() {
    return Tries.tries();
  }

  @ParameterizedTest(name = "try {0}")
  @MethodSource("tries")
  void aRunKilledInItsTransactionLeavesTheRowsAsTheyWere(int attempt) throws Exception {
    boolean sigkill = attempt % 2 == 0;
    Path db = tmp.resolve("papers-" + attempt + ".db");
    CliRun first = CliRun.of("convert", "-o", db.toString(), MidRun.INPUT.toString());
    assertThat(first.exitCode).as(first.toString()).isZero();
    String before = Sqlite3.rows(db);
    Path stderr = tmp.resolve("stderr-" + attempt);

    Process run = DigestProcess.start(stderr, ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.DISCARD, "convert", "-o", db.toString(), "-");
    OutputStream stdin = run.getOutputStream();
    stdin.write(Files.readAllBytes(MidRun.INPUT));
    stdin.flush();
    awaitWriteLock(db, run, stderr);
    if (sigkill) {
      run.destroyForcibly();
    } else {
      run.toHandle().destroy(); // the signal alone, as kill sends it, with the input still open
    }
    assertThat(run.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(run.exitValue()).isEqualTo(sigkill ? 137 : 143);
    stdin.close();

    assertThat(Sqlite3.rows(db)).isEqualTo(before);
    CliRun next = CliRun.of("convert", "-o", db.toString(), MidRun.INPUT.toString());
    assertThat(next.exitCode).as(next.toString()).isZero();
    assertThat(Sqlite3.query(db, "SELECT count(*), count(DISTINCT lower(key)) FROM papers")).isEqualTo("260|260\n");
    assertThat(Sqlite3.query(db, "INSERT INTO papers_fts (papers_fts, rank) VALUES ('integrity-check', 1)")).isEmpty();
  }

  /** Waits until the run holds the library's write lock: its transaction has begun. */
  private static void awaitWriteLock(Path db, Process run, Path stderr) throws Exception {
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (true) {
      ToolRun probe = Sqlite3.run(db, "PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK;");
      if (probe.stderr.contains("database is locked")) {
        return;
      }
      assertThat(run.isAlive()).as("the run ended before it was stopped: " + Files.readString(stderr)).isTrue();
      assertThat(System.currentTimeMillis()).as("the run never began its transaction").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
