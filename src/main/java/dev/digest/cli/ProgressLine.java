package dev.digest.cli;

import java.io.PrintWriter;

/**
 * The line the progress meter draws on a terminal's stderr, without a line end, so that each
 * drawing replaces the last. Anything else for the terminal (a warning, an error, output when
 * standard output is the same terminal) is written after the line is erased, so that the two never
 * run together; the meter draws the line again at its next turn.
 */
final class ProgressLine {
  /** Back to the start of the line, then clear to its end. */
  private static final String ERASE = "\r\033[K";

  private final PrintWriter err;
  private boolean drawn;
  /** Output on the same terminal has flushed part of a line: drawing now would run into it. */
  private boolean outputMidLine;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  void draw(String text) {
    if (outputMidLine) {
      return;
    }
    err.print(ERASE + text);
    err.flush();
    drawn = true;
  }

  /**
   * Leaves the cursor at the start of an empty line. Flushed, so that it is done before output
   * that goes to the terminal by another stream.
   */
  void erase() {
    if (drawn) {
      err.print(ERASE);
      err.flush();
      drawn = false;
    }
  }

  /** Output on the same terminal has just ended a line, or (false) stopped inside one. */
  void outputAtLineStart(boolean atLineStart) {
    outputMidLine = !atLineStart;
  }
}
