package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.testing.CliRun;
import dev.digest.testing.FailingOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code digest check} and {@code digest stats} as scripts and CI use them. */
class CheckCommandTest {
  private static final String ANOMALIES = "src/test/resources/anomalies/anomalies.txt";
  private static final String HAZARDS = "src/test/resources/hazards/hazards.txt";
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {ANOMALIES, HAZARDS})
  void checkReportsExactlyWhatConvertWarnsAbout(String input) {
    CliRun check = CliRun.of("check", input);
    CliRun convert = CliRun.of("convert", input);

    assertThat(check.exitCode).isEqualTo(1);
    assertThat(check.stdout).isNotEmpty().isEqualTo(convert.stderr);
    assertThat(check.stderr).isEmpty();
  }

  @Test
  void everyCodeAppearsOnTheAnomalyDigest() {
    CliRun check = CliRun.of("check", ANOMALIES);

    assertThat(check.stdout)
        .contains(ANOMALIES + ":5: warning: ")
        .contains("[orphan-text]")
        .contains("[missing-abstract]")
        .contains("[multi-paragraph-abstract]");
  }

  @Test
  void jsonShapeIsTheSpecsDocument() throws Exception {
    CliRun check = CliRun.of("check", "-f", "json", ANOMALIES, "samples/daily-papers-mar13.txt");
    JsonNode doc = JSON.readTree(check.stdout);

    assertThat(doc.get("summary").get("files").asInt()).isEqualTo(2);
    assertThat(doc.get("summary").get("records").asInt()).isEqualTo(3 + 46);
    assertThat(doc.get("summary").get("warnings").asInt()).isEqualTo(4);
    List<String> codes = new ArrayList<>();
    for (JsonNode d : doc.get("diagnostics")) {
      assertThat(d.fieldNames()).toIterable().containsExactly("file", "line", "severity", "code", "message");
      assertThat(d.get("severity").asText()).isEqualTo("warning");
      codes.add(d.get("code").asText());
    }
    assertThat(codes).containsExactly("orphan-text", "missing-abstract", "multi-paragraph-abstract", "missing-abstract");
  }

  @Test
  void cleanDigestsExitZeroWithNoOutputInText() {
    CliRun check = CliRun.of("check", "samples");

    assertThat(check.exitCode).isZero();
    assertThat(check.stdout).isEmpty();
    assertThat(check.stderr).isEmpty();
  }

  @Test
  void inputProblemsAreErrorsOnStderrAsForConvert() {
    CliRun check = CliRun.of("check", "no-such-file.txt");
    CliRun convert = CliRun.of("convert", "no-such-file.txt");

    assertThat(check.exitCode).isEqualTo(1);
    assertThat(check.stdout).isEmpty();
    assertThat(check.stderr).isEqualTo(convert.stderr);
  }

  @Test
  void anUnknownShapeIsAUsageErrorWithASuggestion() {
    CliRun check = CliRun.of("check", "-f", "jsn", ANOMALIES);

    assertThat(check.exitCode).isEqualTo(2);
    assertThat(check.stderr).contains("unknown shape 'jsn'").contains("did you mean 'json'");
  }

  @Test
  void statsCountsDuplicatesAcrossTheRunAndGivesSpecFields() throws Exception {
    CliRun stats = CliRun.of("stats", "--json", "samples");
    JsonNode doc = JSON.readTree(stats.stdout);
    JsonNode total = doc.get("total");

    assertThat(stats.exitCode).isZero();
    assertThat(doc.get("inputs")).hasSize(4);
    assertThat(doc.get("inputs").get(0).fieldNames()).toIterable()
        .containsExactly("source", "records", "warnings", "duplicates", "dates", "with_urls", "title_length", "abstract_length");
    assertThat(total.get("records").asInt()).isEqualTo(394);
    int kept = JSON.readTree(CliRun.of("convert", "--dedupe", "samples").stdout).size();
    assertThat(total.get("duplicates").asInt()).isEqualTo(394 - kept);
  }

  @Test
  void statsOfNothingHasNullLengths() throws Exception {
    CliRun stats = CliRun.withStdin(new byte[0], "stats", "--json");
    JsonNode lengths = JSON.readTree(stats.stdout).get("total").get("title_length");

    assertThat(lengths.get("min").isNull()).isTrue();
    assertThat(lengths.get("median").isNull()).isTrue();
    assertThat(lengths.get("max").isNull()).isTrue();
  }

  @Test
  void statsEndsQuietlyWithExitZeroWhenItsReaderGoesAway() {
    CliRun run = CliRun.withStdout(new FailingOutputStream("Broken pipe"), "stats", ANOMALIES);

    assertThat(run.exitCode).isZero();
    assertThat(run.stderr).isEmpty();
  }

  @Test
  void checkThatFoundAWarningExitsOneWhenItsReaderGoesAway() {
    CliRun run = CliRun.withStdout(new FailingOutputStream("Broken pipe"), "check", ANOMALIES);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).isEmpty();
  }

  @Test
  void checkOfACleanDigestExitsZeroWhenItsReaderGoesAway() {
    CliRun run = CliRun.withStdout(new FailingOutputStream("Broken pipe"), "check", "-f", "json", "samples/daily-papers-mar13.txt");

    assertThat(run.exitCode).isZero();
    assertThat(run.stderr).isEmpty();
  }
}
