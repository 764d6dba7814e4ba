package dev.digest.parse;

/**
 * The anomalies the parser reports; the codes are stable, scripts match on them. Each carries the
 * one line {@code check --help} lists and the advice linters show beside a finding (SARIF rules).
 */
public enum DiagnosticCode {
  /** A title where an abstract was due, or a title at the end: the record gets an empty abstract. */
  MISSING_ABSTRACT(
      "missing-abstract",
      "a title with no abstract after it",
      "The record gets an empty abstract. Paste the abstract after its title, or, if the line is not a title, join it"
          + " to the paragraph it belongs to."),
  /** An abstract-shaped paragraph right after an abstract: it is joined to it with a newline. */
  MULTI_PARAGRAPH_ABSTRACT(
      "multi-paragraph-abstract",
      "an abstract goes on in a second paragraph",
      "The second paragraph is kept as part of the abstract above, after a line break. If it is a title, check that"
          + " it has a title's shape: at most 300 characters, no full stop at the end."),
  /** An abstract-shaped paragraph with no title before it: it is left out. */
  ORPHAN_TEXT(
      "orphan-text",
      "abstract-shaped text with no title (left out)",
      "The paragraph belongs to no record and is left out of the output. Paste its title before it, or delete it"
          + " if it is not a paper."),
  /** A record that --enrich was asked to complete has no paper of its title in the enrichment files. */
  NOT_ENRICHED(
      "not-enriched",
      "no paper of this title in the --enrich files",
      "The record keeps unknown authors, arXiv id and date. Check that the enrichment files cover the digest's"
          + " days, or that the title was copied whole.");

  private final String code;
  private final String summary;
  private final String help;

  DiagnosticCode(String code, String summary, String help) {
    this.code = code;
    this.summary = summary;
    this.help = help;
  }

  public String code() {
    return code;
  }

  /** What the code means, in a few words. */
  public String summary() {
    return summary;
  }

  /** What the reader is told to do about it. */
  public String help() {
    return help;
  }
}
