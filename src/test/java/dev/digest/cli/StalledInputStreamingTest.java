package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.DigestProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code (cat a.txt; sleep 3; cat b.txt) | digest convert -f jsonl}: the finished records of the
 * first part reach the reader while the input waits, not when a buffer fills or the input ends.
 * No timing is asserted: the test waits for the record while standard input stays open, and a
 * product that holds it back never shows it (the generous limit only stops a broken run).
 */
class StalledInputStreamingTest {
  private static final String FIRST_PART =
      "new\n\nApr 23\n\nScale Efficient Training\n\nWe train at scale. It works well.\n\n"
          + "Second Paper Title\n\nAnother abstract here. It is long enough.\n\n";
  private static final String SECOND_PART = "Third Paper Title\n\nThe third abstract. It ends here.\n";

  @TempDir Path tmp;

  /** On one thread, and on several, where the input is cut into pieces until it turns out to be live. */
  @ParameterizedTest(name = "-j {0}")
  @ValueSource(strings = {"1", "2", "8"})
  void aFinishedRecordIsWrittenWhileStandardInputWaits(String jobs) throws Exception {
    Process run =
        DigestProcess.builder("convert", "-f", "jsonl", "-j", jobs)
            .redirectError(tmp.resolve("stderr").toFile())
            .start();
    try (OutputStream stdin = run.getOutputStream();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      stdin.write(FIRST_PART.getBytes(StandardCharsets.UTF_8));
      stdin.flush();

      // The first record is complete once the second title came; the input stays open.
      CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> readLine(stdout));
      String line = first.get(60, TimeUnit.SECONDS);
      assertThat(line).contains("\"title\":\"Scale Efficient Training\"");
      assertThat(run.isAlive()).as("the run still waits for input").isTrue();

      stdin.write(SECOND_PART.getBytes(StandardCharsets.UTF_8));
      stdin.close();
      assertThat(readLine(stdout)).contains("\"title\":\"Second Paper Title\"");
      assertThat(readLine(stdout)).contains("\"title\":\"Third Paper Title\"");
      assertThat(readLine(stdout)).isNull();
    } finally {
      run.destroyForcibly();
    }
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).isZero();
  }

  private static String readLine(BufferedReader in) {
    try {
      return in.readLine();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
