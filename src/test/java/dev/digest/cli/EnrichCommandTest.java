package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.model.Record;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.run.DigestReader;
import dev.digest.testing.CliRun;
import dev.digest.testing.DailyPage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert --enrich}: a pasted digest borrows authors, ids and dates from the data of the same
 * papers. The paste is the page of a real API sample ({@link DailyPage}).
 */
class EnrichCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path API = Paths.get("samples/api/2024-05-27.json");
  private static final Path SNAPSHOT = Paths.get("src/test/resources/snapshot/arxiv-snapshot-sample.jsonl");

  @TempDir Path tmp;
  private Path paste;
  private List<Record> api;

  @BeforeEach
  void pasteThePage() throws IOException {
    api = new ArrayList<>();
    try (DigestReader reader = new DigestReader(List.of(InputSource.file(API, API.toString())), ParseOptions.defaults(), false, d -> {})) {
      reader.forEach(api::add);
    }
    paste = tmp.resolve("paste.txt");
    Files.writeString(paste, DailyPage.blankLine(api));
  }

  @Test
  void bibtexOfAnEnrichedPasteHasAuthorsYearAndTheArxivFields() throws Exception {
    CliRun run = CliRun.of("convert", paste.toString(), "--enrich", API.toString(), "-f", "bibtex");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stderr).isEmpty();
    BibTeXDatabase db = new BibTeXParser().parse(new StringReader(run.stdout));
    List<BibTeXEntry> entries = new ArrayList<>(db.getEntries().values());
    assertThat(entries).hasSize(api.size());
    for (int i = 0; i < entries.size(); i++) {
      BibTeXEntry e = entries.get(i);
      Record r = api.get(i);
      assertThat(e.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo(String.join(" and ", r.authors()));
      assertThat(e.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo(r.published().substring(0, 4));
      assertThat(e.getField(BibTeXEntry.KEY_MONTH)).isNotNull();
      assertThat(e.getField(new Key("eprint")).toUserString()).isEqualTo(r.arxiv());
      assertThat(e.getField(new Key("archivePrefix")).toUserString()).isEqualTo("arXiv");
      assertThat(e.getField(BibTeXEntry.KEY_DOI).toUserString()).isEqualTo("10.48550/arXiv." + r.arxiv());
      assertThat(e.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo("https://arxiv.org/abs/" + r.arxiv());
    }
  }

  @Test
  void anEnrichedPasteIsTheApiRecordButForSourceLineAndDate() throws IOException {
    List<JsonNode> fromPaste = jsonl(CliRun.of("convert", "-f", "jsonl", "--enrich", API.toString(), paste.toString()));
    List<JsonNode> fromApi = jsonl(CliRun.of("convert", "-f", "jsonl", API.toString()));

    assertThat(fromPaste).hasSameSizeAs(fromApi);
    for (int i = 0; i < fromApi.size(); i++) {
      for (String field : List.of("key", "title", "abstract", "urls", "authors", "arxiv", "published")) {
        assertThat(fromPaste.get(i).get(field)).as("%s of record %d", field, i).isEqualTo(fromApi.get(i).get(field));
      }
      assertThat(fromPaste.get(i).get("source").asText()).isEqualTo(paste.toString());
    }
  }

  @Test
  void theSnapshotAndFoldersServeAsEnrichmentToo() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("data"));
    Files.copy(SNAPSHOT, dir.resolve("snapshot.jsonl"));

    List<JsonNode> records = jsonl(CliRun.of("convert", "-f", "jsonl", "--enrich", dir.toString(), paste.toString()));

    assertThat(records).hasSize(api.size());
    for (int i = 0; i < records.size(); i++) {
      assertThat(records.get(i).get("arxiv").asText()).isEqualTo(api.get(i).arxiv());
      assertThat(records.get(i).get("authors")).hasSize(api.get(i).authors().size());
    }
  }

  @Test
  void withDedupeThePastedAndTheApiRecordOfAPaperAreOne() throws IOException {
    List<JsonNode> records =
        jsonl(CliRun.of("convert", "-f", "jsonl", "--dedupe", "--enrich", API.toString(), paste.toString(), API.toString()));

    assertThat(records).hasSize(api.size());
    for (JsonNode r : records) {
      assertThat(r.get("source").asText()).isEqualTo(paste.toString());
      assertThat(r.get("authors")).isNotEmpty();
    }
  }

  @Test
  void aRecordWithoutAPaperOfItsTitleIsWarnedAboutAndKeepsItsNulls() throws IOException {
    Files.writeString(paste, Files.readString(paste) + "A Paper Nobody Indexed\n\nIts abstract is here. It has sentences.\n");

    CliRun run = CliRun.of("convert", "-f", "jsonl", "--enrich", API.toString(), "--enrich", SNAPSHOT.toString(), paste.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    int line = Files.readAllLines(paste).indexOf("A Paper Nobody Indexed") + 1;
    assertThat(run.stderr)
        .isEqualTo(
            paste + ":" + line + ": warning: no paper with this title in the --enrich files (\"A Paper Nobody Indexed\"); "
                + "its authors and arXiv id stay unknown [not-enriched]\n");
    List<JsonNode> records = jsonl(run);
    JsonNode last = records.get(records.size() - 1);
    assertThat(last.get("authors")).isEmpty();
    assertThat(last.get("arxiv").isNull()).isTrue();
  }

  @Test
  void anEnrichmentFileIsAnInputThatOutputMustNotOverwrite() throws IOException {
    Path copy = Files.copy(API, tmp.resolve("api.json"));

    CliRun run = CliRun.of("convert", "--enrich", copy.toString(), "-o", copy.toString(), paste.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.stderr).contains("is one of the inputs");
    assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(API));
  }

  @Test
  void standardInputCannotBeAnEnrichmentFile() {
    CliRun run = CliRun.of("convert", "--enrich", "-", paste.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.stderr).contains("--enrich takes files or folders");
  }

  private static List<JsonNode> jsonl(CliRun run) throws IOException {
    assertThat(run.exitCode).as(run.toString()).isZero();
    List<JsonNode> records = new ArrayList<>();
    for (String line : run.stdout.split("\n")) {
      records.add(JSON.readTree(line));
    }
    return records;
  }
}
