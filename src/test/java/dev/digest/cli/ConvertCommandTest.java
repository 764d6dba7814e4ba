package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.testing.CliRun;
import dev.digest.testing.FailingOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String APR23 = "samples/daily-papers-apr23.txt";
  private static final String MAR13 = "samples/daily-papers-mar13.txt";
  private static final String COMPACT1 = "samples/papers-compact-1.txt";
  private static final String ANOMALIES =
      "new\n\nApr 23\n\nA Title Without Abstract\n\nSecond Title: Here\n\nAn abstract. It has sentences. Many of them.\n\n"
          + "A second paragraph of the abstract. It goes on. And on.\n";

  @TempDir Path tmp;

  @Test
  void jsonIsOneArrayOfRecordsWithTheSpecFieldsInOrder() throws IOException {
    CliRun run = CliRun.of("convert", APR23);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stderr).isEmpty();
    JsonNode records = JSON.readTree(run.stdoutBytes);
    assertThat(records.isArray()).isTrue();
    assertThat(records).hasSize(130);
    JsonNode first = records.get(0);
    List<String> names = new ArrayList<>();
    first.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("key", "title", "abstract", "urls", "date", "source", "line", "authors", "arxiv", "published");
    assertThat(first.get("key").asText()).isEqualTo("edtalk");
    assertThat(first.get("title").asText()).isEqualTo("EDTalk: Efficient Disentanglement for Emotional Talking Head Synthesis");
    assertThat(first.get("urls").get(0).asText()).isEqualTo("https://tanshuai0219.github.io/EDTalk/");
    assertThat(first.get("date").asText()).isEqualTo("Apr 23");
    assertThat(first.get("source").asText()).isEqualTo(APR23);
    assertThat(first.get("line").asInt()).isEqualTo(11);
  }

  @Test
  void jsonLinesIsOneCompactObjectALine() throws IOException {
    CliRun run = CliRun.of("convert", "-f", "jsonl", COMPACT1);

    assertThat(run.exitCode).isZero();
    String[] lines = run.stdout.split("\n", -1);
    assertThat(lines).hasSize(120);
    assertThat(lines[119]).isEmpty();
    for (int i = 0; i < 119; i++) {
      assertThat(lines[i]).startsWith("{\"key\":");
      assertThat(JSON.readTree(lines[i]).get("date").isNull()).isTrue();
    }
  }

  @Test
  void emptyInputGivesAnEmptyArrayAndNoWarning() throws IOException {
    CliRun run = CliRun.withStdin(new byte[0], "convert");

    assertThat(run.exitCode).isZero();
    assertThat(run.stderr).isEmpty();
    assertThat(JSON.readTree(run.stdoutBytes).size()).isZero();
    assertThat(CliRun.withStdin(new byte[0], "convert", "-f", "jsonl").stdout).isEmpty();
  }

  @Test
  void standardInputIsReadWithNoFileOrWithDash() throws IOException {
    byte[] input = Files.readAllBytes(Paths.get(MAR13));

    for (CliRun run : List.of(CliRun.withStdin(input, "convert"), CliRun.withStdin(input, "convert", "-"))) {
      JsonNode records = JSON.readTree(run.stdoutBytes);
      assertThat(records).hasSize(46);
      assertThat(records.get(0).get("source").asText()).isEqualTo("-");
    }
  }

  @Test
  void fieldsChooseAndOrderTheFields() throws IOException {
    CliRun run = CliRun.of("convert", "-f", "jsonl", "--fields", "title,key", MAR13);

    assertThat(run.exitCode).isZero();
    JsonNode first = JSON.readTree(run.stdout.split("\n")[0]);
    List<String> names = new ArrayList<>();
    first.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("title", "key");
  }

  @Test
  void unknownFieldIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.of("convert", "--fields", "title,abstrct", MAR13);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stdout).isEmpty();
    assertThat(run.stderr).contains("unknown field 'abstrct'").contains("did you mean 'abstract'?");
  }

  @Test
  void unknownFormatIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.of("convert", "-f", "jsn", MAR13);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("unknown format 'jsn'").contains("did you mean 'json'?");
  }

  @Test
  void prettyIndentsJsonAndIsRefusedForJsonLines() throws IOException {
    CliRun pretty = CliRun.of("convert", "--pretty", MAR13);
    assertThat(pretty.exitCode).isZero();
    assertThat(pretty.stdout).startsWith("[\n  {\n    \"key\": \"singlePathNAS\",\n");
    assertThat(JSON.readTree(pretty.stdoutBytes)).isEqualTo(JSON.readTree(CliRun.of("convert", MAR13).stdoutBytes));

    CliRun refused = CliRun.of("convert", "-f", "jsonl", "--pretty", MAR13);
    assertThat(refused.exitCode).isEqualTo(2);
    assertThat(refused.stderr).contains("--pretty");
  }

  @Test
  void keysAreUniqueAcrossInputsAndDedupeDropsRepeatedTitlesBeforeKeysAreGiven() throws IOException {
    JsonNode twice = JSON.readTree(CliRun.of("convert", MAR13, MAR13).stdoutBytes);
    assertThat(twice).hasSize(92);
    assertThat(twice.get(0).get("key").asText()).isEqualTo("singlePathNAS");
    assertThat(twice.get(46).get("key").asText()).isEqualTo("singlePathNASa");

    JsonNode deduped = JSON.readTree(CliRun.of("convert", "--dedupe", MAR13, MAR13).stdoutBytes);
    assertThat(deduped).hasSize(46);
    assertThat(deduped.get(0).get("key").asText()).isEqualTo("singlePathNAS");
  }

  @Test
  void warningsGoToStderrInTheCheckFormAndTheRunSucceeds() throws IOException {
    Path input = write("anomalies.txt", ANOMALIES);

    CliRun run = CliRun.of("convert", input.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.stderr.split("\n"))
        .containsExactly(
            input + ":5: warning: title with no abstract after it (\"A Title Without Abstract\"); the record gets an empty abstract [missing-abstract]",
            input + ":11: warning: the abstract goes on in a second paragraph; it is kept as part of the abstract above, after a line break [multi-paragraph-abstract]");
    JsonNode records = JSON.readTree(run.stdoutBytes);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("abstract").asText()).isEmpty();
    assertThat(records.get(1).get("abstract").asText())
        .isEqualTo("An abstract. It has sentences. Many of them.\nA second paragraph of the abstract. It goes on. And on.");
  }

  @Test
  void strictFailsOnWarningsAndWritesNothingToTheOutputFile() throws IOException {
    Path input = write("anomalies.txt", ANOMALIES);
    Path out = write("out.json", "precious");

    CliRun run = CliRun.of("convert", "--strict", "-o", out.toString(), input.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains("[missing-abstract]").contains("--strict").contains("was not written");
    assertThat(Files.readString(out)).isEqualTo("precious");
    assertThat(leftovers()).containsExactlyInAnyOrder("anomalies.txt", "out.json");
  }

  @Test
  void strictPassesOnCleanInput() {
    assertThat(CliRun.of("convert", "--strict", APR23, MAR13).exitCode).isZero();
  }

  @Test
  void outputFileIsWrittenWhole() throws IOException {
    Path out = tmp.resolve("papers.jsonl");

    CliRun run = CliRun.of("convert", "-f", "jsonl", "-o", out.toString(), APR23, MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).isEmpty();
    assertThat(Files.readAllLines(out)).hasSize(176);
    assertThat(leftovers()).containsExactly("papers.jsonl");
  }

  @Test
  void outputDashIsStandardOutputAsWithoutOutput() {
    Path dash = Paths.get("-");
    assertThat(dash).as("a file named - left by an earlier run").doesNotExist();

    CliRun run = CliRun.of("convert", "-f", "jsonl", "-o", "-", APR23);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).isEqualTo(CliRun.of("convert", "-f", "jsonl", APR23).stdout);
    assertThat(run.stdout.lines()).hasSize(130);
    assertThat(dash).doesNotExist();
  }

  @Test
  void aFileNamedDashIsWrittenWhenNamedWithAFolder() throws IOException {
    Path dash = tmp.resolve("-");

    CliRun run = CliRun.of("convert", "-f", "jsonl", "--output", dash.toString(), APR23);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).isEmpty();
    assertThat(Files.readAllLines(dash)).hasSize(130);
  }

  @Test
  void failedRunLeavesTheExistingOutputUntouchedAndNoPartialFile() throws IOException {
    Path out = write("out.json", "precious");
    Path bad = tmp.resolve("bad.txt");
    Files.write(bad, new byte[] {'T', 'i', 't', 'l', 'e', '\n', (byte) 0xFF, '\n'});

    CliRun run = CliRun.of("convert", "-o", out.toString(), MAR13, bad.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).startsWith(bad + ":2: error: bytes that are not valid UTF-8 (0xFF");
    assertThat(Files.readString(out)).isEqualTo("precious");
    assertThat(leftovers()).containsExactlyInAnyOrder("out.json", "bad.txt");
  }

  @Test
  void outputNamingAnInputIsRefusedAlsoThroughLinks() throws IOException {
    Path input = tmp.resolve("in.txt");
    Files.copy(Paths.get(MAR13), input);
    Path symlink = Files.createSymbolicLink(tmp.resolve("sym.json"), input);
    Path hardlink = Files.createLink(tmp.resolve("hard.json"), input);
    byte[] before = Files.readAllBytes(input);

    for (Path out : List.of(input, symlink, hardlink)) {
      CliRun run = CliRun.of("convert", "-o", out.toString(), input.toString());
      assertThat(run.exitCode).as(out.toString()).isEqualTo(1);
      assertThat(run.stderr).contains("is one of the inputs");
    }
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void missingInputIsFoundBeforeAnyOutput() {
    CliRun run = CliRun.of("convert", APR23, "no/such/file.txt");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stdout).isEmpty();
    assertThat(run.stderr).isEqualTo("digest: error: no/such/file.txt: no such file; check the path\n");
  }

  @Test
  void folderIsReadAsItsTextFilesInNameOrder() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("digests"));
    Files.copy(Paths.get(MAR13), dir.resolve("b.txt"));
    Files.copy(Paths.get(COMPACT1), dir.resolve("a.txt"));
    Files.writeString(dir.resolve("notes.md"), "not a digest");

    CliRun run = CliRun.of("convert", "-f", "jsonl", "--fields", "source", dir.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.stdout.lines().distinct()).containsExactly(
        "{\"source\":\"" + dir + "/a.txt\"}", "{\"source\":\"" + dir + "/b.txt\"}");
  }

  @Test
  void folderWithoutTextFilesIsAnError() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("empty"));

    CliRun run = CliRun.of("convert", dir.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains("holds no *.txt, *.json, *.jsonl or *.db files");
  }

  @Test
  void recordOverTheLimitIsAnErrorNamingTheLine() {
    CliRun run = CliRun.of("convert", "--max-record", "100", APR23);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).startsWith(APR23 + ":13: error: a paragraph of more than 100 characters starts here")
        .contains("--max-record");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    assertThat(CliRun.of("convert", "--max-record", "0", MAR13).exitCode).isEqualTo(2);
    assertThat(CliRun.of("convert", "--max-record", "many", MAR13).exitCode).isEqualTo(2);
    CliRun encoding = CliRun.of("convert", "--encoding", "klingon", MAR13);
    assertThat(encoding.exitCode).isEqualTo(2);
    assertThat(encoding.stderr).contains("unknown encoding 'klingon'");
  }

  @Test
  void unknownOptionsAndCommandsAreUsageErrorsWithSuggestions() {
    CliRun option = CliRun.of("convert", "--frmat", "json", MAR13);
    assertThat(option.exitCode).isEqualTo(2);
    assertThat(option.stderr).contains("--frmat").contains("did you mean '--format'?");

    CliRun command = CliRun.of("convrt", MAR13);
    assertThat(command.exitCode).isEqualTo(2);
    assertThat(command.stderr).contains("convrt").contains("did you mean 'convert'?");

    CliRun none = CliRun.of();
    assertThat(none.exitCode).isEqualTo(2);
    assertThat(none.stderr).contains("name a command");
  }

  @Test
  void helpListsEveryFormatAndVersionPrints() {
    CliRun help = CliRun.of("convert", "--help");
    assertThat(help.exitCode).isZero();
    for (dev.digest.write.Format f : dev.digest.write.Format.values()) {
      assertThat(help.stdout).contains(f.formatName() + " ").contains(f.description());
    }
    assertThat(help.stdout).contains("--max-record").contains("--encoding").contains("--dedupe").contains("--strict");

    CliRun version = CliRun.of("--version");
    assertThat(version.exitCode).isZero();
    assertThat(version.stdout).startsWith("digest ");
  }

  @Test
  void closedPipeEndsTheRunQuietlyWithSuccess() {
    OutputStream closedPipe = new FailingOutputStream("Broken pipe");

    CliRun run = CliRun.withStdout(closedPipe, "convert", APR23);

    assertThat(run.exitCode).isZero();
    assertThat(run.stderr).isEmpty();
  }

  @Test
  void fullDiskIsAnOutputErrorWithAMessage() {
    OutputStream full = new FailingOutputStream("No space left on device");

    CliRun run = CliRun.withStdout(full, "convert", APR23);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).isEqualTo(
        "digest: error: cannot write the output: No space left on device; check the disk and the destination\n");
  }

  @Test
  void sameInputGivesByteIdenticalOutput() {
    for (String format : dev.digest.write.Format.namesTaking(f -> !f.isDatabase())) {
      CliRun a = CliRun.of("convert", "-f", format, APR23, COMPACT1);
      CliRun b = CliRun.of("convert", "-f", format, APR23, COMPACT1);
      assertThat(a.stdoutBytes).as(format).isEqualTo(b.stdoutBytes);
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
