package dev.digest.parse;

import static dev.digest.parse.Digests.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC 1: leading and trailing white space of a line (NBSP included) is not content. */
class WhitespaceTest {
  private static final String NBSP = "\u00A0";

  @ParameterizedTest
  @ValueSource(strings = {" ", "  ", "\t", "\u00A0", " \u00A0\t", "\u2003", "\u3000", "\u202F"})
  void whiteSpaceAroundLinesIsNotContent(String ws) {
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
}
