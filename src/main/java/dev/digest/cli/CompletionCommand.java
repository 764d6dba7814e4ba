package dev.digest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.AutoComplete;

/**
 * {@code digest completion}: a completion script for bash and zsh, generated from the same
 * command model as help, so commands, options and format names complete as they are today.
 */
final class CompletionCommand implements Command {
  @Override
  public String name() {
    return "completion";
  }

  @Override
  public String description() {
    return "Print a bash/zsh completion script: source <(digest completion)";
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
    return "bash or zsh (one script serves both; zsh runs it through bashcompinit).";
  }

  @Override
  public List<String> helpFooter() {
    return List.of(
        "%nINSTALL%n",
        "  echo 'source <(digest completion)' >> ~/.bashrc     # bash",
        "  echo 'source <(digest completion)' >> ~/.zshrc      # zsh");
  }

  @Override
  public int run(ParsedArgs args, InputStream stdin, OutputStream stdout, PrintWriter err) throws IOException {
    for (String shell : args.positionals()) {
      if (!shell.equals("bash") && !shell.equals("zsh")) {
        throw new UsageException("no completion for '" + shell + "'; digest completes in bash and zsh");
      }
    }
    String script = AutoComplete.bash("digest", new CommandModel().commandLine());
    OutputTarget target = OutputTarget.stdout(stdout);
    target.stream().write(script.getBytes(StandardCharsets.UTF_8));
    target.commit();
    return ExitCode.OK;
  }
}
