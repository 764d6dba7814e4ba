package dev.digest.spark;

import dev.digest.parse.DigestInputException;

/**
 * What the data source says when it cannot read: a bad option or path ({@code digest: ...}), or
 * input a digest run refuses too, in the command line's words ({@code FILE:LINE: error: PROBLEM;
 * what to do}). The message alone tells the user what to fix.
 */
public final class DigestSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private DigestSourceException(String message) {
    super(message);
  }

  /** A problem with the read itself: an option, a path. */
  static DigestSourceException problem(String message) {
    return new DigestSourceException("digest: " + message);
  }

  /** An input problem, as the command line reports it. */
  static DigestSourceException of(DigestInputException e) {
    String where = e.line() > 0 ? e.source() + ":" + e.line() : e.source();
    return new DigestSourceException(where + ": error: " + e.problem() + (e.hint() == null ? "" : "; " + e.hint()));
  }
}
