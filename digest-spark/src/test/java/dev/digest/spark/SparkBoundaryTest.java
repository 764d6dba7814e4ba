package dev.digest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The data source stands on core's library, never on its command line: it may import the model,
 * the parser, the input kinds, the keys and the field names, Spark, Hadoop, and the libraries core
 * uses (relocated in the jar), as core's LibraryBoundaryTest holds core's own packages.
 */
class SparkBoundaryTest {
  private static final Path MAIN = Path.of("digest-spark/src/main/java/dev/digest/spark");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final List<String> ALLOWED =
      List.of(
          "java.",
          "edu.umd.cs.findbugs.annotations.",
          "dev.digest.model.",
          "dev.digest.parse.",
          "dev.digest.source.",
          "dev.digest.keys.",
          "dev.digest.write.Field",
          "dev.digest.write.Suggestions",
          "org.apache.spark.",
          "org.apache.hadoop.",
          "scala.",
          "com.fasterxml.jackson.core.",
          "org.apache.commons.io.");

  @Test
  void theSourceImportsOnlyCoresLibraryAndSpark() throws IOException {
    List<String> offences = new ArrayList<>();
    int files = 0;
    try (Stream<Path> paths = Files.walk(MAIN)) {
      for (Path file : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
        files++;
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String imported = m.group(1);
          if (ALLOWED.stream().noneMatch(imported::startsWith)) {
            offences.add(file.getFileName() + " imports " + imported);
          }
        }
      }
    }
    assertThat(files).isGreaterThan(10);
    assertThat(offences).isEmpty();
  }
}
