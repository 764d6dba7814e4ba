package dev.digest.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The inputs every format is proven on, and the records they hold as Jackson's tree model reads them. */
public final class TestInputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestInputs() {}

  /** The four samples and the hazard digest (every escaping hazard the spec names), in name order. */
  public static Stream<Path> samplesAndHazards() throws IOException {
    List<Path> inputs = new ArrayList<>();
    for (Path folder : List.of(Paths.get("samples"), Paths.get("src/test/resources/hazards"))) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
      }
    }
    return inputs.stream();
  }

  /**
   * The samples and the hazard digest, then the real Daily Papers API responses of {@code
   * samples/api/}, whose records have authors, arXiv ids and dates.
   */
  public static Stream<Path> samplesHazardsAndApi() throws IOException {
    List<Path> inputs = new ArrayList<>(samplesAndHazards().toList());
    try (Stream<Path> files = Files.list(Paths.get("samples/api"))) {
      files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(inputs::add);
    }
    return inputs.stream();
  }

  /** The records of {@code input}, from {@code -f jsonl} read by Jackson: what every format must hold. */
  public static List<JsonNode> jsonlRecords(Path input) throws IOException {
    CliRun jsonl = CliRun.of("convert", "-f", "jsonl", input.toString());
    if (jsonl.exitCode != 0) {
      throw new AssertionError("jsonl conversion failed: " + jsonl);
    }
    List<JsonNode> records = new ArrayList<>();
    for (String line : jsonl.stdout.split("\n")) {
      if (!line.isEmpty()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }
}
