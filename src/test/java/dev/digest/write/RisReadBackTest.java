package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.testing.CliRun;
import dev.digest.testing.TestInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ris output of every sample and of the hazard digest, read back by a strict reader of tags,
 * holds the titles, abstracts (line breaks as spaces), links and dates of {@code -f jsonl}.
 */
class RisReadBackTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @MethodSource("dev.digest.testing.TestInputs#samplesHazardsAndApi")
  void tagsHoldWhatTheJsonLinesRecordsHold(Path input) throws IOException {
    CliRun ris = CliRun.of("convert", "-f", "ris", input.toString());
    List<JsonNode> expected = TestInputs.jsonlRecords(input);
    assertThat(ris.exitCode).as(ris.toString()).isZero();

    List<Map<String, List<String>>> entries = RisTagReader.readTags(ris.stdout);

    assertThat(entries).hasSize(expected.size());
    for (int i = 0; i < entries.size(); i++) {
      Map<String, List<String>> entry = entries.get(i);
      JsonNode record = expected.get(i);
      assertThat(entry.get("TY")).containsExactly("GEN");
      assertThat(entry.get("TI")).containsExactly(oneLine(record.get("title").asText()));
      String abstractText = record.get("abstract").asText();
      assertThat(entry.get("AB")).isEqualTo(abstractText.isEmpty() ? null : List.of(oneLine(abstractText)));
      List<String> urls = new ArrayList<>();
      JsonNode arxiv = record.get("arxiv");
      if (!arxiv.isNull()) {
        urls.add("https://arxiv.org/abs/" + arxiv.asText());
      }
      record.get("urls").forEach(u -> urls.add(u.asText()));
      assertThat(entry.getOrDefault("UR", List.of())).isEqualTo(urls.stream().distinct().toList());
      JsonNode date = record.get("date");
      assertThat(entry.get("N1")).isEqualTo(date.isNull() ? null : List.of(date.asText()));
      List<String> authors = new ArrayList<>();
      record.get("authors").forEach(a -> authors.add(a.asText()));
      assertThat(entry.getOrDefault("AU", List.of())).isEqualTo(authors);
      assertThat(entry.get("DO")).isEqualTo(arxiv.isNull() ? null : List.of("10.48550/arXiv." + arxiv.asText()));
      JsonNode published = record.get("published");
      if (!published.isNull()) {
        assertThat(entry.get("PY")).containsExactly(published.asText().substring(0, 4));
        assertThat(entry.get("DA")).containsExactly(published.asText().replace('-', '/') + "/");
      }
      assertThat(entry.keySet()).isSubsetOf("TY", "TI", "AU", "AB", "UR", "PY", "DA", "DO", "N1", "ER");
    }
  }

  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

}
