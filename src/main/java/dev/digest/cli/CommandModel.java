package dev.digest.cli;

import dev.digest.write.Format;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line as picocli's model, built with its programmatic API from the commands' own
 * option declarations: it serves help, version, shell completion and every command line the
 * quick pass declines. No annotation scanning or reflection.
 */
final class CommandModel {
  /** Every command, in the order help lists them. */
  static final List<Command> COMMANDS =
      List.of(
          new ConvertCommand(), new CheckCommand(), new StatsCommand(), new SearchCommand(), new CompletionCommand(), new HelpCommand());

  /** What digest does, in one line: the top of --help and the man page. */
  static final String DESCRIPTION = "Turn the raw text of research-paper digests into structured records.";

  final CommandSpec root = CommandSpec.create();

  CommandModel() {
    root.name("digest");
    root.version("digest " + version());
    HelpOptions.addTo(root);
    // --debug may stand before the command too (digest --debug convert ...), as in git and cargo.
    root.addOption(OptionSpec.builder(CommonOptions.DEBUG.key()).description(CommonOptions.DEBUG.description()).build());
    root.usageMessage()
        .description(DESCRIPTION)
        .footerHeading("%nCommands' own help: digest help COMMAND, or digest COMMAND --help%n")
        .footer("", "Exit codes: 0 success, 1 input or output problem, 2 usage error.");
    for (Command c : COMMANDS) {
      root.addSubcommand(c.name(), spec(c));
    }
  }

  CommandLine commandLine() {
    CommandLine cl = new CommandLine(root);
    // The last value of an option given twice wins, as in jq, ripgrep and pandoc.
    cl.setOverwrittenOptionsAllowed(true);
    return cl;
  }

  private static CommandSpec spec(Command command) {
    CommandSpec spec = CommandSpec.create();
    spec.name(command.name());
    HelpOptions.addTo(spec);
    spec.usageMessage()
        .description(command.description())
        .sortOptions(false)
        .footer(command.helpFooter().toArray(new String[0]));
    for (OptionDef o : command.options()) {
      OptionSpec.Builder b = OptionSpec.builder(o.names().toArray(new String[0])).description(o.description());
      if (o.takesValue()) {
        b.paramLabel(o.paramLabel());
        if (o.repeatable()) {
          b.arity("1").type(List.class).auxiliaryTypes(String.class);
        } else {
          b.type(String.class);
        }
        if (o.defaultValue() != null) {
          b.defaultValue(o.defaultValue());
        }
        if (!o.candidates().isEmpty()) {
          b.completionCandidates(o.candidates());
        }
      }
      spec.addOption(b.build());
    }
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel(command.positionalLabel())
            .arity("0..*")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description(command.positionalDescription())
            .build());
    return spec;
  }

  /** The command's part of a parse, in the form the commands read. */
  static ParsedArgs toParsedArgs(Command command, ParseResult sub) {
    Map<String, List<String>> options = new HashMap<>();
    for (OptionDef o : command.options()) {
      OptionSpec matched = sub.matchedOption(o.key());
      if (matched == null) {
        continue;
      }
      if (!o.takesValue()) {
        options.put(o.key(), List.of("true"));
      } else if (o.repeatable()) {
        options.put(o.key(), List.copyOf(matched.stringValues()));
      } else {
        options.put(o.key(), List.of(matched.<String>getValue()));
      }
    }

    List<String> positionals = new ArrayList<>();
    for (PositionalParamSpec p : sub.commandSpec().positionalParameters()) {
      if (sub.hasMatchedPositional(p)) {
        positionals.addAll(p.stringValues());
      }
    }
    return new ParsedArgs(command.name(), options, positionals);
  }

  static Command command(String name) {
    for (Command c : COMMANDS) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no command " + name);
  }

  static String version() {
    String v = CommandModel.class.getPackage().getImplementationVersion();
    return v != null ? v : "(development build)";
  }

  static String formatList() {
    StringBuilder sb = new StringBuilder();
    for (Format f : Format.values()) {
      sb.append("  ").append(f.formatName());
      for (int pad = f.formatName().length(); pad < 9; pad++) {
        sb.append(' ');
      }
      sb.append(f.description()).append('\n');
    }
    return sb.toString();
  }
}
