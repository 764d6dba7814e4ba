package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.model.Record;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden file of every format digest writes reads back, as an input of its kind, to the
 * records of the golden jsonl of the same input: keys as written (RIS carries none), text exactly,
 * but for what the format cannot carry (a tab or line break in RIS and BibTeX is a space; BibTeX
 * has a year and month, no day).
 */
class ReadBackGoldenTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> goldenFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String format : List.of("csv", "tsv", "csljson", "ris", "bibtex")) {
      try (Stream<Path> s = Files.list(GOLDEN.resolve(format))) {
        s.sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void aGoldenFileReadsBackToItsRecords(Path file) throws IOException {
    String format = file.getParent().getFileName().toString();
    String name = file.getFileName().toString();
    List<JsonNode> expected = new ArrayList<>();
    for (String line : Files.readAllLines(GOLDEN.resolve("jsonl").resolve(name.substring(0, name.lastIndexOf('.')) + ".jsonl"))) {
      expected.add(JSON.readTree(line));
    }
    boolean oneLine = format.equals("ris") || format.equals("bibtex");

    List<Record> read = new ArrayList<>();
    try (RecordSource source = InputKinds.open(InputSource.file(file, name), ParseOptions.defaults(), d -> {})) {
      while (source.advance()) {
        read.add(source.current().toRecord());
      }
    }

    assertThat(read).hasSize(expected.size());
    for (int i = 0; i < read.size(); i++) {
      Record r = read.get(i);
      JsonNode e = expected.get(i);
      if (!format.equals("ris")) {
        assertThat(r.key()).isEqualTo(e.get("key").asText());
      }
      assertThat(r.title()).isEqualTo(text(e.get("title"), oneLine));
      assertThat(r.abstractText()).isEqualTo(text(e.get("abstract"), oneLine));
      assertThat(r.urls()).isEqualTo(strings(e.get("urls")));
      assertThat(r.date()).isEqualTo(e.get("date").isNull() ? null : e.get("date").asText());
      assertThat(r.authors()).isEqualTo(strings(e.get("authors")));
      assertThat(r.arxiv()).isEqualTo(e.get("arxiv").isNull() ? null : e.get("arxiv").asText());
      if (!format.equals("bibtex")) {
        assertThat(r.published()).isEqualTo(e.get("published").isNull() ? null : e.get("published").asText());
      }
    }
  }

  private static String text(JsonNode node, boolean oneLine) {
    return oneLine ? node.asText().replaceAll("[\\t\\r\\n]", " ") : node.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }
}
