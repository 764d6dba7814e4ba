package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RisValueWriterTest {
  static Stream<Arguments> values() {
    return Stream.of(
        arguments("plain text, \"quotes\" and \\ backslashes", "plain text, \"quotes\" and \\ backslashes"),
        arguments("", ""),
        arguments("a\tb", "a b"),
        arguments("first paragraph.\nSecond paragraph.", "first paragraph. Second paragraph."),
        arguments("CRLF\r\nis two", "CRLF  is two"),
        arguments("vertical\u000Btab and form\ffeed", "vertical tab and form feed"),
        arguments("file\u001Cgroup\u001Drecord\u001Eseparators", "file group record separators"),
        arguments("next\u0085line", "next line"),
        arguments("line\u2028separator and paragraph\u2029separator", "line separator and paragraph separator"),
        arguments("abstract.\nTY  - JOUR", "abstract. TY  - JOUR"),
        arguments("other controls \u0001\u0007\u001F stay", "other controls \u0001\u0007\u001F stay"),
        arguments("curly “quotes” – dashes … and Â stay", "curly “quotes” – dashes … and Â stay"),
        arguments("\u2027 and \u202A are not breaks", "\u2027 and \u202A are not breaks"),
        arguments(
            "a long value of plain text, then\na line break past the first eight bytes",
            "a long value of plain text, then a line break past the first eight bytes"));
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @MethodSource("values")
  void lineBreaksAndTabsBecomeOneSpaceEachAndNothingElseChanges(String text, String expected) throws IOException {
    assertThat(value(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 2025})
  void valuesMatchASimpleReferenceOnRandomText(long seed) throws IOException {
    Random random = new Random(seed);
    for (int n = 0; n < 2000; n++) {
      String text = randomText(random);

      assertThat(value(text)).as("value of %s", text).isEqualTo(reference(text));
    }
  }

  /** The value written for {@code text}, read from the middle of a larger array. */
  private static String value(String text) throws IOException {
    byte[] padding = "\n\u2028".getBytes(StandardCharsets.UTF_8);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[padding.length * 2 + utf8.length];
    System.arraycopy(padding, 0, b, 0, padding.length);
    System.arraycopy(utf8, 0, b, padding.length, utf8.length);
    System.arraycopy(padding, 0, b, padding.length + utf8.length, padding.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteSink sink = new ByteSink(out);
    RisValueWriter.write(sink, b, padding.length, utf8.length);
    sink.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String randomText(Random random) {
    String[] pieces = {
      "\t", "\n", "\r", "\u000B", "\u0001", "\u001E", "\u0085", "\u00C2", "\u2028", "\u2029", "\u2019", "\u20AC",
      "é", "深", "\ud83d\ude00", " ", "plain words "
    };
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(24);
    for (int i = 0; i < length; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private static String reference(String text) {
    return text.replaceAll("[\\t\\n\\u000B\\f\\r\\u001C-\\u001E\\u0085\\u2028\\u2029]", " ");
  }
}
