package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.digest.model.RecordView;
import dev.digest.testing.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --csv-safe}: cells a spreadsheet would run as formulas are neutralised, others untouched. */
class CsvSafeTest {

  static Stream<Arguments> cells() {
    return Stream.of(
        arguments("=1+2", "\"'=1+2\""),
        arguments("+1", "\"'+1\""),
        arguments("-1", "\"'-1\""),
        arguments("@SUM(A1)", "\"'@SUM(A1)\""),
        arguments("\tcmd", "\"'\tcmd\""),
        arguments("\rcmd", "\"'\rcmd\""),
        arguments("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        arguments("a = b", "a = b"),
        arguments("Plain title", "Plain title"),
        // Not neutralised; quoted only because it is the row's one cell (WriterFuzzFindingsTest).
        arguments("", "\"\""));
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @MethodSource("cells")
  void formulaStartsAreQuotedBehindAnApostrophe(String title, String cell) throws IOException {
    assertThat(titleCell(title, true)).isEqualTo(cell);
  }

  @Test
  void offByDefaultTheTextIsKeptAsItIs() throws IOException {
    assertThat(titleCell("=1+2", false)).isEqualTo("=1+2");
  }

  @Test
  void onlyCsvTakesTheOption() {
    CliRun run = CliRun.of("convert", "-f", "tsv", "--csv-safe", "samples/daily-papers-mar13.txt");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("--csv-safe does not apply to -f tsv");
  }

  private static String titleCell(String title, boolean safe) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter w = Format.CSV.writer(out, new WriterOptions(List.of(Field.TITLE), false, safe));
    RecordView r = new RecordView();
    r.title().append(title);
    w.begin();
    w.write(r);
    w.end();
    String csv = out.toString(StandardCharsets.UTF_8);
    return csv.substring("title\r\n".length(), csv.length() - 2);
  }
}
