package dev.digest.source;

import dev.digest.model.RecordView;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestParser;
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
    return new ParserSource(DigestParser.open(in, options, listener));
  }

  /** The text parser as a record source. */
  private static final class ParserSource implements RecordSource {
    private final DigestParser parser;

    ParserSource(DigestParser parser) {
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
    public void close() throws IOException {
      parser.close();
    }
  }
}
