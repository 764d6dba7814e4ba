package dev.digest.parse;

import java.nio.charset.StandardCharsets;

/**
 * Page furniture: the lines a paper-listing page shows around the papers, which never become
 * records. Recognised on trimmed UTF-8 bytes, whole lines or glued to the ends of text.
 */
enum Furniture {
  NEW("new"),
  SUBSCRIBE("Subscribe"),
  TRENDING("Get trending papers in your email inbox!"),
  TRENDING_DAILY("Get trending papers in your email inbox once a day!"),
  BYLINE("byAK and the research community"),
  /** A date line such as {@code Apr 23} or {@code Mar 13, 2025}; it has no fixed text. */
  DATE(null);

  private static final Furniture[] FIXED = {NEW, SUBSCRIBE, TRENDING, TRENDING_DAILY, BYLINE};
  /** The furniture that is recognised glued to the end of a line without looking further. */
  private static final Furniture[] GLUED_AT_END = {TRENDING_DAILY, TRENDING, BYLINE};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "January", "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December"
  };
  private static final byte[][] MONTH_BYTES = new byte[MONTHS.length][];
  private static final int LONGEST = 51;
  /** {@code September 30, 2025}. */
  private static final int LONGEST_DATE = 18;

  static {
    for (int i = 0; i < MONTHS.length; i++) {
      MONTH_BYTES[i] = MONTHS[i].getBytes(StandardCharsets.US_ASCII);
    }
  }

  private final byte[] text;

  Furniture(String text) {
    this.text = text == null ? null : text.getBytes(StandardCharsets.US_ASCII);
  }

  int length() {
    return text.length;
  }

  /** The furniture the whole of {@code b[s, e)} is, or null. */
  static Furniture wholeLine(byte[] b, int s, int e) {
    int len = e - s;
    if (len > LONGEST || len < 3) {
      return null;
    }
    for (Furniture f : FIXED) {
      if (f.text.length == len && regionEquals(b, s, f.text)) {
        return f;
      }
    }
    return isDate(b, s, e) ? DATE : null;
  }

  /**
   * The furniture glued to the end of text in {@code b[s, e)} (long header lines, which no
   * abstract ends with), or null. The text before it is at least one byte.
   */
  static Furniture gluedAtEnd(byte[] b, int s, int e) {
    int last = b[e - 1];
    if (last != '!' && last != 'y') {
      return null;
    }
    for (Furniture f : GLUED_AT_END) {
      int from = e - f.text.length;
      if (from > s && regionEquals(b, from, f.text)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The {@code new} glued to the end of text in {@code b[s, e)} ({@code ...PreSelect.new}), with the
   * byte-order mark {@code cat} leaves before it when the next file starts with one; null when there
   * is none. Glued means after a character that is not a letter, digit or space. It is the start of
   * a next digest only if a header line follows.
   */
  static GluedNew gluedNew(byte[] b, int s, int e) {
    if (e - s < 4 || b[e - 1] != 'w' || b[e - 2] != 'e' || b[e - 3] != 'n') {
      return null;
    }
    if (e - s >= 7 && (b[e - 4] & 0xFF) == 0xBF && (b[e - 5] & 0xFF) == 0xBB && (b[e - 6] & 0xFF) == 0xEF) {
      return GluedNew.AFTER_BYTE_ORDER_MARK;
    }
    int before = b[e - 4] & 0xFF;
    return before > ' ' && before < 0x7F && !isAsciiLetterOrDigit(before) ? GluedNew.AFTER_TEXT : null;
  }

  /**
   * True when {@code b[s, e)} starts with {@code Subscribe} glued to the title that follows it
   * ({@code SubscribeModular Neural ...}). Right after a header anything glued counts ({@code
   * SubscribexLSTM: ...}); elsewhere a lower-case letter continues a word ({@code Subscribers}).
   */
  static boolean startsWithGluedSubscribe(byte[] b, int s, int e, boolean afterHeader) {
    int n = SUBSCRIBE.text.length;
    if (e - s <= n || !regionEquals(b, s, SUBSCRIBE.text)) {
      return false;
    }
    int next = b[s + n];
    if (Whitespace.isAsciiBlank(next)) {
      return false;
    }
    return afterHeader || (!(next >= 'a' && next <= 'z') && ":;,.!?".indexOf(next) < 0);
  }

  /** {@code Apr 23}, {@code April 23} or {@code Mar 13, 2025}. */
  static boolean isDate(byte[] b, int s, int e) {
    if (e - s > LONGEST_DATE) {
      return false;
    }
    for (byte[] m : MONTH_BYTES) {
      if (e - s > m.length && regionEquals(b, s, m) && b[s + m.length] == ' ') {
        return isDayAndYear(b, s + m.length + 1, e);
      }
    }
    return false;
  }

  private static boolean isDayAndYear(byte[] b, int i, int e) {
    int digits = 0;
    int day = 0;
    while (i < e && isDigit(b[i]) && digits < 3) {
      day = day * 10 + (b[i] - '0');
      digits++;
      i++;
    }
    if (digits == 0 || digits > 2 || day < 1 || day > 31) {
      return false;
    }
    if (i == e) {
      return true;
    }
    if (e - i != 6 || b[i] != ',' || b[i + 1] != ' ') {
      return false;
    }
    for (int k = i + 2; k < e; k++) {
      if (!isDigit(b[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean regionEquals(byte[] b, int at, byte[] text) {
    for (int k = 0; k < text.length; k++) {
      if (b[at + k] != text[k]) {
        return false;
      }
    }
    return true;
  }
}
