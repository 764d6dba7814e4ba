package dev.digest.parse;

import static dev.digest.parse.Digests.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.Record;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What fuzzing found in the parser, one test a finding. The input that found each one is kept
 * beside the fuzz targets' other inputs, named {@code finding-*}.
 */
class ParserFuzzFindingsTest {

  /**
   * Found by the bibtex writer target (finding-link-holds-next-line): a link ran on through NEL,
   * which bibtex then wrote raw into {@code url} and ris as a space.
   */
  @Test
  void linkEndsAtC1ControlAndLineSeparators() {
    String abstractText =
        "Links https://a.org/x\u0085y and https://b.org/x\u0081y, https://c.org/x\u2028y, https://d.org/x\u2029y. "
            + "Not at other non-ASCII: https://e.org/\u00A1\u00E9\u20AC.";

    Record r = parse("new\n\nA Title\n\n" + abstractText + "\n").records().get(0);

    assertThat(r.abstractText()).isEqualTo(abstractText);
    assertThat(r.urls())
        .isEqualTo(List.of("https://a.org/x", "https://b.org/x", "https://c.org/x", "https://d.org/x", "https://e.org/\u00A1\u00E9\u20AC"));
  }
}
