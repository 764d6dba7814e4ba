package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.model.Record;
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
 * The four real API responses in {@code samples/api/}: every item becomes one record with exactly
 * the API's authors in order, its id and dates, and its title and summary unwrapped. What the
 * records must hold is read from the file with Jackson's tree model, independently of the reader.
 */
class DailyPapersReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Paths.get("samples/api"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyItemIsOneRecordWithTheApisData(Path sample) throws IOException {
    JsonNode items = JSON.readTree(sample.toFile());
    List<Integer> itemLines = itemLines(Files.readAllLines(sample));

    List<Record> records = Sources.records(sample);

    assertThat(records).hasSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      JsonNode paper = item.get("paper");
      Record r = records.get(i);
      String title = item.hasNonNull("title") ? item.get("title").asText() : paper.get("title").asText();
      assertThat(r.title()).as("title of item %d", i).isEqualTo(shown(title));
      assertThat(r.abstractText()).as("abstract of item %d", i).isEqualTo(shown(paper.get("summary").asText()));
      List<String> authors = new ArrayList<>();
      paper.get("authors").forEach(a -> authors.add(a.get("name").asText()));
      assertThat(r.authors()).as("authors of item %d", i).isEqualTo(authors);
      assertThat(r.arxiv()).isEqualTo(paper.get("id").asText());
      assertThat(r.published()).isEqualTo(paper.get("publishedAt").asText().substring(0, 10));
      assertThat(r.date()).isEqualTo(item.get("publishedAt").asText().substring(0, 10));
      assertThat(r.source()).isEqualTo(sample.toString());
      assertThat(r.line()).as("line where item %d starts", i).isEqualTo(itemLines.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void noTitleOrAbstractKeepsALineBreakOrARunOfSpaces(Path sample) throws IOException {
    for (Record r : Sources.records(sample)) {
      assertThat(r.title()).doesNotContain("\n", "  ").isEqualTo(r.title().strip());
      assertThat(r.abstractText()).doesNotContain("\n", "  ");
    }
  }

  /** The text a page shows: paragraphs (split at blank lines) with each run of white space one space. */
  static String shown(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\\n[ \\t]*\\n")) {
      String one = p.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
      if (!one.isEmpty()) {
        paragraphs.add(one);
      }
    }
    return String.join("\n", paragraphs);
  }

  /** Lines where the items of a pretty-printed response start: an opening brace indented as the first's (line 2). */
  private static List<Integer> itemLines(List<String> lines) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals(lines.get(1))) {
        starts.add(i + 1);
      }
    }
    return starts;
  }
}
