package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user of jq, pandoc and ripgrep expects of a command line: formats chosen by -o's
 * extension, names in any case and by their aliases, the last value of an option winning,
 * suggestions only for what is close, -q, help as a command, --debug anywhere, -o for every
 * command.
 */
class ShellHabitsTest {
  private static final String MAR13 = "samples/daily-papers-mar13.txt";
  private static final String ANOMALIES = "src/test/resources/anomalies/anomalies.txt";

  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({
    "papers.json, [",
    "papers.jsonl, '{\"key\":'",
    "papers.NDJSON, '{\"key\":'",
    "papers.csv, 'key,title,'",
    "papers.tsv, 'key\ttitle\t'",
    "refs.bib, '@misc{'",
    "refs.ris, 'TY  - '",
    "papers.txt, [",
    "papers, [",
  })
  void withoutFormatTheOutputFilesExtensionChoosesIt(String name, String start) throws IOException {
    Path out = tmp.resolve(name);
    CliRun run = CliRun.of("convert", "-o", out.toString(), MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(Files.readString(out)).startsWith(start);
  }

  @Test
  void anExplicitFormatBeatsTheExtension() throws IOException {
    Path out = tmp.resolve("papers.csv");
    CliRun run = CliRun.of("convert", "-f", "jsonl", "-o", out.toString(), MAR13);

    assertThat(run.exitCode).isZero();
    assertThat(Files.readString(out)).startsWith("{\"key\":");
  }

  @ParameterizedTest
  @CsvSource({"ndjson, jsonl", "NDJSON, jsonl", "bib, bibtex", "BibTeX, bibtex", "csl, csljson", "csl-json, csljson", "CSV, csv"})
  void formatNamesAreCaseInsensitiveWithTheirAliases(String typed, String format) {
    assertThat(CliRun.of("convert", "-f", typed, MAR13).stdout).isEqualTo(CliRun.of("convert", "-f", format, MAR13).stdout);
  }

  @Test
  void toIsASynonymOfFormatAsInPandoc() {
    CliRun run = CliRun.of("convert", "--to", "csv", MAR13);

    assertThat(run.exitCode).isZero();
    assertThat(run.stdout).startsWith("key,title,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-f csv -f jsonl", "--format csv --to jsonl", "-f csv --format=jsonl"})
  void theLastValueOfARepeatedOptionWins(String options) {
    String[] args = (options + " " + MAR13).split(" ");
    String[] full = new String[args.length + 1];
    full[0] = "convert";
    System.arraycopy(args, 0, full, 1, args.length);
    CliRun run = CliRun.of(full);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).startsWith("{\"key\":");
  }

  @Test
  void aRepeatedOutputWritesOnlyTheLastFile() throws IOException {
    Path first = tmp.resolve("a.json");
    Path last = tmp.resolve("b.json");
    CliRun run = CliRun.of("convert", "-o", first.toString(), "-o", last.toString(), MAR13);

    assertThat(run.exitCode).isZero();
    assertThat(first).doesNotExist();
    assertThat(last).exists();
  }

  @ParameterizedTest
  @CsvSource({
    "'convert --output-format csv', '--output-format', did you mean '--format'?",
    "'convert -f ndjsn', 'ndjsn', did you mean 'jsonl'?",
    "'convert -f bibtx', 'bibtx', did you mean 'bibtex'?",
    "'convert --encoding windows1252', 'windows1252', did you mean 'windows-1252'?",
    "'convert --encoding utf9', 'utf9', did you mean 'UTF-8'?",
    "'convert --frmat json', '--frmat', did you mean '--format'?",
    "'convert --fields key,titel', 'titel', did you mean 'title'?",
    "'check -f sarf', 'sarf', did you mean 'sarif'?",
    "'convrt', 'convrt', did you mean 'convert'?",
    "'help chek', 'chek', did you mean 'check'?",
  })
  void aCloseTypoGetsTheClosestRealName(String line, String typed, String suggestion) {
    String full = line.startsWith("help") ? line : line + " " + MAR13;
    CliRun run = CliRun.of(full.split(" "));

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains(typed).contains(suggestion);
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert -x", "convert -t csv", "convert -Z", "convert --zzz", "convert -f xml", "convert --encoding klingon", "frobnicate"})
  void nothingCloseMeansNoSuggestion(String line) {
    CliRun run = CliRun.of((line + " " + MAR13).split(" "));

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).doesNotContain("did you mean");
  }

  @Test
  void aMisspelledFormatIsNotSuggestedTheOutputOption() {
    CliRun run = CliRun.of("convert", "--to", "csv", MAR13);

    assertThat(run.stderr).isEmpty();
    assertThat(run.exitCode).isZero();
  }

  @Test
  void quietDropsWarningsButStrictStillFails() {
    CliRun loud = CliRun.of("convert", ANOMALIES);
    CliRun quiet = CliRun.of("convert", "-q", ANOMALIES);
    CliRun quietStrict = CliRun.of("convert", "--quiet", "--strict", ANOMALIES);

    assertThat(loud.stderr).contains("warning:");
    assertThat(quiet.exitCode).isZero();
    assertThat(quiet.stderr).isEmpty();
    assertThat(quiet.stdout).isEqualTo(loud.stdout);
    assertThat(quietStrict.exitCode).isEqualTo(1);
    assertThat(quietStrict.stderr).doesNotContain("warning:").contains("--strict");
  }

  @Test
  void quietStillShowsErrors() {
    CliRun run = CliRun.of("convert", "-q", "no-such-file.txt");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains("no-such-file.txt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "check", "stats", "completion"})
  void helpCommandPrintsWhatHelpOptionPrints(String command) {
    CliRun help = CliRun.of("help", command);
    CliRun option = CliRun.of(command, "--help");

    assertThat(help.exitCode).isZero();
    assertThat(help.stdout).isEqualTo(option.stdout).isNotEmpty();
  }

  @Test
  void helpAloneListsTheCommands() {
    CliRun help = CliRun.of("help");

    assertThat(help.exitCode).isZero();
    assertThat(help.stdout).isEqualTo(CliRun.of("--help").stdout).contains("convert").contains("check").contains("stats");
  }

  @Test
  void debugMayStandBeforeTheCommand() {
    CliRun run = CliRun.of("--debug", "convert", "-f", "jsonl", MAR13);
    CliRun plain = CliRun.of("convert", "-f", "jsonl", MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).isEqualTo(plain.stdout);
  }

  @Test
  void debugBeforeTheCommandShowsTheStackTraceOfAnError() throws IOException {
    Path bad = tmp.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', (byte) 0xff, '\n'});
    CliRun run = CliRun.of("--debug", "convert", bad.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains("\tat dev.digest.");
  }

  @ParameterizedTest
  @CsvSource({"check, -f, json", "stats, --json, --json"})
  void checkAndStatsWriteTheirOutputToAFile(String command, String option, String value) throws IOException {
    Path out = tmp.resolve(command + ".json");
    String[] args = option.equals(value) ? new String[] {command, option, "-o", out.toString(), ANOMALIES} : new String[] {command, option, value, "-o", out.toString(), ANOMALIES};
    CliRun toFile = CliRun.of(args);
    CliRun toStdout = CliRun.of(option.equals(value) ? new String[] {command, option, ANOMALIES} : new String[] {command, option, value, ANOMALIES});

    assertThat(toFile.stdout).isEmpty();
    assertThat(toFile.exitCode).isEqualTo(toStdout.exitCode);
    assertThat(Files.readString(out)).isEqualTo(toStdout.stdout);
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "check", "stats"})
  void dashAsOutputIsStandardOutput(String command) {
    CliRun run = CliRun.of(command, "-o", "-", ANOMALIES);
    CliRun plain = CliRun.of(command, ANOMALIES);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(plain.exitCode);
    assertThat(run.stdout).isEqualTo(plain.stdout).isNotEmpty();
    assertThat(Path.of("-")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "stats"})
  void checkAndStatsRefuseToOverwriteAnInput(String command) throws IOException {
    Path input = Files.copy(Path.of(MAR13), tmp.resolve("in.txt"));
    byte[] before = Files.readAllBytes(input);
    CliRun run = CliRun.of(command, "-o", input.toString(), input.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains("is one of the inputs");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void fieldsWithAFormatThatTakesNoneNamesTheFormatsThatDo() {
    CliRun run = CliRun.of("convert", "-f", "ris", "--fields", "key", MAR13);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("json, jsonl, csv, tsv");
  }
}
