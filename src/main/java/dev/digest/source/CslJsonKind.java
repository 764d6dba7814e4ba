package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * A CSL-JSON array, as digest writes it with {@code -f csljson} and as Zotero and pandoc export
 * it: a JSON array whose first item has {@code id} or {@code type} (which no record of digest's own
 * json has) and no {@code key}.
 */
final class CslJsonKind implements InputKind {
  private static final Set<String> SIGNS = Set.of("id", "type");

  @Override
  public String name() {
    return "CSL-JSON";
  }

  @Override
  public boolean recognises(InputHead head) {
    return head.looksLikeJson()
        && head.isArray()
        && head.firstObjectHasAny(SIGNS)
        && !head.firstObjectFields().contains("key");
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws IOException {
    return CslJsonReader.open(in, options);
  }
}
