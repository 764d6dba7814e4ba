package dev.digest.testing;

import dev.digest.model.Record;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page a user copies, rendered from records (those of an API response): the two layouts of
 * SPEC Section 1, as a paste of that page would read.
 */
public final class DailyPage {
  private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

  private DailyPage() {}

  /**
   * The blank-line layout: header, the date line of the first record's listing day ({@code May 27}),
   * then title and abstract paragraphs, hard-wrapped at 80 columns.
   */
  public static String blankLine(List<Record> records) {
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

  /** The compact layout: furniture lines, {@code Subscribe} glued to the first title, one paragraph a line. */
  public static String compact(List<Record> records) {
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
