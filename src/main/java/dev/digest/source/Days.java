package dev.digest.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The day of a timestamp as the data gives it, as {@code YYYY-MM-DD}, or {@code null} when the
 * value is not a date of the years 1 to 9999 (which that form can write): a record then keeps its
 * date unknown rather than a wrong one.
 */
final class Days {
  private Days() {}

  private static String day(LocalDate day) {
    return day.getYear() >= 1 && day.getYear() <= 9999 ? day.toString() : null;
  }

  /** The day of an ISO 8601 date or date-time ({@code 2024-05-24T17:34:15.000Z} gives {@code 2024-05-24}), in UTC. */
  static String ofIso(String value) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return day(LocalDate.parse(value));
      }
      return day(ZonedDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).withZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The day of an RFC 1123 date-time ({@code Mon, 2 Apr 2007 19:18:42 GMT} gives {@code 2007-04-02}), in UTC. */
  static String ofRfc1123(String value) {
    if (value == null) {
      return null;
    }
    try {
      return day(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
