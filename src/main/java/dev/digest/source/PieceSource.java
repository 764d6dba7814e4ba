package dev.digest.source;

/**
 * The records of one piece of a pasted digest ({@link dev.digest.parse.DigestPieces}), numbered
 * from its own first line, and the lines the piece held, for {@link dev.digest.parse.PieceLines}
 * to number the pieces after it.
 */
public interface PieceSource extends RecordSource {

  /** The lines read so far; once every record is read, the piece's lines. */
  int linesRead();
}
