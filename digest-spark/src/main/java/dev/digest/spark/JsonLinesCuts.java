package dev.digest.spark;

import dev.digest.source.JsonLinesShares;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * Where a task's share of a large arXiv snapshot (JSON Lines) begins: the first place at or after
 * a byte offset where {@link JsonLinesShares#startsAt} holds (a {@code {} that begins a line right
 * after a line ending with {@code }}). Two tasks ask for each offset (the one that ends there and
 * the one that starts there), so the answer is a function of the file's bytes alone: the three
 * bytes before the offset are read too.
 */
final class JsonLinesCuts {
  private static final int BUFFER = 1 << 16;

  private JsonLinesCuts() {}

  /** The first share start at or after {@code offset} in a file of {@code length} bytes; {@code length} when none. */
  static long cutAtOrAfter(FSDataInputStream in, long offset, long length) throws IOException {
    if (offset <= 0) {
      return 0;
    }
    if (offset >= length) {
      return length;
    }
    long pos = Math.max(0, offset - 3);
    in.seek(pos);
    // Not closed here: the caller's stream, read again for the other end.
    InputStream bytes = new BufferedInputStream(in, BUFFER);
    int third = -1;
    int second = -1;
    int before = -1;
    int b;
    while ((b = bytes.read()) >= 0) {
      if (pos >= offset && JsonLinesShares.startsAt(third, second, before, b)) {
        return pos;
      }
      third = second;
      second = before;
      before = b;
      pos++;
    }
    return length;
  }
}
