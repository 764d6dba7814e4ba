package dev.digest.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/** Opening SQLite files: telling one by its header, and connections with the settings every run uses. */
public final class SqliteFile {
  /** The first 16 bytes of every SQLite 3 database file. */
  private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /**
   * How long a run waits for another that is adding to the same library (SQLite's busy timeout):
   * long enough for a run of a gigabyte of digests to finish, after which the waiting run goes on.
   */
  static final int BUSY_TIMEOUT_MILLIS = 30 * 60 * 1000;

  private SqliteFile() {}

  /** True when {@code head} starts as a SQLite 3 database does. */
  public static boolean isDatabaseHeader(byte[] head, int length) {
    return length >= HEADER.length && head.length >= HEADER.length && Arrays.equals(head, 0, HEADER.length, HEADER, 0, HEADER.length);
  }

  /** True when {@code head[0, length)} is shorter than SQLite's header and starts it: more must be read to tell. */
  public static boolean couldBeHeader(byte[] head, int length) {
    return length < HEADER.length && Arrays.equals(head, 0, length, HEADER, 0, length);
  }

  /** True when the file at {@code path} starts as a SQLite 3 database does. */
  static boolean hasDatabaseHeader(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(HEADER.length);
      return isDatabaseHeader(head, head.length);
    }
  }

  /**
   * A connection for reading a database this run does not change (or must not: one that is no
   * digest library): it could write, but {@code query_only} refuses every change. Unlike a
   * read-only connection it tidies up when it closes: the last connection to a database in WAL
   * mode removes the {@code -wal} and {@code -shm} files, which a read-only one leaves beside it.
   */
  static Connection openForQueries(Path path) throws SQLException {
    Connection db = openReadWrite(path);
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA query_only = ON");
    } catch (SQLException e) {
      closeQuietly(db);
      throw e;
    }
    return db;
  }

  /** A connection that reads and writes (and creates a missing file). */
  static Connection openReadWrite(Path path) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    return config.createConnection(url(path));
  }

  /**
   * The JDBC address of a file. The driver reads what follows a {@code ?} as settings, so the path
   * goes in as a {@code file:} URI, where a {@code ?} in a name is percent-encoded.
   */
  private static String url(Path path) {
    return "jdbc:sqlite:file:" + path.toAbsolutePath().toUri().getRawPath();
  }

  /** Closes {@code db} (may be null) when a failure is already on its way: a second one would only hide it. */
  static void closeQuietly(Connection db) {
    if (db == null) {
      return;
    }
    try {
      db.close();
    } catch (SQLException e) {
      // SQLite rolls back whatever was not committed; the first failure is the one to report
    }
  }
}
