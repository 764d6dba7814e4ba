package dev.digest.parse;

/**
 * White space as the spec means it at the ends of a line: ASCII blanks and the Unicode space
 * separators (NBSP included), plus the invisible characters web pages leave in copied text (zero-width
 * space U+200B, zero-width non-joiner and joiner U+200C and U+200D, word joiner U+2060) and U+FEFF,
 * the byte-order mark that {@code cat} leaves inside a stream when it joins files that start with
 * one. A line of nothing else is blank. Works on UTF-8 bytes.
 */
final class Whitespace {
  private Whitespace() {}

  /** Byte length of the white-space character starting at {@code i}, or 0. */
  static int leading(byte[] b, int i, int end) {
    int c = b[i] & 0xFF;
    if (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C) {
      return 1;
    }
    if (c == 0xC2) {
      return i + 1 < end && (b[i + 1] & 0xFF) == 0xA0 ? 2 : 0;
    }
    if (c >= 0xE1 && c <= 0xEF && i + 2 < end) {
      return isThreeByteSpace(c, b[i + 1] & 0xFF, b[i + 2] & 0xFF) ? 3 : 0;
    }
    return 0;
  }

  /** Byte length of the white-space character ending just before {@code end}, or 0. */
  static int trailing(byte[] b, int start, int end) {
    int c = b[end - 1] & 0xFF;
    if (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C) {
      return 1;
    }
    if (c < 0x80) {
      return 0;
    }
    if (c == 0xA0 && end - 2 >= start && (b[end - 2] & 0xFF) == 0xC2) {
      return 2;
    }
    if (end - 3 >= start
        && isThreeByteSpace(b[end - 3] & 0xFF, b[end - 2] & 0xFF, c)) {
      return 3;
    }
    return 0;
  }

  private static boolean isThreeByteSpace(int b0, int b1, int b2) {
    switch (b0) {
      case 0xE1: // U+1680 ogham space mark
        return b1 == 0x9A && b2 == 0x80;
      case 0xE2: // U+2000..U+200A, zero-width U+200B..U+200D, U+202F, U+205F, word joiner U+2060
        return (b1 == 0x80 && ((b2 >= 0x80 && b2 <= 0x8D) || b2 == 0xAF)) || (b1 == 0x81 && (b2 == 0x9F || b2 == 0xA0));
      case 0xE3: // U+3000 ideographic space
        return b1 == 0x80 && b2 == 0x80;
      case 0xEF: // U+FEFF byte-order mark
        return b1 == 0xBB && b2 == 0xBF;
      default:
        return false;
    }
  }

  /**
   * Byte length of the byte-order mark U+FEFF ending just before {@code end}, or 0: {@code cat}
   * leaves it where it joins a file that starts with one.
   */
  static int byteOrderMarkBefore(byte[] b, int start, int end) {
    return end - 3 >= start && (b[end - 3] & 0xFF) == 0xEF && (b[end - 2] & 0xFF) == 0xBB && (b[end - 1] & 0xFF) == 0xBF
        ? 3
        : 0;
  }
}
