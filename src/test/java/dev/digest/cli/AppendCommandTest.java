package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code convert --append}: a file that grows run by run, its old bytes kept, its keys never reused. */
class AppendCommandTest {
  private static final String APR23 = "samples/daily-papers-apr23.txt";
  private static final String MAR13 = "samples/daily-papers-mar13.txt";
  private static final String COMPACT1 = "samples/papers-compact-1.txt";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** The extension of each format's file; csljson has none of its own, so its runs name it with -f. */
  private static String[] formatArgs(String format) {
    return format.equals("csljson") ? new String[] {"-f", "csljson"} : new String[0];
  }

  private Path fileOf(String format) {
    return tmp.resolve("papers." + (format.equals("csljson") ? "csl.json" : format));
  }

  private CliRun convert(String format, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("convert", "-o", out.toString()));
    args.addAll(Arrays.asList(formatArgs(format)));
    args.addAll(Arrays.asList(more));
    return CliRun.of(args.toArray(new String[0]));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "csv", "tsv", "bib", "ris", "csljson"})
  void appendingKeepsEveryOldByteAndAddsTheNewRecords(String format) throws IOException {
    Path file = fileOf(format);
    assertThat(convert(format, file, MAR13).exitCode).isZero();
    byte[] before = Files.readAllBytes(file);

    CliRun run = convert(format, file, "--append", APR23);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stderr).isEmpty();
    byte[] after = Files.readAllBytes(file);
    int kept = format.equals("json") || format.equals("csljson") ? lastItemEnd(before) : before.length;
    assertThat(Arrays.copyOf(after, kept)).as("every old byte stays").isEqualTo(Arrays.copyOf(before, kept));
    List<JsonNode> records = readBack(file);
    assertThat(records).hasSize(46 + 130);
    assertUniqueKeys(records);
    assertThat(leftovers()).containsExactly(file.getFileName().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "csv", "tsv", "bib", "ris", "csljson"})
  void appendingTheSameDigestTwiceWithDedupeAddsNothing(String format) throws IOException {
    Path file = fileOf(format);
    assertThat(convert(format, file, "--append", "--dedupe", MAR13, APR23).exitCode).isZero();
    byte[] once = Files.readAllBytes(file);
    FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, modified);

    CliRun run = convert(format, file, "--append", "--dedupe", APR23, MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(once);
    assertThat(Files.getLastModifiedTime(file)).as("nothing to add: the file is not rewritten").isEqualTo(modified);
    assertThat(leftovers()).containsExactly(file.getFileName().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "csv", "tsv", "bib", "ris", "csljson"})
  void aFileAppendedToItselfDoublesWithNewKeys(String format) throws IOException {
    Path file = fileOf(format);
    Path copy = tmp.resolve("copy-" + file.getFileName());
    assertThat(convert(format, file, COMPACT1).exitCode).isZero();
    Files.copy(file, copy);
    List<JsonNode> once = readBack(file);

    CliRun run = convert(format, file, "--append", copy.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    List<JsonNode> twice = readBack(file);
    assertThat(twice).hasSize(2 * once.size());
    assertUniqueKeys(twice);
    for (int i = 0; i < once.size(); i++) {
      assertThat(twice.get(i).get("key")).isEqualTo(once.get(i).get("key"));
      assertThat(twice.get(once.size() + i).get("title")).isEqualTo(once.get(i).get("title"));
    }
  }

  @Test
  void aMissingFileIsCreatedAsANormalRunWouldWriteIt() throws IOException {
    Path normal = tmp.resolve("normal.csv");
    Path appended = tmp.resolve("appended.csv");
    assertThat(CliRun.of("convert", "-o", normal.toString(), MAR13).exitCode).isZero();

    CliRun run = CliRun.of("convert", "--append", "-o", appended.toString(), MAR13);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(Files.readAllBytes(appended)).isEqualTo(Files.readAllBytes(normal));
  }

  @Test
  void aHandEditedKeyBlocksTheSameKeyInAnyCase() throws IOException {
    Path bib = tmp.resolve("refs.bib");
    String mine =
        "% my references\n@string{hf = {Hugging Face}}\n\n"
            + "@Article{EdTalk,\n  Title = {My own {EDTalk} notes},\n  Journal = hf,\n  Year = 2024\n}\n"
            + "@comment{reading list}\n@book{noTitleHere, author = {Someone}}\n"
            + "@misc{galore, title = \"{GaLore}: Memory-Efficient {LLM} Training by Gradient Low-Rank Projection\"}";
    Files.writeString(bib, mine);
    Files.writeString(tmp.resolve("paste.txt"), "Notitlehere: A Paper Whose Key Is Taken\n\nIts abstract. It goes on.\n");

    CliRun run = CliRun.of("convert", "--append", "--dedupe", "-o", bib.toString(), APR23, MAR13, tmp.resolve("paste.txt").toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    String after = Files.readString(bib);
    assertThat(after).startsWith(mine + "\n\n@misc{");
    assertThat(after).contains("@misc{edtalka,").doesNotContain("@misc{edtalk,");
    assertThat(after).as("an entry without a title still holds its key").contains("@misc{notitleherea,");
    assertThat(after).as("--dedupe drops a title the file holds, decoded from LaTeX").doesNotContain("@misc{galorea,");
    assertThat(after).doesNotContain("Training by Gradient Low-Rank Projection},\n");
  }

  @Test
  void jsonArraysStayOneDocumentWhateverTheirShape() throws IOException {
    String[] shapes = {"[]", "[]\n", "  [ ]  \n\n", "[\n]\n", "[{\"key\":\"k\",\"title\":\"T\",\"abstract\":\"A\"}]"};
    for (String shape : shapes) {
      Path file = tmp.resolve("shape.json");
      Files.writeString(file, shape);

      CliRun run = CliRun.of("convert", "--append", "--pretty", "-o", file.toString(), MAR13);

      assertThat(run.exitCode).as(shape + ": " + run).isZero();
      JsonNode doc = JSON.readTree(Files.readAllBytes(file));
      assertThat(doc.isArray()).isTrue();
      assertThat(doc.size()).as(shape).isEqualTo(46 + (shape.contains("key") ? 1 : 0));
      assertThat(CliRun.of("convert", "--append", "-o", file.toString(), COMPACT1).exitCode).isZero();
      assertThat(JSON.readTree(Files.readAllBytes(file)).size()).isEqualTo(doc.size() + 119);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "csv", "tsv", "bib", "ris"})
  void aFileWithoutAFinalLineEndIsJoinedOnANewLine(String format) throws IOException {
    Path file = fileOf(format);
    assertThat(convert(format, file, MAR13).exitCode).isZero();
    byte[] whole = Files.readAllBytes(file);
    int end = whole.length;
    while (whole[end - 1] == '\n' || whole[end - 1] == '\r') {
      end--;
    }
    Files.write(file, Arrays.copyOf(whole, end));

    CliRun run = convert(format, file, "--append", APR23);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(readBack(file)).hasSize(46 + 130);
  }

  @Test
  void csvHeaderThatDiffersIsAnErrorNamingBothAndTheFileStays() throws IOException {
    Path csv = tmp.resolve("papers.csv");
    assertThat(CliRun.of("convert", "--fields", "key,title", "-o", csv.toString(), MAR13).exitCode).isZero();
    byte[] before = Files.readAllBytes(csv);

    CliRun run = CliRun.of("convert", "--append", "-o", csv.toString(), APR23);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr)
        .isEqualTo(
            "digest: error: cannot append to " + csv + ": its header row is key,title but this run writes"
                + " key,title,abstract,urls,date,source,line,authors,arxiv,published; give --fields key,title to write its"
                + " columns, or choose another file\n");
    assertThat(Files.readAllBytes(csv)).isEqualTo(before);
    assertThat(CliRun.of("convert", "--append", "--fields", "key,title", "-o", csv.toString(), APR23).exitCode).isZero();
    assertThat(Files.readString(csv)).startsWith(new String(before, StandardCharsets.UTF_8)).containsOnlyOnce("key,title");
  }

  @Test
  void aOneColumnFileIsAppendedToByItsHeader() throws IOException {
    Path tsv = tmp.resolve("titles.tsv");
    assertThat(CliRun.of("convert", "--fields", "title", "-o", tsv.toString(), MAR13).exitCode).isZero();

    CliRun run = CliRun.of("convert", "--append", "--dedupe", "--fields", "title", "-o", tsv.toString(), MAR13, APR23);

    assertThat(run.exitCode).as(run.toString()).isZero();
    List<String> lines = Files.readAllLines(tsv);
    assertThat(lines.get(0)).isEqualTo("title");
    // three of Apr 23's titles are Mar 13's too
    assertThat(lines).hasSize(1 + 46 + 127).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "csv", "tsv"})
  void aFileOfSomeFieldsGrowsWithTheSameFields(String format) throws IOException {
    Path file = fileOf(format);
    assertThat(convert(format, file, "--fields", "key,title", MAR13).exitCode).isZero();
    byte[] before = Files.readAllBytes(file);

    CliRun run = convert(format, file, "--append", "--dedupe", "--fields", "key,title", MAR13, APR23);

    assertThat(run.exitCode).as(run.toString()).isZero();
    List<JsonNode> records = readBack(file);
    assertThat(records).hasSize(46 + 127);
    assertUniqueKeys(records);
    int kept = format.equals("json") ? lastItemEnd(before) : before.length;
    assertThat(Arrays.copyOf(Files.readAllBytes(file), kept)).isEqualTo(Arrays.copyOf(before, kept));
  }

  @Test
  void appendNeedsAnOutputFile() {
    for (String[] args : new String[][] {{"convert", "--append", MAR13}, {"convert", "--append", "-o", "-", MAR13}}) {
      CliRun run = CliRun.of(args);

      assertThat(run.exitCode).isEqualTo(2);
      assertThat(run.stderr).contains("--append adds to the file -o names; give -o FILE");
      assertThat(run.stdout).isEmpty();
    }
  }

  @Test
  void aFileOfAnotherKindIsNotAppendedTo() throws IOException {
    Path notes = tmp.resolve("notes.json");
    Files.writeString(notes, "My notes about papers.\n");
    Path lines = tmp.resolve("lines.json");
    assertThat(CliRun.of("convert", "-f", "jsonl", "-o", lines.toString(), MAR13).exitCode).isZero();

    CliRun pasted = CliRun.of("convert", "--append", "-o", notes.toString(), APR23);
    CliRun jsonl = CliRun.of("convert", "--append", "-o", lines.toString(), APR23);

    assertThat(pasted.exitCode).isEqualTo(1);
    assertThat(pasted.stderr).isEqualTo(
        "digest: error: cannot append to " + notes + ": it reads as pasted digest, not json; choose the format it holds with -f, or another file\n");
    assertThat(Files.readString(notes)).isEqualTo("My notes about papers.\n");
    assertThat(jsonl.exitCode).isEqualTo(1);
    assertThat(jsonl.stderr).contains("it reads as jsonl, not json");
    assertThat(leftovers()).containsExactlyInAnyOrder("notes.json", "lines.json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad input", "strict", "broken file"})
  void aFailedAppendLeavesTheFileByteForByte(String failure) throws IOException {
    Path file = tmp.resolve("papers.jsonl");
    assertThat(CliRun.of("convert", "-o", file.toString(), MAR13).exitCode).isZero();
    Path bad = tmp.resolve("bad.txt");
    Files.write(bad, new byte[] {'T', 'i', 't', 'l', 'e', '\n', (byte) 0xFF, '\n'});
    Path warns = tmp.resolve("warns.txt");
    Files.writeString(warns, "A Title With No Abstract\n");
    if (failure.equals("broken file")) {
      Files.writeString(file, "{\"title\": \"T\", \"abstract\": \"A\"}\n{\"title\": \n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }
    byte[] before = Files.readAllBytes(file);

    CliRun run =
        failure.equals("strict")
            ? CliRun.of("convert", "--append", "--strict", "-o", file.toString(), APR23, warns.toString())
            : CliRun.of("convert", "--append", "-o", file.toString(), APR23, failure.equals("bad input") ? bad.toString() : MAR13);

    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(run.stderr).doesNotContain("Exception").contains("error:");
    if (failure.equals("broken file")) {
      assertThat(run.stderr).startsWith(file + ":49: error: the JSON ends in the middle of a value");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(leftovers()).containsExactlyInAnyOrder("papers.jsonl", "bad.txt", "warns.txt");
  }

  // ---- helpers ----

  /** One past the last item of a JSON array: the bytes an append keeps. */
  private static int lastItemEnd(byte[] doc) {
    int i = doc.length - 1;
    while (doc[i] != ']') {
      i--;
    }
    i--;
    while (Character.isWhitespace(doc[i])) {
      i--;
    }
    return i + 1;
  }

  /** The file's records as digest reads them back, keys as written. */
  private List<JsonNode> readBack(Path file) throws IOException {
    CliRun run = CliRun.of("convert", "-f", "jsonl", "--fields", "title", file.toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.stdout.split("\n")) {
      records.add(JSON.readTree(line));
    }
    List<String> keys = keysAsWritten(file);
    for (int i = 0; keys != null && i < records.size(); i++) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) records.get(i)).put("key", keys.get(i));
    }
    return records;
  }

  /** The keys the file holds, in order, as its format writes them. */
  private static List<String> keysAsWritten(Path file) throws IOException {
    String text = Files.readString(file);
    String name = file.getFileName().toString();
    List<String> keys = new ArrayList<>();
    if (name.endsWith(".bib")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^@misc\\{([^,]+),").matcher(text);
      while (m.find()) {
        keys.add(m.group(1));
      }
    } else if (name.endsWith(".ris")) {
      return null; // RIS carries no key
    } else if (name.endsWith(".tsv")) {
      String[] lines = text.split("\n");
      int column = Arrays.asList(lines[0].split("\t")).indexOf("key");
      for (int i = 1; i < lines.length; i++) {
        keys.add(lines[i].split("\t")[column]);
      }
    } else if (name.endsWith(".csv")) {
      try (org.apache.commons.csv.CSVParser p =
          org.apache.commons.csv.CSVParser.parse(
              text, org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
        p.forEach(r -> keys.add(r.get("key")));
      }
    } else if (name.endsWith(".jsonl")) {
      for (String line : text.split("\n")) {
        keys.add(JSON.readTree(line).get("key").asText());
      }
    } else {
      for (JsonNode n : JSON.readTree(text)) {
        keys.add(n.has("key") ? n.get("key").asText() : n.get("id").asText());
      }
    }
    return keys;
  }

  private static void assertUniqueKeys(List<JsonNode> records) {
    Set<String> seen = new HashSet<>();
    for (JsonNode r : records) {
      if (!r.has("key")) {
        continue; // RIS carries no key
      }
      assertThat(seen.add(r.get("key").asText().toLowerCase(Locale.ROOT))).as("key %s is unique", r.get("key")).isTrue();
    }
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("copy-")).toList();
    }
  }
}
