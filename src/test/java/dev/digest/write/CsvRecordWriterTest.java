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

class CsvRecordWriterTest {
  private static final String DIGEST =
      "new\n\nApr 23\n\nQuotes \"and\", Commas: A Title\n\nAn abstract, with a comma. It has sentences. Many of them.\n\n"
          + "Second Title Here\n\nAnother abstract with a link https://a.org/x and https://b.org/y. It goes on.\n";

  static Stream<Arguments> escapes() {
    return Stream.of(
        arguments("plain text", "plain text"),
        arguments("", ""),
        arguments("a,b", "\"a,b\""),
        arguments("say \"hi\"", "\"say \"\"hi\"\"\""),
        arguments("\"", "\"\"\"\""),
        arguments("line\nbreak", "\"line\nbreak\""),
        arguments("carriage\rreturn", "\"carriage\rreturn\""),
        arguments(" leading space", "\" leading space\""),
        arguments("trailing space ", "\"trailing space \""),
        arguments("\tleading tab", "\"\tleading tab\""),
        arguments("inner\ttab and inner space", "inner\ttab and inner space"),
        arguments("50\\% of G_{stack}", "50\\% of G_{stack}"),
        arguments("PixArt-$α$ 深度学习 “curly”", "PixArt-$α$ 深度学习 “curly”"),
        arguments("'single' quotes; semicolons", "'single' quotes; semicolons"),
        arguments("=1+2", "=1+2"),
        arguments(
            "a long cell of plain text, then a \"quote\" past the first eight bytes",
            "\"a long cell of plain text, then a \"\"quote\"\" past the first eight bytes\""));
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @MethodSource("escapes")
  void cellsAreQuotedOnlyWhenRfc4180NeedsItOrEdgeSpacesWouldBeTrimmed(String text, String expected) throws IOException {
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
  void headerAndEveryRowEndWithCrlfAndThereIsNoByteOrderMark() {
    CliRun run = CliRun.withStdin(DIGEST.getBytes(StandardCharsets.UTF_8), "convert", "-f", "csv");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout)
        .isEqualTo(
            "key,title,abstract,urls,date,source,line,authors,arxiv,published\r\n"
                + "quotesCommasTitle,\"Quotes \"\"and\"\", Commas: A Title\",\"An abstract, with a comma. It has sentences. Many of them.\",,Apr 23,-,5,,,\r\n"
                + "secondTitleHere,Second Title Here,Another abstract with a link https://a.org/x and https://b.org/y. It goes on.,"
                + "https://a.org/x https://b.org/y,Apr 23,-,9,,,\r\n");
  }

  @Test
  void fieldsChooseTheColumnsAndTheirOrderHeaderIncluded() {
    byte[] input = DIGEST.getBytes(StandardCharsets.UTF_8);

    CliRun reordered = CliRun.withStdin(input, "convert", "-f", "csv", "--fields", "line,urls,key");
    CliRun one = CliRun.withStdin(input, "convert", "-f", "csv", "--fields", "title");

    assertThat(reordered.exitCode).as(reordered.toString()).isZero();
    assertThat(reordered.stdout)
        .isEqualTo("line,urls,key\r\n5,,quotesCommasTitle\r\n9,https://a.org/x https://b.org/y,secondTitleHere\r\n");
    assertThat(one.stdout).isEqualTo("title\r\n\"Quotes \"\"and\"\", Commas: A Title\"\r\nSecond Title Here\r\n");
  }

  @Test
  void noRecordsGiveTheHeaderRowAlone() {
    CliRun run = CliRun.withStdin(new byte[0], "convert", "-f", "csv");

    assertThat(run.exitCode).isZero();
    assertThat(run.stdout).isEqualTo("key,title,abstract,urls,date,source,line,authors,arxiv,published\r\n");
  }

  @Test
  void prettyIsAUsageError() {
    CliRun run = CliRun.withStdin(new byte[0], "convert", "-f", "csv", "--pretty");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stdout).isEmpty();
  }

  /** The cell the writer makes of {@code text}, read from the middle of a larger array. */
  private static String cell(String text) throws IOException {
    byte[] padding = "\",\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[padding.length * 2 + utf8.length];
    System.arraycopy(padding, 0, b, 0, padding.length);
    System.arraycopy(utf8, 0, b, padding.length, utf8.length);
    System.arraycopy(padding, 0, b, padding.length + utf8.length, padding.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvRecordWriter writer = new CsvRecordWriter(out, WriterOptions.DEFAULTS);
    writer.writeCell(b, padding.length, utf8.length);
    writer.end();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String randomText(Random random) {
    String[] pieces = {",", "\"", "\r", "\n", " ", "\t", "\\", "a", "Z", "\u00e9", "\u20ac", "\u6df1", "\u201c", "\ud83d\ude00", "plain words "};
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(24);
    for (int i = 0; i < length; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private static String reference(String text) {
    boolean quote =
        text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")
            || text.startsWith(" ") || text.startsWith("\t") || text.endsWith(" ") || text.endsWith("\t");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
