package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.InputStream;

/**
 * CSV as digest writes it (RFC 4180): a header row of digest's field names ({@link HeaderRow})
 * separated by commas, or of one column ending with CR LF.
 */
final class CsvKind implements InputKind {

  @Override
  public String name() {
    return "digest csv";
  }

  @Override
  public boolean recognises(InputHead head) {
    String line = head.firstLine();
    if (head.looksLikeJson() || line.indexOf('\t') >= 0 || HeaderRow.of(line, ',') == null) {
      return false;
    }
    return line.indexOf(',') >= 0 || head.firstLineEndsWithCrLf();
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws java.io.IOException {
    return new CsvReader(in, options);
  }
}
