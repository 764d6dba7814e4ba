package dev.digest.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import dev.digest.testing.Sqlite3;
import dev.digest.testing.ToolRun;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema of a library, the contract its users rely on (SPEC Section 8), read with the real
 * {@code sqlite3} shell: the columns, the case-blind unique key, the index on title_norm, the FTS5
 * table kept in step by triggers, user_version and WAL.
 */
class LibrarySchemaTest {
  private static final Path APR23 = Paths.get("samples/daily-papers-apr23.txt");
  private static final Path API = Paths.get("samples/api/2024-05-27.json");

  @TempDir Path tmp;
  private Path db;

  @BeforeEach
  void makeLibrary() {
    db = tmp.resolve("papers.db");
    CliRun run = CliRun.of("convert", "-o", db.toString(), APR23.toString(), API.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stderr).isEmpty();
  }

  @Test
  void papersHasTheTenFieldsThenTitleNormAndAdded() throws Exception {
    String columns = Sqlite3.query(db, "SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || pk FROM pragma_table_info('papers')");
    assertThat(columns.lines())
        .containsExactly(
            "id INTEGER 0 1",
            "key TEXT 1 0",
            "title TEXT 1 0",
            "abstract TEXT 1 0",
            "urls TEXT 1 0",
            "date TEXT 0 0",
            "source TEXT 1 0",
            "line INTEGER 1 0",
            "authors TEXT 1 0",
            "arxiv TEXT 0 0",
            "published TEXT 0 0",
            "title_norm TEXT 1 0",
            "added TEXT 1 0");
    assertThat(Sqlite3.query(db, "PRAGMA user_version")).isEqualTo("1\n");
    assertThat(Sqlite3.query(db, "PRAGMA journal_mode")).isEqualTo("wal\n");
  }

  @Test
  void rowsHoldTheRecordsInTheOrderAddedAsJsonArraysAndTheRunsStartTime() throws Exception {
    String first = Sqlite3.query(db, "SELECT key, date, source, line, json_array_length(urls), authors FROM papers ORDER BY id LIMIT 1");
    assertThat(first).isEqualTo("edtalk|Apr 23|" + APR23 + "|11|1|[]\n");
    String fromApi = Sqlite3.query(db, "SELECT arxiv, published, json_extract(authors, '$[0]') FROM papers WHERE source = '" + API + "' ORDER BY id LIMIT 1");
    assertThat(fromApi).matches("\\d{4}\\.\\d{4,5}\\|\\d{4}-\\d{2}-\\d{2}\\|[^|\\n]+\\n");
    assertThat(Sqlite3.query(db, "SELECT count(*), count(DISTINCT added) FROM papers")).isEqualTo(
        CliRun.of("convert", "-f", "jsonl", APR23.toString(), API.toString()).stdout.lines().count() + "|1\n");
    assertThat(Sqlite3.query(db, "SELECT added FROM papers LIMIT 1")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z\\n");
    // title_norm is the title as --dedupe compares it.
    assertThat(Sqlite3.query(db, "SELECT title_norm FROM papers ORDER BY id LIMIT 1"))
        .isEqualTo("edtalkefficientdisentanglementforemotionaltalkingheadsynthesis\n");
  }

  @Test
  void keysAreUniqueWithoutRegardToCaseAndTitleNormIsIndexed() throws Exception {
    ToolRun clash =
        Sqlite3.run(db, "INSERT INTO papers (key, title, abstract, source, line, title_norm, added) VALUES ('EDTALK', 't', 'a', 's', 1, 't', 'x')");
    assertThat(clash.exitCode).as(clash.toString()).isNotZero();
    assertThat(clash.stderr).contains("UNIQUE constraint failed: papers.key");
    assertThat(Sqlite3.query(db, "EXPLAIN QUERY PLAN SELECT 1 FROM papers WHERE title_norm = 'x'")).contains("USING COVERING INDEX papers_title_norm");
    assertThat(Sqlite3.query(db, "EXPLAIN QUERY PLAN SELECT 1 FROM papers WHERE key = 'X'")).contains("USING COVERING INDEX sqlite_autoindex_papers_1");
  }

  @Test
  void theFullTextIndexFollowsInsertsUpdatesAndDeletesMadeWithSqlite3() throws Exception {
    assertThat(Sqlite3.query(db, "SELECT key FROM papers_fts JOIN papers ON papers.id = papers_fts.rowid WHERE papers_fts MATCH 'title:EDTalk'"))
        .isEqualTo("edtalk\n");
    Sqlite3.query(db, "UPDATE papers SET title = 'Renamed zyxwv' WHERE key = 'edtalk'");
    assertThat(Sqlite3.query(db, "SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'title:EDTalk'")).isEqualTo("0\n");
    assertThat(Sqlite3.query(db, "SELECT rowid FROM papers_fts WHERE papers_fts MATCH 'zyxwv'")).isEqualTo("1\n");
    Sqlite3.query(db, "DELETE FROM papers WHERE key = 'edtalk'");
    assertThat(Sqlite3.query(db, "SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'zyxwv'")).isEqualTo("0\n");
    assertThat(Sqlite3.query(db, "INSERT INTO papers_fts (papers_fts, rank) VALUES ('integrity-check', 1)")).isEmpty();
  }

  @Test
  void theSchemaIsWhatTheReadmeShows() throws Exception {
    List<String> objects = Sqlite3.query(db, "SELECT type || ' ' || name FROM sqlite_schema WHERE NOT (type = 'table' AND name GLOB 'papers_fts_*') ORDER BY name").lines().toList();
    assertThat(objects)
        .containsExactly(
            "table papers",
            "table papers_fts",
            "trigger papers_fts_delete",
            "trigger papers_fts_insert",
            "trigger papers_fts_update",
            "index papers_title_norm",
            "index sqlite_autoindex_papers_1");
  }
}
