package dev.digest.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * A program a test runs (bash, zsh, man). Missing on a developer's machine, the test is skipped;
 * missing in CI (CI=true), where .ci/run installs it, the test fails, so that a check never
 * passes by not running.
 */
public final class RequiredTool {
  private RequiredTool() {}

  /** The program's path on PATH; skips or fails the test when there is none. */
  public static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Paths.get(dir, name))) {
        return Paths.get(dir, name);
      }
    }
    String missing = name + " is not installed (.ci/run installs it)";
    if ("true".equals(System.getenv("CI"))) {
      fail(missing);
    }
    Assumptions.abort(missing);
    throw new AssertionError(missing);
  }
}
