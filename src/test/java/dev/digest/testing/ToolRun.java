package dev.digest.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of an outside program (a shell, man) to its end, with its output captured. */
public final class ToolRun {
  private static final long TIMEOUT_SECONDS = 60;

  public final int exitCode;
  public final String stdout;
  public final String stderr;

  private ToolRun(int exitCode, String stdout, String stderr) {
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Runs {@code command} in {@code dir} with {@code env} added to the environment and no input.
   * Output goes through files, not pipes, so that neither stream can fill and stall the program.
   */
  public static ToolRun of(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("tool-run", ".out");
    Path err = Files.createTempFile("tool-run", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(command + " did not end within " + TIMEOUT_SECONDS + " s");
      }
      return new ToolRun(
          process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stderr\n" + stderr + "--- stdout\n" + stdout;
  }
}
