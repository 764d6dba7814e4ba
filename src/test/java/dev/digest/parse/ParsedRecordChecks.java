package dev.digest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What README and SPEC promise of every record the parser hands out, whatever the input: checked
 * record by record, in the order of one run, by the parser's fuzz target.
 */
final class ParsedRecordChecks {
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July"
              + "|August|September|October|November|December) (0?[1-9]|[12][0-9]|3[01])(, [0-9]{4})?");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]+");
  /** Characters a link never holds: it ends before them (README, "Decisions where the spec is silent"). */
  private static final String NOT_IN_LINKS = "\"<>{}\\`";
  private static final String TRAILING_PUNCTUATION = ".,;:!?'\"";

  private final Set<String> keysSeen = new HashSet<>();
  private int lastLine;

  /** Checks one record of the run; records come in input order. */
  void check(RecordView r) {
    String title = text(r.title(), "title");
    String abstractText = text(r.abstractText(), "abstract");
    assertThat(title).as("title").isNotEmpty().doesNotContain("\n", "\r", "\0");
    assertThat(abstractText).as("abstract").doesNotContain("\r", "\0");
    assertNoWhiteSpaceAtEnds(title, "title");
    assertNoWhiteSpaceAtEnds(abstractText, "abstract");
    assertThat(title.codePointCount(0, title.length())).as("title length").isLessThanOrEqualTo(300);
    assertThat(title).as("a title does not end with a full stop").doesNotEndWith(".");

    String key = text(r.key(), "key");
    assertThat(key).as("key").matches(KEY);
    assertThat(keysSeen.add(key.toLowerCase(Locale.ROOT))).as("key %s unique ignoring case", key).isTrue();

    assertThat(r.line()).as("line of %s", title).isGreaterThan(lastLine);
    lastLine = r.line();

    if (r.date() != null) {
      assertThat(text(r.date(), "date")).as("date").matches(DATE_LINE);
    }
    checkLinks(r, abstractText);
  }

  private static void checkLinks(RecordView r, String abstractText) {
    Set<String> links = new HashSet<>();
    for (int i = 0; i < r.urlCount(); i++) {
      assertThat(r.urlStart(i)).isGreaterThanOrEqualTo(0);
      assertThat(r.urlEnd(i)).isGreaterThan(r.urlStart(i)).isLessThanOrEqualTo(r.abstractText().length());
      String link = r.url(i);
      assertThat(abstractText).contains(link);
      assertThat(link.toLowerCase(Locale.ROOT)).as("link").matches("https?://.+");
      assertThat(links.add(link)).as("link %s listed once", link).isTrue();
      assertThat(TRAILING_PUNCTUATION.indexOf(link.charAt(link.length() - 1))).as("last character of %s", link).isNegative();
      link.codePoints()
          .forEach(
              cp ->
                  assertThat(isWhiteSpace(cp) || Character.isISOControl(cp) || NOT_IN_LINKS.indexOf(cp) >= 0)
                      .as("link %s holds U+%04X", link, cp)
                      .isFalse());
    }
  }

  /**
   * The text of {@code t}: well-formed UTF-8 whose code point count is {@link Text#chars()} and
   * whose byte kinds are all among {@link Text#marks()} (the writers skip escaping on a clear mark).
   */
  private static String text(Text t, String what) {
    String s;
    try {
      s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(t.bytes(), 0, t.length()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(what + " is not well-formed UTF-8", e);
    }
    assertThat(t.chars()).as("%s length in code points", what).isEqualTo(s.codePointCount(0, s.length()));
    int marks = Text.marksOf(t.bytes(), 0, t.length());
    assertThat(marks & ~t.marks()).as("%s holds byte kinds its marks deny", what).isZero();
    return s;
  }

  /** Leading and trailing white space of a line is not content (SPEC, Section 1). */
  private static void assertNoWhiteSpaceAtEnds(String s, String what) {
    if (s.isEmpty()) {
      return;
    }
    int first = s.codePointAt(0);
    int last = s.codePointBefore(s.length());
    assertThat(isLineWhiteSpace(first)).as("%s starts with U+%04X", what, first).isFalse();
    assertThat(isLineWhiteSpace(last)).as("%s ends with U+%04X", what, last).isFalse();
  }

  /**
   * The spec's white space at a line's ends: ASCII blanks, the Unicode space separators, and the
   * invisible U+200B, U+200C, U+200D, U+2060 and U+FEFF.
   */
  private static boolean isLineWhiteSpace(int cp) {
    return cp == '\t' || cp == 0x0B || cp == 0x0C || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF
        || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  /** Unicode's White_Space property. */
  private static boolean isWhiteSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }
}
