package dev.digest.source;

/**
 * The records of one piece of an input, and the lines the piece held, to number the pieces after
 * it: a piece of a pasted digest ({@link dev.digest.parse.DigestPieces}), numbered from its own
 * first line (for {@link dev.digest.parse.PieceLines}), or a share of JSON Lines ({@link
 * JsonLinesShares}).
 */
public interface PieceSource extends RecordSource {

  /** The lines read so far; once every record is read, the piece's lines. */
  int linesRead();
}
