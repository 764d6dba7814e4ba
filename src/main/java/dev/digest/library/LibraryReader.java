package dev.digest.library;

import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.DigestInputException;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Records read out of a library, one row at a time into a reused view, with every field as
 * stored, the key included: the records of the library in the order added ({@link #all}), or the
 * best matches of a full-text query ({@link LibrarySearch}). The connection is read-only, so
 * reading never changes the file.
 */
public final class LibraryReader implements Closeable {
  static final String FIELDS =
      "papers.key, papers.title, papers.abstract, papers.urls, papers.date, papers.source, papers.line, papers.authors,"
          + " papers.arxiv, papers.published";

  private final String name;
  private final Connection db;
  private final PreparedStatement query;
  /** Sets the query's parameters before it runs; null when it has none. */
  private final Binder bind;
  /** True for a full-text search, whose failures may be the user's query. */
  private final boolean fullText;
  private ResultSet rows;
  private final RecordView view = new RecordView();
  private final Text date = new Text(32);

  private LibraryReader(String name, Connection db, PreparedStatement query, Binder bind, boolean fullText) {
    this.name = name;
    this.db = db;
    this.query = query;
    this.bind = bind;
    this.fullText = fullText;
  }

  /** Every record of the library at {@code path} (named {@code name} in messages), in the order added. */
  public static LibraryReader all(Path path, String name) throws IOException {
    return open(path, name, "SELECT " + FIELDS + " FROM papers ORDER BY papers.id", null, false);
  }

  /**
   * Opens the library and prepares {@code sql}; its parameters are bound by {@code bind} (may be
   * null) and the rows fetched on the first {@link #advance()}.
   */
  static LibraryReader open(Path path, String name, String sql, Binder bind, boolean fullText) throws IOException {
    Connection db = null;
    try {
      if (!SqliteFile.hasDatabaseHeader(path)) {
        throw LibrarySchema.notALibrary(name, "not a SQLite database");
      }
      db = SqliteFile.openForQueries(path);
      if (LibrarySchema.inspect(db, name) != LibrarySchema.Shape.LIBRARY) {
        throw LibrarySchema.notALibrary(name, "it has no papers table");
      }
      return new LibraryReader(name, db, db.prepareStatement(sql), bind, fullText);
    } catch (SQLException e) {
      SqliteFile.closeQuietly(db);
      throw LibraryErrors.reading(name, e);
    } catch (IOException | RuntimeException e) {
      SqliteFile.closeQuietly(db);
      throw e;
    }
  }

  /** Sets a prepared query's parameters. */
  interface Binder {
    void bind(PreparedStatement query) throws SQLException;
  }

  /** Moves to the next record; false after the last. */
  public boolean advance() throws IOException {
    try {
      if (rows == null) {
        if (bind != null) {
          bind.bind(query);
        }
        rows = query.executeQuery();
      }
      ResultSet r = rows;
      if (!r.next()) {
        return false;
      }
      fill(r);
      return true;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** What a failed query means: for a search, a query FTS5 cannot parse is the user's to fix. */
  private IOException failure(SQLException e) {
    return fullText && QuerySyntaxException.isQueryError(e) ? new QuerySyntaxException(e) : LibraryErrors.reading(name, e);
  }

  /** The current record, valid until the next {@link #advance()}. */
  @SuppressFBWarnings(value = "EI_EXPOSE_REP", justification = "the reused view is the zero-copy fast path, documented so")
  public RecordView current() {
    return view;
  }

  private void fill(ResultSet rows) throws SQLException, DigestInputException {
    RecordView v = view;
    v.key().clear();
    v.key().append(rows.getString(1));
    v.title().clear();
    v.title().append(rows.getString(2));
    v.abstractText().clear();
    v.abstractText().append(rows.getString(3));
    v.clearUrls();
    v.clearPaperData();
    readArray(rows.getString(4), "urls", v::addUrl);
    String d = rows.getString(5);
    if (d == null) {
      v.setDate(null);
    } else {
      date.clear();
      date.append(d);
      v.setDate(date);
    }
    v.setSource(rows.getString(6));
    v.setLine(rows.getInt(7));
    readArray(rows.getString(8), "authors", v::addAuthor);
    v.setArxiv(rows.getString(9));
    v.setPublished(rows.getString(10));
  }

  private void readArray(String json, String column, Consumer<String> each) throws DigestInputException {
    if (json == null) {
      return;
    }
    try {
      JsonArrays.read(json, column, each);
    } catch (IOException e) {
      throw new DigestInputException(name, 0, e.getMessage(), "the library was changed by another program; mend the row", e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (rows != null) {
        rows.close();
      }
      query.close();
    } catch (SQLException e) {
      throw LibraryErrors.reading(name, e);
    } finally {
      SqliteFile.closeQuietly(db);
    }
  }

}
