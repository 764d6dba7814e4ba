package dev.digest.parse;

/** How serious a diagnostic is. */
public enum Severity {
  WARNING,
  ERROR;

  /** The lower-case word used in diagnostics, as compilers print it. */
  public String label() {
    return this == WARNING ? "warning" : "error";
  }
}
