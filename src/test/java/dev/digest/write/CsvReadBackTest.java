package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.testing.CliRun;
import dev.digest.testing.TestInputs;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The csv output of every sample and of the hazard digest, read by an independent RFC 4180 reader
 * (Commons CSV), holds field for field what {@code -f jsonl} holds.
 */
class CsvReadBackTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @MethodSource("dev.digest.testing.TestInputs#samplesHazardsAndApi")
  void commonsCsvReadsBackEveryField(Path input) throws IOException {
    CliRun csv = CliRun.of("convert", "-f", "csv", input.toString());
    List<JsonNode> expected = TestInputs.jsonlRecords(input);
    assertThat(csv.exitCode).as(csv.toString()).isZero();

    CSVFormat rfc4180 = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv.stdout), rfc4180)) {
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(Field.names());
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).hasSize(expected.size());
      for (int i = 0; i < rows.size(); i++) {
        CSVRecord row = rows.get(i);
        JsonNode record = expected.get(i);
        assertThat(row.size()).as("row %d", i).isEqualTo(Field.names().size());
        assertThat(row.get("key")).isEqualTo(record.get("key").asText());
        assertThat(row.get("title")).isEqualTo(record.get("title").asText());
        assertThat(row.get("abstract")).isEqualTo(record.get("abstract").asText());
        assertThat(row.get("urls")).isEqualTo(joinedUrls(record));
        assertThat(row.get("date")).isEqualTo(record.get("date").isNull() ? "" : record.get("date").asText());
        assertThat(row.get("source")).isEqualTo(record.get("source").asText());
        assertThat(row.get("line")).isEqualTo(record.get("line").asText());
        List<String> authors = new ArrayList<>();
        record.get("authors").forEach(a -> authors.add(a.asText()));
        assertThat(row.get("authors")).isEqualTo(String.join("; ", authors));
        assertThat(row.get("arxiv")).isEqualTo(record.get("arxiv").isNull() ? "" : record.get("arxiv").asText());
        assertThat(row.get("published")).isEqualTo(record.get("published").isNull() ? "" : record.get("published").asText());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.digest.testing.TestInputs#samplesHazardsAndApi")
  void everyRowEndsWithCrlfAndThereIsNoByteOrderMark(Path input) throws IOException {
    CliRun csv = CliRun.of("convert", "-f", "csv", input.toString());
    int rows = TestInputs.jsonlRecords(input).size() + 1;

    assertThat(csv.stdoutBytes[0]).as("first byte").isEqualTo((byte) 'k');
    assertThat(csv.stdout).endsWith("\r\n");
    // The text of a record holds no CR (the parser ends lines there), so each CRLF ends a row.
    assertThat(csv.stdout.split("\r\n", -1)).hasSize(rows + 1);
  }

  private static String joinedUrls(JsonNode record) {
    List<String> urls = new ArrayList<>();
    record.get("urls").forEach(u -> urls.add(u.asText()));
    return String.join(" ", urls);
  }

}
