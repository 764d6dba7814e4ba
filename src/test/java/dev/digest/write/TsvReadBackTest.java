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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tsv output of every sample and of the hazard digest is one line a record, and unescaping its
 * cells gives back field for field what {@code -f jsonl} holds.
 */
class TsvReadBackTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @MethodSource("dev.digest.testing.TestInputs#samplesHazardsAndApi")
  void unescapedCellsEqualTheJsonLinesRecords(Path input) throws IOException {
    CliRun tsv = CliRun.of("convert", "-f", "tsv", input.toString());
    List<JsonNode> expected = TestInputs.jsonlRecords(input);
    assertThat(tsv.exitCode).as(tsv.toString()).isZero();

    assertThat(tsv.stdout).endsWith("\n").doesNotContain("\r");
    String[] lines = tsv.stdout.substring(0, tsv.stdout.length() - 1).split("\n", -1);
    assertThat(lines).hasSize(expected.size() + 1);
    assertThat(lines[0]).isEqualTo(String.join("\t", Field.names()));
    for (int i = 0; i < expected.size(); i++) {
      String[] cells = lines[i + 1].split("\t", -1);
      JsonNode record = expected.get(i);
      assertThat(cells).as("line %d", i + 2).hasSize(Field.names().size());
      assertThat(TsvCells.unescape(cells[0])).isEqualTo(record.get("key").asText());
      assertThat(TsvCells.unescape(cells[1])).isEqualTo(record.get("title").asText());
      assertThat(TsvCells.unescape(cells[2])).isEqualTo(record.get("abstract").asText());
      assertThat(TsvCells.unescape(cells[3])).isEqualTo(joinedUrls(record));
      assertThat(TsvCells.unescape(cells[4])).isEqualTo(record.get("date").isNull() ? "" : record.get("date").asText());
      assertThat(TsvCells.unescape(cells[5])).isEqualTo(record.get("source").asText());
      assertThat(TsvCells.unescape(cells[6])).isEqualTo(record.get("line").asText());
    }
  }

  private static String joinedUrls(JsonNode record) {
    List<String> urls = new ArrayList<>();
    record.get("urls").forEach(u -> urls.add(u.asText()));
    return String.join(" ", urls);
  }

}
