package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.InputStream;

/** CSV as digest writes it (RFC 4180): a header row of digest's field names ({@link HeaderRow}) separated by commas. */
final class CsvKind implements InputKind {

  @Override
  public String name() {
    return "digest csv";
  }

  @Override
  public boolean recognises(InputHead head) {
    return !head.looksLikeJson() && HeaderRow.recognised(head.firstLine(), ',') != null;
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws java.io.IOException {
    return new CsvReader(in, options);
  }
}
