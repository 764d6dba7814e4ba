package dev.digest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The digest command line, run in this JVM as a user runs it, for what the data source must match. */
final class CommandLine {
  private CommandLine() {}

  /** {@code digest ARGS}: what it printed on stdout; fails the test on a non-zero exit unless expected. */
  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter errWriter = new PrintWriter(err)) {
      code = Main.run(new ByteArrayInputStream(new byte[0]), out, errWriter, args);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  /** What a run gave. */
  record Result(int exitCode, String stdout, String stderr) {
    Result succeeded() {
      assertThat(exitCode).as("digest exited %d: %s", exitCode, stderr).isZero();
      return this;
    }

    List<String> stdoutLines() {
      return stdout.lines().toList();
    }
  }
}
