package dev.digest.parse;

import dev.digest.model.RecordView;
import java.io.IOException;

/**
 * Puts the line numbers of an input's pieces in place. Each piece's parser numbers its lines from
 * 1; read in order, each piece's records, diagnostics and failure are moved on by the lines of the
 * pieces before it, which their parsers counted ({@link DigestParser#linesRead()}). A line number
 * of 0 (no line) stays 0. One instance for each input.
 */
public final class PieceLines {
  /** Line ends in the pieces read so far. */
  private int before;

  public void placeRecord(RecordView record) {
    if (before > 0) {
      record.setLine(record.line() + before);
    }
  }

  public Diagnostic place(Diagnostic d) {
    return before == 0 || d.line() <= 0 ? d : new Diagnostic(d.source(), d.line() + before, d.severity(), d.code(), d.message());
  }

  /** A piece's failure as the whole input's parser would have thrown it: the same words, the line in place. */
  public Throwable place(Throwable failure) {
    if (before > 0 && failure instanceof DigestInputException e && e.line() > 0) {
      return new DigestInputException(e.source(), e.line() + before, e.problem(), e.hint(), e.getCause());
    }
    return failure;
  }

  /**
   * A piece is read to its end: the next one's lines come after its {@code linesRead} lines, less
   * one when its last line goes on in the next piece.
   */
  public void pieceRead(int linesRead, boolean endsWithLineEnd) {
    before += endsWithLineEnd || linesRead == 0 ? linesRead : linesRead - 1;
  }
}
