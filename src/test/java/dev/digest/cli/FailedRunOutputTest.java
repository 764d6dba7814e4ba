package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a failed run leaves on standard output, where it cannot be taken back: the whole records
 * written before the problem and never a record cut short; no closing of a JSON document, so
 * that every JSON reader rejects it; and nothing at all when the problem comes before the first
 * record (a csv header alone would look like a complete, empty table).
 */
class FailedRunOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GOOD = "samples/daily-papers-apr23.txt";

  @TempDir Path tmp;
  private String bad;

  @BeforeEach
  void badInput() throws IOException {
    bad = Files.write(tmp.resolve("bad.txt"), new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', (byte) 0xFF, '\n'}).toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      value = {"json, '\n]\n'", "csljson, '\n]\n'", "jsonl, ''", "csv, ''", "tsv, ''", "bibtex, ''", "ris, ''"},
      quoteCharacter = '\'')
  void aBadFileAfterAGoodOneLeavesTheGoodRecordsWholeAndTheDocumentUnclosed(String format, String closing) {
    CliRun complete = CliRun.of("convert", "-f", format, GOOD);

    CliRun failed = CliRun.of("convert", "-f", format, GOOD, bad);

    assertThat(failed.exitCode).isEqualTo(1);
    assertThat(failed.stderr).isEqualTo(bad + ":3: error: bytes that are not valid UTF-8 (0xFF 0x0A);"
        + " if the file is in another encoding, name it with --encoding (for example --encoding windows-1252)\n");
    assertThat(complete.stdout).endsWith(closing);
    String records = complete.stdout.substring(0, complete.stdout.length() - closing.length());
    assertThat(failed.stdout.length()).as("bytes on stdout").isEqualTo(records.length());
    assertThat(failed.stdout).isEqualTo(records);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csljson"})
  void aJsonReaderRejectsWhatAFailedRunLeaves(String format) {
    CliRun failed = CliRun.of("convert", "-f", format, GOOD, bad);

    assertThat(failed.stdout).startsWith("[");
    assertThatThrownBy(() -> JSON.readTree(failed.stdout)).isInstanceOf(JsonProcessingException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv", "tsv", "csljson"})
  void aBadFirstFileLeavesStandardOutputEmpty(String format) {
    CliRun failed = CliRun.of("convert", "-f", format, bad, GOOD);

    assertThat(failed.exitCode).isEqualTo(1);
    assertThat(failed.stdout).isEmpty();
  }

  @Test
  void strictOnStandardOutputLeavesTheJsonArrayUnclosed() throws IOException {
    Path anomalies = Files.writeString(tmp.resolve("anomalies.txt"), "new\n\nTitle One\n\nTitle Two\n\nAn abstract. It ends here.\n");

    CliRun strict = CliRun.of("convert", "--strict", anomalies.toString());

    assertThat(strict.exitCode).isEqualTo(1);
    assertThat(strict.stdout).startsWith("[").contains("\"Title Two\"").doesNotEndWith("]\n");
    assertThatThrownBy(() -> JSON.readTree(strict.stdout)).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void checkStoppedByABadFileStillPrintsTheWarningsFoundBeforeIt() {
    String anomalies = "src/test/resources/anomalies/anomalies.txt";
    CliRun clean = CliRun.of("check", anomalies);

    CliRun text = CliRun.of("check", anomalies, bad);
    CliRun json = CliRun.of("check", "-f", "json", anomalies, bad);

    assertThat(text.exitCode).isEqualTo(1);
    assertThat(text.stdout).isEqualTo(clean.stdout).isNotEmpty();
    assertThat(text.stderr).startsWith(bad + ":3: error: ");
    assertThat(json.stdout).contains("\"missing-abstract\"").doesNotContain("summary");
    assertThatThrownBy(() -> JSON.readTree(json.stdout)).isInstanceOf(JsonProcessingException.class);
  }
}
