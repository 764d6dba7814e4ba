package dev.digest.parse;

/** Receives the parser's diagnostics, in input order. */
@FunctionalInterface
public interface DiagnosticListener {
  DiagnosticListener IGNORE = d -> {};

  void report(Diagnostic diagnostic);
}
