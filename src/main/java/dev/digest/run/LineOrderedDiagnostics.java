package dev.digest.run;

import dev.digest.parse.Diagnostic;
import dev.digest.parse.DiagnosticListener;
import java.util.ArrayDeque;

/**
 * Passes an input's diagnostics on in a fixed place among its records: each one just before the
 * first record at or after its line, the rest at the input's end. A parser tells a warning when
 * its reading ahead meets the problem, and that moment differs between an input read whole and one
 * cut into pieces; this place does not, so a run gives the same stream of records and warnings
 * (and of {@code --enrich}'s warnings among them) on one thread or many. Diagnostics keep their
 * own order.
 */
final class LineOrderedDiagnostics implements DiagnosticListener {
  private final DiagnosticListener out;
  private final ArrayDeque<Diagnostic> held = new ArrayDeque<>();

  LineOrderedDiagnostics(DiagnosticListener out) {
    this.out = out;
  }

  @Override
  public void report(Diagnostic d) {
    held.add(d);
  }

  /** Before the record at {@code line}: the diagnostics due by then. */
  void beforeRecordAt(int line) {
    while (!held.isEmpty() && held.peek().line() <= line) {
      out.report(held.poll());
    }
  }

  /** At an input's end, or before its failure: every diagnostic held. */
  void releaseAll() {
    while (!held.isEmpty()) {
      out.report(held.poll());
    }
  }
}
