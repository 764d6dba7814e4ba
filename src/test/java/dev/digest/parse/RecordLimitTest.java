package dev.digest.parse;

import static dev.digest.parse.Digests.failure;
import static dev.digest.parse.Digests.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 1: a paragraph or a record (title plus abstract) of more than the limit (1,048,576
 * characters unless changed) is an error naming the file and the line where it starts.
 */
class RecordLimitTest {
  private static final int LIMIT = 100;
  private static final ParseOptions OPTIONS = ParseOptions.builder().maxRecordChars(LIMIT).build();

  /** An abstract-shaped paragraph of exactly {@code chars} characters (ASCII). */
  private static String abstractOf(int chars) {
    String start = "An abstract. It ";
    return start + "x".repeat(chars - start.length() - 1) + ".";
  }

  /** A title-shaped paragraph of exactly {@code chars} characters. */
  private static String titleOf(int chars) {
    return "Title " + "t".repeat(chars - 6);
  }

  private static void assertError(DigestInputException e, int line) {
    assertThat(e.source()).isEqualTo("t.txt");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.getMessage()).startsWith("t.txt:" + line + ": ");
    assertThat(e.problem()).isNotBlank();
    assertThat(e.hint()).isNotBlank();
  }

  @Test
  void defaultLimitIsOneMebicharacter() {
    assertThat(ParseOptions.defaults().maxRecordChars()).isEqualTo(1_048_576);
    assertThat(ParseOptions.builder().build().maxRecordChars()).isEqualTo(1_048_576);
  }

  @Test
  void recordExactlyAtTheLimitIsFine() {
    String title = titleOf(40);
    String abstractText = abstractOf(60);
    Run run = parse("new\n\n" + title + "\n\n" + abstractText + "\n", OPTIONS);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(tuple(title, abstractText));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void recordOneOverTheLimitIsAnErrorAtItsTitle() {
    String text = "new\n\nFirst Title\n\nShort. Abstract.\n\n" + titleOf(40) + "\n\n" + abstractOf(61) + "\n";

    assertError(failure(text, OPTIONS), 7);
  }

  @Test
  void recordOverTheLimitInTheCompactLayout() {
    String text =
        "Get trending papers in your email inbox!\nSubscribeFirst Title\nShort. Abstract.\n"
            + titleOf(50) + "\n" + abstractOf(51) + "\n";

    assertError(failure(text, OPTIONS), 4);
  }

  @Test
  void recordWithAMultiParagraphAbstractOverTheLimit() {
    String text = "new\n\n" + titleOf(30) + "\n\n" + abstractOf(40) + "\n\n" + abstractOf(40) + "\n";

    assertError(failure(text, OPTIONS), 3);
  }

  @Test
  void titleWithoutAbstractExactlyAtTheLimitIsFine() {
    String title = titleOf(LIMIT);
    Run run = parse("new\n\n" + title + "\n", OPTIONS);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(tuple(title, ""));
  }

  @Test
  void paragraphExactlyAtTheLimitIsFine() {
    String orphan = abstractOf(LIMIT);
    Run run = parse("new\n\n" + orphan + "\n\nA Title\n\nShort. Abstract.\n", OPTIONS);

    assertThat(run.records()).extracting(Record::title).containsExactly("A Title");
    assertThat(run.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.ORPHAN_TEXT);
  }

  @Test
  void paragraphOneOverTheLimitIsAnErrorAtItsStart() {
    String text = "new\n\n" + abstractOf(LIMIT + 1) + "\n\nA Title\n\nShort. Abstract.\n";

    assertError(failure(text, OPTIONS), 3);
  }

  @Test
  void hardWrappedParagraphIsAnErrorAtItsFirstLine() {
    // Three lines of 33 characters and two joining spaces: 101 characters.
    String line = "x".repeat(32) + ".";
    String text = "new\n\n" + line + "\n" + line + "\n" + line + "\n\nA Title\n\nShort. Abstract.\n";

    assertError(failure(text, OPTIONS), 3);
  }

  @Test
  void hardWrappedParagraphExactlyAtTheLimitIsFine() {
    // 33 + 1 + 33 + 1 + 32 = 100 characters.
    String line = "x".repeat(32) + ".";
    String paragraph = line + "\n" + line + "\n" + "x".repeat(31) + ".";
    Run run = parse("new\n\n" + paragraph + "\n\nA Title\n\nShort. Abstract.\n", OPTIONS);

    assertThat(run.records()).extracting(Record::title).containsExactly("A Title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"é", "字", "😀"})
  void multiByteCharactersCountAsOne(String character) {
    String title = "Title " + character.repeat(34);
    String abstractText = "Abstract. " + character.repeat(49) + ".";
    assertThat(title.codePointCount(0, title.length()) + abstractText.codePointCount(0, abstractText.length()))
        .isEqualTo(LIMIT);
    Run run = parse("new\n\n" + title + "\n\n" + abstractText + "\n", OPTIONS);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(tuple(title, abstractText));

    String oneMore = "new\n\n" + title + "\n\n" + "Abstract. " + character.repeat(50) + ".\n";
    assertError(failure(oneMore, OPTIONS), 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"é", "😀"})
  void multiByteParagraphAtTheLimitIsFine(String character) {
    String orphan = "Some. Text " + character.repeat(LIMIT - 12) + ".";
    assertThat(orphan.codePointCount(0, orphan.length())).isEqualTo(LIMIT);
    Run run = parse("new\n\n" + orphan + "\n\nA Title\n\nShort. Abstract.\n", OPTIONS);

    assertThat(run.records()).extracting(Record::title).containsExactly("A Title");

    String over = "Some. Text " + character.repeat(LIMIT - 11) + ".";
    assertError(failure("new\n\n" + over + "\n\nA Title\n\nShort. Abstract.\n", OPTIONS), 3);
  }

  @Test
  void lineFarLongerThanTheReadBufferIsAnErrorAtItsLine() {
    String text = "new\n\nA Title\n\nShort. Abstract.\n\nnew\n\n" + "x".repeat(300_000) + ".\n";

    assertError(failure(text, ParseOptions.builder().maxRecordChars(1000).build()), 9);
  }

  @Test
  void paragraphWhoseSecondLineIsFarLongerThanTheReadBufferIsAnErrorAtItsFirstLine() {
    String text = "new\n\nA Title\n\nShort. Abstract.\n\nnew\n\nA short first line.\n" + "x".repeat(300_000) + ".\n";

    assertError(failure(text, ParseOptions.builder().maxRecordChars(1000).build()), 9);
  }

  @Test
  void defaultLimitRecordOverOneMebicharacter() {
    String title = titleOf(76);
    String fits = "Abstract. " + "x".repeat(1_048_576 - 76 - 11) + ".";
    Run run = parse("new\n\n" + title + "\n\n" + fits + "\n");

    assertThat(run.records()).extracting(Record::title).containsExactly(title);
    assertThat(run.records().get(0).abstractText()).isEqualTo(fits);

    String over = "Abstract. " + "x".repeat(1_048_576 - 76 - 10) + ".";
    assertError(failure("new\n\n" + title + "\n\n" + over + "\n", ParseOptions.defaults()), 3);
  }

  @Test
  void defaultLimitParagraphOverOneMebicharacter() {
    String over = "Orphan. " + "x".repeat(1_048_576 - 8) + ".";

    assertError(failure("new\n\nA Title\n\nShort. Abstract.\n\nnew\n\n" + over + "\n", ParseOptions.defaults()), 9);
  }

  @Test
  void defaultLimitParagraphWithALineOfFiveMegabytesIsAnErrorAtItsFirstLine() {
    String text = "new\n\nA Title\n\nShort. Abstract.\n\nnew\n\nA short first line.\n" + "x".repeat(5_000_000) + ".\n";

    assertError(failure(text, ParseOptions.defaults()), 9);
  }
}
