package dev.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parser is a library: nothing outside the cli package may know the command line exists. */
class LibraryBoundaryTest {

  @Test
  void noLibraryPackageImportsPicocliOrTheCli() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(Paths.get("src/main/java/dev/digest"))) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.toString().contains("/cli/"))
              .filter(LibraryBoundaryTest::mentionsTheCli)
              .toList();
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void theLibraryPackagesExist() {
    for (String pkg : List.of("model", "parse", "keys", "write")) {
      assertThat(Paths.get("src/main/java/dev/digest", pkg)).isDirectory();
    }
  }

  private static boolean mentionsTheCli(Path file) {
    try {
      String text = Files.readString(file);
      return text.contains("picocli") || text.contains("dev.digest.cli");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
