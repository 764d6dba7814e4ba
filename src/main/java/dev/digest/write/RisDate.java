package dev.digest.write;

/**
 * Turns a digest's date line into RIS's {@code DA} form, {@code YYYY/MM/DD/}, when the line names a
 * whole calendar date: {@code Mar 13, 2025} and {@code March 13, 2025} give {@code 2025/03/13/}.
 * A date without a year ({@code Apr 23}), or one that is not a real day, gives nothing: RIS readers
 * would otherwise guess a year, and the date as written still travels in {@code N1}.
 */
final class RisDate {
  /** Length of {@code YYYY/MM/DD/}. */
  static final int LENGTH = 11;

  private static final String[][] MONTH_NAMES = {
    {"Jan", "January"}, {"Feb", "February"}, {"Mar", "March"}, {"Apr", "April"}, {"May"},
    {"Jun", "June"}, {"Jul", "July"}, {"Aug", "August"}, {"Sep", "Sept", "September"},
    {"Oct", "October"}, {"Nov", "November"}, {"Dec", "December"}
  };
  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private RisDate() {}

  /**
   * Writes the {@code DA} value of the date line {@code b[0, len)} into {@code out[0, LENGTH)} and
   * returns true, or returns false when the line holds no whole date.
   */
  static boolean toRis(byte[] b, int len, byte[] out) {
    int day = dayOf(b, len);
    if (day == 0) {
      return false;
    }
    write(day, out);
    return true;
  }

  /** Writes {@code day}, a date as {@code YYYYMMDD}, as {@code YYYY/MM/DD/} into {@code out[0, LENGTH)}. */
  static void write(int day, byte[] out) {
    int v = day;
    for (int i = 9; i >= 0; i--) {
      if (i == 4 || i == 7) {
        out[i] = '/';
      } else {
        out[i] = (byte) ('0' + v % 10);
        v /= 10;
      }
    }
    out[10] = '/';
  }

  /**
   * The date line {@code b[0, len)} as {@code YYYYMMDD} ({@code Mar 13, 2025} gives 20250313), or 0
   * when it names no whole calendar date.
   */
  static int dayOf(byte[] b, int len) {
    int space = indexOf(b, 0, len, ' ');
    if (space < 0) {
      return 0;
    }
    int month = month(b, space);
    int i = space + 1;
    int day = 0;
    int dayDigits = 0;
    while (i < len && isDigit(b[i]) && dayDigits < 3) {
      day = day * 10 + (b[i++] - '0');
      dayDigits++;
    }
    if (month == 0 || dayDigits == 0 || dayDigits > 2 || len - i != 6 || b[i] != ',' || b[i + 1] != ' ') {
      return 0;
    }
    int year = 0;
    for (int k = i + 2; k < len; k++) {
      if (!isDigit(b[k])) {
        return 0;
      }
      year = year * 10 + (b[k] - '0');
    }
    return isDay(year, month, day) ? year * 10000 + month * 100 + day : 0;
  }

  /** True when {@code year-month-day} is a real calendar day (there is no year 0). */
  static boolean isDay(int year, int month, int day) {
    return year >= 1
        && month >= 1
        && month <= 12
        && day >= 1
        && day <= DAYS_IN_MONTH[month - 1]
        && (month != 2 || day != 29 || isLeap(year));
  }

  /** 1 to 12 for an English month name or its abbreviation in {@code b[0, len)}, else 0. */
  private static int month(byte[] b, int len) {
    for (int m = 0; m < MONTH_NAMES.length; m++) {
      for (String name : MONTH_NAMES[m]) {
        if (asciiEquals(b, len, name)) {
          return m + 1;
        }
      }
    }
    return 0;
  }

  private static boolean asciiEquals(byte[] b, int len, String s) {
    if (len != s.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (b[k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static int indexOf(byte[] b, int from, int to, int c) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
