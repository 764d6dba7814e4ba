package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digest.testing.CliRun;
import dev.digest.testing.ToolRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bash completion as bash runs it: {@code digest completion bash} sourced into bash, {@code
 * COMP_WORDS}, {@code COMP_CWORD}, {@code COMP_LINE} and {@code COMP_POINT} set as bash sets them
 * for the line, the completion function called, and {@code COMPREPLY} read back. {@code compopt}
 * is recorded, and what it asks readline for is done as readline does it: a slash after a folder
 * ({@code -o filenames}), file names when the function found nothing ({@code -o default}).
 */
class CompletionBashTest extends CompletionInShell {
  /**
   * Calls the completion function: $1 the script, $2 COMP_LINE, $3 COMP_POINT, $4 COMP_CWORD, then
   * COMP_WORDS. Prints the words readline would offer, then a line with the compopt options.
   */
  private static final String DRIVER =
      """
      source "$1" || exit 9
      options=
      compopt() { options+=" $*"; }
      COMP_LINE=$2 COMP_POINT=$3 COMP_CWORD=$4
      shift 4
      COMP_WORDS=("$@")
      _digest || exit 8
      replies=("${COMPREPLY[@]}")
      if (( ${#replies[@]} == 0 )) && [[ $options == *' default'* ]]; then
        while IFS= read -r name; do replies+=("$name"); done < <(compgen -f -- "${COMP_WORDS[COMP_CWORD]}")
      fi
      for reply in "${replies[@]}"; do
        [[ $options == *' filenames'* && -d $reply ]] && reply+=/
        printf '%s\\n' "$reply"
      done
      printf '#options%s\\n' "$options"
      """;

  @Override
  String shellName() {
    return "bash";
  }

  @Override
  List<String> wordsAfterTab(String line) throws Exception {
    return complete(line, line.length()).words;
  }

  @Test
  void onlyThePartOfTheWordBeforeTheCursorIsCompleted() throws Exception {
    String line = "digest convert --format";

    assertThat(complete(line, "digest convert --f".length()).words).containsExactlyInAnyOrder("--fields", "--format");
  }

  @Test
  void noArgumentGivesTheBashScriptSoThatTheOldInstructionStillWorks() {
    assertThat(CliRun.of("completion").stdout).isEqualTo(CliRun.of("completion", "bash").stdout);
  }

  @Test
  void aQuotedFileNameIsLeftToReadlineItself() throws Exception {
    Completion completion = complete("digest convert \"my", "digest convert \"my".length());

    assertThat(completion.options).contains("default").contains("filenames");
  }

  @Test
  void aListLeavesRoomForTheNextComma() throws Exception {
    assertThat(complete("digest convert --fields key,ti", 30).options).contains("nospace");
  }

  @Test
  void numbersCompleteNothingNotEvenFileNames() throws Exception {
    Completion completion = complete("digest convert --max-record ", 28);

    assertThat(completion.words).isEmpty();
    assertThat(completion.options).doesNotContain("default");
  }

  /** What readline offers after the completion function ran, and the compopt options it asked for. */
  private record Completion(List<String> words, String options) {}

  private Completion complete(String line, int point) throws Exception {
    BashWords words = BashWords.of(line.substring(0, point), line);
    List<String> command = new ArrayList<>(List.of(shell.toString(), "--norc", "--noprofile", "-c", DRIVER, "bash"));
    command.addAll(
        List.of(script.toString(), line, String.valueOf(point), String.valueOf(words.cword)));
    command.addAll(words.words);
    ToolRun run = ToolRun.of(work(), Map.of("HOME", work().toString(), "LC_ALL", "C"), command);
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.stderr).as(run.toString()).isEmpty();
    List<String> replies = new ArrayList<>();
    String options = "";
    for (String reply : run.stdout.split("\n", -1)) {
      if (reply.startsWith("#options")) {
        options = reply.substring("#options".length());
      } else if (!reply.isEmpty()) {
        replies.add(words.lead + reply);
      }
    }
    return new Completion(replies, options);
  }

  /**
   * COMP_WORDS and COMP_CWORD as bash makes them from a line: words split at blanks, and each '='
   * (in bash's COMP_WORDBREAKS) a word of its own, so {@code --format=js} is {@code --format},
   * {@code =}, {@code js}. The lead is what stands before the word readline replaces in the whole
   * word ({@code --format=}), so that a reply reads as the word the line then holds.
   */
  private record BashWords(List<String> words, int cword, String lead) {
    static BashWords of(String beforeCursor, String line) {
      List<String> words = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      int cword = -1;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == ' ' || c == '=') {
          cword = add(words, word, cword, i, beforeCursor.length());
          if (c == '=') {
            words.add("=");
            if (i + 1 == beforeCursor.length()) {
              cword = words.size() - 1;
            }
          }
        } else {
          word.append(c);
        }
      }
      cword = add(words, word, cword, line.length(), beforeCursor.length());
      if (cword < 0) {
        words.add("");
        cword = words.size() - 1;
      }
      String lastWord = beforeCursor.substring(beforeCursor.lastIndexOf(' ') + 1);
      String lead = lastWord.substring(0, lastWord.lastIndexOf('=') + 1);
      return new BashWords(words, cword, lead);
    }

    /** Ends the word being read at {@code end}; it is the cursor's word when the cursor is in it. */
    private static int add(List<String> words, StringBuilder word, int cword, int end, int point) {
      if (word.length() == 0) {
        return cword;
      }
      words.add(word.toString());
      int start = end - word.length();
      word.setLength(0);
      return start <= point && point <= end ? words.size() - 1 : cword;
    }
  }
}
