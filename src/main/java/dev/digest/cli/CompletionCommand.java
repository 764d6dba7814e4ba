package dev.digest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code digest completion [bash|zsh]}: a completion script written from the commands' option
 * rows, so that a new option completes as soon as it has its row. Without an argument, bash's, so
 * that {@code source <(digest completion)} works in bash as it always has.
 */
final class CompletionCommand implements Command {
  static final List<String> SHELLS = List.of("bash", "zsh");

  @Override
  public String name() {
    return "completion";
  }

  @Override
  public String description() {
    return "Print a completion script for bash or zsh: source <(digest completion)";
  }

  @Override
  public List<OptionDef> options() {
    return List.of();
  }

  @Override
  public String positionalLabel() {
    return "SHELL";
  }

  @Override
  public String positionalDescription() {
    return "bash (the default) or zsh.";
  }

  @Override
  public OptionDef.Completion positionalCompletion() {
    return OptionDef.Completion.WORDS;
  }

  @Override
  public List<String> positionalCandidates() {
    return SHELLS;
  }

  @Override
  public List<String> helpFooter() {
    return List.of(
        "%nINSTALL%n",
        "  echo 'source <(digest completion)' >> ~/.bashrc         # bash",
        "  echo 'source <(digest completion zsh)' >> ~/.zshrc      # zsh");
  }

  @Override
  public int run(ParsedArgs args, InputStream stdin, OutputStream stdout, PrintWriter err) throws IOException {
    List<String> shells = args.positionals();
    if (shells.size() > 1) {
      throw new UsageException("completion takes one shell, not " + String.join(" ", shells));
    }
    String shell = shells.isEmpty() ? "bash" : shells.get(0);
    CompletionScript writer;
    if (shell.equals("bash")) {
      writer = new BashCompletion();
    } else if (shell.equals("zsh")) {
      writer = new ZshCompletion();
    } else {
      throw new UsageException("no completion for '" + shell + "'; digest completes in bash and zsh");
    }
    String script = writer.write(CommandModel.COMMANDS);
    OutputTarget target = OutputTarget.stdout(stdout);
    target.stream().write(script.getBytes(StandardCharsets.UTF_8));
    target.commit();
    return ExitCode.OK;
  }
}
