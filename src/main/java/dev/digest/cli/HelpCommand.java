package dev.digest.cli;

import dev.digest.write.Suggestions;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** {@code digest help [COMMAND]}: the same text as {@code --help}, as git and cargo offer it. */
final class HelpCommand implements Command {
  @Override
  public String name() {
    return "help";
  }

  @Override
  public String description() {
    return "Show the help of digest or of one command (the same as --help).";
  }

  @Override
  public List<OptionDef> options() {
    return List.of();
  }

  @Override
  public String positionalLabel() {
    return "COMMAND";
  }

  @Override
  public String positionalDescription() {
    return "The command to explain; none for digest's own help.";
  }

  @Override
  public OptionDef.Completion positionalCompletion() {
    return OptionDef.Completion.WORDS;
  }

  @Override
  public List<String> positionalCandidates() {
    return commandNames();
  }

  @Override
  public List<String> helpFooter() {
    return List.of();
  }

  @Override
  public int run(ParsedArgs args, InputStream stdin, OutputStream stdout, PrintWriter err) {
    if (args.positionals().size() > 1) {
      throw new UsageException("help takes one command, not " + String.join(" ", args.positionals()));
    }
    CommandLine root = new CommandModel().commandLine();
    CommandLine shown = root;
    if (!args.positionals().isEmpty()) {
      String name = args.positionals().get(0);
      shown = root.getSubcommands().get(name);
      if (shown == null) {
        throw new UsageException(
            "no command '" + name + "'" + Suggestions.didYouMean(name, commandNames()) + "; commands are " + String.join(", ", commandNames()));
      }
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    shown.usage(out);
    out.flush();
    return ExitCode.OK;
  }

  static List<String> commandNames() {
    List<String> names = new ArrayList<>();
    for (Command c : CommandModel.COMMANDS) {
      names.add(c.name());
    }
    return names;
  }
}
