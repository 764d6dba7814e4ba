package dev.digest.parse;

import static dev.digest.parse.Digests.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC 1: a paragraph has a title's shape when it is at most 300 characters long, does not end
 * with a full stop, and has at most one sentence break inside.
 */
class TitleShapeTest {
  private static final String ABSTRACT = "An abstract follows here. It has two sentences.";

  /** The paragraph where a title is due, followed by an abstract. */
  private static Run inTitlePosition(String paragraph) {
    return parse("Apr 23\n\n" + paragraph + "\n\n" + ABSTRACT + "\n");
  }

  private static void assertTitle(String paragraph) {
    Run run = inTitlePosition(paragraph);
    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(tuple(paragraph, ABSTRACT, 3));
    assertThat(run.diagnostics()).isEmpty();
  }

  private static void assertNotTitle(String paragraph) {
    Run run = inTitlePosition(paragraph);
    assertThat(run.records()).isEmpty();
    assertThat(run.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(tuple(3, DiagnosticCode.ORPHAN_TEXT), tuple(5, DiagnosticCode.ORPHAN_TEXT));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Who's Harry Potter? Approximate Unlearning in LLMs",
        "Accuracy vs. Training Time",
        "Is Attention All You Need?",
        "Attention Please!",
        "Version 2.0 of the Model",
        "Lower case after a stop. not a break. still a title",
        "e.g. Examples Matter",
        "Deep Speech 2: End-to-End Speech Recognition in English and Mandarin",
        "PixArt-$α$: Fast Training of Diffusion Transformer",
        "Ça Marche? Élan Vital in Models",
        "Ends With a Colon:",
        "Ends With a Stop and a Bracket (v2.)",
      })
  void titleShaped(String paragraph) {
    assertTitle(paragraph);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A Title That Ends With a Full Stop.",
        "Ends With an Ellipsis...",
        "One Break. Two Breaks. Three",
        "Really? Yes! Maybe",
        "What? Über Alles. Ça Va",
        "First sentence here. Second sentence here. Third sentence here.",
      })
  void abstractShaped(String paragraph) {
    assertNotTitle(paragraph);
  }

  static Stream<Arguments> lengths() {
    return Stream.of(
        Arguments.of("300 ASCII characters", "T" + "x".repeat(299), true),
        Arguments.of("301 ASCII characters", "T" + "x".repeat(300), false),
        Arguments.of("300 two-byte characters", "É" + "é".repeat(299), true),
        Arguments.of("301 two-byte characters", "É" + "é".repeat(300), false),
        Arguments.of("300 four-byte characters", "T" + "😀".repeat(299), true),
        Arguments.of("301 four-byte characters", "T" + "😀".repeat(300), false),
        Arguments.of("300 characters over hard-wrapped lines", "T" + "x".repeat(149) + "\n" + "y".repeat(149), true),
        Arguments.of("301 characters over hard-wrapped lines", "T" + "x".repeat(149) + "\n" + "y".repeat(150), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lengths")
  void atMost300Characters(String name, String paragraph, boolean title) {
    if (title) {
      Run run = inTitlePosition(paragraph);
      assertThat(run.records()).extracting(Record::title).containsExactly(paragraph.replace('\n', ' '));
      assertThat(run.diagnostics()).isEmpty();
    } else {
      Run run = inTitlePosition(paragraph);
      assertThat(run.records()).isEmpty();
      assertThat(run.diagnostics())
          .extracting(Diagnostic::code)
          .containsExactly(DiagnosticCode.ORPHAN_TEXT, DiagnosticCode.ORPHAN_TEXT);
    }
  }
}
