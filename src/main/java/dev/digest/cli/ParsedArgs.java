package dev.digest.cli;

import java.util.List;
import java.util.Map;

/**
 * A command line once parsed, whichever parser read it: the command, the options given (keyed by
 * {@link OptionDef#key()}; a flag given maps to {@code "true"}), the values of repeatable options
 * in the order given, and the positional arguments.
 */
record ParsedArgs(String command, Map<String, String> options, Map<String, List<String>> repeated, List<String> positionals) {

  ParsedArgs {
    options = Map.copyOf(options);
    repeated = Map.copyOf(repeated);
    positionals = List.copyOf(positionals);
  }

  ParsedArgs(String command, Map<String, String> options, List<String> positionals) {
    this(command, options, Map.of(), positionals);
  }

  /** Every value of a repeatable option, in the order given (empty when not given). */
  List<String> values(OptionDef option) {
    return repeated.getOrDefault(option.key(), List.of());
  }

  /** The option's value as given, else its default (which may be {@code null}). */
  String value(OptionDef option) {
    String v = options.get(option.key());
    return v != null ? v : option.defaultValue();
  }

  boolean flag(OptionDef option) {
    return options.containsKey(option.key());
  }
}
