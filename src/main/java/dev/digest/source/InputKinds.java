package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.DigestPieces;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Every kind of input digest reads, in the order they are asked: each input is opened as the first
 * kind that recognises its head ({@link InputHead}), never by its name, so one run may mix kinds.
 * A pasted digest, the kind of anything that does not look like JSON, BibTeX, RIS or a csv or tsv
 * file with digest's header row, comes last; JSON of no kind
 * listed here is an input error.
 */
public final class InputKinds {
  /** digest's own json and jsonl. */
  public static final InputKind DIGEST_RECORDS = new DigestRecordsKind();
  public static final InputKind CSL_JSON = new CslJsonKind();
  public static final InputKind BIBTEX = new BibtexKind();
  public static final InputKind RIS = new RisKind();
  public static final InputKind CSV = new CsvKind();
  public static final InputKind TSV = new TsvKind();
  public static final InputKind PASTED_TEXT = new PastedTextKind();

  /** The kinds, most particular first. */
  public static final List<InputKind> ALL =
      List.of(
          new LibraryKind(),
          new DailyPapersKind(),
          new ArxivSnapshotKind(),
          CSL_JSON,
          DIGEST_RECORDS,
          BIBTEX,
          RIS,
          CSV,
          TSV,
          PASTED_TEXT);

  private InputKinds() {}

  /** Opens {@code input} as the kind its first bytes tell; {@code options}' source name is the input's. */
  public static RecordSource open(InputSource input, ParseOptions options, DiagnosticListener listener) throws IOException {
    InputStream in = input.open();
    try {
      InputHead head = InputHead.read(in);
      ParseOptions named = options.toBuilder().sourceName(input.name()).build();
      return kindOf(head, input.name()).open(input, head, named, listener);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * True for the one kind that may be cut into pieces at digest boundaries and parsed in parallel
   * ({@link #openPiece}); the JSON kinds are read whole.
   */
  public static boolean cutsIntoPieces(InputKind kind) {
    return kind instanceof PastedTextKind;
  }

  /** The records of a piece of a pasted digest ({@link DigestPieces}), its lines numbered from its own first. */
  public static PieceSource openPiece(DigestPieces.Piece piece, ParseOptions options, DiagnosticListener listener) {
    return PastedTextKind.openPiece(piece, options, listener);
  }

  /** The kind of the input whose head this is. */
  public static InputKind kindOf(InputHead head, String name) throws DigestInputException {
    for (InputKind kind : ALL) {
      if (kind.recognises(head)) {
        return kind;
      }
    }
    if (head.firstObjectError() != null) {
      throw JsonInput.error(name, head.firstObjectError());
    }
    throw new DigestInputException(
        name,
        1,
        "JSON of a kind digest does not read (it reads a Daily Papers API response, an arXiv metadata snapshot, CSL-JSON, and its own json and jsonl)",
        "check that this is the file you meant");
  }
}
