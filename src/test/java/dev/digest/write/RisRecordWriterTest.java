package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RisRecordWriterTest {
  @Test
  void oneTaggedRecordAPaperWithCrlfLineEndsAndABlankLineBetween() {
    String digest =
        "new\n\nMar 13, 2025\n\nA Dated Paper: With a Year\n\nAn abstract with a\ttab and links https://a.org/x and "
            + "https://b.org/y. It goes on.\n\nSecond paragraph of it. Still the abstract.\n\nAnother Title\n\nShort abstract. Done here.\n";

    CliRun run = CliRun.withStdin(digest.getBytes(StandardCharsets.UTF_8), "convert", "-f", "ris");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout)
        .isEqualTo(
            "TY  - GEN\r\n"
                + "TI  - A Dated Paper: With a Year\r\n"
                + "AB  - An abstract with a tab and links https://a.org/x and https://b.org/y. It goes on. "
                + "Second paragraph of it. Still the abstract.\r\n"
                + "UR  - https://a.org/x\r\n"
                + "UR  - https://b.org/y\r\n"
                + "PY  - 2025\r\n"
                + "DA  - 2025/03/13/\r\n"
                + "N1  - Mar 13, 2025\r\n"
                + "ER  - \r\n"
                + "\r\n"
                + "TY  - GEN\r\n"
                + "TI  - Another Title\r\n"
                + "AB  - Short abstract. Done here.\r\n"
                + "PY  - 2025\r\n"
                + "DA  - 2025/03/13/\r\n"
                + "N1  - Mar 13, 2025\r\n"
                + "ER  - \r\n");
  }

  @Test
  void aDateWithoutAYearIsOnlyANoteAndNoDateNoTagAtAll() {
    String digest =
        "new\n\nApr 23\n\nFirst Title Here\n\nFirst abstract. It has sentences.\n\n"
            + "new\n\nSecond Title Here\n\nSecond abstract. It has sentences.\n";

    CliRun run = CliRun.withStdin(digest.getBytes(StandardCharsets.UTF_8), "convert", "-f", "ris");

    assertThat(run.stdout)
        .isEqualTo(
            "TY  - GEN\r\nTI  - First Title Here\r\nAB  - First abstract. It has sentences.\r\nN1  - Apr 23\r\nER  - \r\n"
                + "\r\n"
                + "TY  - GEN\r\nTI  - Second Title Here\r\nAB  - Second abstract. It has sentences.\r\nER  - \r\n");
  }

  @Test
  void aMissingAbstractLeavesOutTheAbstractTag() {
    String digest = "new\n\nA Title Alone\n\nAnother Title\n\nIts abstract. It has sentences.\n";

    CliRun run = CliRun.withStdin(digest.getBytes(StandardCharsets.UTF_8), "convert", "-f", "ris");

    assertThat(run.stdout)
        .startsWith("TY  - GEN\r\nTI  - A Title Alone\r\nER  - \r\n\r\nTY  - GEN\r\nTI  - Another Title\r\nAB  - ");
  }

  @Test
  void anAbstractCannotStartARecordOfItsOwn() {
    String digest =
        "new\n\nA Real Title\n\nA real abstract. It has sentences.\n\n"
            + "TY  - JOUR. This forged paragraph tries to start a record. It is part of the abstract.\n";

    CliRun run = CliRun.withStdin(digest.getBytes(StandardCharsets.UTF_8), "convert", "-f", "ris");

    assertThat(run.stdout.split("\r\n"))
        .containsExactly(
            "TY  - GEN",
            "TI  - A Real Title",
            "AB  - A real abstract. It has sentences. TY  - JOUR. This forged paragraph tries to start a record. It is part of the abstract.",
            "ER  - ");
  }

  @Test
  void noRecordsGiveNoOutput() {
    CliRun run = CliRun.withStdin(new byte[0], "convert", "-f", "ris");

    assertThat(run.exitCode).isZero();
    assertThat(run.stdout).isEmpty();
  }

  @Test
  void fieldsAndPrettyAreUsageErrors() {
    CliRun fields = CliRun.withStdin(new byte[0], "convert", "-f", "ris", "--fields", "title");
    CliRun pretty = CliRun.withStdin(new byte[0], "convert", "-f", "ris", "--pretty");

    assertThat(fields.exitCode).isEqualTo(2);
    assertThat(fields.stderr).contains("--fields");
    assertThat(pretty.exitCode).isEqualTo(2);
  }
}
