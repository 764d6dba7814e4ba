package dev.digest.report;

import dev.digest.parse.Diagnostic;
import java.io.IOException;

/**
 * The output of {@code digest check} in one format: diagnostics as they come, in input order,
 * then the summary. The caller owns the stream: a report flushes it in {@link #end} and never
 * closes it.
 */
public interface CheckReport {
  void diagnostic(Diagnostic d) throws IOException;

  void end(CheckSummary summary) throws IOException;

  /** Hands on the diagnostics reported so far, without the summary (a run stopped by an input problem). */
  void flush() throws IOException;
}
