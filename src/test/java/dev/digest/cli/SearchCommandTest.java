package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import dev.digest.testing.Sqlite3;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code digest search}: FTS5 queries, best matches first as SQLite's own bm25 ranks them (asked
 * of the real {@code sqlite3}), and grep's exit codes.
 */
class SearchCommandTest {
  private static final String APR23 = "samples/daily-papers-apr23.txt";
  private static final String RANKED =
      "Get trending papers in your email inbox!\n\nMar 13, 2025\n\n"
          + "Widgets Made Simple\n\n"
          + "We study widgets of every kind and size, and mention quantum effects once, among a great many other words about"
          + " widgets, gears, levers and springs. It ends with a full stop.\n\n"
          + "Quantum Gadgets\n\n"
          + "Quantum gadgets for quantum computing with quantum methods. It ends with a full stop.\n\n"
          + "Unrelated Matters\n\n"
          + "Nothing about that topic here at all, only gears. It ends with a full stop.\n";

  @TempDir Path tmp;
  private Path db;

  @BeforeEach
  void makeLibrary() throws Exception {
    db = tmp.resolve("papers.db");
    Path ranked = Files.writeString(tmp.resolve("ranked.txt"), RANKED);
    CliRun run = CliRun.of("convert", "-o", db.toString(), ranked.toString(), APR23);
    assertThat(run.exitCode).as(run.toString()).isZero();
  }

  private CliRun search(String... args) {
    String[] command = new String[args.length + 2];
    command[0] = "search";
    command[1] = db.toString();
    System.arraycopy(args, 0, command, 2, args.length);
    return CliRun.of(command);
  }

  @Test
  void theBestMatchComesFirst() {
    CliRun run = search("quantum", "-f", "tsv", "--fields", "key");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).isEqualTo("key\nquantumGadgets\nwidgetsMadeSimple\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"diffusion; 20", "diffusion OR transformer; 7", "\"talking head\"; 20", "title:edtalk; 20", "gener*; 3", "model NOT diffusion; 20"})
  void matchesAreInSqlite3sOwnBm25Order(String query, int limit) throws Exception {
    CliRun run = search(query, "--limit", String.valueOf(limit), "-f", "tsv", "--fields", "key");
    String bySqlite3 =
        Sqlite3.query(
            db,
            "SELECT papers.key FROM papers_fts JOIN papers ON papers.id = papers_fts.rowid WHERE papers_fts MATCH '"
                + query.replace("'", "''")
                + "' ORDER BY bm25(papers_fts), papers.id LIMIT "
                + limit);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).isEqualTo("key\n" + bySqlite3);
    assertThat(run.stdout.lines().count()).isBetween(2L, limit + 1L);
  }

  @Test
  void recordsComeWholeWithTheirStoredKeysInAnyStreamFormat() throws Exception {
    CliRun json = search("title:EDTalk", "-o", tmp.resolve("found.json").toString());
    CliRun bibtex = search("title:EDTalk", "-f", "bib");

    assertThat(json.exitCode).as(json.toString()).isZero();
    assertThat(json.stdout).isEmpty();
    String expected = CliRun.of("convert", APR23).stdout.lines().skip(1).findFirst().orElseThrow();
    assertThat(Files.readString(tmp.resolve("found.json"))).isEqualTo("[\n" + expected.replaceFirst(",$", "") + "\n]\n");
    assertThat(bibtex.stdout).startsWith("@misc{edtalk,\n");
  }

  @Test
  void nothingMatchedExitsOneAsGrepDoes() {
    CliRun run = search("zyxwvut");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stdout).isEqualTo("[]\n");
    assertThat(run.stderr).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "AND OR; fts5: syntax error near \"AND\"",
        "\"unclosed; unterminated string",
        "authors:smith; no such column: authors",
        "text-to-audio; no such column: to"
      })
  void aQueryFts5CannotParseIsAUsageErrorWithItsMessage(String query, String message) {
    CliRun run = search(query);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stdout).isEmpty();
    assertThat(run.stderr)
        .startsWith("digest: error: cannot search for '" + query + "': " + message + "; write words (all must match), \"a phrase\"")
        .contains("put a word with other characters in double quotes");
  }

  @Test
  void aMissingFileOrOneThatIsNoLibraryExitsOne() throws Exception {
    Path other = tmp.resolve("other.db");
    Sqlite3.query(other, "CREATE TABLE t (x)");
    Path text = Files.writeString(tmp.resolve("notes.db"), "notes\n");

    CliRun missing = CliRun.of("search", tmp.resolve("missing.db").toString(), "x");
    CliRun notLibrary = CliRun.of("search", other.toString(), "x");
    CliRun notSqlite = CliRun.of("search", text.toString(), "x");

    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.stderr).isEqualTo("digest: error: " + tmp.resolve("missing.db") + ": no such file; check the path\n");
    assertThat(notLibrary.exitCode).isEqualTo(1);
    assertThat(notLibrary.stderr).startsWith(other + ": error: not a digest library (it has no papers table)");
    assertThat(notSqlite.exitCode).isEqualTo(1);
    assertThat(notSqlite.stderr).startsWith(text + ": error: not a digest library (not a SQLite database)");
  }

  @Test
  void mistakesOnTheCommandLineAreUsageErrors() {
    assertThat(CliRun.of("search", db.toString()).exitCode).isEqualTo(2);
    assertThat(CliRun.of("search", db.toString(), "a", "b").stderr).contains("quote a query of several words");
    assertThat(search("x", "--limit", "0").stderr).contains("--limit takes a whole number of matches, at least 1, not '0'");
    assertThat(search("x", "-f", "sqlite").stderr).contains("search writes a stream, not -f sqlite");
    CliRun typo = search("x", "-f", "jsnl");
    assertThat(typo.exitCode).isEqualTo(2);
    assertThat(typo.stderr).contains("did you mean 'jsonl'?");
    assertThat(search("x", "-f", "bibtex", "--fields", "key").exitCode).isEqualTo(2);
  }
}
