package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digest.testing.CliRun;
import dev.digest.testing.DigestProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults only a real process meets: killed mid-run, a reader that closes its pipe, a device that
 * is full. Each run is a JVM of its own (about half a second).
 */
class ProcessFaultsTest {
  private static final Path APR23 = Paths.get("samples/daily-papers-apr23.txt");
  private static final Path MAR13 = Paths.get("samples/daily-papers-mar13.txt");
  private static final long PATIENCE_MILLIS = 30_000;

  @TempDir Path tmp;

  @Test
  void aRunKilledWithSigkillLeavesTheOldFileAndAPartialFileThatNoLaterRunTakesForOutputOrInput() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("digests"));
    Path out = Files.copy(MAR13, dir.resolve("x.txt"));
    byte[] old = Files.readAllBytes(out);

    Process run = MidRun.start(out, tmp.resolve("stderr"));
    run.destroyForcibly();
    assertThat(run.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();

    assertThat(Files.readAllBytes(out)).isEqualTo(old);
    List<String> partials = PartialFiles.in(dir);
    assertThat(partials).as("the killed run's temporary file").hasSize(1);
    assertThat(partials.get(0)).startsWith(".x.txt.").endsWith(".digest-partial");
    // A folder input reads *.txt: the partial file (named after x.txt) is not one of them.
    CliRun folder = CliRun.of("convert", "-f", "jsonl", "--fields", "source", dir.toString());
    assertThat(folder.exitCode).as(folder.toString()).isZero();
    assertThat(folder.stdout.lines().distinct()).containsExactly("{\"source\":\"" + dir + "/x.txt\"}");
    // The next run writes the file; the stale partial is left alone (another run may own it).
    CliRun next = CliRun.of("convert", "-f", "jsonl", "-o", out.toString(), APR23.toString());
    assertThat(next.exitCode).as(next.toString()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(130);
    assertThat(PartialFiles.in(dir)).isEqualTo(partials);
  }

  @Test
  void aRunStoppedWithSigtermExitsWith143AndLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path out = Files.copy(MAR13, tmp.resolve("out.json"));
    byte[] old = Files.readAllBytes(out);

    Process run = MidRun.start(out, tmp.resolve("stderr"));
    // The signal alone, as kill sends it: Process.destroy() would also close the run's input, and
    // a run that reads the end of its input before the signal is handled completes.
    run.toHandle().destroy();
    assertThat(run.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(run.exitValue()).isEqualTo(143);
    run.getOutputStream().close();

    assertThat(Files.readAllBytes(out)).isEqualTo(old);
    assertThat(PartialFiles.in(tmp)).isEmpty();
  }

  @ParameterizedTest(name = "try {0}")
  @org.junit.jupiter.params.provider.MethodSource("dev.digest.testing.Tries#tries")
  void anAppendStoppedWithSigtermLeavesTheLibraryByteForByte(int attempt) throws Exception {
    Path out = Files.createDirectory(tmp.resolve("try" + attempt)).resolve("library.jsonl");
    CliRun first = CliRun.of("convert", "-o", out.toString(), MAR13.toString());
    assertThat(first.exitCode).as(first.toString()).isZero();
    byte[] old = Files.readAllBytes(out);

    Process run = MidRun.start(out, tmp.resolve("stderr"), true);
    run.toHandle().destroy();
    assertThat(run.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(run.exitValue()).isEqualTo(143);
    run.getOutputStream().close();

    assertThat(Files.readAllBytes(out)).isEqualTo(old);
    assertThat(PartialFiles.in(out.getParent())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "check", "stats"})
  void aClosedPipeEndsTheRunAtOnceWithExitZeroAndNothingOnStderr(String command) throws Exception {
    // check prints only warnings: many of them, more than a pipe holds. convert's would go to stderr.
    Path input = APR23;
    if (command.equals("check")) {
      input = tmp.resolve("anomalies.txt");
      Files.writeString(input, Files.readString(Paths.get("src/test/resources/anomalies/anomalies.txt")).repeat(2000));
    }
    Path stderr = tmp.resolve("stderr");

    Process run = DigestProcess.start(
        stderr, ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.PIPE, command, input.toString());
    run.getInputStream().close(); // the reader goes away before digest writes a byte
    run.getOutputStream().close();

    assertThat(run.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    // A linter that found a warning must not pass the pipeline, even when its reader went away.
    int expected = command.equals("check") ? 1 : 0;
    assertThat(run.exitValue()).as(Files.readString(stderr)).isEqualTo(expected);
    assertThat(Files.readString(stderr)).isEmpty();
  }

  @Test
  void aClosedPipeNamedByOutputAsDevStdoutEndsTheRunQuietlyToo() throws Exception {
    assumeTrue(Files.exists(Paths.get("/dev/stdout")), "no /dev/stdout on this system");
    Path stderr = tmp.resolve("stderr");

    Process run = DigestProcess.start(
        stderr, ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.PIPE, "convert", "-o", "/dev/stdout", APR23.toString());
    run.getInputStream().close();
    run.getOutputStream().close();

    assertThat(run.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(run.exitValue()).as(Files.readString(stderr)).isZero();
    assertThat(Files.readString(stderr)).isEmpty();
  }

  @Test
  void aClosedPipeStopsTheRunWithoutReadingTheRestOfAnEndlessInput() throws Exception {
    Path stderr = tmp.resolve("stderr");
    Process run = DigestProcess.start(
        stderr, ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.PIPE, "convert", "-f", "jsonl", "-");
    run.getInputStream().close();
    Thread feeder = new Thread(() -> feedUntilRefused(run.getOutputStream()), "endless-input");
    feeder.setDaemon(true);
    feeder.start();

    // Were digest to read on after the failed write, it would wait for the rest of the input forever.
    assertThat(run.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).as("the run ended").isTrue();
    assertThat(run.exitValue()).as(Files.readString(stderr)).isZero();
    assertThat(Files.readString(stderr)).isEmpty();
  }

  @Test
  void aFullDeviceOnStandardOutputIsExitOneWithOneLine() throws Exception {
    assumeTrue(Files.exists(Paths.get("/dev/full")), "no /dev/full on this system");
    Path stderr = tmp.resolve("stderr");

    Process run = DigestProcess.start(
        stderr, ProcessBuilder.Redirect.PIPE, DigestProcess.to("/dev/full"), "convert", APR23.toString());
    run.getOutputStream().close();

    assertThat(run.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(run.exitValue()).isEqualTo(1);
    assertThat(Files.readString(stderr)).isEqualTo(
        "digest: error: cannot write the output: No space left on device; check the disk and the destination\n");
  }

  private static void feedUntilRefused(OutputStream stdin) {
    try {
      byte[] digest = Files.readAllBytes(APR23);
      while (true) {
        stdin.write(digest);
      }
    } catch (IOException e) {
      // the run has ended: its input pipe is closed
    }
  }
}
