package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.testing.CliRun;
import dev.digest.testing.TestInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    List<Map<String, List<String>>> entries = readTags(ris.stdout);

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

  /**
   * Reads RIS as its specification has it: CRLF-ended lines, each {@code XX  - value}, records from
   * {@code TY} to {@code ER}, blank lines between them. Any other line fails the test.
   */
  static List<Map<String, List<String>>> readTags(String ris) {
    List<Map<String, List<String>>> entries = new ArrayList<>();
    if (ris.isEmpty()) {
      return entries;
    }
    assertThat(ris).endsWith("\r\n");
    String[] lines = ris.substring(0, ris.length() - 2).split("\r\n", -1);
    Map<String, List<String>> entry = null;
    for (String line : lines) {
      assertThat(line).as("a line of RIS").doesNotContain("\n", "\r");
      if (entry == null && line.isEmpty()) {
        continue;
      }
      assertThat(line).as("a tag line").matches("[A-Z][A-Z0-9]  - .*");
      String tag = line.substring(0, 2);
      String value = line.substring(6);
      if (entry == null) {
        assertThat(tag).as("first tag of a record").isEqualTo("TY");
        entry = new LinkedHashMap<>();
      }
      entry.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
      if (tag.equals("ER")) {
        assertThat(value).isEmpty();
        entries.add(entry);
        entry = null;
      }
    }
    assertThat(entry).as("a record without ER").isNull();
    return entries;
  }

  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

}
