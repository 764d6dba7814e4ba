package dev.digest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

/** A subcommand of {@code digest}: its options, its help text, and what it does. */
interface Command {
  String name();

  /** One line for the command list and the top of its help. */
  String description();

  List<OptionDef> options();

  /** The positional arguments' label and description for help. */
  default String positionalLabel() {
    return "FILE|DIR|-";
  }

  default String positionalDescription() {
    return CommonOptions.INPUTS_DESCRIPTION;
  }

  /** What shell completion offers for the positional arguments: inputs are file and folder names. */
  default OptionDef.Completion positionalCompletion() {
    return OptionDef.Completion.FILES;
  }

  /** The values completion offers for the positional arguments, when they are {@link OptionDef.Completion#WORDS}. */
  default List<String> positionalCandidates() {
    return List.of();
  }

  /** Lines printed after the options in {@code --help}: formats, examples. */
  List<String> helpFooter();

  int run(ParsedArgs args, InputStream stdin, OutputStream stdout, PrintWriter err) throws IOException;
}
