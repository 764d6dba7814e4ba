package dev.digest.write;

import dev.digest.model.Swar;

/**
 * Finds the next byte a delimited format must treat specially, eight bytes at a time: most text
 * holds none, so a cell is usually one scan and one bulk copy. Each test flags a byte equal to one
 * of up to four values; the lowest flagged byte is always a true match (a borrow can only flag
 * bytes above a match), and the lowest is the only one used.
 */
final class DelimitedByteScan {
  private DelimitedByteScan() {}

  /**
   * Index of the first byte in {@code b[from, to)} equal to one of the four values whose
   * broadcasts are {@code p1} to {@code p4} (repeat one to look for fewer), or -1.
   */
  static int indexOfAny(byte[] b, int from, int to, long p1, long p2, long p3, long p4) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = Swar.load(b, i);
      long hits = Swar.equalBytes(w, p1) | Swar.equalBytes(w, p2) | Swar.equalBytes(w, p3) | Swar.equalBytes(w, p4);
      if (hits != 0) {
        return i + Swar.firstMarked(hits);
      }
    }
    byte v1 = (byte) p1;
    byte v2 = (byte) p2;
    byte v3 = (byte) p3;
    byte v4 = (byte) p4;
    for (; i < to; i++) {
      byte c = b[i];
      if (c == v1 || c == v2 || c == v3 || c == v4) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the first byte in {@code b[from, to)} equal to the broadcast {@code p}, or -1. */
  static int indexOf(byte[] b, int from, int to, long p) {
    return indexOfAny(b, from, to, p, p, p, p);
  }
}
