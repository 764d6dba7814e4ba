package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.ToolRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The zsh completion as zsh runs it: {@code digest completion zsh} sourced into {@code zsh -f},
 * {@code words}, {@code CURRENT} and {@code PREFIX} set as the completion system sets them for the
 * line, and {@code _digest} called with {@code compadd} and {@code _files} replaced by functions
 * that print what they were given. A {@code compdef} stand-in takes the place of the completion
 * system, whose {@code compinit} takes seconds without a dump file (one test sources the script
 * with the real one). The {@code compadd} stand-in keeps the words that start with {@code
 * PREFIX}, as compadd matches, and prints each after {@code IPREFIX}; the {@code _files} one lists
 * the files that start with {@code PREFIX}, folders with a slash. {@link
 * CompletionZshTerminalTest} runs the real ones at a terminal.
 */
class CompletionZshTest extends CompletionInShell {
  /** Calls _digest: $1 the script, $2 PREFIX, $3 CURRENT, then the words. */
  private static final String DRIVER =
      """
      compdef() { registered="$*"; }
      source "$1" || exit 9
      [[ $registered == '_digest digest' ]] || exit 7
      compadd() {
        local -a args=("$@")
        local word
        for word in "${(@)args[${args[(i)--]}+1,-1]}"; do
          [[ $word == "$PREFIX"* ]] && print -r -- "$IPREFIX$word"
        done
        print -r -- "#compadd ${(j: :)args[1,${args[(i)--]}-1]}"
      }
      _files() {
        local file
        for file in $PREFIX*(NM); do print -r -- "$IPREFIX$file"; done
        print -r -- "#_files"
      }
      PREFIX=$2 CURRENT=$3 IPREFIX= SUFFIX=
      shift 3
      words=("$@")
      _digest
      """;

  @Override
  String shellName() {
    return "zsh";
  }

  @Override
  List<String> wordsAfterTab(String line) throws Exception {
    return complete(line).words;
  }

  @Test
  void fileNamesComeFromZshsOwnFileCompletion() throws Exception {
    assertThat(complete("digest convert -o pa").calls).containsExactly("_files");
    assertThat(complete("digest convert samp").calls).containsExactly("_files");
  }

  @Test
  void numbersCompleteNothing() throws Exception {
    assertThat(complete("digest convert --max-record ").calls).isEmpty();
  }

  @Test
  void aListItemIsFollowedByACommaThatATypedSpaceTakesAway() throws Exception {
    assertThat(complete("digest convert --fields key,ti").calls).containsExactly("compadd -q -S ,");
  }

  @Test
  void commandsAndOptionsAreShownWithTheirDescriptions() throws Exception {
    assertThat(complete("digest co").calls).containsExactly("compadd -l -d _digest_menu");
    assertThat(complete("digest convert --f").calls).containsExactly("compadd -l -d _digest_menu");
  }

  @Test
  void sourcedWithoutCompinitItLoadsTheCompletionSystemItself() throws Exception {
    ToolRun run =
        ToolRun.of(
            work(),
            Map.of("HOME", dir.toString()),
            List.of(shell.toString(), "-f", "-c", "source \"$1\" && print -r -- ${_comps[digest]}", "zsh", script.toString()));

    assertThat(run.stderr).as(run.toString()).isEmpty();
    assertThat(run.stdout).isEqualTo("_digest\n");
  }

  /** The words the line would then hold, and the calls to compadd (with their options) and _files. */
  private record Completion(List<String> words, List<String> calls) {}

  private Completion complete(String line) throws Exception {
    // zsh's words are the line's words; at a blank, the word being completed is a new, empty one.
    List<String> words = new ArrayList<>(List.of(line.split(" ", -1)));
    List<String> command = new ArrayList<>(List.of(shell.toString(), "-f", "-c", DRIVER, "zsh"));
    command.addAll(List.of(script.toString(), words.get(words.size() - 1), String.valueOf(words.size())));
    command.addAll(words);
    ToolRun run = ToolRun.of(work(), Map.of("HOME", work().toString(), "LC_ALL", "C"), command);
    assertThat(run.stderr).as(run.toString()).isEmpty();
    assertThat(run.exitCode).as(run.toString()).isIn(0, 1);
    List<String> offered = new ArrayList<>();
    List<String> calls = new ArrayList<>();
    for (String out : run.stdout.split("\n", -1)) {
      if (out.startsWith("#")) {
        calls.add(out.substring(1).strip());
      } else if (!out.isEmpty()) {
        offered.add(out);
      }
    }
    return new Completion(offered, calls);
  }
}
