package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;

/**
 * RIS, as digest writes it and as Zotero, EndNote and Mendeley export it: its first line that is
 * not blank is a {@code TY  - } tag.
 */
final class RisKind implements InputKind {

  @Override
  public String name() {
    return "RIS";
  }

  @Override
  public boolean recognises(InputHead head) {
    return !head.looksLikeJson() && RisReader.isTypeLine(head.firstLine());
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) {
    return new RisReader(in, options);
  }
}
