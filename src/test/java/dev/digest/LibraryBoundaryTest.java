package dev.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each package may import only what its layer allows: the parser depends on the model only, the
 * input kinds (source) on the parser and Jackson's streaming parser, the run (several inputs, keys,
 * dedupe) sits above them (and hands records to a writer's renderer on its threads: the writers
 * know nothing of the run), and only the command line knows picocli. A new package must be listed here before it compiles into the boundary.
 */
class LibraryBoundaryTest {
  private static final Path MAIN = Paths.get("src/main/java/dev/digest");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);
  /** Every import is allowed from the JDK's java.* and from SpotBugs' annotations (no code). */
  private static final List<String> EVERYWHERE = List.of("java.", "edu.umd.cs.findbugs.annotations.");

  /** Package to the prefixes its imports may start with, beyond {@link #EVERYWHERE}. */
  private static final Map<String, List<String>> ALLOWED =
      Map.of(
          "model", List.of(),
          "parse", List.of("dev.digest.model.", "org.apache.commons.io."),
          "keys", List.of("dev.digest.model."),
          "write", List.of("dev.digest.model.", "com.fasterxml.jackson.core."),
          "source", List.of("dev.digest.model.", "dev.digest.parse.", "dev.digest.library.", "com.fasterxml.jackson.core.", "org.jbibtex.", "org.apache.commons.csv."),
          "library", List.of("dev.digest.model.", "dev.digest.parse.", "dev.digest.keys.", "com.fasterxml.jackson.core.", "org.sqlite."),
          "enrich", List.of("dev.digest.model.", "dev.digest.parse.", "dev.digest.keys.", "dev.digest.source."),
          "run", List.of("dev.digest.model.", "dev.digest.parse.", "dev.digest.keys.", "dev.digest.source.", "dev.digest.enrich.", "dev.digest.write."),
          "report", List.of("dev.digest.model.", "dev.digest.parse.", "dev.digest.write.", "com.fasterxml.jackson.core."),
          "cli",
              List.of(
                  "dev.digest.",
                  "picocli.",
                  "org.apache.commons.io."));

  static Stream<String> packages() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("packages")
  void eachPackageImportsOnlyWhatItsLayerAllows(String pkg) throws IOException {
    assertThat(ALLOWED).as("package %s has no entry in the boundary table", pkg).containsKey(pkg);
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String imported = m.group(1);
          if (!allowed(pkg, imported)) {
            offences.add(file.getFileName() + " imports " + imported);
          }
        }
      }
    }
    assertThat(offences).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("packages")
  void noLibraryPackageMentionsTheCommandLine(String pkg) throws IOException {
    if (pkg.equals("cli")) {
      return;
    }
    try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
      List<Path> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(LibraryBoundaryTest::mentionsTheCli).toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static boolean allowed(String pkg, String imported) {
    if (imported.startsWith("dev.digest." + pkg + ".")) {
      return true;
    }
    for (String prefix : EVERYWHERE) {
      if (imported.startsWith(prefix)) {
        return true;
      }
    }
    for (String prefix : ALLOWED.get(pkg)) {
      if (imported.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsTheCli(Path file) {
    try {
      String text = Files.readString(file);
      return text.contains("picocli") || text.contains("dev.digest.cli");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
