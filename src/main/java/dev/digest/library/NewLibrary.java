package dev.digest.library;

import dev.digest.parse.DigestInputException;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes a missing library: the schema is built in a hidden file beside it and linked into place
 * under its name, which fails when the name exists. Two runs that start a new library at once so
 * meet in one database, the second adding to the first's, and no run ever sees a file half made.
 */
final class NewLibrary {
  /** Ends the hidden file's name, as every temporary file digest makes: nothing reads one as data. */
  private static final String PARTIAL_SUFFIX = ".digest-partial";

  private NewLibrary() {}

  @SuppressFBWarnings(value = "SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE", justification = "the schema's own constant statements")
  static void createIfMissing(Path path, String name) throws IOException {
    if (Files.exists(path)) {
      return;
    }
    Path dir = path.toAbsolutePath().getParent();
    Path fileName = path.getFileName();
    if (dir == null || fileName == null) {
      throw new IOException(name + ": not a file name; name a file such as papers.db");
    }
    if (!Files.isDirectory(dir)) {
      throw new DigestInputException(name, 0, "no folder " + dir + " to make the library in", "create the folder, or name a file in another");
    }
    Path temporary = dir.resolve("." + fileName + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + PARTIAL_SUFFIX);
    try {
      try (Connection db = SqliteFile.openReadWrite(temporary);
          Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("BEGIN IMMEDIATE");
        for (String statement : LibrarySchema.CREATE) {
          s.execute(statement);
        }
        s.execute("COMMIT");
      } catch (SQLException e) {
        throw LibraryErrors.writing(name, e);
      }
      try {
        Files.createLink(path, temporary);
      } catch (FileAlreadyExistsException e) {
        // another run made it meanwhile: this run adds to that one
      } catch (UnsupportedOperationException e) {
        // a file system without hard links: a rename, which does not replace an existing file
        moveUnlessPresent(temporary, path);
      }
    } finally {
      Files.deleteIfExists(temporary);
      Files.deleteIfExists(Path.of(temporary + "-wal"));
      Files.deleteIfExists(Path.of(temporary + "-shm"));
    }
  }

  private static void moveUnlessPresent(Path from, Path to) throws IOException {
    try {
      Files.move(from, to);
    } catch (FileAlreadyExistsException e) {
      // made by another run meanwhile
    }
  }
}
