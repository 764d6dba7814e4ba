package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response of the Hugging Face Daily Papers API ({@code /api/daily_papers?date=DAY}): a JSON
 * array of items, each with a {@code paper} object.
 */
final class DailyPapersKind implements InputKind {

  @Override
  public String name() {
    return "Daily Papers API response";
  }

  @Override
  public boolean recognises(InputHead head) {
    return head.looksLikeJson() && head.isArray() && head.firstObjectFields().contains("paper");
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws IOException {
    return DailyPapersReader.open(in, options);
  }
}
