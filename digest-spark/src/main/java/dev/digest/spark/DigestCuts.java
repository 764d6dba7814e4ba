package dev.digest.spark;

import dev.digest.parse.DigestBoundaries;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * Where a task's share of a large pasted digest begins: the first {@linkplain DigestBoundaries
 * digest boundary} at or after a byte offset (before a bound: the task's span's end). The search
 * starts at the first line start at or after the offset and reads fixed-size windows, whatever
 * sizes the file system's reads return, so the answer is a function of the file's bytes alone. A boundary the search cannot see (one whose
 * proof lies before the line it starts from, or past a window) is simply passed over: any cut
 * found is one where the parser's state resets, so pieces parsed apart give the records and
 * warnings of the whole (SPEC 9).
 */
final class DigestCuts {
  /** Bytes read before each search. */
  private static final int WINDOW = 1 << 20;
  /** Bytes kept from the end of a window when the next is read: the lines a boundary is told by. */
  private static final int KEEP = 1 << 16;

  private DigestCuts() {}

  /**
   * The first cut at or after {@code offset}, if it comes before {@code before}; else {@code
   * length}. Where a task's share starts: when no cut falls in its span, the task before reads on
   * through it (its end is the next cut, wherever), and this one looks no further than its span,
   * so that the tasks of a file with few cuts do not each read the rest of it.
   */
  static long cutBefore(FSDataInputStream in, long offset, long before, long length) throws IOException {
    if (offset <= 0) {
      return 0;
    }
    if (offset >= length) {
      return length;
    }
    in.seek(offset - 1);
    byte[] buf = new byte[WINDOW + KEEP];
    int len = fill(in, buf, 0);
    // buf[0] is the byte before the offset: the first line start is after the first line end from there.
    int start = firstLineStart(buf, len);
    if (start < 0) {
      return length;
    }
    long base = offset - 1 + start;
    System.arraycopy(buf, start, buf, 0, len - start);
    len -= start;
    while (true) {
      if (base + 1 >= before) {
        // Every cut from here on is at or past the bound.
        return length;
      }
      len = fill(in, buf, len);
      boolean atEnd = base + len >= length;
      int cut = DigestBoundaries.find(buf, 1, len, atEnd);
      if (cut != DigestBoundaries.NONE) {
        return base + cut < before ? base + cut : length;
      }
      if (atEnd) {
        return length;
      }
      int keepFrom = lineStartAtOrAfter(buf, Math.max(1, len - KEEP), len);
      if (keepFrom < 0) {
        // One line longer than what is kept: hold all of it (a paragraph is bounded by --max-record).
        buf = Arrays.copyOf(buf, buf.length * 2);
      } else {
        System.arraycopy(buf, keepFrom, buf, 0, len - keepFrom);
        len -= keepFrom;
        base += keepFrom;
      }
    }
  }

  /** Reads until {@code buf} is full or the stream ends; the new length. */
  private static int fill(InputStream in, byte[] buf, int len) throws IOException {
    while (len < buf.length) {
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        break;
      }
      len += n;
    }
    return len;
  }

  /** The first line start after {@code buf[0]} (which is the byte before the offset asked for), or -1. */
  private static int firstLineStart(byte[] buf, int len) {
    if (len == 0) {
      return -1;
    }
    if (buf[0] == '\n' || (buf[0] == '\r' && (len < 2 || buf[1] != '\n'))) {
      return len < 2 ? -1 : 1;
    }
    return lineStartAtOrAfter(buf, 1, len);
  }

  /** The first position at or after {@code from} that starts a line (a full line end before it), or -1. */
  private static int lineStartAtOrAfter(byte[] b, int from, int len) {
    for (int p = from; p < len; p++) {
      byte before = b[p - 1];
      if (before == '\n' || (before == '\r' && b[p] != '\n')) {
        return p;
      }
    }
    return -1;
  }
}
