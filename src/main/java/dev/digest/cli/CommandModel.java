package dev.digest.cli;

import dev.digest.write.Format;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line, built with picocli's programmatic API: no annotation scanning or reflection at
 * start-up, which keeps a small conversion close to the JVM's own start-up time.
 */
final class CommandModel {
  final CommandSpec root = CommandSpec.create();
  final ConvertCommand convert = new ConvertCommand();

  CommandModel() {
    root.name("digest");
    root.version("digest " + version());
    HelpOptions.addTo(root);
    root.usageMessage()
        .description("Turn the raw text of research-paper digests into structured records.")
        .footerHeading("%nCommands' own help: digest COMMAND --help%n")
        .footer("", "Exit codes: 0 success, 1 input or output problem, 2 usage error.");
    root.addSubcommand("convert", convert.spec());
  }

  CommandLine commandLine() {
    return new CommandLine(root);
  }

  static String version() {
    String v = CommandModel.class.getPackage().getImplementationVersion();
    return v != null ? v : "(development build)";
  }

  static String formatList() {
    StringBuilder sb = new StringBuilder();
    for (Format f : Format.values()) {
      sb.append("  ").append(f.formatName());
      for (int pad = f.formatName().length(); pad < 8; pad++) {
        sb.append(' ');
      }
      sb.append(f.description()).append('\n');
    }
    return sb.toString();
  }
}
