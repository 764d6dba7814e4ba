package dev.digest.source;

import dev.digest.library.LibraryReader;
import dev.digest.library.SqliteFile;
import dev.digest.model.RecordView;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A digest library (SPEC Section 8), told by SQLite's 16-byte header: its records in the order
 * added, every field as stored, keys included ({@link RecordSource#keysAreFinal()}).
 */
final class LibraryKind implements InputKind {

  @Override
  public String name() {
    return "digest library (SQLite)";
  }

  @Override
  public boolean recognises(InputHead head) {
    return head.isSqliteDatabase();
  }

  @Override
  public RecordSource open(InputStream in, ParseOptions options, DiagnosticListener listener) throws IOException {
    in.close();
    throw fromStream(options.sourceName());
  }

  @Override
  public RecordSource open(InputSource input, InputHead head, ParseOptions options, DiagnosticListener listener)
      throws IOException {
    head.replay().close(); // SQLite reads the file itself, by its path
    Path path = input.path();
    if (path == null) {
      throw fromStream(input.name());
    }
    return new Rows(LibraryReader.all(path, input.name()));
  }

  private static DigestInputException fromStream(String name) {
    return new DigestInputException(
        name, 0, "a SQLite database cannot be read from standard input or a pipe", "name the database file instead");
  }

  /** A library's rows as a record source. */
  private static final class Rows implements RecordSource {
    private final LibraryReader reader;

    Rows(LibraryReader reader) {
      this.reader = reader;
    }

    @Override
    public boolean advance() throws IOException {
      return reader.advance();
    }

    @Override
    public RecordView current() {
      return reader.current();
    }

    @Override
    public boolean keysAreFinal() {
      return true;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
