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

  /**
   * For {@code --strict}: true, after saying so on stderr, when there were warnings; {@code
   * outcome} tells what became of the output ({@code ": out.json was not written"}, or empty).
   */
  boolean failStrict(String outcome) {
    if (warnings == 0) {
      return false;
    }
    err.println(
        "digest: error: " + warnings + (warnings == 1 ? " warning" : " warnings") + " and --strict" + outcome
            + "; fix the input or drop --strict");
    return true;
  }
}
