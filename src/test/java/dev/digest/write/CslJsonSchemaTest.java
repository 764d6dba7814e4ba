package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.digest.testing.CliRun;
import dev.digest.testing.TestInputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The csljson output of every sample and of the hazard digest validates against the CSL-JSON
 * schema (draft-07) and holds, item for item, the values of {@code -f jsonl}.
 */
class CslJsonSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = CslJsonSchemaTest.class.getResourceAsStream("/schemas/csl-data.json")) {
      assertThat(in).as("schemas/csl-data.json on the test class path").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.digest.testing.TestInputs#samplesHazardsAndApi")
  void validatesAgainstTheCslSchemaWithNoError(Path input) throws IOException {
    CliRun run = CliRun.of("convert", "-f", "csljson", input.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();

    Set<ValidationMessage> errors = schema.validate(JSON.readTree(run.stdoutBytes));

    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dev.digest.testing.TestInputs#samplesHazardsAndApi")
  void itemsHoldTheValuesOfTheJsonLinesRecords(Path input) throws IOException {
    CliRun run = CliRun.of("convert", "-f", "csljson", input.toString());
    List<JsonNode> expected = TestInputs.jsonlRecords(input);

    JsonNode items = JSON.readTree(run.stdoutBytes);

    assertThat(items.isArray()).isTrue();
    assertThat(items).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode item = items.get(i);
      JsonNode record = expected.get(i);
      List<String> names = new ArrayList<>();
      item.fieldNames().forEachRemaining(names::add);
      assertThat(names).isSubsetOf("id", "type", "title", "author", "issued", "abstract", "URL", "DOI", "number", "publisher", "note");
      assertThat(item.get("id").asText()).isEqualTo(record.get("key").asText());
      assertThat(item.get("type").asText()).isEqualTo("article");
      assertThat(item.get("title").asText()).isEqualTo(record.get("title").asText());
      String abstractText = record.get("abstract").asText();
      assertThat(textOrNull(item, "abstract")).isEqualTo(abstractText.isEmpty() ? null : abstractText);
      JsonNode urls = record.get("urls");
      JsonNode arxiv = record.get("arxiv");
      String url = !arxiv.isNull() ? "https://arxiv.org/abs/" + arxiv.asText() : urls.isEmpty() ? null : urls.get(0).asText();
      assertThat(textOrNull(item, "URL")).isEqualTo(url);
      assertThat(textOrNull(item, "DOI")).isEqualTo(arxiv.isNull() ? null : "10.48550/arXiv." + arxiv.asText());
      assertThat(textOrNull(item, "number")).isEqualTo(arxiv.isNull() ? null : "arXiv:" + arxiv.asText());
      assertThat(item.has("author")).isEqualTo(!record.get("authors").isEmpty());
      if (item.has("author")) {
        assertThat(item.get("author")).hasSameSizeAs(record.get("authors"));
      }
      JsonNode published = record.get("published");
      if (!published.isNull()) {
        String[] ymd = published.asText().split("-");
        assertThat(item.get("issued").toString())
            .isEqualTo("{\"date-parts\":[[" + Integer.parseInt(ymd[0]) + "," + Integer.parseInt(ymd[1]) + "," + Integer.parseInt(ymd[2]) + "]]}");
      }
      JsonNode date = record.get("date");
      assertThat(textOrNull(item, "note")).isEqualTo(date.isNull() ? null : date.asText());
    }
  }

  @Test
  void theSchemaRejectsWhatCslDoesNotAllow() throws IOException {
    assertThat(schema.validate(JSON.readTree("[{\"id\":\"x\"}]"))).isNotEmpty();
    assertThat(schema.validate(JSON.readTree("[{\"id\":\"x\",\"type\":\"article\",\"urls\":[]}]"))).isNotEmpty();
    assertThat(schema.validate(JSON.readTree("[{\"id\":\"x\",\"type\":\"preprint-ish\"}]"))).isNotEmpty();
  }

  private static String textOrNull(JsonNode item, String name) {
    JsonNode value = item.get(name);
    return value == null ? null : value.asText();
  }

}
