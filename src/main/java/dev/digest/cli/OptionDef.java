package dev.digest.cli;

import java.util.List;

/**
 * One option of a command, declared once: the quick argument pass reads it to parse the common
 * command lines, and {@link CommandModel} turns it into picocli's model for help, completion and
 * the messages of a mistaken command line.
 *
 * @param names every spelling, short ones first ({@code -f}, {@code --format})
 * @param paramLabel the value's name in help ({@code FORMAT}), or {@code null} for a flag
 * @param defaultValue the value when the option is not given ({@code null}: none)
 * @param description one line for {@code --help}
 * @param candidates the values shell completion offers (empty: any)
 * @param repeatable each time the option is given adds a value ({@code --enrich a.json --enrich b.json})
 */
record OptionDef(
    List<String> names, String paramLabel, String defaultValue, String description, List<String> candidates, boolean repeatable) {

  static OptionDef flag(String description, String... names) {
    return new OptionDef(List.of(names), null, null, description, List.of(), false);
  }

  static OptionDef value(String paramLabel, String defaultValue, String description, String... names) {
    return new OptionDef(List.of(names), paramLabel, defaultValue, description, List.of(), false);
  }

  /** An option that takes a value each time it is given; the values add up, in order. */
  static OptionDef repeatable(String paramLabel, String description, String... names) {
    return new OptionDef(List.of(names), paramLabel, null, description, List.of(), true);
  }

  OptionDef withCandidates(List<String> values) {
    return new OptionDef(names, paramLabel, defaultValue, description, List.copyOf(values), repeatable);
  }

  boolean takesValue() {
    return paramLabel != null;
  }

  /** The name a parsed command line is keyed by: the longest spelling. */
  String key() {
    return names.get(names.size() - 1);
  }
}
