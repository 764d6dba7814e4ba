package dev.digest.parse;

import static dev.digest.parse.Digests.parse;
import static dev.digest.parse.Digests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 1: the three anomalies (missing-abstract, multi-paragraph-abstract, orphan-text), handled
 * and reported with the line they name; empty inputs and header-only digests are not anomalies.
 */
class AnomalyTest {

  @Test
  void codesAsScriptsMatchThem() {
    assertThat(DiagnosticCode.MISSING_ABSTRACT.code()).isEqualTo("missing-abstract");
    assertThat(DiagnosticCode.MULTI_PARAGRAPH_ABSTRACT.code()).isEqualTo("multi-paragraph-abstract");
    assertThat(DiagnosticCode.ORPHAN_TEXT.code()).isEqualTo("orphan-text");
  }

  @Test
  void twoTitlesInARowGiveTheFirstAnEmptyAbstract() {
    Run run =
        parse(
            """
            new

            Subscribe

            Apr 23

            First Title

            Second Title

            Second abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("First Title", "", "Apr 23", 7), tuple("Second Title", "Second abstract. It has text.", "Apr 23", 9));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::source, Diagnostic::line, Diagnostic::severity, Diagnostic::code)
        .containsExactly(tuple("t.txt", 7, Severity.WARNING, DiagnosticCode.MISSING_ABSTRACT));
  }

  @Test
  void warningPrintsAsFileLineWarningMessageCode() {
    Run run =
        parse(
            """
            new

            Subscribe

            First Title

            Second Title

            Second abstract. It has text.
            """);

    assertThat(run.diagnostics()).hasSize(1);
    Diagnostic d = run.diagnostics().get(0);
    assertThat(d.message()).isNotBlank();
    assertThat(d.format()).isEqualTo("t.txt:5: warning: " + d.message() + " [missing-abstract]");
  }

  @Test
  void titleAtTheEndOfTheInputGetsAnEmptyAbstract() {
    Run run =
        parse(
            """
            new

            Subscribe

            First Title

            First abstract. It has text.

            Last Title
            Wrapped
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple("First Title", "First abstract. It has text.", 5), tuple("Last Title Wrapped", "", 9));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(tuple(9, DiagnosticCode.MISSING_ABSTRACT));
  }

  @Test
  void titleAtTheEndOfADigestGetsAnEmptyAbstract() {
    Run run =
        parse(
            """
            new

            Subscribe

            Apr 23

            First Title

            First abstract. It has text.

            Last Title

            new

            Subscribe

            Mar 13

            Next Title

            Next abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("First Title", "First abstract. It has text.", "Apr 23", 7),
            tuple("Last Title", "", "Apr 23", 11),
            tuple("Next Title", "Next abstract. It has text.", "Mar 13", 19));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(tuple(11, DiagnosticCode.MISSING_ABSTRACT));
  }

  @Test
  void missingAbstractInTheCompactLayout() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox!
            SubscribeFirst Title
            Second Title
            Second abstract. It has text.
            Third Title
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple("First Title", "", 2),
            tuple("Second Title", "Second abstract. It has text.", 3),
            tuple("Third Title", "", 5));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(tuple(2, DiagnosticCode.MISSING_ABSTRACT), tuple(5, DiagnosticCode.MISSING_ABSTRACT));
  }

  @Test
  void abstractInSeveralParagraphsIsJoinedWithNewlines() {
    Run run =
        parse(
            """
            new

            Subscribe

            A Title

            The first paragraph. It is long enough.

            The second paragraph
            is hard-wrapped. It goes on.

            The third paragraph. It ends here.

            Next Title

            Next abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple(
                "A Title",
                "The first paragraph. It is long enough.\n"
                    + "The second paragraph is hard-wrapped. It goes on.\n"
                    + "The third paragraph. It ends here.",
                5),
            tuple("Next Title", "Next abstract. It has text.", 14));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::source, Diagnostic::line, Diagnostic::severity, Diagnostic::code)
        .containsExactly(
            tuple("t.txt", 9, Severity.WARNING, DiagnosticCode.MULTI_PARAGRAPH_ABSTRACT),
            tuple("t.txt", 12, Severity.WARNING, DiagnosticCode.MULTI_PARAGRAPH_ABSTRACT));
  }

  @Test
  void multiParagraphAbstractInTheCompactLayout() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox!
            SubscribeA Title
            The first paragraph. It is long enough.
            The second paragraph. It goes on.
            Next Title
            Next abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple("A Title", "The first paragraph. It is long enough.\nThe second paragraph. It goes on.", 2),
            tuple("Next Title", "Next abstract. It has text.", 5));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(tuple(4, DiagnosticCode.MULTI_PARAGRAPH_ABSTRACT));
  }

  @Test
  void abstractShapedTextAfterAHeaderIsLeftOut() {
    Run run =
        parse(
            """
            new

            Subscribe

            Apr 23

            Some text with no title
            before it. It is left out.

            A Title

            An abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(tuple("A Title", "An abstract. It has text.", 10));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::source, Diagnostic::line, Diagnostic::severity, Diagnostic::code)
        .containsExactly(tuple("t.txt", 7, Severity.WARNING, DiagnosticCode.ORPHAN_TEXT));
  }

  @Test
  void abstractShapedTextAtTheStartOfAFileIsLeftOut() {
    Run run =
        parse(
            """
            Some text with no title before it. It is left out.

            new

            Subscribe

            A Title

            An abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(tuple("A Title", "An abstract. It has text.", 7));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(tuple(1, DiagnosticCode.ORPHAN_TEXT));
  }

  @Test
  void orphanTextInTheCompactLayout() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            Some text with no title before it. It is left out.
            A Title
            An abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(tuple("A Title", "An abstract. It has text.", 4));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(tuple(3, DiagnosticCode.ORPHAN_TEXT));
  }

  @Test
  void warningsComeInInputOrder() {
    Run run =
        parse(
            """
            new

            Subscribe

            Orphan text here. It is left out.

            First Title

            Second Title

            Second abstract. It has text.

            More of the second abstract. It goes on.

            Last Title
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple("First Title", "", 7),
            tuple("Second Title", "Second abstract. It has text.\nMore of the second abstract. It goes on.", 9),
            tuple("Last Title", "", 15));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(
            tuple(5, DiagnosticCode.ORPHAN_TEXT),
            tuple(7, DiagnosticCode.MISSING_ABSTRACT),
            tuple(13, DiagnosticCode.MULTI_PARAGRAPH_ABSTRACT),
            tuple(15, DiagnosticCode.MISSING_ABSTRACT));
  }

  @Test
  void warningsNameTheirOwnInput() {
    byte[] twoTitles = utf8("new\n\nFirst Title\n\nSecond Title\n\nSecond abstract. It has text.\n");
    Run run =
        Digests.read(
            List.of(InputSource.bytes("a.txt", twoTitles), InputSource.bytes("b.txt", twoTitles)),
            ParseOptions.defaults());

    assertThat(run.diagnostics())
        .extracting(Diagnostic::source, Diagnostic::line, Diagnostic::code)
        .containsExactly(
            tuple("a.txt", 3, DiagnosticCode.MISSING_ABSTRACT), tuple("b.txt", 3, DiagnosticCode.MISSING_ABSTRACT));
    assertThat(run.records())
        .extracting(Record::source, Record::line)
        .containsExactly(tuple("a.txt", 3), tuple("a.txt", 5), tuple("b.txt", 3), tuple("b.txt", 5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "\n\n\n", "   \n\t\n", "\r\n\r\n", "\u00A0\n", "\uFEFF", "\uFEFF\n"})
  void emptyInputIsNoAnomaly(String text) {
    Run run = parse(text);

    assertThat(run.records()).isEmpty();
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nApr 23\n",
        "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community",
        "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe\n",
        "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe",
        "Subscribe\n",
        "Mar 13, 2025",
        "new\n\nApr 23\n\nnew\n\nMar 13\n",
      })
  void headerWithoutPapersIsNoAnomaly(String text) {
    Run run = parse(text);

    assertThat(run.records()).isEmpty();
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void headerOnlyDigestBetweenDigestsIsNoAnomaly() {
    Run run =
        parse(
            """
            new

            Apr 23

            First Title

            First abstract. It has text.

            new

            Subscribe

            Apr 24

            new

            Mar 13

            Second Title

            Second abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::date, Record::line)
        .containsExactly(tuple("First Title", "Apr 23", 5), tuple("Second Title", "Mar 13", 19));
    assertThat(run.diagnostics()).isEmpty();
  }
}
