package dev.digest.library;

import dev.digest.parse.DigestInputException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema of a digest library, part of the contract for {@code sqlite3}, Datasette and DuckDB
 * users (SPEC Section 8), and the check that a database has it before anything is read or written.
 *
 * <p>{@code id} is an explicit {@code INTEGER PRIMARY KEY}, the rowid under its own name: {@code
 * VACUUM} may renumber the rowids of a table without one, which would reorder the records and
 * leave the full-text index pointing at other rows.
 */
public final class LibrarySchema {
  /** {@code PRAGMA user_version} of the databases this digest writes. */
  public static final int VERSION = 1;

  /** The columns of {@code papers}, in order: the ten fields of a record, then the library's own. */
  public static final List<String> COLUMNS =
      List.of(
          "id", "key", "title", "abstract", "urls", "date", "source", "line", "authors", "arxiv", "published", "title_norm",
          "added");

  /** Answers --dedupe against the library. */
  static final String TITLE_INDEX = "CREATE INDEX papers_title_norm ON papers (title_norm)";

  /** Keeps the full-text index in step with rows added. */
  static final String INSERT_TRIGGER =
      "CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers BEGIN\n"
          + "  INSERT INTO papers_fts (rowid, title, abstract) VALUES (new.id, new.title, new.abstract);\n"
          + "END";

  /** What a new library is made of, in order. */
  static final List<String> CREATE =
      List.of(
          "CREATE TABLE papers (\n"
              + "  id INTEGER PRIMARY KEY,\n"
              + "  key TEXT NOT NULL COLLATE NOCASE UNIQUE,\n"
              + "  title TEXT NOT NULL,\n"
              + "  abstract TEXT NOT NULL,\n"
              + "  urls TEXT NOT NULL DEFAULT '[]',\n"
              + "  date TEXT,\n"
              + "  source TEXT NOT NULL,\n"
              + "  line INTEGER NOT NULL,\n"
              + "  authors TEXT NOT NULL DEFAULT '[]',\n"
              + "  arxiv TEXT,\n"
              + "  published TEXT,\n"
              + "  title_norm TEXT NOT NULL,\n"
              + "  added TEXT NOT NULL\n"
              + ")",
          TITLE_INDEX,
          // content=[papers] as sqlite-utils writes it: Datasette finds a table's full-text index by that text.
          "CREATE VIRTUAL TABLE papers_fts USING fts5 (title, abstract, content=[papers], content_rowid=[id])",
          INSERT_TRIGGER,
          "CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN\n"
              + "  INSERT INTO papers_fts (papers_fts, rowid, title, abstract) VALUES ('delete', old.id, old.title, old.abstract);\n"
              + "END",
          "CREATE TRIGGER papers_fts_update AFTER UPDATE ON papers BEGIN\n"
              + "  INSERT INTO papers_fts (papers_fts, rowid, title, abstract) VALUES ('delete', old.id, old.title, old.abstract);\n"
              + "  INSERT INTO papers_fts (rowid, title, abstract) VALUES (new.id, new.title, new.abstract);\n"
              + "END",
          "PRAGMA user_version = " + VERSION);

  /** What a database holds, as far as a run cares. */
  enum Shape {
    /** No table at all: a new file, or one made by {@code touch}; the schema can be created in it. */
    EMPTY,
    /** A digest library of this version. */
    LIBRARY
  }

  private LibrarySchema() {}

  /**
   * The shape of the database behind {@code db}, named {@code name} in messages; throws a {@link
   * DigestInputException} saying why when it is no digest library or one made by a newer digest.
   */
  static Shape inspect(Connection db, String name) throws SQLException, DigestInputException {
    int version;
    Set<String> tables = new LinkedHashSet<>();
    try (Statement s = db.createStatement()) {
      try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
        version = r.next() ? r.getInt(1) : 0;
      }
      try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
    }
    if (version > VERSION) {
      throw new DigestInputException(
          name,
          0,
          "a digest library made by a newer digest (schema version " + version + "; this digest knows version " + VERSION + ")",
          "use a newer digest, or name another file");
    }
    if (version == 0 && tables.isEmpty()) {
      return Shape.EMPTY;
    }
    if (version < VERSION || !tables.contains("papers") || !tables.contains("papers_fts")) {
      throw notALibrary(name, tables.contains("papers") ? "its papers table is not digest's" : "it has no papers table");
    }
    Set<String> columns = new LinkedHashSet<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("PRAGMA table_info(papers)")) {
      while (r.next()) {
        columns.add(r.getString("name"));
      }
    }
    if (!columns.containsAll(COLUMNS)) {
      Set<String> missing = new LinkedHashSet<>(COLUMNS);
      missing.removeAll(columns);
      throw notALibrary(name, "its papers table lacks the columns " + String.join(", ", missing));
    }
    return Shape.LIBRARY;
  }

  static DigestInputException notALibrary(String name, String why) {
    return new DigestInputException(
        name, 0, "not a digest library (" + why + ")", "name a database that digest made, or a new file (such as papers.db)");
  }
}
