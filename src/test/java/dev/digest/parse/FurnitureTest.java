package dev.digest.parse;

import static dev.digest.parse.Digests.contents;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 1: page furniture wherever it stands, date lines, {@code Subscribe} glued to a title, and
 * the next digest's header glued to the last abstract.
 */
class FurnitureTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "new",
        "Subscribe",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
        "byAK and the research community"
      })
  void furnitureBetweenBlankLineRecordsStartsADigestWithoutDate(String furniture) {
    Run run =
        parse(
            """
            new

            Subscribe

            Apr 23

            First Title

            First abstract. It has text.

            %s

            Second Title

            Second abstract. It has text.
            """
                .formatted(furniture));

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("First Title", "First abstract. It has text.", "Apr 23", 7),
            tuple("Second Title", "Second abstract. It has text.", null, 13));
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "new",
        "Subscribe",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
        "byAK and the research community"
      })
  void furnitureBetweenCompactRecordsStartsADigestWithoutDate(String furniture) {
    Run run =
        parse(
            """
            Get trending papers in your email inbox!
            Mar 13, 2025
            SubscribeFirst Title
            First abstract. It has text.
            %s
            Second Title
            Second abstract. It has text.
            """
                .formatted(furniture));

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("First Title", "First abstract. It has text.", "Mar 13, 2025", 3),
            tuple("Second Title", "Second abstract. It has text.", null, 6));
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "new",
        "Subscribe",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
        "byAK and the research community",
        "Apr 23",
        "Mar 13, 2025"
      })
  void furnitureNeverBecomesARecord(String furniture) {
    Run run =
        parse(
            """
            %1$s

            %1$s

            Only Title

            Only abstract. It has text.

            %1$s
            """
                .formatted(furniture));

    assertThat(run.records()).extracting(Record::title, Record::line).containsExactly(tuple("Only Title", 5));
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"Apr 23", "'Mar 13, 2025'", "Dec 1", "'Jan 31, 2024'"})
  void dateLineAsWritten(String date) {
    Run run =
        parse(
            """
            new

            %s

            A Title

            An abstract. It has text.
            """
                .formatted(date));

    assertThat(run.records()).extracting(Record::title, Record::date).containsExactly(tuple("A Title", date));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void dateHoldsUntilTheNextDateLine() {
    Run run =
        parse(
            """
            new

            Subscribe

            Apr 23

            First Title

            First abstract. It has text.

            Second Title

            Second abstract. It has text.

            Mar 13, 2025

            Third Title

            Third abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::date)
        .containsExactly(
            tuple("First Title", "Apr 23"), tuple("Second Title", "Apr 23"), tuple("Third Title", "Mar 13, 2025"));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void newHeaderWithoutDateResetsDate() {
    Run run =
        parse(
            """
            new

            Subscribe

            Apr 23

            Dated Title

            Dated abstract. It has text.

            new

            Get trending papers in your email inbox!

            Subscribe

            Undated Title

            Undated abstract. It has text.

            Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            Mar 13
            SubscribeDated Again
            Dated again abstract. It has text.
            Get trending papers in your email inbox once a day!
            SubscribeUndated Again
            Undated again abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::date, Record::line)
        .containsExactly(
            tuple("Dated Title", "Apr 23", 7),
            tuple("Undated Title", null, 17),
            tuple("Dated Again", "Mar 13", 24),
            tuple("Undated Again", null, 27));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void inputWithoutAnyDateHasNullDates() {
    Run run =
        parse(
            """
            new

            Subscribe

            A Title

            An abstract. It has text.
            """);

    assertThat(run.records()).extracting(Record::title, Record::date).containsExactly(tuple("A Title", null));
  }

  @Test
  void subscribeGluedToTheFirstTitleIsCutOff() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox!
            SubscribeSpacTor-T5: Pre-training T5 Models with Span Corruption and Replaced Token Detection
            Pre-training large language models is known to be resource intensive. We present SpacTor.
            """);

    assertThat(run.records())
        .extracting(Record::key, Record::title, Record::line)
        .containsExactly(
            tuple(
                "spactort5",
                "SpacTor-T5: Pre-training T5 Models with Span Corruption and Replaced Token Detection",
                2));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void subscribeGluedAtTheStartOfTheInput() {
    Run run =
        parse(
            """
            SubscribeModular Neural Image Signal Processing
            This paper presents a modular neural ISP framework. It renders images.
            CURL: Neural Curve Layers for Global Image Enhancement
            We present a novel approach. It adjusts global image properties.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple(
                "Modular Neural Image Signal Processing",
                "This paper presents a modular neural ISP framework. It renders images.",
                1),
            tuple(
                "CURL: Neural Curve Layers for Global Image Enhancement",
                "We present a novel approach. It adjusts global image properties.",
                3));
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "xLSTM: Extended Long Short-Term Memory | xlstm",
        "mT5: A Massively Multilingual Pre-trained Text-to-Text Transformer | mt5",
        "word2vec Explained | word2vecExplained",
        "3D Gaussian Splatting for Real-Time Radiance Field Rendering | 3dGaussianSplatting",
        "$λ$-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion | eclipse",
        "“Quoted” Titles Are Rare | quotedTitlesAre",
      })
  void subscribeGluedToAnyFirstTitleIsCutOff(String title, String key) {
    Run run =
        parse(
            "Get trending papers in your email inbox once a day!\n"
                + "Get trending papers in your email inbox!\n"
                + "Subscribe" + title + "\n"
                + "Its abstract. It has text.\n");

    assertThat(run.records())
        .extracting(Record::key, Record::title, Record::line)
        .containsExactly(tuple(key, title, 3));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void headerRightAfterAWrappedAbstractLine() {
    Run run =
        parse(
            """
            new

            Apr 23

            A Title

            An abstract. It is
            wrapped.
            new

            Mar 13

            Next Title

            Next abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("A Title", "An abstract. It is wrapped.", "Apr 23", 5),
            tuple("Next Title", "Next abstract. It has text.", "Mar 13", 13));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void subscribeGluedToATitleInABlankLineDigest() {
    Run run =
        parse(
            """
            new

            Get trending papers in your email inbox!

            SubscribeEDTalk: Efficient Disentanglement for Emotional Talking Head Synthesis

            Achieving disentangled control. It is
            wrapped.

            SubscribeNext Title

            Next abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple(
                "EDTalk: Efficient Disentanglement for Emotional Talking Head Synthesis",
                "Achieving disentangled control. It is wrapped.",
                5),
            tuple("Next Title", "Next abstract. It has text.", 10));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void subscribeFollowedByASpaceIsATitle() {
    Run run =
        parse(
            """
            new

            Subscribe

            Subscribe to Learn: Newsletter Effects in Recommendation

            We study newsletters. They work.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::line)
        .containsExactly(
            tuple("Subscribe to Learn: Newsletter Effects in Recommendation", "We study newsletters. They work.", 5));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void newGluedToTheLastAbstractStartsTheNextBlankLineDigest() {
    Run run =
        parse(
            """
            new

            Get trending papers in your email inbox!

            Subscribe

            byAK and the research community

            Apr 23

            Predictive Data Selection: The Data That Predicts Is the Data That Teaches

            We open-source our scorer. It is at https://github.com/hkust-nlp/PreSelect.new

            Get trending papers in your email inbox!

            Subscribe

            byAK and the research community

            Mar 13

            Single-Path NAS: Designing Hardware-Efficient ConvNets in less than 4 Hours

            Can we design a ConvNet automatically? We
            propose Single-Path NAS.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::urls, Record::date, Record::line)
        .containsExactly(
            tuple(
                "Predictive Data Selection: The Data That Predicts Is the Data That Teaches",
                "We open-source our scorer. It is at https://github.com/hkust-nlp/PreSelect.",
                List.of("https://github.com/hkust-nlp/PreSelect"),
                "Apr 23",
                11),
            tuple(
                "Single-Path NAS: Designing Hardware-Efficient ConvNets in less than 4 Hours",
                "Can we design a ConvNet automatically? We propose Single-Path NAS.",
                List.of(),
                "Mar 13",
                23));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void dailyTrendingLineGluedToTheLastAbstractStartsTheNextCompactDigest() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            SubscribeScaling Neural Machine Translation
            We reach state of the art. We obtain a BLEU of 43.2 in 8.5 hours on 128 GPUs.Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            SubscribeModular Neural Image Signal Processing
            This paper presents a modular ISP. It renders images.
            Second Compact Title
            Another abstract. One line.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple(
                "Scaling Neural Machine Translation",
                "We reach state of the art. We obtain a BLEU of 43.2 in 8.5 hours on 128 GPUs.",
                null,
                3),
            tuple("Modular Neural Image Signal Processing", "This paper presents a modular ISP. It renders images.", null, 6),
            tuple("Second Compact Title", "Another abstract. One line.", null, 8));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void blankLineHeaderGluedToACompactAbstract() {
    Run run =
        parse(
            """
            Get trending papers in your email inbox once a day!
            SubscribeCompact Title
            Compact abstract. It ends on 128 GPUs.new

            Get trending papers in your email inbox!

            Subscribe

            Apr 23

            Blank Title

            Blank abstract. It is
            wrapped.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple("Compact Title", "Compact abstract. It ends on 128 GPUs.", null, 2),
            tuple("Blank Title", "Blank abstract. It is wrapped.", "Apr 23", 11));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void compactHeaderGluedToABlankLineAbstract() {
    Run run =
        parse(
            """
            new

            Apr 23

            Blank Title

            Blank abstract. It ends at https://github.com/hkust-nlp/PreSelect.Get trending papers in your email inbox once a day!
            Get trending papers in your email inbox!
            SubscribeCompact Title
            Compact abstract. It is one line.
            Second Compact Title
            Second compact abstract. One line.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::urls, Record::date, Record::line)
        .containsExactly(
            tuple(
                "Blank Title",
                "Blank abstract. It ends at https://github.com/hkust-nlp/PreSelect.",
                List.of("https://github.com/hkust-nlp/PreSelect"),
                "Apr 23",
                5),
            tuple("Compact Title", "Compact abstract. It is one line.", List.of(), null, 9),
            tuple("Second Compact Title", "Second compact abstract. One line.", List.of(), null, 11));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void newAtTheEndOfAnAbstractWithoutAHeaderAfterItIsText() {
    Run run =
        parse(
            """
            new

            Apr 23

            First Title

            We release the code. It is fast. Files end in .new

            Second Title

            Second abstract. It has text.
            """);

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText, Record::date)
        .containsExactly(
            tuple("First Title", "We release the code. It is fast. Files end in .new", "Apr 23"),
            tuple("Second Title", "Second abstract. It has text.", "Apr 23"));
    assertThat(run.diagnostics()).isEmpty();
  }

  private static final String BLANK =
      """
      new

      Get trending papers in your email inbox!

      Subscribe

      byAK and the research community

      Apr 23

      Blank Title %1$s

      Blank abstract %1$s. It ends with a link https://example.org/%1$s.

      Last Blank Title %1$s

      Last blank abstract %1$s. It ends on 128 GPUs.""";

  private static final String COMPACT =
      """
      Get trending papers in your email inbox once a day!
      Get trending papers in your email inbox!
      SubscribeCompact Title %1$s
      Compact abstract %1$s. It is one line.
      Last Compact Title %1$s
      Last compact abstract %1$s. It ends on 128 GPUs.""";

  static Stream<Arguments> digestPairs() {
    List<String> blankA = List.of("Blank Title A", "Last Blank Title A");
    List<String> compactA = List.of("Compact Title A", "Last Compact Title A");
    List<String> blankB = List.of("Blank Title B", "Last Blank Title B");
    List<String> compactB = List.of("Compact Title B", "Last Compact Title B");
    return Stream.of(
        Arguments.of("blank, blank", BLANK.formatted("A"), BLANK.formatted("B"), blankA, blankB),
        Arguments.of("compact, compact", COMPACT.formatted("A"), COMPACT.formatted("B"), compactA, compactB),
        Arguments.of("blank, compact", BLANK.formatted("A"), COMPACT.formatted("B"), blankA, compactB),
        Arguments.of("compact, blank", COMPACT.formatted("A"), BLANK.formatted("B"), compactA, blankB),
        Arguments.of("blank with final newline, compact", BLANK.formatted("A") + "\n", COMPACT.formatted("B"), blankA, compactB),
        Arguments.of("compact with final newline, blank", COMPACT.formatted("A") + "\n", BLANK.formatted("B"), compactA, blankB));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digestPairs")
  void catOfTwoInputsGivesTheSameRecordsAsTheTwoInputs(
      String name, String first, String second, List<String> firstTitles, List<String> secondTitles) {
    Run separately =
        Digests.read(
            List.of(InputSource.bytes("a.txt", utf8(first)), InputSource.bytes("b.txt", utf8(second))),
            ParseOptions.defaults());
    Run joined = parse(first + second);

    assertThat(separately.records())
        .extracting(Record::title)
        .containsExactly(firstTitles.get(0), firstTitles.get(1), secondTitles.get(0), secondTitles.get(1));
    assertThat(separately.records().get(1).abstractText()).matches("Last \\w+ abstract A\\. It ends on 128 GPUs\\.");
    assertThat(joined.records())
        .extracting(Record::title)
        .containsExactly(firstTitles.get(0), firstTitles.get(1), secondTitles.get(0), secondTitles.get(1));
    assertThat(contents(joined.records())).isEqualTo(contents(separately.records()));
    assertThat(joined.diagnostics()).isEmpty();
    assertThat(separately.diagnostics()).isEmpty();
  }

  /** A blank-line digest whose last abstract ends with {@code ending} and no newline, then the next digest. */
  private static Run lastAbstractEndingWith(String ending, String between) {
    return parse(
        """
        new

        Apr 23

        First Title

        We open-source our code. It is fast. It is at %s%s
        Get trending papers in your email inbox!

        Subscribe

        Mar 13

        Second Title

        Second abstract. It has text.
        """
            .formatted(ending, between));
  }

  @ParameterizedTest
  @CsvSource({
    "https://phyworld.github.io, https://phyworld.github.io",
    "https://github.com/a/b/, https://github.com/a/b/",
    "https://x.org/whatsnew, https://x.org/whatsnew",
    "https://x.org/q?v=2, https://x.org/q?v=2",
    "https://x.org/café, https://x.org/café",
    "https://x.org/a_(b), https://x.org/a_(b)"
  })
  void aGluedNewAfterALinkIsCutWhenFurnitureFollows(String link, String url) {
    for (String between : List.of("new\n", "new\n\n", "\uFEFFnew\n\n")) {
      Run run = lastAbstractEndingWith(link, between);

      assertThat(run.records())
          .as("%s%s", link, between)
          .extracting(Record::title, Record::abstractText, Record::urls, Record::date)
          .containsExactly(
              tuple("First Title", "We open-source our code. It is fast. It is at " + link, List.of(url), "Apr 23"),
              tuple("Second Title", "Second abstract. It has text.", List.of(), "Mar 13"));
      assertThat(run.diagnostics()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"we renew", "Approach 2", "a model (GPT-4", "Daten für Modelle: über", "多模态模型", "🙂", "x\"", "α"})
  void aGluedNewAfterAnyCharacterIsCutWhenFurnitureFollows(String text) {
    Run run = lastAbstractEndingWith(text, "new\n\n");

    assertThat(run.records())
        .extracting(Record::abstractText)
        .containsExactly("We open-source our code. It is fast. It is at " + text, "Second abstract. It has text.");
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\u00A0", "\u2003", "\u200B", "\u2060"})
  void newAfterWhiteSpaceAtTheEndOfTextIsText(String space) {
    Run run = lastAbstractEndingWith("https://x.org/a. It is" + space, "new\n\n");

    assertThat(run.records())
        .extracting(Record::abstractText, Record::urls)
        .containsExactly(
            tuple("We open-source our code. It is fast. It is at https://x.org/a. It is" + space + "new", List.of("https://x.org/a")),
            tuple("Second abstract. It has text.", List.of()));
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://x.org/whatsnew", "it as new", "we renew"})
  void textEndingInNewIsKeptWhenTheNextHeaderStartsOnALineOfItsOwn(String ending) {
    Run run = lastAbstractEndingWith(ending, "\nnew\n\n");

    assertThat(run.records())
        .extracting(Record::abstractText, Record::date)
        .containsExactly(
            tuple("We open-source our code. It is fast. It is at " + ending, "Apr 23"), tuple("Second abstract. It has text.", "Mar 13"));
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://phyworld.github.io", "we renew"})
  void aWordEndingInNewIsTextWhenNoFurnitureFollows(String ending) {
    Run run = parse("new\n\nFirst Title\n\nAn abstract. It is here. It ends at " + ending + "new\n\nSecond Title\n\nSecond abstract. It has text.\n");

    assertThat(run.records())
        .extracting(Record::abstractText)
        .containsExactly("An abstract. It is here. It ends at " + ending + "new", "Second abstract. It has text.");
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "byAK and the research community",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
        "Subscribe"
      })
  void titleEndingInFurnitureWordsAfterASpaceIsText(String furniture) {
    String title = "New Perspectives on Subscribe Buttons: " + furniture;
    String blankLine = "new\n\nApr 23\n\n" + title + "\n\nAn abstract. It has text.\n\nNext Title\n\nNext abstract. It is here.\n";
    String compact =
        "Get trending papers in your email inbox once a day!\nMar 13\nSubscribeFirst Title\nFirst abstract. It has text.\n"
            + title + "\nAn abstract. It has text.\nNext Title\nNext abstract. It is here.\n";

    assertThat(parse(blankLine).records())
        .extracting(Record::title, Record::abstractText, Record::date, Record::line)
        .containsExactly(
            tuple(title, "An abstract. It has text.", "Apr 23", 5), tuple("Next Title", "Next abstract. It is here.", "Apr 23", 9));
    assertThat(parse(compact).records())
        .extracting(Record::title, Record::date, Record::line)
        .containsExactly(tuple("First Title", "Mar 13", 3), tuple(title, "Mar 13", 5), tuple("Next Title", "Mar 13", 7));
    assertThat(parse(blankLine).diagnostics()).isEmpty();
    assertThat(parse(compact).diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"byAK and the research community", "Subscribe", "Apr 23"})
  void furnitureThatIsNeverAHeadersFirstLineGluedToTextIsText(String furniture) {
    Run run = parse("new\n\nA Title\n\nAn abstract. It is here. It ends on 128 GPUs." + furniture + "\n\nNext Title\n\nNext abstract. It is here.\n");

    assertThat(run.records())
        .extracting(Record::abstractText)
        .containsExactly("An abstract. It is here. It ends on 128 GPUs." + furniture, "Next abstract. It is here.");
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\u00A0", "\u200B"})
  void aHeaderLineAfterWhiteSpaceAtTheEndOfTextIsText(String space) {
    String text = "An abstract. It is here. It ends on 128 GPUs." + space + "Get trending papers in your email inbox once a day!";
    Run run = parse("Get trending papers in your email inbox!\nSubscribeA Title\n" + text + "\nNext Title\nNext abstract. It is here.\n");

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(tuple("A Title", text), tuple("Next Title", "Next abstract. It is here."));
    assertThat(run.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u200B", "\u2060"})
  void subscribeBeforeWhiteSpaceIsText(String space) {
    Run run = parse("new\n\nSubscribe\n\nSubscribe" + space + "to Learn: Newsletters\n\nWe study newsletters. They work.\n");

    assertThat(run.records())
        .extracting(Record::title, Record::abstractText)
        .containsExactly(tuple("Subscribe" + space + "to Learn: Newsletters", "We study newsletters. They work."));
    assertThat(run.diagnostics()).isEmpty();
  }

  private static final String BLANK_ENDING_WITH_LINK =
      """
      new

      Get trending papers in your email inbox!

      Apr 23

      Blank Title %1$s

      Blank abstract %1$s. It is fast. Its code is at %2$s""";

  private static final String COMPACT_ENDING_WITH_LINK =
      """
      Get trending papers in your email inbox once a day!
      Get trending papers in your email inbox!
      SubscribeCompact Title %1$s
      Compact abstract %1$s. It is fast. Its code is at %2$s""";

  static Stream<Arguments> inputsEndingWithALink() {
    List<Arguments> cases = new ArrayList<>();
    for (String link : List.of("https://phyworld.github.io", "https://x.org/whatsnew", "https://x.org/a/", "https://x.org/über")) {
      for (String first : List.of(BLANK_ENDING_WITH_LINK, COMPACT_ENDING_WITH_LINK)) {
        for (String second : List.of(BLANK_ENDING_WITH_LINK, COMPACT_ENDING_WITH_LINK)) {
          for (String mark : List.of("", "\uFEFF")) {
            String a = first.formatted("A", link);
            String b = mark + second.formatted("B", "https://b.org/x") + "\n";
            cases.add(Arguments.of(first.startsWith("new") ? "blank" : "compact", second.startsWith("new") ? "blank" : "compact", link, mark.isEmpty() ? "" : "with a byte-order mark", a, b));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "cat {0} ending in {2}, {1} {3}")
  @MethodSource("inputsEndingWithALink")
  void catOfAnInputEndingWithALinkGivesTheSameRecordsAsTheTwoInputs(
      String firstLayout, String secondLayout, String link, String mark, String first, String second) {
    Run separately =
        Digests.read(
            List.of(InputSource.bytes("a.txt", utf8(first)), InputSource.bytes("b.txt", utf8(second))),
            ParseOptions.defaults());
    Run joined = parse(first + second);

    assertThat(separately.records())
        .extracting(Record::abstractText, Record::urls)
        .first()
        .isEqualTo(tuple(firstLayout.equals("blank") ? "Blank abstract A. It is fast. Its code is at " + link : "Compact abstract A. It is fast. Its code is at " + link, List.of(link)));
    assertThat(separately.records()).hasSize(2);
    assertThat(contents(joined.records())).isEqualTo(contents(separately.records()));
    assertThat(joined.diagnostics()).isEmpty();
    assertThat(separately.diagnostics()).isEmpty();
  }
}
