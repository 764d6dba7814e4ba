package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hard-wrapped API and snapshot text, unwrapped to the text the page shows. */
class PlainTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal\\n  Models|ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models",
        "  A snapshot abstract starts with a space\\nand ends with a line feed.\\n|A snapshot abstract starts with a space and ends with a line feed.",
        "First paragraph.\\n\\nSecond paragraph.|First paragraph.\\nSecond paragraph.",
        "First paragraph.\\n  \\n\\n \\nSecond.|First paragraph.\\nSecond.",
        "Windows\\r\\nline ends\\r\\n\\r\\nand old Mac\\rones.|Windows line ends\\nand old Mac ones.",
        "tabs\\tand  runs   of\\fspace|tabs and runs of space",
        "no\u00A0break space stays|no\u00A0break space stays",
        "π ≈ 3.14 and 😀|π ≈ 3.14 and 😀",
      })
  void unwrapsAsAPageShowsTheText(String wrapped, String shown) {
    Text t = new Text();
    String in = wrapped.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\f", "\f");

    boolean ok = new PlainText().appendUnwrapped(in.toCharArray(), 0, in.length(), t);

    assertThat(ok).isTrue();
    String expected = shown.replace("\\n", "\n");
    assertThat(t.toString()).isEqualTo(expected);
    assertThat(t.chars()).isEqualTo(expected.codePointCount(0, expected.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"\uD800", "a\uDC00b", "x\uD83D"})
  void aLoneSurrogateIsRefused(String text) {
    assertThat(new PlainText().append(text.toCharArray(), 0, text.length(), new Text())).isFalse();
    assertThat(new PlainText().appendUnwrapped(text.toCharArray(), 0, text.length(), new Text())).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"  kept  as\\n written |  kept  as\\n written ", "é😀\\t|é😀\\t"})
  void asWrittenKeepsEveryCharacter(String text, String expected) {
    String in = text.replace("\\n", "\n").replace("\\t", "\t");
    Text t = new Text();

    new PlainText().append(in.toCharArray(), 0, in.length(), t);

    assertThat(t.toString()).isEqualTo(expected.replace("\\n", "\n").replace("\\t", "\t"));
  }
}
