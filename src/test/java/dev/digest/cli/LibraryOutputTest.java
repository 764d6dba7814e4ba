package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import dev.digest.testing.Sqlite3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code convert -o papers.db}: a library that grows run by run (SPEC Section 8), checked with the
 * real {@code sqlite3}: old rows and keys never change, a failed run changes nothing, and a file
 * that is not a digest library is refused with its bytes untouched.
 */
class LibraryOutputTest {
  private static final String APR23 = "samples/daily-papers-apr23.txt";
  private static final String COMPACT1 = "samples/papers-compact-1.txt";
  private static final String ANOMALIES = "src/test/resources/anomalies/anomalies.txt";

  @TempDir Path tmp;

  private Path library(String... inputs) {
    Path db = tmp.resolve("papers.db");
    add(db, inputs);
    return db;
  }

  private static void add(Path db, String... args) {
    String[] command = new String[args.length + 3];
    command[0] = "convert";
    command[1] = "-o";
    command[2] = db.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    CliRun run = CliRun.of(command);
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stderr).isEmpty();
  }

  @Test
  void addingTheSameDigestTwiceWithDedupeAddsNothing() throws Exception {
    Path db = library("--dedupe", APR23);
    String before = Sqlite3.rows(db);

    add(db, "--dedupe", APR23);

    assertThat(Sqlite3.rows(db)).isEqualTo(before);
    assertThat(Sqlite3.query(db, "SELECT count(*) FROM papers")).isEqualTo("130\n");
  }

  @Test
  void newKeysAvoidTheLibrarysKeysInAnyCaseAndOldRowsStayAsTheyWere() throws Exception {
    Path db = library(APR23);
    // A person's edit: the key in other letters' case, which BibTeX takes for the same key.
    Sqlite3.query(db, "UPDATE papers SET key = 'EDTalk' WHERE key = 'edtalk'");
    String before = Sqlite3.rows(db);

    add(db, APR23);

    assertThat(Sqlite3.query(db, "SELECT * FROM papers WHERE id <= 130 ORDER BY id")).isEqualTo(before);
    assertThat(Sqlite3.query(db, "SELECT count(*), count(DISTINCT lower(key)) FROM papers")).isEqualTo("260|260\n");
    assertThat(Sqlite3.query(db, "SELECT key FROM papers WHERE title LIKE 'EDTalk:%' ORDER BY id")).isEqualTo("EDTalk\nedtalka\n");
    // Every new key is an old one with a suffix: the same titles, in the same order.
    assertThat(Sqlite3.query(db, "SELECT count(*) FROM papers n JOIN papers o ON o.id = n.id - 130 WHERE n.key <> o.key || 'a' COLLATE NOCASE"))
        .isEqualTo("0\n");
  }

  @Test
  void aRunFailedByStrictChangesNoRow() throws Exception {
    Path db = library(APR23);
    String before = Sqlite3.rows(db);

    CliRun failed = CliRun.of("convert", "--strict", "-o", db.toString(), COMPACT1, ANOMALIES);

    assertThat(failed.exitCode).isEqualTo(1);
    assertThat(failed.stderr).endsWith("digest: error: 4 warnings and --strict: " + db + " was not changed; fix the input or drop --strict\n");
    assertThat(Sqlite3.rows(db)).isEqualTo(before);
  }

  @Test
  void aRunFailedByBadInputAfterSomeRecordsChangesNoRow() throws Exception {
    Path db = library(APR23);
    String before = Sqlite3.rows(db);
    Path bad = Files.write(tmp.resolve("bad.txt"), new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', (byte) 0xFF, '\n'});

    CliRun failed = CliRun.of("convert", "-o", db.toString(), COMPACT1, bad.toString());

    assertThat(failed.exitCode).isEqualTo(1);
    assertThat(failed.stderr).startsWith(bad + ":3: error: bytes that are not valid UTF-8");
    assertThat(Sqlite3.rows(db)).isEqualTo(before);
    assertThat(tmp.resolve("papers.db-wal")).doesNotExist();
  }

  @Test
  void aFailedFirstRunLeavesAnEmptyLibrary() throws Exception {
    Path db = tmp.resolve("new.db");

    CliRun failed = CliRun.of("convert", "--strict", "-o", db.toString(), ANOMALIES);

    assertThat(failed.exitCode).isEqualTo(1);
    assertThat(Sqlite3.query(db, "SELECT count(*) FROM papers; PRAGMA user_version")).isEqualTo("0\n1\n");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("new.db");
    }
  }

  @Test
  void aFileThatIsNotSqliteIsRefusedUntouched() throws Exception {
    Path notes = Files.writeString(tmp.resolve("notes.db"), "my notes\n");

    assertRefusedUntouched(notes, "not a digest library (not a SQLite database)");
  }

  @Test
  void aSqliteDatabaseOfOtherTablesIsRefusedUntouched() throws Exception {
    Path other = tmp.resolve("other.db");
    Sqlite3.query(other, "CREATE TABLE papers (title TEXT); INSERT INTO papers VALUES ('x')");

    assertRefusedUntouched(other, "not a digest library (its papers table is not digest's)");
  }

  @Test
  void aLibraryMadeByANewerDigestIsRefusedUntouched() throws Exception {
    Path db = library(APR23);
    Sqlite3.query(db, "PRAGMA user_version = 2");

    assertRefusedUntouched(db, "a digest library made by a newer digest (schema version 2; this digest knows version 1)");
  }

  private void assertRefusedUntouched(Path db, String problem) throws Exception {
    byte[] before = Files.readAllBytes(db);

    CliRun refused = CliRun.of("convert", "-o", db.toString(), APR23);

    assertThat(refused.exitCode).as(refused.toString()).isEqualTo(1);
    assertThat(refused.stderr).startsWith(db + ": error: " + problem + "; ");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(db.getFileName().toString());
    }
  }

  @Test
  void aLibraryInAFolderThatDoesNotExistIsAnErrorThatSaysSo() {
    Path db = tmp.resolve("missing/papers.db");

    CliRun run = CliRun.of("convert", "-o", db.toString(), APR23);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).isEqualTo(db + ": error: no folder " + db.getParent() + " to make the library in; create the folder, or name a file in another\n");
    assertThat(db.getParent()).doesNotExist();
  }

  @Test
  void standardOutputCannotBeADatabase() {
    CliRun none = CliRun.of("convert", "-f", "sqlite", APR23);
    CliRun dash = CliRun.of("convert", "-f", "SQLite", "-o", "-", APR23);

    assertThat(none.exitCode).isEqualTo(2);
    assertThat(none.stderr).isEqualTo(
        "digest: error: -f sqlite writes a database file, not standard output; name it with -o (such as -o papers.db)\n");
    assertThat(dash.exitCode).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"papers.db", "papers.sqlite", "papers.SQLITE3"})
  void theOutputsExtensionChoosesSqlite(String name) throws Exception {
    Path db = tmp.resolve(name);

    add(db, APR23);

    assertThat(Sqlite3.query(db, "SELECT count(*) FROM papers")).isEqualTo("130\n");
  }

  @Test
  void aLibraryReadAsInputGivesItsRecordsInTheOrderAddedWithTheirKeys() {
    Path db = library(APR23, COMPACT1);

    CliRun fromLibrary = CliRun.of("convert", "-f", "jsonl", db.toString());
    CliRun fromText = CliRun.of("convert", "-f", "jsonl", APR23, COMPACT1);

    assertThat(fromLibrary.exitCode).as(fromLibrary.toString()).isZero();
    assertThat(fromLibrary.stdout).isEqualTo(fromText.stdout);
    CliRun stats = CliRun.of("stats", "--json", db.toString());
    assertThat(stats.stdout).contains("\"records\": 249");
    CliRun bibtex = CliRun.of("convert", "-f", "bibtex", db.toString());
    assertThat(bibtex.stdout).isEqualTo(CliRun.of("convert", "-f", "bibtex", APR23, COMPACT1).stdout);
  }

  @Test
  void recordsReadAfterALibraryAvoidItsKeysAndAKeyTakenBeforeItGetsANewOne() {
    Path db = library(APR23);

    CliRun after = CliRun.of("convert", "-f", "tsv", "--fields", "key", db.toString(), APR23);
    CliRun before = CliRun.of("convert", "-f", "tsv", "--fields", "key", APR23, db.toString());

    assertThat(after.stdout.lines().skip(1).limit(2)).containsExactly("edtalk", "ezaudio");
    assertThat(after.stdout.lines().skip(131).limit(2)).containsExactly("edtalka", "ezaudioa");
    assertThat(before.stdout).isEqualTo(after.stdout);
    assertThat(after.stdout.lines().distinct().count()).isEqualTo(261);
  }

  @Test
  void aLibraryCannotBeItsOwnOutputAndAFolderReadsItsDatabases() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("library"));
    Path db = dir.resolve("a.db");
    add(db, APR23);
    Files.copy(Paths.get(COMPACT1), dir.resolve("b.txt"));

    CliRun own = CliRun.of("convert", "-o", db.toString(), db.toString());
    CliRun folder = CliRun.of("stats", "--json", dir.toString());

    assertThat(own.exitCode).isEqualTo(1);
    assertThat(own.stderr).contains("is one of the inputs");
    assertThat(folder.exitCode).as(folder.toString()).isZero();
    assertThat(folder.stdout).contains("\"source\": \"" + db + "\",\n      \"records\": 130").contains("\"records\": 249");
  }

  @Test
  void standardInputCannotBeADatabase() throws Exception {
    Path db = library(APR23);

    CliRun piped = CliRun.withStdin(Files.readAllBytes(db), "convert", "-f", "jsonl");

    assertThat(piped.exitCode).isEqualTo(1);
    assertThat(piped.stderr).isEqualTo("-: error: a SQLite database cannot be read from standard input or a pipe; name the database file instead\n");
  }
}
