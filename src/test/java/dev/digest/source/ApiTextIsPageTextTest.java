package dev.digest.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.model.Record;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records of an API response equal the records of a paste of the same page (SPEC Section 7).
 * Each real API sample is rendered as the page a user would copy, in both layouts of SPEC Section 1
 * (the blank-line layout with its header, date line and paragraphs hard-wrapped at 80 columns; the
 * compact layout with {@code Subscribe} glued to the first title, one paragraph a line), and the
 * paste must give the same titles, abstracts, links and keys, with no warning. Authors, arXiv id
 * and dates are what only the API knows.
 */
class ApiTextIsPageTextTest {
  private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

  static Stream<Path> samples() throws IOException {
    return DailyPapersReaderTest.samples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aBlankLinePasteOfThePageGivesTheSameRecords(Path sample) throws IOException {
    List<Record> api = Sources.records(sample);

    assertSameText(Sources.records("paste.txt", blankLinePage(api)), api);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aCompactPasteOfThePageGivesTheSameRecords(Path sample) throws IOException {
    List<Record> api = Sources.records(sample);

    assertSameText(Sources.records("paste.txt", compactPage(api)), api);
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

  /** The page as copied in the blank-line layout: header, date line, then title and abstract paragraphs. */
  static String blankLinePage(List<Record> records) {
    StringBuilder page = new StringBuilder("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\n");
    page.append(LocalDate.parse(records.get(0).date()).format(PAGE_DATE)).append("\n\n");
    for (Record r : records) {
      page.append(wrapped(r.title())).append("\n\n");
      for (String paragraph : r.abstractText().split("\n")) {
        page.append(wrapped(paragraph)).append("\n\n");
      }
    }
    return page.toString();
  }

  /** The page as copied in the compact layout: furniture lines, Subscribe glued to the first title, one paragraph a line. */
  static String compactPage(List<Record> records) {
    StringBuilder page = new StringBuilder("Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe");
    for (Record r : records) {
      page.append(r.title()).append('\n').append(r.abstractText()).append('\n');
    }
    return page.toString();
  }

  /** A paragraph hard-wrapped at 80 columns, at spaces, as a mail or terminal would. */
  private static String wrapped(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > 80) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return String.join("\n", lines);
  }
}
