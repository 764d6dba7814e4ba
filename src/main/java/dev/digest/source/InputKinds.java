package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Every kind of input digest reads, in the order they are asked: each input is opened as the first
 * kind that recognises its head ({@link InputHead}), never by its name, so one run may mix kinds.
 * A pasted digest, the kind of anything that does not look like JSON, comes last; JSON of no kind
 * listed here is an input error.
 */
public final class InputKinds {
  /** The kinds, most particular first. */
  public static final List<InputKind> ALL =
      List.of(new LibraryKind(), new DailyPapersKind(), new ArxivSnapshotKind(), new DigestRecordsKind(), new PastedTextKind());

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
        "JSON of a kind digest does not read (it reads a Daily Papers API response, an arXiv metadata snapshot, and its own json and jsonl)",
        "check that this is the file you meant");
  }
}
