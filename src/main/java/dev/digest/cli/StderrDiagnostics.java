package dev.digest.cli;

import dev.digest.parse.Diagnostic;
import dev.digest.parse.DiagnosticListener;
import java.io.PrintWriter;

/** Prints diagnostics on stderr as they come, in the form {@code digest check} uses, and counts them. */
final class StderrDiagnostics implements DiagnosticListener {
  private final PrintWriter err;
  private final boolean quiet;
  private long warnings;

  /** @param quiet count the warnings (for {@code --strict}) but print none ({@code -q}) */
  StderrDiagnostics(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void report(Diagnostic d) {
    warnings++;
    if (!quiet) {
      err.println(d.format());
    }
  }

  long warnings() {
    return warnings;
  }
}
