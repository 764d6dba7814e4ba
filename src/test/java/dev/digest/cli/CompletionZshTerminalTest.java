package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import dev.digest.testing.RequiredTool;
import dev.digest.testing.ToolRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zsh completion at a terminal, with nothing stood in for: an interactive zsh in a
 * pseudo-terminal (zsh's own zpty module) loads the completion system and the script, the keys of
 * a line and a TAB are typed, and a key bound to a widget writes down the line as completion left
 * it. This is where zsh's own {@code compadd} matching and {@code _files} run.
 */
class CompletionZshTerminalTest {
  /** Run by the interactive zsh: the completion system, the script, and the widget on Ctrl-X q. */
  private static final String SETUP =
      """
      autoload -U compinit && compinit -u -d ~/.zcompdump
      source "$DIGEST_COMPLETION"
      record-line() { print -r -- "[$BUFFER]" >> "$DIGEST_LINES"; BUFFER= }
      zle -N record-line
      bindkey '^Xq' record-line
      PS1='<'ready'> '
      """;

  /**
   * Drives the interactive zsh: $1 the set-up file, then each line to type. Waits for the prompt
   * that says the set-up ran, types each line with a TAB and Ctrl-X q, and reads the terminal all
   * along, so that the shell never waits on a full one, until every line is written down.
   */
  private static final String DRIVER =
      """
      zmodload zsh/zpty zsh/zselect || exit 3
      setup=$1
      shift
      local -a recorded
      zpty shell zsh -f -i
      zpty -w shell "source ${(q)setup}"
      zpty -r shell screen '*<ready> *' || exit 4
      for keys; do
        zpty -w -n shell "$keys"$'\\t\\x18q'
      done
      repeat 3000; do
        while zpty -r -t shell screen; do :; done
        if [[ -f $DIGEST_LINES ]]; then
          recorded=("${(@f)$(<$DIGEST_LINES)}")
          (( $#recorded >= $# )) && break
        fi
        zselect -t 1
      done
      zpty -d shell
      """;

  @TempDir Path dir;

  @Test
  void aTabCompletesTheLineAsZshShowsIt() throws Exception {
    Path zsh = RequiredTool.onPath("zsh");
    Path work = Files.createDirectory(dir.resolve("work"));
    CompletionCases.workingFolder(work);
    Path script = Files.write(dir.resolve("digest.zsh"), CliRun.of("completion", "zsh").stdoutBytes);
    Path setup = Files.writeString(dir.resolve("setup.zsh"), SETUP);
    Path lines = dir.resolve("lines");
    // Typed, then as the line stands after the TAB (a trailing space: the word is complete).
    Map<String, String> typedAndCompleted = new LinkedHashMap<>();
    typedAndCompleted.put("digest convert samp", "digest convert samples/");
    typedAndCompleted.put("digest convert -o pa", "digest convert -o paper");
    typedAndCompleted.put("digest convert --format=csl-", "digest convert --format=csl-json ");
    typedAndCompleted.put("digest convert --fields key,ti", "digest convert --fields key,title,");
    typedAndCompleted.put("digest completion z", "digest completion zsh ");
    typedAndCompleted.put("digest --debug help sta", "digest --debug help stats ");
    typedAndCompleted.put("digest convert --max-record ", "digest convert --max-record ");

    List<String> command = new ArrayList<>(List.of(zsh.toString(), "-f", "-c", DRIVER, "zsh", setup.toString()));
    command.addAll(typedAndCompleted.keySet());
    ToolRun run =
        ToolRun.of(
            work,
            Map.of("HOME", dir.toString(), "DIGEST_COMPLETION", script.toString(), "DIGEST_LINES", lines.toString(), "TERM", "xterm"),
            command);

    assertThat(run.exitCode).as(run.toString()).isZero();
    List<String> expected = new ArrayList<>();
    for (String completed : typedAndCompleted.values()) {
      expected.add("[" + completed + "]");
    }
    assertThat(Files.readAllLines(lines)).as(run.toString()).containsExactlyElementsOf(expected);
  }
}
