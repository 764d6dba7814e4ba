package dev.digest.write;

import dev.digest.model.Swar;
import java.io.IOException;

/**
 * Writes UTF-8 text as a RIS value, which is one line: RIS has no escapes, and a reader takes the
 * next line either as a new tag or as a continuation to join, so a line break inside a value would
 * change the text or, at worst, start a forged {@code TY  - } record. Each character that a
 * common line splitter takes as a line break or that tabs a line is written as a single space:
 * tab, LF, VT, FF, CR, the separators U+001C to U+001E, NEL (U+0085), and U+2028 and U+2029 (Python's
 * {@code splitlines} breaks on all of these). Every other byte is copied as it is.
 *
 * <p>The scan looks eight bytes at a time for a control character or the lead byte of NEL
 * ({@code C2}) or of U+2028/U+2029 ({@code E2}); text between the hits is copied in bulk.
 */
final class RisValueWriter {
  private static final long NEL_LEADS = Swar.broadcast(0xC2);
  private static final long SEPARATOR_LEADS = Swar.broadcast(0xE2);

  private RisValueWriter() {}

  static void write(ByteSink sink, byte[] b, int off, int len) throws IOException {
    int end = off + len;
    int copied = off;
    int i = off;
    while ((i = nextCandidate(b, i, end)) >= 0) {
      int breakLength = lineBreakLength(b, i, end);
      if (breakLength == 0) {
        i++;
        continue;
      }
      sink.write(b, copied, i - copied);
      sink.write(' ');
      i += breakLength;
      copied = i;
    }
    sink.write(b, copied, end - copied);
  }

  /** Byte length of the line-breaking character at {@code i}, or 0 when it is none. */
  static int lineBreakLength(byte[] b, int i, int end) {
    int c = b[i] & 0xFF;
    if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1E)) {
      return 1;
    }
    if (c == 0xC2 && i + 1 < end && (b[i + 1] & 0xFF) == 0x85) {
      return 2;
    }
    if (c == 0xE2 && i + 2 < end && (b[i + 1] & 0xFF) == 0x80) {
      int last = b[i + 2] & 0xFF;
      return last == 0xA8 || last == 0xA9 ? 3 : 0;
    }
    return 0;
  }

  /** Index of the first control byte or {@code C2}/{@code E2} lead byte in {@code b[from, to)}, or -1. */
  private static int nextCandidate(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = Swar.load(b, i);
      long hits = Swar.controlBytes(w) | Swar.equalBytes(w, NEL_LEADS) | Swar.equalBytes(w, SEPARATOR_LEADS);
      if (hits != 0) {
        return i + Swar.firstMarked(hits);
      }
    }
    for (; i < to; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 || c == 0xC2 || c == 0xE2) {
        return i;
      }
    }
    return -1;
  }
}
