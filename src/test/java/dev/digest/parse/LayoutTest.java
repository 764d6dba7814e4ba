package dev.digest.parse;

import static dev.digest.parse.Digests.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import org.junit.jupiter.api.Test;

/** SPEC 1: the blank-line and the compact layout, alone, repeated and mixed in one input. */
class LayoutTest {

  @Test
  void blankLineLayout() {
    Run run =
        parse(
            """
            new

            Get trending papers in your email inbox!

            Subscribe

            byAK and the research community

            Apr 23

            EDTalk: Efficient Disentanglement for Emotional Talking Head Synthesis

            Achieving disentangled control over multiple facial motions. It enhances talking heads.

            GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection

            Training Large Language Models (LLMs) presents memory challenges. GaLore reduces them.
            """);

    assertThat(run.records())
        .extracting(Record::key, Record::title, Record::abstractText, Record::date, Record::source, Record::line)
        .containsExactly(
            tuple(
                "edtalk",
                "EDTalk: Efficient Disentanglement for Emotional Talking Head Synthesis",
                "Achieving disentangled control over multiple facial motions. It enhances talking heads.",
                "Apr 23",
                "t.txt",
                11),
            tuple(
                "galore",
                "GaLore: Memory-Efficient LLM Training by Gradient Low-Rank Projection",
                "Training Large Language Models (LLMs) presents memory challenges. GaLore reduces them.",
                "Apr 23",
                "t.txt",
                15));
    assertThat(run.records()).allSatisfy(r -> assertThat(r.urls()).isEmpty());
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void compactLayout() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            SubscribeModular Neural Image Signal Processing
            This paper presents a modular neural ISP framework. It renders display-referred images.
            CURL: Neural Curve Layers for Global Image Enhancement
            We present a novel approach to adjust global image properties. It uses curves.
            """);

    assertThat(run.records())
        .extracting(Record::key, Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple(
                "modularNeuralImage",
                "Modular Neural Image Signal Processing",
                "This paper presents a modular neural ISP framework. It renders display-referred images.",
                null,
                3),
            tuple(
                "curl",
                "CURL: Neural Curve Layers for Global Image Enhancement",
                "We present a novel approach to adjust global image properties. It uses curves.",
                null,
                5));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void compactHeaderWithSubscribeOnItsOwnLine() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            Subscribe
            First Paper Title
            The first abstract. It is a single line.
            Second Paper Title
            The second abstract. It is a single line too.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple("First Paper Title", "The first abstract. It is a single line.", 4),
            tuple("Second Paper Title", "The second abstract. It is a single line too.", 6));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void compactLinesAreNeverJoined() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox!
            SubscribeA Paper Title
            The first line of an abstract. It ends here.
            A second line of the abstract. It ends here too.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(
            tuple(
                "A Paper Title",
                "The first line of an abstract. It ends here.\nA second line of the abstract. It ends here too."));
    assertThat(run.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::code)
        .containsExactly(tuple(4, DiagnosticCode.MULTI_PARAGRAPH_ABSTRACT));
  }

  @Test
  void hardWrappedParagraphsAreJoinedWithASpace() {
    Run run =
        parse(
            """
            new

            Subscribe

            Apr 23

            Scale Efficient Training
            for Large Datasets

            We propose a method that
            trains large models quickly. It
            scales well.

            Second Paper

            Its abstract. It is short.
            """);

    assertThat(run.records())
        .extracting(Record::key, Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple(
                "scaleEfficientTraining",
                "Scale Efficient Training for Large Datasets",
                "We propose a method that trains large models quickly. It scales well.",
                7),
            tuple("secondPaper", "Second Paper", "Its abstract. It is short.", 14));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void runsOfBlankLinesCountAsOne() {
    Run run =
        parse(
            """


            new


            Subscribe



            Apr 23



            Title One


            Abstract one. It has text.




            Title Two

            Abstract two. It has text.



            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("Title One", "Abstract one. It has text.", "Apr 23", 14),
            tuple("Title Two", "Abstract two. It has text.", "Apr 23", 22));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void severalBlankLineDigests() {
    Run run =
        parse(
            """
            new

            Get trending papers in your email inbox!

            Subscribe

            byAK and the research community

            Apr 23

            First Title

            First abstract. It has text.

            new

            Get trending papers in your email inbox!

            Subscribe

            byAK and the research community

            Mar 13, 2025

            Second Title

            Second abstract. It
            is wrapped.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("First Title", "First abstract. It has text.", "Apr 23", 11),
            tuple("Second Title", "Second abstract. It is wrapped.", "Mar 13, 2025", 25));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void severalCompactDigests() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            SubscribeFirst Title
            First abstract. It has text.
            Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            SubscribeSecond Title
            Second abstract. It has text.
            Third Title
            Third abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("First Title", "First abstract. It has text.", null, 3),
            tuple("Second Title", "Second abstract. It has text.", null, 7),
            tuple("Third Title", "Third abstract. It has text.", null, 9));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void bothLayoutsOneAfterAnother() {
    Run run =
        parse(
            """
            new

            Subscribe

            Apr 23

            Blank Title One

            Blank abstract one. It is wrapped
            over two lines.

            Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            SubscribeCompact Title
            Compact abstract. It is one line.
            Another Compact Title
            Another compact abstract. Also one line.
            new

            Get trending papers in your email inbox!

            Subscribe

            Mar 13

            Blank Title Two
            Wrapped

            Blank abstract two. It is
            wrapped too.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("Blank Title One", "Blank abstract one. It is wrapped over two lines.", "Apr 23", 7),
            tuple("Compact Title", "Compact abstract. It is one line.", null, 14),
            tuple("Another Compact Title", "Another compact abstract. Also one line.", null, 16),
            tuple("Blank Title Two Wrapped", "Blank abstract two. It is wrapped too.", "Mar 13", 26));
    assertThat(run.diagnostics()).isEmpty();
  }
}
