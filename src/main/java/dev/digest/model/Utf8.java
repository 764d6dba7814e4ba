package dev.digest.model;

/** Decoding of single code points from well-formed UTF-8. */
public final class Utf8 {
  private Utf8() {}

  /** The code point starting at {@code i}; the bytes are known to be well-formed. */
  public static int codePointAt(byte[] b, int i, int end) {
    int b0 = b[i] & 0xFF;
    if (b0 < 0x80) {
      return b0;
    }
    if (b0 < 0xE0 && i + 1 < end) {
      return ((b0 & 0x1F) << 6) | (b[i + 1] & 0x3F);
    }
    if (b0 < 0xF0 && i + 2 < end) {
      return ((b0 & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
    }
    if (i + 3 < end) {
      return ((b0 & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
    }
    return 0xFFFD;
  }

  /** Byte length of the sequence whose first byte is {@code b0}. */
  public static int sequenceLength(byte b0) {
    int c = b0 & 0xFF;
    if (c < 0x80) {
      return 1;
    }
    if (c < 0xE0) {
      return 2;
    }
    return c < 0xF0 ? 3 : 4;
  }

  /** True for a byte that continues a multi-byte sequence. */
  public static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** The number of code points in well-formed UTF-8 {@code b[from, to)}: the bytes that start one. */
  public static int countCodePoints(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!isContinuation(b[i])) {
        n++;
      }
    }
    return n;
  }
}
