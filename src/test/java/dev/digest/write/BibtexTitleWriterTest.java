package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Case protection of titles: every word with a capital (any script), and a lower-case word where
 * pandoc and citeproc would capitalise it (at the start of the title or of a sentence), is braced
 * from its first letter or digit to its end, sentence punctuation left outside.
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

  @ParameterizedTest(name = "[{index}] {0}  =>  {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '¤',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          EDTalk: Efficient Disentanglement for Emotional Talking Head Synthesis => {EDTalk}: {Efficient} {Disentanglement} for {Emotional} {Talking} {Head} {Synthesis}
          GaLore, LiDAR and 3D: Mixed Capitals in a Title => {GaLore}, {LiDAR} and {3D}: {Mixed} {Capitals} in a {Title}
          GALORE: MEMORY-EFFICIENT LLM TRAINING => {GALORE}: {MEMORY-EFFICIENT} {LLM} {TRAINING}
          Who's Harry Potter? Approximate Unlearning in LLMs => {Who's} {Harry} {Potter}? {Approximate} {Unlearning} in {LLMs}
          U.S.A. Rules => {U.S.A}. {Rules}
          (GaLore) and [LiDAR] => ({GaLore}) and [{LiDAR}]
          "Quoted" Title => "{Quoted}" {Title}
          vTrain: A Simulation Framework => {vTrain}: {A} {Simulation} {Framework}
          p-MoD: Building Mixture-of-Depths MLLMs => {p-MoD}: {Building} {Mixture-of-Depths} {MLLMs}
          torchdistill: A Modular Framework => {torchdistill}: {A} {Modular} {Framework}
          SteloCoder: a Decoder-Only LLM => {SteloCoder}: {a} {Decoder-Only} {LLM}
          Cabrita: closing the gap for foreign languages => {Cabrita}: {closing} the gap for foreign languages
          Accuracy vs. training time => {Accuracy} vs. {training} time
          Ready? set, go! now => {Ready}? {set}, go! {now}
          3d printing at scale => {3d} printing at scale
          $λ$-ECLIPSE: Multi-Concept => \\${λ\\$-ECLIPSE}: {Multi-Concept}
          PixArt-$α$: Fast Training for 50\\% of the Cost => {PixArt-\\$α\\$}: {Fast} {Training} for 50{\\textbackslash}\\% of the {Cost}
          \\Foo and \\bar => {\\textbackslash}{Foo} and {\\textbackslash}bar
          G_{Stack} Growth => {G\\_\\{Stack\\}} {Growth}
          Unbalanced } Braces { in a Title => {Unbalanced} {\\textbraceright} {Braces} {\\textbraceleft} in a {Title}
          {GaLore} and {x} => \\{{GaLore\\}} and \\{x\\}
          Fast--Slow ``Dual'' Nets => {Fast-{}-Slow} `{}`{Dual}'{}' {Nets}
          Ωmega ǅemal Ñandú => {Ωmega} {ǅemal} {Ñandú}
          Μηχανική Μάθηση: Greek Title with Accents Café Naïve Ørsted Łódź => {Μηχανική} {Μάθηση}: {Greek} {Title} with {Accents} {Café} {Naïve} {Ørsted} {Łódź}
          深度学习：一个中文标题 => 深度学习：一个中文标题
          Über: été à Paris => {Über}: {été} à {Paris}
          x  Y => {x} {} {Y}
          A\tTitle => {A} {Title}
          """)
  void protectsCase(String text, String bibtex) throws IOException {
    assertThat(title(text)).isEqualTo(bibtex);
    assertThat(LatexDecoder.decode(bibtex)).isEqualTo(LatexDecoder.expected(text));
    assertThat(LatexDecoder.bracesBalanceForBibtex(bibtex)).isTrue();
  }
}
