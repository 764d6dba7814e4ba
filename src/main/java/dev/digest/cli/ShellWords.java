package dev.digest.cli;

import java.util.List;

/** Text for the completion scripts: words quoted so that nothing in them expands, in bash or zsh. */
final class ShellWords {
  private ShellWords() {}

  /** {@code word} in single quotes, which bash and zsh read back unchanged. */
  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** The words as one quoted string, separated by spaces: a value for {@code compgen -W}. */
  static String quoteJoined(List<String> words) {
    return quote(String.join(" ", words));
  }

  /**
   * The {@code case} patterns that match {@code "COMMAND OPTION"} for every spelling of {@code
   * option}: {@code 'convert -f'|'convert --format'}.
   */
  static String casePatterns(Command command, OptionDef option) {
    StringBuilder patterns = new StringBuilder();
    for (String name : option.names()) {
      patterns.append(patterns.length() == 0 ? "" : "|").append(quote(command.name() + " " + name));
    }
    return patterns.toString();
  }

  /** The names a completion kind is called by in the scripts ({@code files}, {@code word_list}). */
  static String kind(OptionDef.Completion completion) {
    return completion.name().toLowerCase(java.util.Locale.ROOT);
  }
}
