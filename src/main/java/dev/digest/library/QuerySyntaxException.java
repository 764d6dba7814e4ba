package dev.digest.library;

import java.io.IOException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** A search query that SQLite's FTS5 cannot parse: the user's to fix, with FTS5's own message. */
public final class QuerySyntaxException extends IOException {
  private static final long serialVersionUID = 1L;

  QuerySyntaxException(SQLException cause) {
    super(LibraryErrors.reason(cause), cause);
  }

  /**
   * True for FTS5's complaints about a query ({@code fts5: syntax error near ...}, {@code
   * unterminated string}, {@code no such column: authors}): SQLite's plain error code, where a
   * damaged or unreadable file has codes of its own (the library's shape is checked before).
   */
  static boolean isQueryError(SQLException e) {
    return e instanceof SQLiteException && (((SQLiteException) e).getResultCode().code & 0xFF) == SQLiteErrorCode.SQLITE_ERROR.code;
  }
}
