package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.digest.testing.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TsvRecordWriterTest {
  private static final String DIGEST =
      "new\n\nApr 23\n\nA Title With \\ Backslash\n\nAn abstract with a\ttab. It has sentences. Many of them.\n\n"
          + "More of the abstract in a second paragraph. It goes on.\n\n"
          + "Second Title Here\n\nAnother abstract with a link https://a.org/x and https://b.org/y. It goes on.\n";

  static Stream<Arguments> escapes() {
    return Stream.of(
        arguments("plain text, with \"quotes\"", "plain text, with \"quotes\""),
        arguments("", ""),
        arguments("a\tb", "a\\tb"),
        arguments("line\nbreak", "line\\nbreak"),
        arguments("carriage\rreturn", "carriage\\rreturn"),
        arguments("CRLF\r\n", "CRLF\\r\\n"),
        arguments("50\\% and \\textbf{x}", "50\\\\% and \\\\textbf{x}"),
        arguments("\\", "\\\\"),
        arguments("\\t is not a tab", "\\\\t is not a tab"),
        arguments("\t\n\r\\", "\\t\\n\\r\\\\"),
        arguments(" edge spaces ", " edge spaces "),
        arguments("PixArt-$α$ 深度学习 “curly”", "PixArt-$α$ 深度学习 “curly”"),
        arguments(
            "a long cell of plain text, then\ta tab past the first eight bytes",
            "a long cell of plain text, then\\ta tab past the first eight bytes"));
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @MethodSource("escapes")
  void tabsLineBreaksAndBackslashesAreEscapedAndNothingElse(String text, String expected) throws IOException {
    assertThat(cell(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2025})
  void cellsMatchASimpleReferenceEscaperOnRandomText(long seed) throws IOException {
    Random random = new Random(seed);
    for (int n = 0; n < 2000; n++) {
      String text = randomText(random);

      assertThat(cell(text)).as("cell of %s", text).isEqualTo(reference(text));
    }
  }

  @Test
  void headerThenOneLfEndedLineARecord() {
    CliRun run = CliRun.withStdin(DIGEST.getBytes(StandardCharsets.UTF_8), "convert", "-f", "tsv");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout)
        .isEqualTo(
            "key\ttitle\tabstract\turls\tdate\tsource\tline\tauthors\tarxiv\tpublished\n"
                + "titleBackslash\tA Title With \\\\ Backslash\tAn abstract with a\\ttab. It has sentences. Many of them."
                + "\\nMore of the abstract in a second paragraph. It goes on.\t\tApr 23\t-\t5\t\t\t\n"
                + "secondTitleHere\tSecond Title Here\tAnother abstract with a link https://a.org/x and https://b.org/y. It goes on.\t"
                + "https://a.org/x https://b.org/y\tApr 23\t-\t11\t\t\t\n");
  }

  @Test
  void fieldsChooseTheColumnsAndTheirOrderHeaderIncluded() {
    byte[] input = DIGEST.getBytes(StandardCharsets.UTF_8);

    CliRun run = CliRun.withStdin(input, "convert", "-f", "tsv", "--fields", "urls,line,date");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).isEqualTo("urls\tline\tdate\n\t5\tApr 23\nhttps://a.org/x https://b.org/y\t11\tApr 23\n");
  }

  @Test
  void aNullDateIsAnEmptyCell() {
    byte[] input = "new\n\nA Title Here\n\nAn abstract. It has sentences. Many of them.\n".getBytes(StandardCharsets.UTF_8);

    CliRun run = CliRun.withStdin(input, "convert", "-f", "tsv", "--fields", "key,date,line");

    assertThat(run.stdout).isEqualTo("key\tdate\tline\ntitleHere\t\t3\n");
  }

  @Test
  void noRecordsGiveTheHeaderRowAloneAndPrettyIsAUsageError() {
    assertThat(CliRun.withStdin(new byte[0], "convert", "-f", "tsv").stdout)
        .isEqualTo("key\ttitle\tabstract\turls\tdate\tsource\tline\tauthors\tarxiv\tpublished\n");
    assertThat(CliRun.withStdin(new byte[0], "convert", "-f", "tsv", "--pretty").exitCode).isEqualTo(2);
  }

  /** The cell the writer makes of {@code text}, read from the middle of a larger array. */
  private static String cell(String text) throws IOException {
    byte[] padding = "\\\t\n".getBytes(StandardCharsets.UTF_8);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[padding.length * 2 + utf8.length];
    System.arraycopy(padding, 0, b, 0, padding.length);
    System.arraycopy(utf8, 0, b, padding.length, utf8.length);
    System.arraycopy(padding, 0, b, padding.length + utf8.length, padding.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TsvRecordWriter writer = new TsvRecordWriter(out, WriterOptions.DEFAULTS);
    writer.writeCell(b, padding.length, utf8.length);
    writer.end();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String randomText(Random random) {
    String[] pieces = {"\t", "\n", "\r", "\\", "t", "n", " ", ",", "\"", "é", "€", "深", "“", "\ud83d\ude00", "plain words "};
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(24);
    for (int i = 0; i < length; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private static String reference(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
