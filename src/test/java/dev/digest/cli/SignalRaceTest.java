package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIGTERM at random moments around the end of a {@code -o} run, when the run reads the end of its
 * input, renames its output and exits: whatever the moment, the run either exits 143 with FILE as
 * it was, or exits 0 with FILE the complete new output; never 143 over a replaced FILE, and never a
 * temporary file left. The moments are random, not timed: each outcome is checked as it comes.
 */
class SignalRaceTest {
  private static final int SIGNALS_PER_TRY = 8;
  /** Signals go from this long before the end of the input to as long after it, in microseconds. */
  private static final int SPREAD_MICROS = 40_000;
  private static final long PATIENCE_MILLIS = 30_000;
  private static final byte[] OLD = "old\n".getBytes(StandardCharsets.UTF_8);
  /** A library an appending run adds to: one record of digest's jsonl, its key taken by no new record. */
  private static final byte[] LIBRARY = "{\"key\":\"old\",\"title\":\"Old\",\"abstract\":\"A.\"}\n".getBytes(StandardCharsets.UTF_8);

  private static byte[] completeOutput;

  private enum Outcome {
    STOPPED_BEFORE_COMMIT,
    COMPLETED
  }

  @TempDir Path tmp;

  @BeforeAll
  static void theCompleteOutput() throws IOException {
    CliRun complete = CliRun.withStdin(Files.readAllBytes(MidRun.INPUT), "convert", "-f", "jsonl");
    assertThat(complete.exitCode).as(complete.toString()).isZero();
    completeOutput = complete.stdoutBytes;
  }

  @ParameterizedTest(name = "try {0}")
  @MethodSource("dev.digest.testing.Tries#tries")
  void aSigtermAroundTheEndOfARunLeavesTheOldFileWith143OrTheNewFileWith0(int attempt) throws Exception {
    System.out.println("try " + attempt + ": " + signalsAroundTheEnd(tmp, false));
  }

  /** The same for {@code --append}: the library as it was with 143, or the library and the new records with 0. */
  @ParameterizedTest(name = "try {0}")
  @MethodSource("dev.digest.testing.Tries#tries")
  void aSigtermAroundTheEndOfAnAppendLeavesTheOldLibraryWith143OrTheLongerOneWith0(int attempt) throws Exception {
    System.out.println("append try " + attempt + ": " + signalsAroundTheEnd(tmp, true));
  }

  /** {@link #SIGNALS_PER_TRY} runs, each signalled at a random moment around its end; how each ended. */
  private static Map<Outcome, Integer> signalsAroundTheEnd(Path tmp, boolean append) throws Exception {
    Random random = new Random();
    Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
    for (int i = 0; i < SIGNALS_PER_TRY; i++) {
      Path dir = Files.createDirectory(tmp.resolve("run" + i));
      long offsetMicros = random.nextInt(2 * SPREAD_MICROS) - SPREAD_MICROS;
      seen.merge(signalAroundTheEnd(dir, offsetMicros, append), 1, Integer::sum);
    }
    return seen;
  }

  /**
   * One run: stopped by SIGTERM {@code offsetMicros} after its input is closed (before, when
   * negative), then checked.
   */
  private static Outcome signalAroundTheEnd(Path dir, long offsetMicros, boolean append) throws Exception {
    byte[] old = append ? LIBRARY : OLD;
    byte[] complete = append ? concat(LIBRARY, completeOutput) : completeOutput;
    Path out = Files.write(dir.resolve("out.jsonl"), old);
    Path stderr = dir.resolveSibling(dir.getFileName() + ".stderr");
    Process run = MidRun.start(out, stderr, append);
    OutputStream stdin = run.getOutputStream();
    if (offsetMicros < 0) {
      run.toHandle().destroy();
      TimeUnit.MICROSECONDS.sleep(-offsetMicros);
      closeQuietly(stdin);
    } else {
      stdin.close();
      TimeUnit.MICROSECONDS.sleep(offsetMicros);
      run.toHandle().destroy();
    }
    assertThat(run.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).as("the run ended").isTrue();

    String what = "signal " + offsetMicros + " µs after the end of the input; stderr: " + Files.readString(stderr);
    assertThat(PartialFiles.in(dir)).as(what).isEmpty();
    byte[] file = Files.readAllBytes(out);
    if (run.exitValue() == 143) {
      assertThat(Arrays.equals(file, old))
          .as("a run that exits 143 leaves FILE as it was, not " + file.length + " bytes; " + what)
          .isTrue();
      return Outcome.STOPPED_BEFORE_COMMIT;
    }
    assertThat(run.exitValue()).as("exit status; " + what).isZero();
    assertThat(Arrays.equals(file, complete))
        .as("a run that exits 0 leaves the complete output (" + complete.length + " bytes), not " + file.length + " bytes; " + what)
        .isTrue();
    return Outcome.COMPLETED;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** The run may have ended on the signal already, and its end of the pipe with it. */
  private static void closeQuietly(OutputStream stdin) {
    try {
      stdin.close();
    } catch (IOException e) {
      // nothing was left to flush to a run that has ended
    }
  }
}
