package dev.digest.parse;

import static dev.digest.parse.Digests.parse;
import static dev.digest.parse.Digests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 1: line ends may be LF, CRLF or CR, mixed too, also where a line end straddles the
 * parser's read buffer (256 KiB).
 */
class LineEndTest {
  private static final int BUFFER = 256 * 1024;

  private static final List<String> BLANK_LINES =
      List.of(
          "new",
          "",
          "Subscribe",
          "",
          "Apr 23",
          "",
          "First Title",
          "Wrapped",
          "",
          "First abstract. It is",
          "wrapped too.",
          "",
          "",
          "Second Title",
          "",
          "Second abstract. It has text.",
          "",
          "Get trending papers in your email inbox once a day!",
          "Get trending papers in your email inbox!",
          "SubscribeCompact Title",
          "Compact abstract. It has text.",
          "Last Title",
          "Last abstract. It has text.");

  private static void assertRecords(Run run) {
    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("First Title Wrapped", "First abstract. It is wrapped too.", "Apr 23", 7),
            tuple("Second Title", "Second abstract. It has text.", "Apr 23", 14),
            tuple("Compact Title", "Compact abstract. It has text.", null, 20),
            tuple("Last Title", "Last abstract. It has text.", null, 22));
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void everyLineEnd(String end) {
    assertRecords(parse(String.join(end, BLANK_LINES) + end));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void noLineEndAfterTheLastLine(String end) {
    assertRecords(parse(String.join(end, BLANK_LINES)));
  }

  @Test
  void mixedLineEnds() {
    String[] ends = {"\r\n", "\n", "\r", "\r", "\n", "\r\n", "\n", "\n", "\r"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < BLANK_LINES.size(); i++) {
      text.append(BLANK_LINES.get(i)).append(ends[i % ends.length]);
    }
    assertRecords(parse(text.toString()));
  }

  @Test
  void crAloneAtTheVeryEnd() {
    assertRecords(parse(String.join("\n", BLANK_LINES) + "\r"));
  }

  @Test
  void crCrIsABlankLineButCrLfIsNot() {
    Run run = parse("new\r\rA Title\rWrapped\r\nHere\r\rAn abstract. It has\r\ntext.\r\n");

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(tuple("A Title Wrapped Here", "An abstract. It has text.", 3));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7})
  void recordsDoNotDependOnHowReadsAreChunked(int chunk) {
    String end = "\r\n";
    byte[] text = utf8("\uFEFF" + String.join(end, BLANK_LINES).replace("First Title", "Fïrst Title") + "\r");
    Run run =
        Digests.read(List.of(InputSource.stream("t.txt", new Trickle(text, chunk))), ParseOptions.defaults());

    assertThat(run.records())
        .extracting(Record::title, Record::line)
        .containsExactly(
            tuple("Fïrst Title Wrapped", 7), tuple("Second Title", 14), tuple("Compact Title", 20), tuple("Last Title", 22));
    assertThat(run.diagnostics()).isEmpty();
  }

  /**
   * A compact digest whose line end {@code end} starts at byte offset {@code at}: records of short
   * lines, then a padded abstract ending in {@code tail} right before {@code at}, then two more
   * records.
   */
  private static final class Straddle {
    final StringBuilder text = new StringBuilder();
    final List<String> titles = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    final String padded;
    int line;

    Straddle(String end, int at, String tail) {
      add("Get trending papers in your email inbox!", end);
      int n = 0;
      while (text.length() < at - 400) {
        n++;
        title("Paper Number " + n, end);
        add("Abstract of paper " + n + ". It is short.", end);
      }
      title("Padding Paper", end);
      String head = "Padding. ";
      int fill = at - text.length() - head.length() - utf8(tail).length;
      padded = head + "x".repeat(fill) + tail;
      add(padded, end);
      assertThat(utf8(text.toString())[at]).isEqualTo((byte) end.charAt(0));
      title("After the Boundary", end);
      add("Its abstract. It is read in full.", end);
      title("Last Paper", end);
      add("Last abstract. It ends the input.", end);
    }

    private void title(String title, String end) {
      titles.add(title);
      lines.add(line + 1);
      add(title, end);
    }

    private void add(String content, String end) {
      text.append(content).append(end);
      line++;
    }
  }

  static Stream<Arguments> boundaries() {
    return Stream.of(
        Arguments.of("CRLF, CR at the last byte of the buffer", "\r\n", BUFFER - 1),
        Arguments.of("CRLF, CR at the first byte after the buffer", "\r\n", BUFFER),
        Arguments.of("CRLF, CR two bytes before the end of the buffer", "\r\n", BUFFER - 2),
        Arguments.of("CR, at the last byte of the buffer", "\r", BUFFER - 1),
        Arguments.of("LF, at the last byte of the buffer", "\n", BUFFER - 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundaries")
  void lineEndStraddlingTheReadBuffer(String name, String end, int at) {
    Straddle input = new Straddle(end, at, ".");
    Run run = parse(input.text.toString());

    assertThat(run.records()).extracting(Record::title).containsExactlyElementsOf(input.titles);
    assertThat(run.records()).extracting(Record::line).containsExactlyElementsOf(input.lines);
    assertThat(run.records())
        .extracting(Record::abstractText)
        .endsWith(input.padded, "Its abstract. It is read in full.", "Last abstract. It ends the input.");
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"é", "字", "😀"})
  void multiByteCharacterStraddlingTheReadBuffer(String character) {
    int length = utf8(character).length;
    for (int before = 1; before < length; before++) {
      // The character starts `before` bytes before the end of the buffer.
      Straddle input = new Straddle("\r\n", BUFFER - before + length + 1, character + ".");
      Run run = parse(input.text.toString());

      assertThat(run.records()).extracting(Record::title).containsExactlyElementsOf(input.titles);
      assertThat(run.records()).extracting(Record::line).containsExactlyElementsOf(input.lines);
      assertThat(run.records()).extracting(Record::abstractText).contains(input.padded);
      assertThat(input.padded).endsWith("x" + character + ".");
      assertThat(run.diagnostics()).isEmpty();
    }
  }

  @Test
  void blankLineStraddlingTheReadBuffer() {
    // Blank-line layout: "Title\r\n\r\nAbstract" with the first CR as the buffer's last byte. A lost
    // blank line would join title and abstract into one paragraph.
    StringBuilder text = new StringBuilder("new\r\n\r\n");
    int n = 0;
    while (text.length() < BUFFER - 200) {
      n++;
      text.append("Title ").append(n).append("\r\n\r\nAbstract ").append(n).append(". It has text.\r\n\r\n");
    }
    String title = "Boundary Title " + "x".repeat(BUFFER - 1 - text.length() - "Boundary Title ".length());
    text.append(title);
    assertThat(text.length()).isEqualTo(BUFFER - 1);
    text.append("\r\n\r\nBoundary abstract. It has text.\r\n");
    Run run = parse(text.toString());

    assertThat(run.records()).hasSize(n + 1);
    assertThat(run.records().get(n))
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(title, "Boundary abstract. It has text.", 3 + 4 * n);
    assertThat(run.diagnostics()).isEmpty();
  }
}
