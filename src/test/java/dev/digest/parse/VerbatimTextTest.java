package dev.digest.parse;

import static dev.digest.parse.Digests.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import org.junit.jupiter.api.Test;

/** SPEC 1: text is kept exactly as written, LaTeX remnants included. */
class VerbatimTextTest {

  @Test
  void latexRemnantsAreKeptByteForByte() {
    String title = "PixArt-$α$: Fast Training of Diffusion Transformer with G_{stack} and 50\\%";
    String abstractText =
        "We cut costs by 50\\% with G_{stack} and \\textbf{bold} claims. Unbalanced { braces and }} closers,"
            + " a lone \\ backslash, $x^2$, ~tilde, #hash and &amp; stay. See \\cite{a}.";
    Run run = parse("new\n\nApr 23\n\n" + title + "\n\n" + abstractText + "\n");

    assertThat(run.records())
        .extracting(Record::key, Record::title, Record::abstractText)
        .containsExactly(tuple("pixart", title, abstractText));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void backslashAtTheEndOfAWrappedLineIsKept() {
    Run run =
        parse(
            """
            new

            A Title With a Backslash \\

            The abstract ends a line with \\
            and goes on. It is joined {
            with a space.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(
            tuple("A Title With a Backslash \\", "The abstract ends a line with \\ and goes on. It is joined { with a space."));
  }

  @Test
  void innerSpacingAndUnicodeAreNotNormalised() {
    String title = "Two  Spaces,\tA Tab and Cafe\u0301 Decomposed";
    String abstractText = "Caf\u00e9 precomposed, caf\u0065\u0301 decomposed, \u00A0NBSP inside, emoji 🚀 and 字. Kept as is.";
    Run run = parse("new\n\n" + title + "\n\n" + abstractText + "\n");

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(tuple(title, abstractText));
  }

  @Test
  void compactLayoutKeepsLatexToo() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox!
            Subscribe$λ$-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion
            We reach 50\\% of the cost with \\mathcal{O}(n) steps. Braces } stay.
            """);

    assertThat(run.records())
        .extracting(Record::key, Record::title, Record::abstractText)
        .containsExactly(
            tuple(
                "eclipse",
                "$λ$-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion",
                "We reach 50\\% of the cost with \\mathcal{O}(n) steps. Braces } stay."));
  }
}
