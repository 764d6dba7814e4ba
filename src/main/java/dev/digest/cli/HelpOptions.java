package dev.digest.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h/--help} and {@code -V/--version}, declared programmatically: picocli's own
 * {@code mixinStandardHelpOptions} reads an annotated class, and that annotation scanning alone
 * costs more start-up than a small conversion.
 */
final class HelpOptions {
  private HelpOptions() {}

  static void addTo(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
    spec.addOption(
        OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
  }
}
