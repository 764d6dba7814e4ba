package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Case protection of titles (SPEC 4): only the words whose capitals carry meaning are braced, and a
 * lower-case word where pandoc and citeproc would capitalise it (at the start of the title or of a
 * sentence); every other word is left to the style, so that sentence-casing styles can lower it.
 */
class BibtexTitleWriterTest {

  static String title(String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteSink out = new ByteSink(bytes);
    new BibtexTitleWriter(new LatexEscaper()).write(out, b, 0, b.length);
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void assertWritten(String text, String bibtex) throws IOException {
    assertThat(title(text)).isEqualTo(bibtex);
    assertThat(LatexDecoder.decode(bibtex)).isEqualTo(LatexDecoder.expected(text));
    assertThat(LatexDecoder.bracesBalanceForBibtex(bibtex)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}  =>  {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '¤',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          Bag of Tricks for Inference-time Computation => Bag of Tricks for Inference-time Computation
          Scale Efficient Training for Large Datasets => Scale Efficient Training for Large Datasets
          Who's Harry Potter? Approximate Unlearning => Who's Harry Potter? Approximate Unlearning
          "Quoted" Title => "Quoted" Title
          Attention Is All You Need => Attention Is All You Need
          A Survey: A Study of A and B => A Survey: A Study of A and {B}
          Pre-training Multi-Task Text-to-Image Models => Pre-training Multi-Task Text-to-Image Models
          Ωmega ǅemal Ñandú Über Éclair => Ωmega ǅemal Ñandú Über Éclair
          深度学习：一个中文标题 => 深度学习：一个中文标题
          """)
  void ordinaryCapitalisedWordsAreLeftToTheStyle(String text, String bibtex) throws IOException {
    assertWritten(text, bibtex);
  }

  @ParameterizedTest(name = "[{index}] {0}  =>  {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '¤',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          EDTalk: Efficient Disentanglement for Emotional Talking Head Synthesis => {EDTalk}: Efficient Disentanglement for Emotional Talking Head Synthesis
          GaLore, LiDAR and LLMs: Mixed Capitals in a Title => {GaLore}, {LiDAR} and {LLMs}: Mixed Capitals in a Title
          GALORE: MEMORY-EFFICIENT LLM TRAINING => {GALORE}: {MEMORY}-{EFFICIENT} {LLM} {TRAINING}
          Approximate Unlearning in LLMs => Approximate Unlearning in {LLMs}
          (GaLore) and [LiDAR] => ({GaLore}) and [{LiDAR}]
          vTrain: A Simulation Framework => {vTrain}: A Simulation Framework
          Building Mixture-of-Depths MLLMs with p-MoD => Building Mixture-of-Depths {MLLMs} with p-{MoD}
          GPT-4o Beats Humans => {GPT}-4o Beats Humans
          LLM-based Agents and the LLM's Power => {LLM}-based Agents and the {LLM}'s Power
          ÉCRIRE, ΔNet and ÜberNet => {ÉCRIRE}, {ΔNet} and {ÜberNet}
          """)
  void wordsWithACapitalAfterTheirFirstCharacterAreBraced(String text, String bibtex) throws IOException {
    assertWritten(text, bibtex);
  }

  @ParameterizedTest(name = "[{index}] {0}  =>  {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '¤',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          3D Gaussian Splatting => {3D} {Gaussian} Splatting
          Pre-training T5 Models and GPT4 V2 => Pre-training {T5} Models and {GPT4} {V2}
          Printing in 3d at Scale => Printing in 3d at Scale
          Models of 2024 => Models of 2024
          """)
  void wordsWithACapitalAndADigitAreBraced(String text, String bibtex) throws IOException {
    assertWritten(text, bibtex);
  }

  @ParameterizedTest(name = "[{index}] {0}  =>  {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '¤',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          X-ray Vision => {X}-ray Vision
          What I Learned => What {I} Learned
          A Model of Type B => A Model of Type {B}
          Plan Ω => Plan {Ω}
          G_{Stack} Growth => {G}\\_\\{Stack\\} Growth
          """)
  void loneCapitalsOtherThanTheArticleAreBraced(String text, String bibtex) throws IOException {
    assertWritten(text, bibtex);
  }

  @ParameterizedTest(name = "[{index}] {0}  =>  {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '¤',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          Bayesian Inference on Markov Chains => {Bayesian} Inference on {Markov} Chains
          Translating English to Chinese => Translating {English} to {Chinese}
          Monte Carlo Methods for Schrödinger Equations => {Monte} {Carlo} Methods for {Schrödinger} Equations
          Bayesianism and bayesian Nets => Bayesianism and bayesian Nets
          """)
  void properNounsOfTheBuiltInListAreBraced(String text, String bibtex) throws IOException {
    assertWritten(text, bibtex);
  }

  @ParameterizedTest(name = "[{index}] {0}  =>  {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '¤',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          torchdistill: A Modular Framework => {torchdistill}: A Modular Framework
          SteloCoder: a Decoder-Only LLM => {SteloCoder}: {a} Decoder-Only {LLM}
          Cabrita: closing the gap for foreign languages => Cabrita: {closing} the gap for foreign languages
          Accuracy vs. training time => Accuracy vs. {training} time
          Ready? set, go! now => Ready? {set}, go! {now}
          p-MoD: Building Mixture-of-Depths => {p}-{MoD}: Building Mixture-of-Depths
          Über: été à Paris => Über: {été} à Paris
          3d printing at scale => 3d printing at scale
          version 2.5 of x.y => {version} 2.5 of x.y
          """)
  void lowerCaseWordsThatStartASentenceAreBraced(String text, String bibtex) throws IOException {
    assertWritten(text, bibtex);
  }

  @ParameterizedTest(name = "[{index}] {0}  =>  {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '¤',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          $λ$-ECLIPSE: Multi-Concept => \\${λ}\\$-{ECLIPSE}: Multi-Concept
          PixArt-$α$: Fast Training for 50\\% of the Cost => {PixArt}-\\$α\\$: Fast Training for 50{\\textbackslash}\\% of the Cost
          \\Foo and \\FooBar => {\\textbackslash}Foo and {\\textbackslash}{FooBar}
          Unbalanced } Braces { in a Title => Unbalanced {\\textbraceright} Braces {\\textbraceleft} in a Title
          {GaLore} and {x} => \\{{GaLore}\\} and \\{x\\}
          {$GaLore} => \\{{}\\${GaLore}\\}
          Fast--Slow ``Dual'' Nets => Fast-{}-Slow `{}`Dual'{}' Nets
          Fast (<80ms) LLMs | Slow => Fast ({\\textless}80ms) {LLMs} {\\textbar} Slow
          <GaLore> => {\\textless}{GaLore}{\\textgreater}
          x  Y => {x} {} {Y}
          A\tTitle => A Title
          """)
  void bracesSitBetweenEscapes(String text, String bibtex) throws IOException {
    assertWritten(text, bibtex);
  }
}
