package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * BibTeX, as digest writes it and as reference managers export it: its first line that is not
 * blank or a {@code %} comment (JabRef starts a file with one) starts an entry, {@code @type{} or {@code @type(}.
 */
final class BibtexKind implements InputKind {
  private static final Pattern ENTRY_START = Pattern.compile("\\s*@[A-Za-z]+\\s*[{(].*");

  @Override
  public String name() {
    return "BibTeX";
  }

  @Override
  public boolean recognises(InputHead head) {
    return !head.looksLikeJson() && ENTRY_START.matcher(head.firstLineOutside("%")).matches();
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws IOException {
    return BibtexReader.open(in, options);
  }
}
