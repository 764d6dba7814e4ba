package dev.digest.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -h/--help} and {@code -V/--version}, declared programmatically: picocli's own
 * {@code mixinStandardHelpOptions} reads an annotated class, and that annotation scanning alone
 * costs more start-up than a small conversion. Their rows are {@link CommonOptions#HELP} and
 * {@link CommonOptions#VERSION}, which completion and the man page read too.
 */
final class HelpOptions {
  private HelpOptions() {}

  static void addTo(CommandSpec spec) {
    spec.addOption(builder(CommonOptions.HELP).usageHelp(true).build());
    spec.addOption(builder(CommonOptions.VERSION).versionHelp(true).build());
  }

  private static OptionSpec.Builder builder(OptionDef row) {
    return OptionSpec.builder(row.names().toArray(new String[0])).description(row.description());
  }
}
