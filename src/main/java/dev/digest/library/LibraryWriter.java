package dev.digest.library;

import dev.digest.keys.Holdings;
import dev.digest.keys.SeenTitles;
import dev.digest.model.RecordView;
import dev.digest.model.Text;
import dev.digest.parse.DigestInputException;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One run adding records to a library: all in one transaction, begun with {@code BEGIN IMMEDIATE}
 * before the first record, so that keys are given against the keys the database holds and a second
 * run waits for the first (SQLite's busy timeout) instead of failing. {@link #commit()} keeps the
 * records; {@link #close()} without it rolls back, leaving the rows as they were.
 *
 * <p>The database is checked before anything is written: a file that is not SQLite, a SQLite
 * database that is not a digest library, or one made by a newer digest is refused with the file
 * untouched ({@link LibrarySchema#inspect}).
 */
public final class LibraryWriter implements Closeable {
  private static final String INSERT =
      "INSERT INTO papers (key, title, abstract, urls, date, source, line, authors, arxiv, published, title_norm, added)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** When a run started, in UTC to the millisecond: runs a moment apart stay apart; ISO 8601, so it sorts as text. */
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final String name;
  private final Connection db;
  private final String added;
  private final LibraryHoldings holdings;
  private final PreparedStatement insert;
  private final JsonArrays arrays = new JsonArrays();
  /** The largest id before this run: the run's rows come after it. */
  private final long lastIdBefore;
  private boolean inTransaction;

  private LibraryWriter(String name, Connection db, Instant runStart) throws SQLException {
    this.name = name;
    this.db = db;
    this.added = ADDED.format(runStart);
    this.holdings = new LibraryHoldings(db, name);
    this.insert = db.prepareStatement(INSERT);
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM papers")) {
      lastIdBefore = r.next() ? r.getLong(1) : 0;
      // The run's rows are indexed in one pass before the commit (indexNewRows), which costs
      // FTS5 about half of what a trigger firing row by row does. Inside the transaction, so no
      // other connection ever sees the library without its trigger.
      s.execute("DROP TRIGGER IF EXISTS papers_fts_insert");
      if (lastIdBefore == 0) {
        // Into an empty library the index is built once, sorted, at the end: kept up row by row,
        // an index larger than the page cache costs a large run a page read and write a row.
        s.execute("DROP INDEX IF EXISTS papers_title_norm");
      }
    }
  }

  /**
   * Opens the library at {@code path} (named {@code name} in messages) for one run that started
   * at {@code runStart}, creating it when missing, and begins the run's transaction.
   */
  public static LibraryWriter open(Path path, String name, Instant runStart) throws IOException {
    NewLibrary.createIfMissing(path, name);
    checkBeforeWriting(path, name);
    Connection db = null;
    try {
      db = SqliteFile.openReadWrite(path);
      prepare(db);
      begin(db, name);
      LibraryWriter writer = new LibraryWriter(name, db, runStart);
      writer.inTransaction = true;
      return writer;
    } catch (SQLException e) {
      SqliteFile.closeQuietly(db);
      throw LibraryErrors.writing(name, e);
    } catch (IOException | RuntimeException e) {
      SqliteFile.closeQuietly(db);
      throw e;
    }
  }

  /** A file that is no SQLite database at all, or no digest library, is refused before it is opened for writing. */
  private static void checkBeforeWriting(Path path, String name) throws IOException {
    if (Files.size(path) > 0 && !SqliteFile.hasDatabaseHeader(path)) {
      throw LibrarySchema.notALibrary(name, "not a SQLite database");
    }
    if (Files.size(path) == 0) {
      return;
    }
    try (Connection queries = SqliteFile.openForQueries(path)) {
      LibrarySchema.inspect(queries, name);
    } catch (SQLException e) {
      throw LibraryErrors.reading(name, e);
    }
  }

  /** The connection's settings: WAL (kept in the file), and what makes a large run fast and safe. */
  private static void prepare(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      String mode;
      try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
        mode = r.next() ? r.getString(1) : "";
      }
      if (!mode.equalsIgnoreCase("wal")) {
        s.execute("PRAGMA journal_mode = WAL");
      }
      // In WAL mode NORMAL is durable against a crash of the program and keeps the database
      // consistent on a power cut; only the last commit may then be lost.
      s.execute("PRAGMA synchronous = NORMAL");
      // 32 MiB of page cache (native memory, outside Java's heap) for the indexes of a large run.
      s.execute("PRAGMA cache_size = -32768");
    }
  }

  /** Takes the write lock, then checks the schema again (another run may have made it meanwhile). */
  @SuppressFBWarnings(value = "SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE", justification = "the schema's own constant statements")
  private static void begin(Connection db, String name) throws SQLException, DigestInputException {
    db.setAutoCommit(true);
    try (Statement s = db.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      boolean ready = false;
      try {
        if (LibrarySchema.inspect(db, name) == LibrarySchema.Shape.EMPTY) {
          for (String statement : LibrarySchema.CREATE) {
            s.execute(statement);
          }
        }
        ready = true;
      } finally {
        if (!ready) {
          s.execute("ROLLBACK");
        }
      }
    }
  }

  /**
   * The keys and titles the library holds, for the run's keys and {@code --dedupe}. A library
   * that held nothing when the run began has nothing to ask: the run remembers its own keys.
   */
  public Holdings holdings() {
    return lastIdBefore == 0 ? Holdings.NONE : holdings;
  }

  /** Adds one record, with the key the run gave it. */
  public void add(RecordView r) throws IOException {
    try {
      insert.setString(1, r.key().toString());
      insert.setString(2, r.title().toString());
      insert.setString(3, r.abstractText().toString());
      arrays.begin();
      for (int i = 0; i < r.urlCount(); i++) {
        arrays.add(r.url(i));
      }
      insert.setString(4, arrays.end());
      setTextOrNull(5, r.date());
      insert.setString(6, r.source());
      insert.setInt(7, r.line());
      arrays.begin();
      for (int i = 0; i < r.authorCount(); i++) {
        arrays.add(r.author(i));
      }
      insert.setString(8, arrays.end());
      setTextOrNull(9, r.arxiv());
      setTextOrNull(10, r.published());
      insert.setString(11, SeenTitles.normalized(r.title()));
      insert.setString(12, added);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw LibraryErrors.writing(name, e);
    }
  }

  private void setTextOrNull(int column, Text value) throws SQLException {
    if (value == null) {
      insert.setNull(column, Types.VARCHAR);
    } else {
      insert.setString(column, value.toString());
    }
  }

  /** Keeps the run's records: after this, the run has changed the library. */
  public void commit() throws IOException {
    try (Statement s = db.createStatement()) {
      try (PreparedStatement index =
          db.prepareStatement("INSERT INTO papers_fts (rowid, title, abstract) SELECT id, title, abstract FROM papers WHERE id > ?")) {
        index.setLong(1, lastIdBefore);
        index.executeUpdate();
      }
      s.execute(LibrarySchema.INSERT_TRIGGER);
      if (lastIdBefore == 0) {
        s.execute(LibrarySchema.TITLE_INDEX);
      }
      s.execute("COMMIT");
      inTransaction = false;
    } catch (SQLException e) {
      throw LibraryErrors.writing(name, e);
    }
  }

  /** Rolls back what was not committed (the library keeps its rows as they were) and closes. */
  @Override
  public void close() throws IOException {
    try {
      insert.close();
      holdings.close();
      if (inTransaction) {
        inTransaction = false;
        try (Statement s = db.createStatement()) {
          s.execute("ROLLBACK");
        }
      }
    } catch (SQLException e) {
      throw LibraryErrors.writing(name, e);
    } finally {
      SqliteFile.closeQuietly(db);
    }
  }

}
