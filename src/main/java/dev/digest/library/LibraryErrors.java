package dev.digest.library;

import dev.digest.parse.DigestInputException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's failures as the one-line errors digest prints: what, which file, what to do. */
final class LibraryErrors {
  private static final String[] GENERIC = {"SQL error or missing database (", "Unable to open the database file ("};

  private LibraryErrors() {}

  /** A failure while reading the library {@code name}. */
  static DigestInputException reading(String name, SQLException e) {
    return new DigestInputException(name, 0, "cannot read the database: " + reason(e), hint(e), e);
  }

  /** A failure while adding to the library {@code name}: nothing of the run is kept. */
  static DigestInputException writing(String name, SQLException e) {
    return new DigestInputException(
        name, 0, "cannot add to the database: " + reason(e) + "; it is as it was before this run", hint(e), e);
  }

  /** SQLite's own message, without the driver's prefix ({@code [SQLITE_FULL] ...}). */
  static String reason(SQLException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    if (m.startsWith("[SQLITE_")) {
      int end = m.indexOf("] ");
      if (end > 0) {
        m = m.substring(end + 2);
      }
    }
    // The driver wraps SQLite's own message in the generic text of its result code; for these two
    // the generic text says less than SQLite's own.
    for (String generic : GENERIC) {
      if (m.startsWith(generic) && m.endsWith(")")) {
        return m.substring(generic.length(), m.length() - 1);
      }
    }
    return m;
  }

  private static String hint(SQLException e) {
    if (!(e instanceof SQLiteException)) {
      return "check the file and run again";
    }
    // Extended codes (SQLITE_IOERR_WRITE, ...) carry their primary code in the low byte.
    switch (SQLiteErrorCode.getErrorCode(((SQLiteException) e).getResultCode().code & 0xFF)) {
      case SQLITE_FULL:
      case SQLITE_IOERR:
        return "check the disk and run again";
      case SQLITE_READONLY:
      case SQLITE_CANTOPEN:
      case SQLITE_PERM:
        return "check the file's and its folder's permissions";
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        return "another program holds the database; run again when it is done";
      case SQLITE_NOTADB:
      case SQLITE_CORRUPT:
        return "name a database that digest made";
      default:
        return "check the file and run again";
    }
  }
}
