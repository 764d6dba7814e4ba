package dev.digest.cli;

import java.util.List;
import java.util.Map;

/**
 * A command line once parsed, whichever parser read it: the command, the options given (keyed by
 * {@link OptionDef#key()}, each with its values in the order given; a flag given has {@code
 * "true"}), and the positional arguments.
 */
record ParsedArgs(String command, Map<String, List<String>> options, List<String> positionals) {

  ParsedArgs {
    options = Map.copyOf(options);
    positionals = List.copyOf(positionals);
  }

  /** The option's last value, as in jq, ripgrep and pandoc; else its default (which may be null). */
  String value(OptionDef option) {
    List<String> v = options.get(option.key());
    return v != null ? v.get(v.size() - 1) : option.defaultValue();
  }

  /** Every value of a repeatable option, in order; empty when it was not given. */
  List<String> values(OptionDef option) {
    return options.getOrDefault(option.key(), List.of());
  }

  boolean flag(OptionDef option) {
    return options.containsKey(option.key());
  }
}
