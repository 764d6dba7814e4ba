package dev.digest.write;

import dev.digest.model.RecordView;
import dev.digest.model.Text;

/**
 * The date a citation gives for a record: the paper's publication date when it is known, else the
 * digest's date line when that names a year ({@code Mar 13, 2025}, or {@code 2024-05-27}, the day
 * the Daily Papers API listed a paper); else none, since a date line
 * such as {@code Apr 23} would make a reader guess the year. BibTeX writes its year and month, RIS
 * its {@code PY} and {@code DA}, CSL-JSON its {@code issued} date.
 */
final class PaperDate {
  /** Length of {@code YYYY-MM-DD}. */
  private static final int ISO_LENGTH = 10;

  private PaperDate() {}

  /** The record's date as {@code YYYYMMDD} (2025-03-13 gives 20250313), or 0 when it has none. */
  static int of(RecordView r) {
    Text published = r.published();
    if (published != null) {
      int day = isoDay(published.bytes(), published.length());
      if (day != 0) {
        return day;
      }
    }
    Text line = r.date();
    if (line == null) {
      return 0;
    }
    int day = isoDay(line.bytes(), line.length());
    return day != 0 ? day : RisDate.dayOf(line.bytes(), line.length());
  }

  static int year(int day) {
    return day / 10000;
  }

  static int month(int day) {
    return day / 100 % 100;
  }

  static int dayOfMonth(int day) {
    return day % 100;
  }

  /** {@code YYYY-MM-DD} in {@code b[0, len)} as {@code YYYYMMDD}, or 0 when it is not a real day. */
  static int isoDay(byte[] b, int len) {
    if (len != ISO_LENGTH || b[4] != '-' || b[7] != '-') {
      return 0;
    }
    int year = digits(b, 0, 4);
    int month = digits(b, 5, 7);
    int day = digits(b, 8, 10);
    if (year < 0 || month < 0 || day < 0 || !RisDate.isDay(year, month, day)) {
      return 0;
    }
    return year * 10000 + month * 100 + day;
  }

  /** The decimal number in {@code b[from, to)}, or -1 when a byte is not a digit. */
  private static int digits(byte[] b, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      if (!RisDate.isDigit(b[i])) {
        return -1;
      }
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }
}
