package dev.digest.source;

import dev.digest.model.RecordView;
import dev.digest.parse.DigestParser;
import java.io.IOException;

/** The text parser as a record source. */
final class ParsedText implements PieceSource {
  private final DigestParser parser;

  ParsedText(DigestParser parser) {
    this.parser = parser;
  }

  @Override
  public boolean advance() throws IOException {
    return parser.advance();
  }

  @Override
  public RecordView current() {
    return parser.current();
  }

  @Override
  public int linesRead() {
    return parser.linesRead();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
