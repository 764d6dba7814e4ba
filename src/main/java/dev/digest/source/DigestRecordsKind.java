package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * What digest itself writes as {@code json} (an array of records) or {@code jsonl} (one record a
 * line), read back so that its output can be converted and merged: objects with {@code key},
 * {@code title}, {@code abstract}, ... An empty array is taken as such, with no records.
 */
final class DigestRecordsKind implements InputKind {
  /** Fields of a record; a first object with one of them (and none of another kind's) is a record. */
  private static final Set<String> SIGNS = Set.of("key", "title", "abstract");

  @Override
  public String name() {
    return "digest json or jsonl";
  }

  @Override
  public boolean recognises(InputHead head) {
    return head.looksLikeJson() && (head.isEmptyArray() || head.firstObjectHasAny(SIGNS));
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws IOException {
    return DigestRecordsReader.open(in, options);
  }
}
