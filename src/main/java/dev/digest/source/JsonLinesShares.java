package dev.digest.source;

import dev.digest.parse.ParseOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Shares of a large JSON Lines input (an arXiv metadata snapshot), for a reader that splits one
 * file among several workers, as digest-spark's tasks do: where a share may start, and the records
 * of one share. Every record, line number and first error is the one the whole file gives.
 *
 * <p>A share starts at a {@code {"} that begins a line right after a line that ends with {@code }}
 * (line end {@code \n} or {@code \r\n}; no blank line or space between). In JSON, a {@code }}
 * followed by white space and a {@code {} is found only between two values at the top level: inside
 * an array or an object a comma stands between two values, and a string cannot hold a line end. So
 * in a valid file each such place starts an item with nothing left open, and a share parsed from
 * there gives what the whole file's parse gives from there. In a file that is not valid JSON, the
 * share before reads on past its limit with the item it started, and meets the problem where the
 * whole file's parse meets it.
 */
public final class JsonLinesShares {
  /** Bytes read at a time when looking for a share's start: a few snapshot lines. */
  private static final int SCAN_BUFFER = 16 << 10;

  private JsonLinesShares() {}

  /** True for the kinds whose large files may be split into shares. */
  public static boolean splits(InputKind kind) {
    return kind instanceof ArxivSnapshotKind;
  }

  /**
   * True when a share may start at byte {@code at}, given the three bytes before it (the furthest
   * first; -1 for none) and the one after it.
   */
  public static boolean startsAt(int thirdBefore, int secondBefore, int before, int at, int after) {
    // {" and not { alone: Jackson tells a stream's encoding from its first bytes, and {" is UTF-8
    // to it, where { and a zero byte would be UTF-16 to a share's parser and not to the whole's.
    return at == '{' && after == '"' && before == '\n' && (secondBefore == '}' || (secondBefore == '\r' && thirdBefore == '}'));
  }

  /**
   * The first place at or after {@code offset}, and less than {@code most} bytes past it, where a
   * share may start, in an input of {@code length} bytes read from {@code in}, which stands at
   * byte {@code max(0, offset - 3)} (the three bytes before the offset tell whether it may start
   * there); {@code length} when there is none, 0 for an offset of 0. A function of the input's
   * bytes alone. {@code in} is left open.
   */
  public static long startAtOrAfter(InputStream in, long offset, long length, long most) throws IOException {
    if (offset <= 0) {
      return 0;
    }
    if (offset >= length) {
      return length;
    }
    InputStream bytes = new BufferedInputStream(in, SCAN_BUFFER) {
      @Override
      public void close() {
        // the caller's stream
      }
    };
    // pos is the place of b: whether a share starts at pos - 1 is known once b is read.
    long pos = Math.max(0, offset - 3);
    long last = offset + Math.min(most, length - offset);
    int fourth = -1;
    int third = -1;
    int second = -1;
    int before = -1;
    int b;
    while (pos <= last && (b = bytes.read()) >= 0) {
      if (pos - 1 >= offset && startsAt(fourth, third, second, before, b)) {
        return pos - 1;
      }
      fourth = third;
      third = second;
      second = before;
      before = b;
      pos++;
    }
    return length;
  }

  /**
   * The records of a share of an input of the kind that {@link #splits} (an arXiv snapshot): the
   * share starts where {@code in} starts (the input's first byte, or a byte where {@link #startsAt}
   * holds), {@code linesBefore} lines into the input, and ends before the item that starts {@code
   * limit} bytes on (-1: at the input's end). {@code in} goes on to the input's end: an item that
   * starts in the share is read whole. The source closes {@code in}.
   */
  public static PieceSource open(InputStream in, ParseOptions options, int linesBefore, long limit) throws IOException {
    return ArxivSnapshotReader.openShare(in, options, linesBefore, limit);
  }
}
