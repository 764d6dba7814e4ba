package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CslJsonRecordWriterTest {
  @Test
  void oneItemALineInOneArrayWithAbsentVariablesLeftOut() {
    String digest =
        "new\n\nA Title Alone\n\nQuoted \"Title\" With a \\ Backslash\n\nAn abstract with a\ttab and links https://a.org/x and "
            + "https://b.org/y. It goes on.\n\nnew\n\nApr 23\n\nDated Title Here\n\nDated abstract. It has sentences.\n";

    CliRun run = CliRun.withStdin(digest.getBytes(StandardCharsets.UTF_8), "convert", "-f", "csljson");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout)
        .isEqualTo(
            "[\n"
                + "{\"id\":\"titleAlone\",\"type\":\"article\",\"title\":\"A Title Alone\"},\n"
                + "{\"id\":\"quotedTitleBackslash\",\"type\":\"article\",\"title\":\"Quoted \\\"Title\\\" With a \\\\ Backslash\","
                + "\"abstract\":\"An abstract with a\\ttab and links https://a.org/x and https://b.org/y. It goes on.\","
                + "\"URL\":\"https://a.org/x\"},\n"
                + "{\"id\":\"datedTitleHere\",\"type\":\"article\",\"title\":\"Dated Title Here\","
                + "\"abstract\":\"Dated abstract. It has sentences.\",\"note\":\"Apr 23\"}\n"
                + "]\n");
  }

  @Test
  void noRecordsGiveAnEmptyArray() {
    CliRun run = CliRun.withStdin(new byte[0], "convert", "-f", "csljson");

    assertThat(run.exitCode).isZero();
    assertThat(run.stdout).isEqualTo("[]\n");
  }

  @Test
  void fieldsAndPrettyAreUsageErrors() {
    CliRun fields = CliRun.withStdin(new byte[0], "convert", "-f", "csljson", "--fields", "key,title");
    CliRun pretty = CliRun.withStdin(new byte[0], "convert", "-f", "csljson", "--pretty");

    assertThat(fields.exitCode).isEqualTo(2);
    assertThat(fields.stderr).contains("--fields");
    assertThat(pretty.exitCode).isEqualTo(2);
  }

  @Test
  void theFileExtensionIsJson() {
    assertThat(Format.byName("csljson").extension()).isEqualTo("json");
  }
}
