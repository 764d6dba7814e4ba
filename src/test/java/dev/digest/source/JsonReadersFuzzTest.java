package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.ParseOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The Daily Papers and arXiv snapshot readers on raw bytes. Whatever the bytes, a reader either
 * gives records that keep the promises of SPEC Section 7 or stops with the one documented input
 * error, {@link DigestInputException}, naming the input and a line; any other exception is a bug.
 * A record's title and abstract are unwrapped text (no line break but a paragraph's, no run of
 * spaces, nothing at either end), well-formed UTF-8 whose marks cover its bytes; its links are
 * spans of its abstract; its dates are real days as {@code YYYY-MM-DD}; its names are not blank.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the saved inputs in {@code
 * JsonReadersFuzzTestInputs/METHOD/} (excerpts of the API samples and of the snapshot fixture) as
 * plain tests. To fuzz: {@code bench/fuzz.sh api MINUTES} or {@code bench/fuzz.sh snapshot MINUTES}.
 */
class JsonReadersFuzzTest {
  private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final ParseOptions OPTIONS = ParseOptions.builder().sourceName("fuzz.json").maxRecordChars(2000).build();

  @FuzzTest(maxDuration = "5m")
  void dailyPapers(byte[] input) throws IOException {
    read(() -> DailyPapersReader.open(new ByteArrayInputStream(input), OPTIONS));
  }

  @FuzzTest(maxDuration = "5m")
  void arxivSnapshot(byte[] input) throws IOException {
    read(() -> ArxivSnapshotReader.open(new ByteArrayInputStream(input), OPTIONS));
  }

  /** Opens a reader: opening reads the first bytes, and may already find them bad. */
  @FunctionalInterface
  private interface Opener {
    RecordSource open() throws IOException;
  }

  private static void read(Opener opener) throws IOException {
    int lastLine = 0;
    try (RecordSource reader = opener.open()) {
      while (reader.advance()) {
        RecordView r = reader.current();
        assertThat(r.line()).as("line, items in order").isPositive().isGreaterThanOrEqualTo(lastLine);
        lastLine = r.line();
        checkUnwrapped(text(r.title(), "title"), "title");
        checkUnwrapped(text(r.abstractText(), "abstract"), "abstract");
        assertThat(r.title().chars() + r.abstractText().chars()).isLessThanOrEqualTo(OPTIONS.maxRecordChars());
        for (int i = 0; i < r.urlCount(); i++) {
          assertThat(r.urlText()).isSameAs(r.abstractText());
          assertThat(r.url(i)).matches("(?i)https?://.+");
        }
        for (int i = 0; i < r.authorCount(); i++) {
          assertThat(r.author(i)).as("author %d", i).isNotBlank();
        }
        text(r.authorText(), "authors");
        if (r.published() != null) {
          assertThat(text(r.published(), "published")).matches(DAY);
        }
        if (r.date() != null) {
          assertThat(text(r.date(), "date")).matches(DAY);
        }
        if (r.arxiv() != null) {
          assertThat(text(r.arxiv(), "arxiv")).isNotBlank().isEqualTo(text(r.arxiv(), "arxiv").strip());
        }
      }
    } catch (DigestInputException e) {
      assertThat(e.source()).isEqualTo("fuzz.json");
      assertThat(e.line()).isPositive();
      assertThat(e.problem()).isNotBlank();
      assertThat(e.hint()).isNotBlank();
    }
  }

  private static void checkUnwrapped(String s, String what) {
    assertThat(s).as(what).isNotEmpty().doesNotContain("  ", "\n\n", "\r", "\t", "\f", " \n", "\n ");
    assertThat(s.charAt(0)).as("%s starts with white space", what).isNotIn(' ', '\n');
    assertThat(s.charAt(s.length() - 1)).as("%s ends with white space", what).isNotIn(' ', '\n');
  }

  /** The text of {@code t}: well-formed UTF-8 whose length and marks are what {@link Text} says. */
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
    assertThat(Text.marksOf(t.bytes(), 0, t.length()) & ~t.marks()).as("%s holds byte kinds its marks deny", what).isZero();
    return s;
  }
}
