package dev.digest.enrich;

import dev.digest.model.RecordView;
import dev.digest.parse.Diagnostic;
import dev.digest.parse.DiagnosticCode;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.parse.Severity;
import dev.digest.source.InputKinds;
import dev.digest.source.RecordSource;
import java.io.IOException;
import java.util.List;

/**
 * Completes records that lack authors, an arXiv id or a publication date from the papers of the
 * same title in enrichment files of any kind that carries them (SPEC Section 7, {@code --enrich}):
 * the files are read once, streaming, into a {@link PaperIndex}; nothing else of a record changes.
 */
public final class Enrichment {
  private final PaperIndex index;

  private Enrichment(PaperIndex index) {
    this.index = index;
  }

  /**
   * Reads {@code files} in order, each as the kind its content tells; the first paper of a title
   * counts. The files' own warnings (a pasted digest among them) are not the run's: they are
   * dropped. Input errors are thrown as for any input.
   */
  public static Enrichment load(List<InputSource> files, ParseOptions options) throws IOException {
    PaperIndex index = new PaperIndex();
    DiagnosticListener ignored = d -> {};
    for (InputSource file : files) {
      try (RecordSource records = InputKinds.open(file, options, ignored)) {
        while (records.advance()) {
          index.add(records.current());
        }
      }
      if (index.leftSomeOut()) {
        throw new DigestInputException(
            file.name(), 0, "the --enrich files hold more paper data than digest keeps in memory (2 GiB)", "enrich from fewer or smaller files");
      }
    }
    return new Enrichment(index);
  }

  /** How many papers the files gave. */
  public int papers() {
    return index.size();
  }

  /** Bytes the index keeps of the papers (names, ids, dates), besides its table of titles. */
  public long stored() {
    return index.stored();
  }

  /**
   * Completes {@code r} when it lacks authors, id or publication date; when no paper has its
   * title, reports a {@code not-enriched} warning at its line. A record that lacks nothing is left
   * alone.
   */
  public void complete(RecordView r, DiagnosticListener listener) {
    if (r.authorCount() > 0 && r.arxiv() != null && r.published() != null) {
      return;
    }
    if (!index.fill(r)) {
      listener.report(
          new Diagnostic(
              r.source(),
              r.line(),
              Severity.WARNING,
              DiagnosticCode.NOT_ENRICHED,
              "no paper with this title in the --enrich files (\"" + r.title() + "\"); its authors and arXiv id stay unknown"));
    }
  }
}
