package dev.digest.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the everyday command lines ({@code convert -f jsonl -o out.jsonl a.txt}) without
 * loading picocli, whose classes are too old for the JVM's class-data archive and cost several
 * times a small conversion's run time. Anything unusual — help, version, an unknown or repeated
 * option, a missing value, attached short values, {@code --} — is declined, and picocli parses it
 * with its full rules and messages. A test holds the two parsers to the same results.
 */
final class QuickArgs {
  private QuickArgs() {}

  /** The parsed command line, or {@code null} when picocli should parse it. */
  static ParsedArgs parse(String[] args, List<Command> commands) {
    if (args.length == 0) {
      return null;
    }
    Command command = null;
    for (Command c : commands) {
      if (c.name().equals(args[0])) {
        command = c;
      }
    }
    if (command == null) {
      return null;
    }
    Map<String, String> options = new HashMap<>();
    Map<String, List<String>> repeated = new HashMap<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!looksLikeOption(arg)) {
        positionals.add(arg);
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = eq < 0 ? arg : arg.substring(0, eq);
      OptionDef option = find(command.options(), name);
      if (option == null || (options.containsKey(option.key()) && !option.repeatable())) {
        return null;
      }
      String value;
      if (!option.takesValue()) {
        if (eq >= 0) {
          return null;
        }
        value = "true";
      } else if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else {
        if (i + 1 == args.length || looksLikeOption(args[i + 1])) {
          return null;
        }
        value = args[++i];
      }
      if (option.repeatable()) {
        repeated.computeIfAbsent(option.key(), k -> new ArrayList<>()).add(value);
      } else {
        options.put(option.key(), value);
      }
    }
    return new ParsedArgs(command.name(), options, repeated, positionals);
  }

  /** {@code -} alone is standard input, a positional argument. */
  private static boolean looksLikeOption(String arg) {
    return arg.length() > 1 && arg.charAt(0) == '-';
  }

  private static OptionDef find(List<OptionDef> options, String name) {
    for (OptionDef o : options) {
      if (o.names().contains(name)) {
        return o;
      }
    }
    return null;
  }
}
