package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * arXiv's metadata snapshot, the bulk file of every paper on arXiv: JSON Lines, one paper a line
 * with {@code id}, {@code title}, {@code abstract}, {@code authors_parsed}, {@code versions}, ...
 */
final class ArxivSnapshotKind implements InputKind {
  /** Fields only the snapshot has; any one tells it. */
  private static final Set<String> SIGNS = Set.of("authors_parsed", "versions", "submitter", "update_date");

  @Override
  public String name() {
    return "arXiv metadata snapshot";
  }

  @Override
  public boolean recognises(InputHead head) {
    return head.looksLikeJson() && !head.isArray() && head.firstObjectHasAny(SIGNS);
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws IOException {
    return ArxivSnapshotReader.open(in, options);
  }
}
