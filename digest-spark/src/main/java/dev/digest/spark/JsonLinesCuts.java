package dev.digest.spark;

import dev.digest.source.JsonLinesShares;
import java.io.IOException;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * Where a task's share of a large arXiv snapshot (JSON Lines) begins: the first place at or after
 * a byte offset where a share may start ({@link JsonLinesShares#startAtOrAfter}: a {@code {} that
 * begins a line right after a line ending with {@code }}), before a bound (the task's span's end);
 * a function of the file's bytes alone.
 */
final class JsonLinesCuts {
  private JsonLinesCuts() {}

  /**
   * The first share start at or after {@code offset}, if it comes before {@code before}; else
   * {@code length}. Where a task's share starts: when none falls in its span, the task before
   * reads on through it (its end is the next start, wherever), and this one looks no further than
   * its span, so that the tasks of a snapshot with starts far apart do not each read the rest.
   */
  static long cutBefore(FSDataInputStream in, long offset, long before, long length) throws IOException {
    if (offset > 0 && offset < length) {
      in.seek(Math.max(0, offset - 3));
    }
    return JsonLinesShares.startAtOrAfter(in, offset, length, before - offset);
  }
}
