package dev.digest.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the everyday command lines ({@code convert -f jsonl -o out.jsonl a.txt}) without
 * loading picocli, whose classes are too old for the JVM's class-data archive and cost several
 * times a small conversion's run time. An option given twice keeps its last value (a repeatable
 * one keeps them all), and {@code --debug} may stand before the command. Anything unusual — help,
 * version, an unknown option, a missing value, attached short values, {@code --} — is declined,
 * and picocli parses it with its full rules and messages. A test holds the two parsers to the
 * same results.
 */
final class QuickArgs {
  private QuickArgs() {}

  /** The parsed command line, or {@code null} when picocli should parse it. */
  static ParsedArgs parse(String[] args, List<Command> commands) {
    int first = args.length > 0 && args[0].equals(CommonOptions.DEBUG.key()) ? 1 : 0;
    if (args.length == first) {
      return null;
    }
    Command command = null;
    for (Command c : commands) {
      if (c.name().equals(args[first])) {
        command = c;
      }
    }
    if (command == null) {
      return null;
    }
    // A --debug before the command is Main's to read (it looks for it wherever it stands).
    Map<String, List<String>> options = new HashMap<>();
    List<String> positionals = new ArrayList<>();
    for (int i = first + 1; i < args.length; i++) {
      String arg = args[i];
      if (!looksLikeOption(arg)) {
        positionals.add(arg);
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String name = eq < 0 ? arg : arg.substring(0, eq);
      OptionDef option = find(command.options(), name);
      if (option == null) {
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
      List<String> values = options.computeIfAbsent(option.key(), k -> new ArrayList<>());
      if (!option.repeatable()) {
        values.clear();
      }
      values.add(value);
    }
    return new ParsedArgs(command.name(), options, positionals);
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
