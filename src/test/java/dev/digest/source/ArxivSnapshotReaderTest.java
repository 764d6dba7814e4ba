package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.model.Record;
import dev.digest.parse.InputSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arXiv snapshot reader on {@code src/test/resources/snapshot/arxiv-snapshot-sample.jsonl}, a
 * snapshot in arXiv's line format made from the real API samples (see the README beside it): each
 * line gives the record the API gives for the same paper (title, abstract, links, key, authors,
 * id, publication date), but for the listing date, which only the API knows.
 */
class ArxivSnapshotReaderTest {
  static final Path SNAPSHOT = Paths.get("src/test/resources/snapshot/arxiv-snapshot-sample.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyLineGivesTheRecordTheApiGivesForThatPaper() throws IOException {
    List<Record> fromApi = Sources.records(apiSamples());
    List<Record> fromSnapshot = Sources.records(SNAPSHOT);

    assertThat(fromSnapshot).hasSameSizeAs(fromApi).hasSize(61);
    for (int i = 0; i < fromApi.size(); i++) {
      Record api = fromApi.get(i);
      Record snapshot = fromSnapshot.get(i);
      assertThat(snapshot.title()).isEqualTo(api.title());
      assertThat(snapshot.abstractText()).isEqualTo(api.abstractText());
      assertThat(snapshot.urls()).isEqualTo(api.urls());
      assertThat(snapshot.key()).isEqualTo(api.key());
      assertThat(snapshot.authors()).isEqualTo(api.authors());
      assertThat(snapshot.arxiv()).isEqualTo(api.arxiv());
      assertThat(snapshot.published()).isEqualTo(api.published());
      assertThat(snapshot.date()).as("the snapshot has no listing date").isNull();
      assertThat(snapshot.line()).isEqualTo(i + 1);
    }
  }

  @Test
  void authorsAreGivenFamilySuffixAndThePublicationDateIsTheFirstVersions() throws IOException {
    String line =
        "{\"id\":\"0704.0001\",\"submitter\":\"Pavel Nadolsky\",\"authors\":\"C. Bal\\\\'azs, E. L. Berger\","
            + "\"title\":\"Calculation of prompt diphoton production cross sections at Tevatron and\\n  LHC energies\","
            + "\"abstract\":\"  A fully differential calculation in perturbative quantum chromodynamics is\\npresented.\\n\","
            + "\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 2 Apr 2007 19:18:42 GMT\"},"
            + "{\"version\":\"v2\",\"created\":\"Tue, 24 Jul 2007 20:10:27 GMT\"}],\"update_date\":\"2008-11-13\","
            + "\"authors_parsed\":[[\"Balázs\",\"C.\",\"\"],[\"Berger\",\"E. L.\",\"\"],[\"King\",\"Martin Luther\",\"Jr.\"],[\"Plato\",\"\",\"\"]]}\n";

    Record r = Sources.records("snapshot.jsonl", line).get(0);

    assertThat(r.title()).isEqualTo("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
    assertThat(r.abstractText()).isEqualTo("A fully differential calculation in perturbative quantum chromodynamics is presented.");
    assertThat(r.authors()).containsExactly("C. Balázs", "E. L. Berger", "Martin Luther King Jr.", "Plato");
    assertThat(r.arxiv()).isEqualTo("0704.0001");
    assertThat(r.published()).isEqualTo("2007-04-02");
  }

  @Test
  void theFixtureHasTheSnapshotsShape() throws IOException {
    for (String line : Files.readAllLines(SNAPSHOT)) {
      JsonNode paper = JSON.readTree(line);
      List<String> fields = new ArrayList<>();
      paper.fieldNames().forEachRemaining(fields::add);
      assertThat(fields)
          .containsExactly(
              "id", "submitter", "authors", "title", "comments", "journal-ref", "doi", "report-no", "categories", "license", "abstract",
              "versions", "update_date", "authors_parsed");
      assertThat(paper.get("abstract").asText()).startsWith("  ").endsWith("\n");
      assertThat(paper.get("abstract").asText().lines()).allMatch(l -> l.length() <= 80 || !l.strip().contains(" "));
    }
  }

  private static InputSource[] apiSamples() throws IOException {
    try (var files = Files.list(Paths.get("samples/api"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> InputSource.file(p, p.toString())).toArray(InputSource[]::new);
    }
  }
}
