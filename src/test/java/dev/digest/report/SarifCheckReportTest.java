package dev.digest.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.digest.parse.DiagnosticCode;
import dev.digest.testing.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check -f sarif} against the official SARIF 2.1.0 schema (OASIS, errata 01, draft-04),
 * and the parts GitHub's code scanning reads beyond the schema: rules with ids and help, results
 * with a relative artifact URI and a start line.
 */
class SarifCheckReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANOMALIES = "src/test/resources/anomalies/anomalies.txt";
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifCheckReportTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      assertThat(in).as("schemas/sarif-schema-2.1.0.json on the test class path").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  @Test
  void theAnomaliesLogValidatesAgainstTheSarifSchema() throws IOException {
    CliRun run = CliRun.of("check", "-f", "sarif", ANOMALIES);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);

    Set<ValidationMessage> errors = schema.validate(JSON.readTree(run.stdoutBytes));

    assertThat(errors).isEmpty();
  }

  @Test
  void aCleanRunIsAValidLogWithNoResults() throws IOException {
    CliRun run = CliRun.of("check", "-f", "sarif", "samples/daily-papers-mar13.txt");
    JsonNode log = JSON.readTree(run.stdoutBytes);

    assertThat(run.exitCode).isZero();
    assertThat(schema.validate(log)).isEmpty();
    assertThat(log.at("/runs/0/results")).isEmpty();
  }

  @Test
  void theSchemaCatchesABrokenLog() throws IOException {
    CliRun run = CliRun.of("check", "-f", "sarif", ANOMALIES);
    com.fasterxml.jackson.databind.node.ObjectNode log = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(run.stdoutBytes);
    ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0")).put("level", "severe");

    assertThat(schema.validate(log)).isNotEmpty();
  }

  @Test
  void everyCodeIsARuleWithIdAndHelp() throws IOException {
    JsonNode rules = JSON.readTree(CliRun.of("check", "-f", "sarif", ANOMALIES).stdoutBytes).at("/runs/0/tool/driver/rules");

    assertThat(rules).hasSize(DiagnosticCode.values().length);
    for (DiagnosticCode code : DiagnosticCode.values()) {
      JsonNode rule = rules.get(code.ordinal());
      assertThat(rule.get("id").asText()).isEqualTo(code.code());
      assertThat(rule.at("/help/text").asText()).isEqualTo(code.help());
      assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
    }
  }

  @Test
  void everyResultNamesItsRuleTheFileRelativeToTheWorkingDirectoryAndItsLine() throws IOException {
    CliRun text = CliRun.of("check", ANOMALIES);
    JsonNode results = JSON.readTree(CliRun.of("check", "-f", "sarif", ANOMALIES).stdoutBytes).at("/runs/0/results");
    String[] lines = text.stdout.split("\n");

    assertThat(results).hasSize(lines.length);
    for (int i = 0; i < lines.length; i++) {
      JsonNode r = results.get(i);
      String code = lines[i].substring(lines[i].lastIndexOf('[') + 1, lines[i].length() - 1);
      int line = Integer.parseInt(lines[i].split(":")[1]);
      assertThat(r.get("ruleId").asText()).isEqualTo(code);
      assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(ANOMALIES);
      assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(line);
      assertThat(r.at("/message/text").asText()).isNotBlank();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "a.txt, a.txt",
    "./digests/a.txt, digests/a.txt",
    "digests/../a.txt, a.txt",
    "my digests/a b.txt, my%20digests/a%20b.txt",
    "digests/été.txt, digests/%C3%A9t%C3%A9.txt",
    "/elsewhere/a.txt, file:///elsewhere/a.txt",
    "-, -",
  })
  void inputsBecomeUrisRelativeToTheWorkingDirectory(String source, String uri) {
    SarifCheckReport report = new SarifCheckReport(java.io.OutputStream.nullOutputStream(), Paths.get("/work/repo"));

    assertThat(report.uri(source)).isEqualTo(uri);
  }

  @Test
  void anAbsolutePathBelowTheWorkingDirectoryIsMadeRelative() {
    Path cwd = Paths.get("/work/repo");
    SarifCheckReport report = new SarifCheckReport(java.io.OutputStream.nullOutputStream(), cwd);

    assertThat(report.uri("/work/repo/digests/a.txt")).isEqualTo("digests/a.txt");
  }
}
