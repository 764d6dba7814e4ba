package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the tags of one RIS record must hold for a record, worked out from the README alone. */
final class RisExpectations {
  /** Every character Python's {@code str.splitlines} breaks a line at, and tab. */
  private static final String LINE_BREAKS_AND_TAB = "\t\n\u000B\u000C\r\u001C\u001D\u001E\u0085\u2028\u2029";
  private static final Pattern WHOLE_DATE = Pattern.compile("([A-Za-z]+) ([0-9]{1,2}), ([0-9]{4})");
  private static final List<List<String>> MONTHS =
      List.of(
          List.of("Jan", "January"), List.of("Feb", "February"), List.of("Mar", "March"), List.of("Apr", "April"),
          List.of("May"), List.of("Jun", "June"), List.of("Jul", "July"), List.of("Aug", "August"),
          List.of("Sep", "Sept", "September"), List.of("Oct", "October"), List.of("Nov", "November"),
          List.of("Dec", "December"));

  private RisExpectations() {}

  static void assertHolds(Map<String, List<String>> entry, FuzzedRecord r) {
    assertThat(entry.keySet()).isSubsetOf("TY", "TI", "AU", "AB", "UR", "PY", "DA", "DO", "N1", "ER");
    assertThat(entry.get("TY")).containsExactly("GEN");
    assertThat(entry.get("TI")).containsExactly(oneLine(r.title));
    List<String> names = PaperFieldExpectations.namedAuthors(r);
    assertThat(entry.get("AU")).isEqualTo(names.isEmpty() ? null : names.stream().map(RisExpectations::oneLine).toList());
    assertThat(entry.get("AB")).isEqualTo(r.abstractText.isEmpty() ? null : List.of(oneLine(r.abstractText)));
    List<String> links = new ArrayList<>();
    if (r.arxiv != null) {
      links.add(PaperFieldExpectations.arxivPage(r.arxiv));
    }
    r.urls.stream().filter(u -> !links.contains(u)).forEach(links::add);
    assertThat(entry.get("UR")).isEqualTo(links.isEmpty() ? null : links.stream().map(RisExpectations::oneLine).toList());
    assertThat(entry.get("N1")).isEqualTo(r.date == null ? null : List.of(oneLine(r.date)));
    LocalDate day = PaperFieldExpectations.day(r);
    assertThat(entry.get("PY")).as("PY of %s, %s", r.published, r.date).isEqualTo(day == null ? null : List.of(String.format("%04d", day.getYear())));
    String da = day == null ? null : String.format("%04d/%02d/%02d/", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    assertThat(entry.get("DA")).as("DA of %s, %s", r.published, r.date).isEqualTo(da == null ? null : List.of(da));
    assertThat(entry.get("DO")).isEqualTo(r.arxiv == null ? null : List.of(oneLine("10.48550/arXiv." + r.arxiv)));
  }

  /** A RIS value is one line: tabs and line breaks become spaces (README, Formats). */
  static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(LINE_BREAKS_AND_TAB.indexOf(c) >= 0 ? ' ' : c);
    }
    return sb.toString();
  }

  /** {@code YYYY/MM/DD/} when the date line names a real day of a year, else null. */
  static String risDate(String date) {
    Matcher m = WHOLE_DATE.matcher(date);
    if (!m.matches()) {
      return null;
    }
    for (int month = 1; month <= 12; month++) {
      if (MONTHS.get(month - 1).contains(m.group(1))) {
        try {
          LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
          return String.format("%s/%02d/%02d/", m.group(3), day.getMonthValue(), day.getDayOfMonth());
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    return null;
  }
}
