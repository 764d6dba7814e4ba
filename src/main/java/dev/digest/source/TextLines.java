package dev.digest.source;

import dev.digest.parse.DigestInputException;
import dev.digest.parse.ParseOptions;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/**
 * The lines of a text input of a data kind (BibTeX, RIS, TSV), numbered from 1, decoded strictly
 * in the run's encoding: bytes that are not valid are an input error at their line, never replaced
 * silently. A byte-order mark at the start is dropped.
 */
final class TextLines implements Closeable {
  private final BufferedReader reader;
  private final ParseOptions options;
  private int number;

  TextLines(InputStream in, ParseOptions options) {
    this.reader = strictReader(in, options);
    this.options = options;
  }

  /** A reader of {@code in} in the run's encoding that reports bytes not valid in it. */
  static BufferedReader strictReader(InputStream in, ParseOptions options) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            options.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  /** The input error for bytes not valid in the run's encoding, at {@code line}. */
  static DigestInputException notValid(ParseOptions options, int line, CharacterCodingException e) {
    return new DigestInputException(
        options.sourceName(),
        line,
        "bytes that are not valid " + options.encoding().name(),
        "if the file is in another encoding, name it with --encoding (for example --encoding windows-1252)",
        e);
  }

  /** The next line without its line end (LF, CR LF or CR), or null at the end. */
  String next() throws IOException {
    String line;
    try {
      line = reader.readLine();
    } catch (CharacterCodingException e) {
      throw notValid(options, number + 1, e);
    }
    if (line == null) {
      return null;
    }
    number++;
    return number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  /** The number of the line {@link #next()} returned last. */
  int number() {
    return number;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
