package dev.digest.spark;

import dev.digest.parse.DigestInputException;
import java.io.Serializable;

/**
 * What the planning job learns of one span's share and sends back to the driver: its piece (null
 * when the span reads nothing), the base key of each record (ASCII, each ended by a line
 * feed) and with dedupe each title's fingerprint, the line ends of a text piece, or the input
 * problem that stopped it. A few bytes a record.
 */
final class SpanSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  final Piece piece;
  final int records;
  final long lineEnds;
  final byte[] baseKeys;
  final long[] fingerprints;
  final String errorSource;
  final int errorLine;
  final String errorProblem;
  final String errorHint;

  private SpanSummary(Piece piece, int records, long lineEnds, byte[] baseKeys, long[] fingerprints, DigestInputException error) {
    this.piece = piece;
    this.records = records;
    this.lineEnds = lineEnds;
    this.baseKeys = baseKeys;
    this.fingerprints = fingerprints;
    this.errorSource = error == null ? null : error.source();
    this.errorLine = error == null ? 0 : error.line();
    this.errorProblem = error == null ? null : error.problem();
    this.errorHint = error == null ? null : error.hint();
  }

  static SpanSummary empty() {
    return new SpanSummary(null, 0, 0, new byte[0], new long[0], null);
  }

  static SpanSummary read(Piece piece, int records, long lineEnds, byte[] baseKeys, long[] fingerprints) {
    return new SpanSummary(piece, records, lineEnds, baseKeys, fingerprints, null);
  }

  static SpanSummary failed(Piece piece, DigestInputException error) {
    return new SpanSummary(piece, 0, 0, new byte[0], new long[0], error);
  }

  boolean failed() {
    return errorProblem != null;
  }

  /** The input problem, its line counted from the file's start (a text piece numbered its lines from 0). */
  DigestInputException error(int linesBefore) {
    int line = errorLine > 0 ? errorLine + linesBefore : errorLine;
    return new DigestInputException(errorSource, line, errorProblem, errorHint);
  }
}
