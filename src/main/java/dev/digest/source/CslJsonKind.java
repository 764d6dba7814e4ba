package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;

/**
 * A CSL-JSON array, as digest writes it with {@code -f csljson} and as Zotero and pandoc export
 * it: a JSON array whose first item has {@code id} and {@code type}, as CSL requires (no record of
 * digest's own json has either).
 */
final class CslJsonKind implements InputKind {

  @Override
  public String name() {
    return "CSL-JSON";
  }

  @Override
  public boolean recognises(InputHead head) {
    return head.looksLikeJson()
        && head.isArray()
        && head.firstObjectFields().contains("id")
        && head.firstObjectFields().contains("type");
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws IOException {
    return CslJsonReader.open(in, options);
  }
}
