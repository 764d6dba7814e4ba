package dev.digest.parse;

import java.nio.charset.StandardCharsets;

/**
 * Page furniture: the lines a paper-listing page shows around the papers, which never become
 * records. Recognised on trimmed UTF-8 bytes, whole lines or glued to the ends of text.
 *
 * <p>Glued means with no white space between. Only {@code cat} glues furniture to the end of text,
 * when a file lacks a final newline: the next file's first line then follows the last text
 * directly (after the byte-order mark, if that file starts with one). So only the first line of a
 * header is recognised there; text that ends with furniture words after a space is text.
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
  /**
   * The first lines of a header that are recognised glued to the end of text without looking
   * further: no abstract ends with them. The third, {@code new}, waits for the next line.
   */
  private static final Furniture[] GLUED_AT_END = {TRENDING_DAILY, TRENDING};
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
   * The first line of a header glued to the end of text in {@code b[s, e)} ({@code ...on 128
   * GPUs.Get trending papers in your email inbox once a day!}), or null. A byte-order mark may stand
   * between (white space the caller trims off the text).
   */
  static Furniture gluedAtEnd(byte[] b, int s, int e) {
    if (b[e - 1] != '!') {
      return null;
    }
    for (Furniture f : GLUED_AT_END) {
      int from = e - f.text.length;
      if (from > s && regionEquals(b, from, f.text) && isGluedAt(b, s, from)) {
        return f;
      }
    }
    return null;
  }

  /**
   * The {@code new} glued to the end of text in {@code b[s, e)} ({@code ...PreSelect.new}, {@code
   * ...github.ionew}), whatever character comes before it, with the byte-order mark between if any;
   * null when there is none. It is the first line of the next digest's header only if furniture
   * follows, which the caller learns from the next line.
   */
  static GluedNew gluedNew(byte[] b, int s, int e) {
    int from = e - NEW.text.length;
    if (from <= s || !regionEquals(b, from, NEW.text) || !isGluedAt(b, s, from)) {
      return null;
    }
    return Whitespace.byteOrderMarkBefore(b, s, from) > 0 ? GluedNew.AFTER_BYTE_ORDER_MARK : GluedNew.AFTER_TEXT;
  }

  /**
   * True when furniture starting at {@code at} is glued to the text {@code b[s, at)}: the text ends
   * with a character that is not white space, directly or before the byte-order mark {@code cat}
   * leaves where the next file starts with one.
   */
  private static boolean isGluedAt(byte[] b, int s, int at) {
    int textEnd = at - Whitespace.byteOrderMarkBefore(b, s, at);
    return textEnd > s && Whitespace.trailing(b, s, textEnd) == 0;
  }

  /**
   * True when {@code b[s, e)} starts with {@code Subscribe} glued to the title that follows it
   * ({@code SubscribeModular Neural ...}), with no white space between. Right after a header
   * anything glued counts ({@code SubscribexLSTM: ...}); elsewhere a lower-case letter continues a
   * word ({@code Subscribers}).
   */
  static boolean startsWithGluedSubscribe(byte[] b, int s, int e, boolean afterHeader) {
    int n = SUBSCRIBE.text.length;
    if (e - s <= n || !regionEquals(b, s, SUBSCRIBE.text) || Whitespace.leading(b, s + n, e) > 0) {
      return false;
    }
    int next = b[s + n];
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
