package dev.digest.parse;

import static dev.digest.parse.Digests.concat;
import static dev.digest.parse.Digests.contents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.digest.model.Record;
import dev.digest.parse.Digests.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The four real digests of {@code samples/}: alone, and joined with {@code cat}. */
class SamplesTest {
  private static final List<String> SAMPLES =
      List.of(
          "samples/daily-papers-apr23.txt",
          "samples/daily-papers-mar13.txt",
          "samples/papers-compact-1.txt",
          "samples/papers-compact-2.txt");

  private static byte[] bytesOf(String sample) throws IOException {
    return Files.readAllBytes(Path.of(sample));
  }

  private static Run readFiles(List<String> samples) {
    List<InputSource> inputs = new ArrayList<>();
    for (String s : samples) {
      inputs.add(InputSource.file(Path.of(s), s));
    }
    return Digests.read(inputs, ParseOptions.defaults());
  }

  private static long lineEnds(byte[] b) {
    long n = 0;
    for (byte x : b) {
      n += x == '\n' ? 1 : 0;
    }
    return n;
  }

  @ParameterizedTest
  @CsvSource({
    "samples/daily-papers-apr23.txt, 130",
    "samples/daily-papers-mar13.txt, 46",
    "samples/papers-compact-1.txt, 119",
    "samples/papers-compact-2.txt, 99"
  })
  void recordsOfASample(String sample, int records) {
    Run run = readFiles(List.of(sample));

    assertThat(run.records()).hasSize(records);
    assertThat(run.diagnostics()).isEmpty();
    assertThat(run.records()).allSatisfy(r -> assertThat(r.source()).isEqualTo(sample));
    assertThat(run.records()).allSatisfy(r -> assertThat(r.title()).isNotBlank().doesNotStartWith("Subscribe"));
    assertThat(run.records()).allSatisfy(r -> assertThat(r.abstractText()).isNotBlank());
    assertThat(run.records()).extracting(Record::key).doesNotHaveDuplicates();
  }

  @Test
  void dailyPapersApr23() {
    List<Record> records = readFiles(List.of("samples/daily-papers-apr23.txt")).records();

    assertThat(records.get(0))
        .extracting(Record::key, Record::title, Record::date, Record::line)
        .containsExactly("edtalk", "EDTalk: Efficient Disentanglement for Emotional Talking Head Synthesis", "Apr 23", 11);
    assertThat(records.get(0).abstractText())
        .startsWith("Achieving disentangled control over multiple facial motions and accommodating diverse");
    Record last = records.get(records.size() - 1);
    assertThat(last)
        .extracting(Record::key, Record::title, Record::date, Record::line, Record::urls)
        .containsExactly(
            "predictiveDataSelection",
            "Predictive Data Selection: The Data That Predicts Is the Data That Teaches",
            "Apr 23",
            527,
            List.of("https://github.com/hkust-nlp/PreSelect"));
    assertThat(last.abstractText())
        .endsWith("along with the curated datasets at https://github.com/hkust-nlp/PreSelect.");
    assertThat(records).extracting(Record::date).containsOnly("Apr 23");
    assertThat(records)
        .filteredOn(r -> r.title().startsWith("PixArt-"))
        .extracting(Record::key, Record::line)
        .containsExactly(tuple("pixart", 79));
  }

  @Test
  void dailyPapersMar13() {
    List<Record> records = readFiles(List.of("samples/daily-papers-mar13.txt")).records();

    assertThat(records.get(0))
        .extracting(Record::key, Record::title, Record::date, Record::line)
        .containsExactly(
            "singlePathNAS", "Single-Path NAS: Designing Hardware-Efficient ConvNets in less than 4 Hours", "Mar 13", 11);
    assertThat(records)
        .filteredOn(r -> r.line() == 19 || r.line() == 59 || r.line() == 71)
        .extracting(Record::key, Record::title)
        .containsExactly(
            tuple("whosHarryPotter", "Who's Harry Potter? Approximate Unlearning in LLMs"),
            tuple("dps", "DεpS: Delayed ε-Shrinking for Faster Once-For-All Training"),
            tuple("eclipse", "$λ$-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion Models by Leveraging CLIP Latent Space"));
    Record last = records.get(records.size() - 1);
    assertThat(last)
        .extracting(Record::title, Record::line, Record::urls)
        .containsExactly(
            "Fast Adversarial Attacks on Language Models In One GPU Minute",
            191,
            List.of("https://github.com/vinusankars/BEAST"));
    assertThat(last.abstractText()).endsWith("Our codebase is publicly available at https://github.com/vinusankars/BEAST.");
  }

  @Test
  void papersCompact1() {
    List<Record> records = readFiles(List.of("samples/papers-compact-1.txt")).records();

    assertThat(records.get(0))
        .extracting(Record::key, Record::title, Record::date, Record::line, Record::urls)
        .containsExactly(
            "modularNeuralImage",
            "Modular Neural Image Signal Processing",
            null,
            3,
            List.of("https://youtu.be/ByhQjQSjxVM"));
    assertThat(records.get(1))
        .extracting(Record::key, Record::title, Record::line, Record::urls)
        .containsExactly(
            "curl",
            "CURL: Neural Curve Layers for Global Image Enhancement",
            5,
            List.of("https://github.com/sjmoran/CURL"));
    Record last = records.get(records.size() - 1);
    assertThat(last)
        .extracting(Record::title, Record::line)
        .containsExactly("Deep Speech 2: End-to-End Speech Recognition in English and Mandarin", 239);
    assertThat(last.abstractText()).endsWith("delivering low latency when serving users at scale.");
    assertThat(records).extracting(Record::date).containsOnlyNulls();
  }

  @Test
  void papersCompact2() {
    List<Record> records = readFiles(List.of("samples/papers-compact-2.txt")).records();

    assertThat(records.get(0))
        .extracting(Record::key, Record::title, Record::date, Record::line)
        .containsExactly(
            "spactort5",
            "SpacTor-T5: Pre-training T5 Models with Span Corruption and Replaced Token Detection",
            null,
            3);
    Record last = records.get(records.size() - 1);
    assertThat(last)
        .extracting(Record::key, Record::title, Record::line)
        .containsExactly("scalingNeuralMachine", "Scaling Neural Machine Translation", 199);
    assertThat(last.abstractText())
        .endsWith("we obtain a state-of-the-art BLEU of 43.2 in 8.5 hours on 128 GPUs.");
  }

  @Test
  void allFourCatedGiveTheSameRecordsAsGivenSeparately() throws IOException {
    Run separately = readFiles(SAMPLES);
    List<byte[]> parts = new ArrayList<>();
    for (String s : SAMPLES) {
      parts.add(bytesOf(s));
    }
    Run joined = Digests.parse(concat(parts.toArray(new byte[0][])));

    assertThat(separately.records()).hasSize(394);
    assertThat(separately.diagnostics()).isEmpty();
    assertThat(joined.diagnostics()).isEmpty();
    assertThat(contents(joined.records())).isEqualTo(contents(separately.records()));

    // The line of a title in the joined text is its line in its file plus the line ends before it.
    List<Integer> expectedLines = new ArrayList<>();
    long offset = 0;
    int k = 0;
    for (int i = 0; i < SAMPLES.size(); i++) {
      for (; k < separately.records().size() && separately.records().get(k).source().equals(SAMPLES.get(i)); k++) {
        expectedLines.add((int) (separately.records().get(k).line() + offset));
      }
      offset += lineEnds(parts.get(i));
    }
    assertThat(joined.records()).extracting(Record::line).containsExactlyElementsOf(expectedLines);
    assertThat(joined.records()).extracting(Record::source).containsOnly("t.txt");
  }

  static Stream<Arguments> samplePairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (String a : SAMPLES) {
      for (String b : SAMPLES) {
        if (!a.equals(b)) {
          pairs.add(Arguments.of(a, b));
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "cat {0} {1}")
  @MethodSource("samplePairs")
  void anyTwoCatedGiveTheSameRecordsAsGivenSeparately(String first, String second) throws IOException {
    Run separately = readFiles(List.of(first, second));
    Run joined = Digests.parse(concat(bytesOf(first), bytesOf(second)));

    assertThat(contents(joined.records())).isEqualTo(contents(separately.records()));
    assertThat(joined.diagnostics()).isEmpty();
  }

  /**
   * True when {@code s} shows something: a character that is neither white space nor an invisible
   * format character (zero-width space and joiners, word joiner, byte-order mark).
   */
  private static boolean isVisible(String s) {
    return s.codePoints()
        .anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT);
  }

  /** The sample with every blank line holding an invisible character, as some page copies have them. */
  private static byte[] withInvisibleBlankLines(String sample) throws IOException {
    String text = new String(bytesOf(sample), StandardCharsets.UTF_8);
    String[] invisible = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", " \u200B\u00A0"};
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.isEmpty() ? invisible[n++ % invisible.length] : line);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("samplePairs")
  void noRecordOfSamplesAloneOrCatedHasAnEmptyOrInvisibleTitle(String first, String second) throws IOException {
    Run joined = Digests.parse(concat(bytesOf(first), bytesOf(second)));
    Run invisible = Digests.parse(concat(withInvisibleBlankLines(first), withInvisibleBlankLines(second)));

    for (Run run : List.of(readFiles(List.of(first)), joined, invisible)) {
      assertThat(run.records()).isNotEmpty().allSatisfy(r -> assertThat(isVisible(r.title())).as("title %s", r.title()).isTrue());
    }
  }

  @ParameterizedTest
  @CsvSource({"samples/daily-papers-apr23.txt", "samples/daily-papers-mar13.txt"})
  void aSampleWhoseBlankLinesHoldInvisibleCharactersGivesTheSameRecords(String sample) throws IOException {
    Run plain = readFiles(List.of(sample));
    Run invisible = Digests.parse(withInvisibleBlankLines(sample));

    assertThat(new String(withInvisibleBlankLines(sample), StandardCharsets.UTF_8)).contains("\n\u200B\n");
    assertThat(invisible.diagnostics()).isEmpty();
    assertThat(contents(invisible.records())).isEqualTo(contents(plain.records()));
  }

  static Stream<Arguments> samplesEndingWithALinkThenAnother() {
    List<Arguments> pairs = new ArrayList<>();
    for (String a : List.of("samples/daily-papers-apr23.txt", "samples/daily-papers-mar13.txt")) {
      for (String b : SAMPLES) {
        pairs.add(Arguments.of(a, b));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "cat {0} without its final full stop, {1}")
  @MethodSource("samplesEndingWithALinkThenAnother")
  void catOfASampleEndingWithALinkGivesTheSameRecordsAsTheTwoInputs(String first, String second) throws IOException {
    byte[] a = bytesOf(first);
    assertThat(a[a.length - 1]).as("%s ends with a full stop and no newline", first).isEqualTo((byte) '.');
    byte[] endingWithALink = Arrays.copyOf(a, a.length - 1);
    Run separately =
        Digests.read(
            List.of(InputSource.bytes("a.txt", endingWithALink), InputSource.bytes("b.txt", bytesOf(second))),
            ParseOptions.defaults());
    Run joined = Digests.parse(concat(endingWithALink, bytesOf(second)));

    Record last = separately.records().stream().filter(r -> r.source().equals("a.txt")).reduce((x, y) -> y).orElseThrow();
    assertThat(last.abstractText()).endsWith(last.urls().get(last.urls().size() - 1));
    assertThat(contents(joined.records())).isEqualTo(contents(separately.records()));
    assertThat(joined.diagnostics()).isEmpty();
  }
}
