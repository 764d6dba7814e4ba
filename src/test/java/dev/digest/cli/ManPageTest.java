package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.RequiredTool;
import dev.digest.testing.ToolRun;
import dev.digest.write.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The man page as man renders it: Debian's man-db (with groff) must print no warning at 80
 * columns, in a UTF-8 locale or a plain one, and the page must name every command, option and
 * format of the command model it is written from.
 */
class ManPageTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"C.UTF-8", "C"})
  void manRendersThePageWithoutAWarning(String locale) throws Exception {
    Path page = writePage();

    ToolRun run = shell("MANWIDTH=80 man -l \"$1\" 2>&1 >/dev/null", page.toString(), locale);

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stdout).as(run.toString()).isEmpty();
  }

  @Test
  void thePageNamesEveryCommandOptionAndFormat() throws Exception {
    // Lines joined and blank runs made one space: descriptions wrap at 80 columns.
    String text = render(writePage()).replaceAll("\\s+", " ");

    assertThat(text).startsWith("DIGEST(1)").contains(" digest 9.9.9 ").contains(CommandModel.DESCRIPTION);
    List<String> words = new ArrayList<>();
    for (OptionDef o : CommonOptions.ROOT) {
      words.addAll(o.names());
    }
    for (Command c : CommandModel.COMMANDS) {
      words.add("digest " + c.name());
      words.add(c.description());
      for (OptionDef o : c.options()) {
        words.addAll(o.names());
        words.add(o.plainDescription());
      }
    }
    for (Format f : Format.values()) {
      words.add(f.formatName());
      words.addAll(f.aliases());
    }
    for (String word : words) {
      assertThat(text).as("the man page names %s", word).containsPattern("(^|[ \\[,])" + Pattern.quote(word) + "($|[ \\],.])");
    }
  }

  @Test
  void examplesAndHelpTablesKeepTheirLines() throws Exception {
    String text = render(writePage());

    assertThat(text)
        .contains("\n              digest convert -f jsonl -o papers.jsonl a.txt b.txt\n")
        .contains("\n              echo 'source <(digest completion zsh)' >> ~/.zshrc");
  }

  @Test
  void whatRoffWouldReadAsItsOwnComesOutAsWritten() throws Exception {
    RequiredTool.onPath("man");
    String tricky = ".starts with a dot\n'starts with a quote\nback\\slash \\fB not bold, --dashes, caf\u00e9 \u2014 \u2192 done";
    Path page = Files.writeString(dir.resolve("tricky.1"), ".TH TRICKY 1\n.SH NAME\ntricky\n.SH TEXT\n.nf\n" + Roff.text(tricky) + "\n.fi\n");

    String text = shell("MANWIDTH=80 man -l \"$1\"", page.toString(), "C.UTF-8").stdout;

    assertThat(text).contains(tricky.replace("\n", "\n       "));
  }

  private Path writePage() throws Exception {
    Path page = dir.resolve("man/digest.1");
    ManPage.main(new String[] {page.toString(), "9.9.9", "2025-01-01"});
    return page;
  }

  /** The page as text: what man prints to a pipe. */
  private String render(Path page) throws Exception {
    ToolRun run = shell("MANWIDTH=80 man -l \"$1\"", page.toString(), "C.UTF-8");
    assertThat(run.exitCode).as(run.toString()).isZero();
    return run.stdout;
  }

  private ToolRun shell(String script, String page, String locale) throws Exception {
    RequiredTool.onPath("man");
    return ToolRun.of(dir, Map.of("LC_ALL", locale), List.of("sh", "-c", script, "sh", page));
  }
}
