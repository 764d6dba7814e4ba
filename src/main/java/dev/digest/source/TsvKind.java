package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.InputStream;

/** TSV as digest writes it: a header row of digest's field names ({@link HeaderRow}) separated by tabs. */
final class TsvKind implements InputKind {

  @Override
  public String name() {
    return "digest tsv";
  }

  @Override
  public boolean recognises(InputHead head) {
    return !head.looksLikeJson() && HeaderRow.recognised(head.firstLine(), '\t') != null;
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) {
    return new TsvReader(in, options);
  }
}
