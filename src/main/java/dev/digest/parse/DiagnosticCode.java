package dev.digest.parse;

/** The anomalies the parser reports; the codes are stable, scripts match on them. */
public enum DiagnosticCode {
  /** A title where an abstract was due, or a title at the end: the record gets an empty abstract. */
  MISSING_ABSTRACT("missing-abstract"),
  /** An abstract-shaped paragraph right after an abstract: it is joined to it with a newline. */
  MULTI_PARAGRAPH_ABSTRACT("multi-paragraph-abstract"),
  /** An abstract-shaped paragraph with no title before it: it is left out. */
  ORPHAN_TEXT("orphan-text");

  private final String code;

  DiagnosticCode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
