package dev.digest.spark;

import dev.digest.parse.DigestInputException;
import java.io.Serializable;

/**
 * Where a span's share starts, as the first planning job found it ({@link ShareStarts}): the
 * whole file, nothing (another span reads its bytes), a byte of a cut file, or the input problem
 * that stopped the search.
 *
 * @param whole true for the whole file
 * @param start the share's first byte, for a cut file; -1 otherwise
 * @param jsonLines true when the file is cut where an item of JSON Lines starts
 * @param failure the problem, or null
 */
record ShareStart(boolean whole, long start, boolean jsonLines, SpanSummary failure) implements Serializable {
  static final ShareStart WHOLE = new ShareStart(true, -1, false, null);
  static final ShareStart NOTHING = new ShareStart(false, -1, false, null);

  static ShareStart at(long start, boolean jsonLines) {
    return new ShareStart(false, start, jsonLines, null);
  }

  static ShareStart failed(DigestInputException e) {
    return new ShareStart(false, -1, false, SpanSummary.failed(null, e));
  }

  boolean startsAShare() {
    return start >= 0;
  }
}
