package dev.digest.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
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
    assertThat(entry.keySet()).isSubsetOf("TY", "TI", "AB", "UR", "DA", "N1", "ER");
    assertThat(entry.get("TY")).containsExactly("GEN");
    assertThat(entry.get("TI")).containsExactly(oneLine(r.title));
    assertThat(entry.get("AB")).isEqualTo(r.abstractText.isEmpty() ? null : List.of(oneLine(r.abstractText)));
    assertThat(entry.get("UR")).isEqualTo(r.urls.isEmpty() ? null : r.urls.stream().map(RisExpectations::oneLine).toList());
    assertThat(entry.get("N1")).isEqualTo(r.date == null ? null : List.of(oneLine(r.date)));
    String da = r.date == null ? null : risDate(r.date);
    assertThat(entry.get("DA")).as("DA of %s", r.date).isEqualTo(da == null ? null : List.of(da));
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
  private static String risDate(String date) {
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
