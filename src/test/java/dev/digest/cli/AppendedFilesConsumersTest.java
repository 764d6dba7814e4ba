package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import dev.digest.testing.RequiredTool;
import dev.digest.testing.ToolRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files grown by {@code --append}, read by the programs people use them with: a .bib that a person
 * started (a macro, an article, a comment) and digest added two digests to passes bibtex with
 * plain.bst and biber without a warning; json and csljson arrays grown from every shape stay one
 * document for jq.
 */
class AppendedFilesConsumersTest {
  private static final String APR23 = "samples/daily-papers-apr23.txt";
  private static final String MAR13 = "samples/daily-papers-mar13.txt";

  @TempDir Path tmp;

  private Path appendedBib() throws IOException {
    Path bib = tmp.resolve("library.bib");
    Files.writeString(
        bib,
        "% kept by hand\n@string{hf = {Hugging Face}}\n\n"
            + "@misc{EdTalk,\n  title = {My notes on {EDTalk}},\n  howpublished = hf,\n  key = {EdTalk}\n}\n"
            + "@comment{the rest is digest's}");
    for (String digest : List.of(MAR13, APR23)) {
      CliRun run = CliRun.of("convert", "--append", "--dedupe", "-o", bib.toString(), digest);
      assertThat(run.exitCode).as(run.toString()).isZero();
    }
    return bib;
  }

  @Test
  void anAppendedBibPassesBibtexWithNoWarning() throws Exception {
    Path bibtex = RequiredTool.onPath("bibtex");
    appendedBib();
    Files.writeString(tmp.resolve("refs.aux"), "\\citation{*}\n\\bibdata{library}\n\\bibstyle{plain}\n");

    ToolRun run = ToolRun.of(tmp, Map.of(), List.of(bibtex.toString(), "refs"));

    assertThat(run.exitCode).as(run.toString()).isZero();
    String log = Files.readString(tmp.resolve("refs.blg"));
    assertThat(log).doesNotContain("Warning--").doesNotContain("error message");
    assertThat(Files.readString(tmp.resolve("refs.bbl"))).contains("\\bibitem{edtalka}", "\\bibitem{EdTalk}");
  }

  @Test
  void anAppendedBibPassesBiberWithNoWarning() throws Exception {
    Path biber = RequiredTool.onPath("biber");
    Path bib = appendedBib();

    ToolRun run = ToolRun.of(tmp, Map.of(), List.of(biber.toString(), "--tool", "--quiet", bib.getFileName().toString()));

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout + run.stderr).doesNotContain("WARN").doesNotContain("ERROR");
  }

  @Test
  void appendedJsonArraysAreOneDocumentForJq() throws Exception {
    Path jq = RequiredTool.onPath("jq");
    for (String shape : List.of("[]", "[\n]\n", "[{\"key\":\"k\",\"title\":\"T\",\"abstract\":\"A\"}]   \n\n")) {
      for (String format : List.of("json", "csljson")) {
        Path file = tmp.resolve("papers." + format + ".json");
        Files.writeString(file, format.equals("csljson") ? shape.replace("\"key\"", "\"id\":\"k\",\"type\":\"article\",\"x\"") : shape);
        for (String digest : List.of(MAR13, APR23)) {
          CliRun run = CliRun.of("convert", "-f", format, "--append", "-o", file.toString(), digest);
          assertThat(run.exitCode).as(run.toString()).isZero();
        }

        ToolRun run = ToolRun.of(tmp, Map.of(), List.of(jq.toString(), "-e", "length", file.toString()));

        assertThat(run.exitCode).as(shape + " " + format + ": " + run).isZero();
        assertThat(run.stdout.strip()).isEqualTo(String.valueOf(46 + 130 + (shape.contains("key") ? 1 : 0)));
      }
    }
  }
}
