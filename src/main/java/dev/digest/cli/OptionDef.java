package dev.digest.cli;

import java.util.List;

/**
 * One option of a command, declared once and typed: the quick argument pass reads it to parse the
 * common command lines, {@link CommandModel} turns it into picocli's model for help and the
 * messages of a mistaken command line, and the completion scripts and the man page are written
 * from it. Adding an option is one row in its command's table.
 *
 * @param names every spelling, short ones first ({@code -f}, {@code --format})
 * @param paramLabel the value's name in help ({@code FORMAT}), or {@code null} for a flag
 * @param defaultValue the value when the option is not given ({@code null}: none)
 * @param description one line for {@code --help}
 * @param completion what shell completion offers for the value
 * @param candidates the values completion offers (for {@link Completion#WORDS} and {@link
 *     Completion#WORD_LIST})
 * @param repeatable each use adds a value ({@code --enrich}); otherwise the last use wins, as in
 *     jq, ripgrep and pandoc
 */
record OptionDef(
    List<String> names,
    String paramLabel,
    String defaultValue,
    String description,
    Completion completion,
    List<String> candidates,
    boolean repeatable) {

  /** What shell completion offers for an option's value. */
  enum Completion {
    /** Nothing: a number, a name the shell cannot know. */
    NONE,
    /** File and folder names, as the shell completes them without digest. */
    FILES,
    /** One of {@link OptionDef#candidates()}. */
    WORDS,
    /** A comma-separated list of {@link OptionDef#candidates()} ({@code --fields key,title}). */
    WORD_LIST
  }

  OptionDef {
    names = List.copyOf(names);
    candidates = List.copyOf(candidates);
  }

  static OptionDef flag(String description, String... names) {
    return new OptionDef(List.of(names), null, null, description, Completion.NONE, List.of(), false);
  }

  static OptionDef value(String paramLabel, String defaultValue, String description, String... names) {
    return new OptionDef(List.of(names), paramLabel, defaultValue, description, Completion.NONE, List.of(), false);
  }

  /** An option that takes a value each time it is given; the values add up, in order. */
  static OptionDef repeatable(String paramLabel, String description, String... names) {
    return new OptionDef(List.of(names), paramLabel, null, description, Completion.NONE, List.of(), true);
  }

  /** The value is one of {@code values}, which completion offers. */
  OptionDef withCandidates(List<String> values) {
    return new OptionDef(names, paramLabel, defaultValue, description, Completion.WORDS, values, repeatable);
  }

  /** The value is a comma-separated list of {@code values}, which completion offers one by one. */
  OptionDef withListCandidates(List<String> values) {
    return new OptionDef(names, paramLabel, defaultValue, description, Completion.WORD_LIST, values, repeatable);
  }

  /** The value is a file or folder name. */
  OptionDef completingFiles() {
    return new OptionDef(names, paramLabel, defaultValue, description, Completion.FILES, List.of(), repeatable);
  }

  /** Each use adds a value instead of replacing the last. */
  OptionDef adding() {
    return new OptionDef(names, paramLabel, defaultValue, description, completion, candidates, true);
  }

  boolean takesValue() {
    return paramLabel != null;
  }

  /**
   * The description with its default written out, for the man page and zsh's completion menu,
   * which do not go through picocli's {@code ${DEFAULT-VALUE}} substitution.
   */
  String plainDescription() {
    return defaultValue == null ? description : description.replace("${DEFAULT-VALUE}", defaultValue);
  }

  /** The name a parsed command line is keyed by: the longest spelling. */
  String key() {
    return names.get(names.size() - 1);
  }
}
