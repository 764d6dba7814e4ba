package dev.digest.write;

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
 * Every registered format on every sample, on the hazard digest (every escaping hazard the
 * spec names) and on the API samples (authors, ids, dates), compared byte for byte with a file reviewed once by eye
 * under {@code src/test/resources/golden/FORMAT/}. A format without golden files fails here.
 *
 * <p>To regenerate after a deliberate change: {@code mvn test -Dtest=GoldenFilesTest
 * -Dgolden.update=true}, then review the diff before committing.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden");
  private static final List<Path> INPUT_FOLDERS = List.of(Paths.get("samples"), Paths.get("src/test/resources/hazards"));
  /** Real Daily Papers API responses: records with authors, arXiv ids and dates; golden names start with {@code api-}. */
  private static final Path API_SAMPLES = Paths.get("samples/api");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    List<Path> samples = new ArrayList<>();
    for (Path folder : INPUT_FOLDERS) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(samples::add);
      }
    }
    try (Stream<Path> files = Files.list(API_SAMPLES)) {
      files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(samples::add);
    }
    for (Format format : Format.values()) {
      if (format.isDatabase()) {
        continue; // a database, not a stream of bytes: its schema and rows are checked by LibrarySchemaTest
      }
      for (Path sample : samples) {
        cases.add(Arguments.of(format, sample));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void outputMatchesTheReviewedGoldenFile(Format format, Path sample) throws IOException {
    String base = sample.getFileName().toString().replaceFirst("\\.(txt|json)$", "");
    String name = (sample.startsWith(API_SAMPLES) ? "api-" : "") + base + "." + format.extension();
    Path golden = GOLDEN.resolve(format.formatName()).resolve(name);
    CliRun run = CliRun.of("convert", "-f", format.formatName(), sample.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();

    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, run.stdoutBytes);
    }
    assertThat(golden).as("golden file for format %s; create it with -Dgolden.update=true and review it", format).exists();
    assertThat(run.stdoutBytes).as("output of %s differs from %s", format, golden).isEqualTo(Files.readAllBytes(golden));
  }
}
