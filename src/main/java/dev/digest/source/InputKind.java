package dev.digest.source;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;

/**
 * One kind of input digest reads (a pasted digest, the Daily Papers API, ...), told by the input's
 * first bytes, never by its name. Every kind is listed in {@link InputKinds}.
 */
public interface InputKind {

  /** What users call it, in messages. */
  String name();

  /** True when the input that starts with {@code head} is of this kind. */
  boolean recognises(InputHead head);

  /**
   * The records of {@code in}, which starts from the first byte (the head included) and which the
   * source closes when closed.
   */
  RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws IOException;

  /**
   * The records of {@code input}, whose head has been read: by default its bytes, head included,
   * through {@link #open(InputStream, ParseOptions, DiagnosticListener)}. A kind that reads a file
   * by its path (a database) overrides this, and closes {@code head}'s stream.
   */
  default RecordSource open(InputSource input, InputHead head, ParseOptions options, DiagnosticListener listener)
      throws IOException {
    return open(head.replay(), options, listener);
  }
}
