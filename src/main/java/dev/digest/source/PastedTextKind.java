package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestParser;
import dev.digest.parse.DigestPieces;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;

/** A digest copied from a paper-listing page (SPEC Section 1): whatever no other kind recognises (it comes last). */
final class PastedTextKind implements InputKind {

  @Override
  public String name() {
    return "pasted digest";
  }

  @Override
  public boolean recognises(InputHead head) {
    return !head.looksLikeJson();
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws IOException {
    return RecordSource.of(DigestParser.open(in, options, listener));
  }

  /** The records of a piece of a pasted digest cut at a digest boundary, numbered from its own first line. */
  static PieceSource openPiece(DigestPieces.Piece piece, ParseOptions options, DiagnosticListener listener) {
    return new ParsedText(DigestParser.openPiece(piece, options, listener));
  }
}
