package dev.digest.cli;

import dev.digest.parse.Diagnostic;
import dev.digest.parse.DiagnosticListener;
import java.io.PrintWriter;

/** Prints diagnostics on stderr as they come, in the form {@code digest check} uses, and counts them. */
final class StderrDiagnostics implements DiagnosticListener {
  private final PrintWriter err;
  private long warnings;

  StderrDiagnostics(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void report(Diagnostic d) {
    warnings++;
    err.println(d.format());
  }

  long warnings() {
    return warnings;
  }
}
