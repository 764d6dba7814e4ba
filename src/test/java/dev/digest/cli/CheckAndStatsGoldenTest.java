package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check} in its four shapes and {@code stats} in its two, on every sample, on the hazard
 * and anomaly digests and on the samples folder as one run, against files reviewed once by eye
 * under {@code src/test/resources/golden/}. Regenerate with {@code -Dgolden.update=true}.
 */
class CheckAndStatsGoldenTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden");

  /** Each report: its golden folder and the options that ask for it. */
  private static final String[][] REPORTS = {
    {"check-text", "check"},
    {"check-json", "check", "-f", "json"},
    {"check-github", "check", "-f", "github"},
    {"check-sarif", "check", "-f", "sarif"},
    {"stats-table", "stats"},
    {"stats-json", "stats", "--json"},
  };

  static Stream<Arguments> cases() throws IOException {
    List<String> inputs = new ArrayList<>();
    for (String folder : List.of("samples", "src/test/resources/hazards", "src/test/resources/anomalies")) {
      try (Stream<Path> files = Files.list(Paths.get(folder))) {
        files.map(Path::toString).filter(p -> p.endsWith(".txt")).sorted().forEach(inputs::add);
      }
    }
    inputs.add("samples");
    List<Arguments> cases = new ArrayList<>();
    for (String[] report : REPORTS) {
      for (String input : inputs) {
        cases.add(Arguments.of(report[0], input, report));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void reportMatchesTheReviewedGoldenFile(String name, String input, String[] report) throws IOException {
    List<String> args = new ArrayList<>(List.of(report).subList(1, report.length));
    args.add(input);
    CliRun run = CliRun.of(args.toArray(new String[0]));
    boolean warns = input.contains("hazards") || input.contains("anomalies");
    int expectedExit = report[1].equals("check") && warns ? 1 : 0;
    assertThat(run.exitCode).as(run.toString()).isEqualTo(expectedExit);
    assertThat(run.stderr).as("stderr").isEmpty();

    Path golden = GOLDEN.resolve(name).resolve(Paths.get(input).getFileName().toString().replaceFirst("\\.txt$", "") + ".out");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, run.stdoutBytes);
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true and review it").exists();
    assertThat(run.stdout).isEqualTo(Files.readString(golden));
  }
}
