package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digest.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run mixes kinds of input: a folder's *.txt, *.json and *.jsonl files, and standard input. */
class MixedInputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path API = Paths.get("samples/api/2024-11-12.json");
  private static final Path PASTE = Paths.get("samples/daily-papers-mar13.txt");

  @TempDir Path tmp;

  @Test
  void aFolderGivesItsTextJsonAndJsonLinesFilesInNameOrder() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("digests"));
    Files.copy(API, dir.resolve("a-api.json"));
    Files.copy(PASTE, dir.resolve("b-paste.txt"));
    Files.writeString(dir.resolve("c-own.jsonl"), "{\"title\": \"Read Back\", \"abstract\": \"It was written before.\"}\n");
    Files.writeString(dir.resolve("notes.md"), "not an input");

    CliRun run = CliRun.of("convert", "-f", "jsonl", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    List<String> sources = new ArrayList<>();
    for (String line : run.stdout.split("\n")) {
      JsonNode r = JSON.readTree(line);
      String source = r.get("source").asText();
      if (sources.isEmpty() || !sources.get(sources.size() - 1).equals(source)) {
        sources.add(source);
      }
    }
    String prefix = dir + "/";
    assertThat(sources).containsExactly(prefix + "a-api.json", prefix + "b-paste.txt", prefix + "c-own.jsonl");
  }

  @Test
  void standardInputIsToldByItsContentToo() throws IOException {
    CliRun fromFile = CliRun.of("convert", "-f", "jsonl", "--fields", "key,title,authors,arxiv", API.toString());
    CliRun fromStdin = CliRun.withStdin(Files.readAllBytes(API), "convert", "-f", "jsonl", "--fields", "key,title,authors,arxiv");

    assertThat(fromStdin.exitCode).as(fromStdin.toString()).isZero();
    assertThat(fromStdin.stdout).isEqualTo(fromFile.stdout).contains("\"arxiv\":\"2411.07232\"");
  }
}
