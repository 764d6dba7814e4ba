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
  @MethodSource("dev.digest.testing.TestInputs#samplesAndHazards")
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
      record.get("urls").forEach(u -> urls.add(u.asText()));
      assertThat(entry.getOrDefault("UR", List.of())).isEqualTo(urls);
      JsonNode date = record.get("date");
      assertThat(entry.get("N1")).isEqualTo(date.isNull() ? null : List.of(date.asText()));
      assertThat(entry.keySet()).isSubsetOf("TY", "TI", "AB", "UR", "DA", "N1", "ER");
    }
  }

  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

}
