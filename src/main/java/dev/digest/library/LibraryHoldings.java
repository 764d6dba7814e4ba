package dev.digest.library;

import dev.digest.keys.Holdings;
import dev.digest.keys.SeenTitles;
import dev.digest.model.Text;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a library holds, asked of SQLite one record at a time: the unique index on {@code key}
 * (which compares without regard to case, as BibTeX does) and the index on {@code title_norm}
 * answer, so that a library of millions of records costs a run no memory. Asked inside the run's
 * transaction, it also sees the rows the run has added.
 */
final class LibraryHoldings implements Holdings, AutoCloseable {
  private final PreparedStatement keyQuery;
  private final PreparedStatement titleQuery;
  private final String name;

  LibraryHoldings(Connection db, String name) throws SQLException {
    this.name = name;
    keyQuery = db.prepareStatement("SELECT 1 FROM papers WHERE key = ?");
    titleQuery = db.prepareStatement("SELECT 1 FROM papers WHERE title_norm = ?");
  }

  @Override
  public boolean holdsKey(String key) {
    return exists(keyQuery, key);
  }

  @Override
  public boolean holdsTitle(Text title) {
    return exists(titleQuery, SeenTitles.normalized(title));
  }

  private boolean exists(PreparedStatement query, String value) {
    try {
      query.setString(1, value);
      try (ResultSet r = query.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new UncheckedIOException(LibraryErrors.reading(name, e));
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      keyQuery.close();
    } finally {
      titleQuery.close();
    }
  }
}
