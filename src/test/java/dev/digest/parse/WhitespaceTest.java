package dev.digest.parse;

import static dev.digest.parse.Digests.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 1: leading and trailing white space of a line (NBSP included, and the invisible characters
 * web pages leave in copied text) is not content.
 */
class WhitespaceTest {
  private static final String NBSP = "\u00A0";
  private static final String ZERO_WIDTH_SPACE = "\u200B";

  @ParameterizedTest
  @ValueSource(strings = {" ", "  ", "\t", "\u00A0", " \u00A0\t", "\u2003", "\u3000", "\u202F"})
  void whiteSpaceAroundLinesIsNotContent(String ws) {
    assertBlankLineDigestAround(ws);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200B\u200B", " \u200B\u00A0\u2060\t"})
  void invisibleCharactersAroundLinesAreNotContent(String invisible) {
    assertBlankLineDigestAround(invisible);
  }

  /** A blank-line digest with {@code ws} around every line, and as its blank lines. */
  private static void assertBlankLineDigestAround(String ws) {
    Run run =
        parse(
            (ws + "new" + ws + "\n"
                    + ws + "\n"
                    + ws + "Subscribe" + ws + "\n"
                    + "\n"
                    + ws + "Apr 23" + ws + "\n"
                    + "\n"
                    + ws + "A Title" + ws + "\n"
                    + ws + "\n"
                    + ws + "An abstract. It has text." + ws + "\n"));

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(tuple("A Title", "An abstract. It has text.", "Apr 23", 7));
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\t", "\u00A0", " \u00A0 "})
  void whiteSpaceAroundCompactLinesIsNotContent(String ws) {
    assertCompactDigestAround(ws);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\u200B\u2060"})
  void invisibleCharactersAroundCompactLinesAreNotContent(String invisible) {
    assertCompactDigestAround(invisible);
  }

  private static void assertCompactDigestAround(String ws) {
    Run run =
        parse(
            ws + "Get trending papers in your email inbox once a day!" + ws + "\n"
                + ws + "Get trending papers in your email inbox!" + ws + "\n"
                + ws + "SubscribeA Title" + ws + "\n"
                + ws + "An abstract. It has text." + ws + "\n"
                + ws + "Second Title" + ws + "\n"
                + ws + "Second abstract. It has text." + ws + "\n");

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple("A Title", "An abstract. It has text.", 3), tuple("Second Title", "Second abstract. It has text.", 5));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void wrappedLinesAreJoinedWithOneSpaceWhateverWhiteSpaceEndsThem() {
    Run run =
        parse(
            "new\n\nScale Efficient Training   \n"
                + NBSP + "  for Large Datasets\n\nWe propose a method that" + NBSP + "\n"
                + "\t trains quickly. It scales.\n");

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(
            tuple("Scale Efficient Training for Large Datasets", "We propose a method that trains quickly. It scales."));
  }

  @Test
  void aLineOfNbspIsABlankLine() {
    Run run = parse("new\n\nA Title\n" + NBSP + NBSP + "\nAn abstract. It has text.\n \t\nNext Title\n\nNext abstract. It is here.\n");

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple("A Title", "An abstract. It has text.", 3), tuple("Next Title", "Next abstract. It is here.", 7));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void whiteSpaceInsideALineIsContent() {
    Run run = parse("new\n\nA" + NBSP + "Title  With   Gaps\n\nAn abstract.  It has" + NBSP + "text.\n");

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(tuple("A" + NBSP + "Title  With   Gaps", "An abstract.  It has" + NBSP + "text."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200B\u200C\u200D\u2060\uFEFF", " \u200B \u00A0\t"})
  void aLineOfOnlyZeroWidthCharactersIsBlank(String invisible) {
    Run run =
        parse(
            "new\n" + invisible + "\nApr 23\n" + invisible + "\nA Title\n" + invisible + "\nAn abstract. It has text.\n"
                + invisible + "\n" + invisible + "\nNext Title\n" + invisible + "\nNext abstract. It is here.\n" + invisible);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple("A Title", "An abstract. It has text.", 5), tuple("Next Title", "Next abstract. It is here.", 10));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void invisibleCharactersInsideALineAreContent() {
    Run run = parse("new\n\nZero" + ZERO_WIDTH_SPACE + "Width Title\n\nAn abstract. It has a joiner \u200D here.\n");

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(tuple("Zero" + ZERO_WIDTH_SPACE + "Width Title", "An abstract. It has a joiner \u200D here."));
  }

  @Test
  void aLinkEndsAtAZeroWidthSpace() {
    Run run = parse("new\n\nA Title\n\nCode at https://x.org/a" + ZERO_WIDTH_SPACE + "and more. Fine.\n");

    assertThat(run.records()).extracting(Record::urls).containsExactly(List.of("https://x.org/a"));
  }
}
