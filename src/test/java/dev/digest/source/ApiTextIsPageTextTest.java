package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.Record;
import java.io.IOException;
import java.nio.file.Path;
import dev.digest.testing.DailyPage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records of an API response equal the records of a paste of the same page (SPEC Section 7).
 * Each real API sample is rendered as the page a user would copy ({@link DailyPage}), in both
 * layouts of SPEC Section 1 (the blank-line layout with its header, date line and paragraphs
 * hard-wrapped at 80 columns; the compact layout with {@code Subscribe} glued to the first title,
 * one paragraph a line), and the
 * paste must give the same titles, abstracts, links and keys, with no warning. Authors, arXiv id
 * and dates are what only the API knows.
 */
class ApiTextIsPageTextTest {
  static Stream<Path> samples() throws IOException {
    return DailyPapersReaderTest.samples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aBlankLinePasteOfThePageGivesTheSameRecords(Path sample) throws IOException {
    List<Record> api = Sources.records(sample);

    assertSameText(Sources.records("paste.txt", DailyPage.blankLine(api)), api);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aCompactPasteOfThePageGivesTheSameRecords(Path sample) throws IOException {
    List<Record> api = Sources.records(sample);

    assertSameText(Sources.records("paste.txt", DailyPage.compact(api)), api);
  }

  private static void assertSameText(List<Record> paste, List<Record> api) {
    assertThat(paste).hasSameSizeAs(api);
    for (int i = 0; i < api.size(); i++) {
      Record p = paste.get(i);
      Record a = api.get(i);
      assertThat(p.title()).as("title %d", i).isEqualTo(a.title());
      assertThat(p.abstractText()).as("abstract %d", i).isEqualTo(a.abstractText());
      assertThat(p.urls()).as("links %d", i).isEqualTo(a.urls());
      assertThat(p.key()).as("key %d", i).isEqualTo(a.key());
    }
  }
}
