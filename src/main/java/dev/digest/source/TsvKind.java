package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.InputStream;

/**
 * TSV as digest writes it: a header row of digest's field names ({@link HeaderRow}) separated by
 * tabs. A header of one column, which has no separator to tell, is TSV when its line ends with a
 * bare LF (digest ends a csv row with CR LF).
 */
final class TsvKind implements InputKind {

  @Override
  public String name() {
    return "digest tsv";
  }

  @Override
  public boolean recognises(InputHead head) {
    String line = head.firstLine();
    if (head.looksLikeJson() || HeaderRow.of(line, '\t') == null) {
      return false;
    }
    return line.indexOf('\t') >= 0 || (line.indexOf(',') < 0 && !head.firstLineEndsWithCrLf());
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) {
    return new TsvReader(in, options);
  }
}
