package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.DigestProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** A real {@code convert -o} run caught mid-way, for tests that stop it. */
final class MidRun {
  /** What the run is fed: more than the 64 KiB output buffer, so that some output reaches the file. */
  static final Path INPUT = Paths.get("samples/daily-papers-apr23.txt");
  private static final long PATIENCE_MILLIS = 30_000;

  private MidRun() {}

  /**
   * Starts {@code convert -f jsonl -o out -} and feeds it {@link #INPUT} without closing its input:
   * once its temporary file holds output, the run is mid-way, waiting for more input, and cannot
   * complete until its input is closed. Its stderr goes to {@code stderr}.
   */
  static Process start(Path out, Path stderr) throws IOException, InterruptedException {
    return start(out, stderr, false);
  }

  /** The same run, adding to {@code out} ({@code --append}) when {@code append}. */
  static Process start(Path out, Path stderr, boolean append) throws IOException, InterruptedException {
    Path dir = out.toAbsolutePath().getParent();
    List<String> args = new ArrayList<>(List.of("convert", "-f", "jsonl", "-o", out.toString(), "-"));
    if (append) {
      args.add(1, "--append");
    }
    Process run =
        DigestProcess.start(stderr, ProcessBuilder.Redirect.PIPE, ProcessBuilder.Redirect.DISCARD, args.toArray(new String[0]));
    OutputStream stdin = run.getOutputStream();
    stdin.write(Files.readAllBytes(INPUT));
    stdin.flush();
    long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
    while (PartialFiles.bytesIn(dir) == 0) {
      assertThat(run.isAlive()).as("the run ended before it was stopped: " + Files.readString(stderr)).isTrue();
      assertThat(System.currentTimeMillis()).as("no output reached the temporary file").isLessThan(deadline);
      Thread.sleep(20);
    }
    return run;
  }
}
