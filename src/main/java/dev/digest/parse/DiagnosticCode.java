package dev.digest.parse;

/** The anomalies the parser reports; the codes are stable, scripts match on them. */
public enum DiagnosticCode {
  /** A title where an abstract was due, or a title at the end: the record gets an empty abstract. */
  MISSING_ABSTRACT("missing-abstract"),
  /** An abstract-shaped paragraph right after an abstract: it is joined to it with a newline. */
  MULTI_PARAGRAPH_ABSTRACT("multi-paragraph-abstract"),
  /** An abstract-shaped paragraph with no title before it: it is left out. */
  ORPHAN_TEXT("orphan-text"),
  /** A record that --enrich was asked to complete has no paper of its title in the enrichment files. */
  NOT_ENRICHED("not-enriched");

  private final String code;

  DiagnosticCode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
