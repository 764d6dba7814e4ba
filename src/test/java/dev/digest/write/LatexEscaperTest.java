package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The escaping table, one row per hazard: plain text in, the exact BibTeX field text out. */
class LatexEscaperTest {

  static String escape(String text) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteSink out = new ByteSink(bytes);
    new LatexEscaper().writeValue(out, b, 0, b.length);
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
          plain text, with commas. => plain text, with commas.
          50\\% => 50{\\textbackslash}\\%
          $ % & # _ => \\$ \\% \\& \\# \\_
          PixArt-$α$ => PixArt-\\$α\\$
          a^b~c => a{\\textasciicircum}b{\\textasciitilde}c
          https://example.com/~user/ => https://example.com/{\\textasciitilde}user/
          \\ => {\\textbackslash}
          \\\\ => {\\textbackslash}{\\textbackslash}
          \\input{/etc/passwd} => {\\textbackslash}input\\{/etc/passwd\\}
          \\write18{rm -rf ~} => {\\textbackslash}write18\\{rm -rf {\\textasciitilde}\\}
          ^^5cinput{x} => {\\textasciicircum}{\\textasciicircum}5cinput\\{x\\}
          \\csname end\\endcsname => {\\textbackslash}csname end{\\textbackslash}endcsname
          G_{stack} => G\\_\\{stack\\}
          {x} => \\{x\\}
          {{x}} => \\{{}\\{x\\}\\}
          {$x$} => \\{{}\\$x\\$\\}
          {_} => \\{{}\\_\\}
          {\\name} => \\{{\\textbackslash}name\\}
          {} => \\{{}\\}
          }{ => {\\textbraceright}{\\textbraceleft}
          a { b => a {\\textbraceleft} b
          a } b => a {\\textbraceright} b
          { x }} => \\{ x \\}{\\textbraceright}
          {{ x } => {\\textbraceleft}\\{ x \\}
          DVIS{https://github.com/x => DVIS{\\textbraceleft}https://github.com/x
          a--b => a-{}-b
          a---b => a-{}-{}-b
          ----- => -{}-{}-{}-{}-
          ``quoted'' => `{}`quoted'{}'
          ?` and !` => ?{}` and !{}`
          <<guillemets>> => {\\textless}{\\textless}guillemets{\\textgreater}{\\textgreater}
          ,,low => ,{},low
          a-b it's 'single' `grave` x y z => a-b it's 'single' `grave` x y z
          "double" “curly” ‘single’ => "double" “curly” ‘single’
          café Μηχανική 深度学习 😀 => café Μηχανική 深度学习 😀
          a\u00A0b => a\u00A0b
          a  b => a {} b
          a   b => a {} {} b
          a\tb => a b
          a \tb => a {} b
          \ta => {} a
          a  => a {}
          """)
  void escapesEveryHazard(String text, String bibtex) throws IOException {
    assertThat(escape(text)).isEqualTo(bibtex);
    assertThat(LatexDecoder.decode(bibtex)).isEqualTo(LatexDecoder.expected(text));
    assertThat(LatexDecoder.bracesBalanceForBibtex(bibtex)).isTrue();
  }

  /**
   * SPEC 4: the characters that LaTeX's default font encoding (OT1) prints as other glyphs, and
   * that Zotero's BibTeX reader decodes so, are spelled as the commands every reader knows.
   */
  @ParameterizedTest(name = "[{index}] {0}  =>  {1}")
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '¤',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          (<80ms) => ({\\textless}80ms)
          x < y > z => x {\\textless} y {\\textgreater} z
          a|b => a{\\textbar}b
          <|> => {\\textless}{\\textbar}{\\textgreater}
          <<a>> => {\\textless}{\\textless}a{\\textgreater}{\\textgreater}
          x<=y, x>=y, x<>y, x||y => x{\\textless}=y, x{\\textgreater}=y, x{\\textless}{\\textgreater}y, x{\\textbar}{\\textbar}y
          <br> tags and a|b|c table => {\\textless}br{\\textgreater} tags and a{\\textbar}b{\\textbar}c table
          """)
  void charactersThatOt1MisprintsAreSpelledAsCommands(String text, String bibtex) throws IOException {
    assertThat(escape(text)).isEqualTo(bibtex);
    assertThat(LatexDecoder.decode(bibtex)).isEqualTo(text);
  }

  static Stream<Arguments> controlCharacters() {
    return Stream.of(
        Arguments.of("first paragraph.\nsecond paragraph", "first paragraph. second paragraph"),
        Arguments.of("a\r\nb", "a {} b"),
        Arguments.of("a\rb", "a b"),
        Arguments.of("a\u0001b\u001Bc", "a b c"),
        Arguments.of("a\u007Fb", "a b"),
        Arguments.of("a\u0085b", "a b"),
        Arguments.of("a \u0085b", "a {} b"),
        Arguments.of("\u0080", "{} {}"),
        Arguments.of("", ""),
        Arguments.of(" ", "{} {}"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("controlCharacters")
  void controlCharactersBecomeSpaces(String text, String bibtex) throws IOException {
    assertThat(escape(text)).isEqualTo(bibtex);
    assertThat(LatexDecoder.decode(bibtex)).isEqualTo(LatexDecoder.expected(text));
  }

  /**
   * The scan reads eight bytes at a time and looks at a byte's neighbour: every hazard, at every
   * offset in a word and next to every end of the value, still decodes back.
   */
  @Test
  void everyHazardAtEveryOffsetOfTheEightByteScan() throws IOException {
    String[] hazards = {
      "\\", "{", "}", "{x}", "}{", "$", "%", "&", "#", "_", "^", "~", "--", "---", "``", "''", "?`", "!`", "<<", ">>", ",,",
      "<", ">", "|", "(<80ms)", "a|b", "  ", " \t", "\t", "\n", "\u0001", "\u007F", "\u0085", " \u0085", "\u00A0", "é", "深", "😀", "00", "]|",
    };
    String padding = "abcdefghijklmnopqrstuvwxyz";
    int checked = 0;
    for (String hazard : hazards) {
      for (int before = 0; before <= 18; before++) {
        for (int after = 0; after <= 18; after += 3) {
          String text = padding.substring(0, before) + hazard + padding.substring(0, after);
          for (String t : new String[] {text, text.replace('a', ' '), hazard + text + hazard}) {
            String bibtex = escape(t);
            assertThat(LatexDecoder.decode(bibtex)).as("%s => %s", t, bibtex).isEqualTo(LatexDecoder.expected(t));
            assertThat(LatexDecoder.bracesBalanceForBibtex(bibtex)).as(bibtex).isTrue();
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(5000);
  }
}
