package dev.digest.cli;

import dev.digest.write.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The man page, {@code digest.1}, written in roff (man(7) macros) from the same commands and
 * option rows as {@code --help} and completion, and from the format registry. The build runs
 * {@link #main} to write {@code target/man/digest.1}; nothing on a command's path loads this class.
 */
public final class ManPage {
  private final List<Command> commands;
  private final String version;
  private final String date;
  private final StringBuilder roff = new StringBuilder();

  private ManPage(List<Command> commands, String version, String date) {
    this.commands = commands;
    this.version = version;
    this.date = date;
  }

  /** Writes the man page: {@code ManPage FILE VERSION [DATE]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 3) {
      throw new IllegalArgumentException("usage: ManPage FILE VERSION [DATE]");
    }
    Path file = Paths.get(args[0]);
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    Files.writeString(file, page(args[1], args.length == 3 ? args[2] : ""), StandardCharsets.UTF_8);
  }

  /** The page of this digest's commands, titled with {@code version} and dated {@code date}. */
  static String page(String version, String date) {
    return new ManPage(CommandModel.COMMANDS, version, date).write();
  }

  private String write() {
    line(".\\\" The man page of digest, written by dev.digest.cli.ManPage from digest's command table.");
    line(".TH DIGEST 1 " + Roff.argument(date) + " " + Roff.argument("digest " + version) + " \"User Commands\"");
    // No hyphenation (HY: also after .YS, which restores it) and a ragged right edge: option and
    // field names must not be split or spread.
    line(".nr HY 0");
    line(".nh");
    line(".ad l");
    name();
    synopsis();
    section("DESCRIPTION");
    line(Roff.text(CommandModel.DESCRIPTION));
    paragraph();
    line(Roff.text("Data goes to standard output; warnings, errors and progress go to standard error."));
    section("OPTIONS");
    options(CommonOptions.ROOT);
    section("COMMANDS");
    for (Command c : commands) {
      command(c);
    }
    formats();
    exitStatus();
    examples();
    section("SEE ALSO");
    line(".BR jq (1),");
    line(".BR pandoc (1)");
    return roff.toString();
  }

  private void name() {
    section("NAME");
    line("digest \\- " + Roff.text("turn the raw text of research-paper digests into JSON, CSV, BibTeX, RIS and more"));
  }

  private void synopsis() {
    section("SYNOPSIS");
    for (Command c : commands) {
      usage(c);
    }
    line(".SY digest");
    line("[" + Roff.bold("--debug") + "]");
    line(Roff.italic("COMMAND") + " ...");
    line(".YS");
    line(".SY digest");
    line(Roff.bold("--help") + " | " + Roff.bold("--version"));
    line(".YS");
  }

  /** {@code digest convert [-f FORMAT] [--dedupe] ... [FILE|DIR|-]...}, as a synopsis line. */
  private void usage(Command command) {
    line(".SY " + Roff.argument("digest " + command.name()));
    for (OptionDef o : command.options()) {
      String option = Roff.bold(o.names().get(0));
      if (o.takesValue()) {
        option += " " + Roff.italic(o.paramLabel());
      }
      line("[" + option + "]" + (o.repeatable() ? "..." : ""));
    }
    line("[" + Roff.italic(command.positionalLabel()) + "]...");
    line(".YS");
  }

  private void command(Command command) {
    line(".SS " + Roff.argument("digest " + command.name()));
    line(Roff.text(command.description()));
    line(".TP");
    line(Roff.italic(command.positionalLabel()));
    line(Roff.text(command.positionalDescription()));
    options(command.options());
    for (Map.Entry<String, List<String>> section : HelpFooter.sections(command.helpFooter()).entrySet()) {
      // Formats have a section of their own; examples are gathered in EXAMPLES.
      if (!section.getKey().equals("FORMATS") && !section.getKey().equals("EXAMPLES")) {
        paragraph();
        if (!section.getKey().isEmpty()) {
          line(Roff.bold(section.getKey().charAt(0) + section.getKey().substring(1).toLowerCase(java.util.Locale.ROOT)));
        }
        preformatted(section.getValue());
      }
    }
  }

  /** Each option: its spellings and value, then its description and, for a fixed set, its values. */
  private void options(List<OptionDef> options) {
    for (OptionDef o : options) {
      List<String> names = new ArrayList<>();
      for (String name : o.names()) {
        names.add(Roff.bold(name));
      }
      line(".TP");
      line(String.join(", ", names) + (o.takesValue() ? " " + Roff.italic(o.paramLabel()) : ""));
      String description = o.plainDescription();
      if (o.completion() == OptionDef.Completion.WORDS) {
        description += " Values: " + String.join(", ", o.candidates()) + ".";
      }
      if (o.repeatable()) {
        description += " May be given more than once; each adds a value.";
      }
      line(Roff.text(description));
    }
  }

  private void formats() {
    section("FORMATS");
    line(Roff.text("The formats of convert's -f (also --format and --to); names are case-insensitive."));
    for (Format f : Format.values()) {
      line(".TP");
      line(Roff.bold(f.formatName()));
      StringBuilder description = new StringBuilder(f.description()).append('.');
      if (!f.aliases().isEmpty()) {
        description.append(" Also called ").append(String.join(", ", f.aliases())).append('.');
      }
      if (!f.outputExtensions().isEmpty()) {
        description.append(" Chosen without -f by an -o file ending in .").append(String.join(", .", f.outputExtensions())).append('.');
      }
      line(Roff.text(description.toString()));
    }
  }

  private void exitStatus() {
    section("EXIT STATUS");
    status(ExitCode.OK, "Success.");
    status(
        ExitCode.INPUT_OUTPUT,
        "An input or output problem: a missing or unreadable file, bad encoding, binary input, a record over the"
            + " limit, warnings with --strict, a failed write, -o naming an input; for check, any warning.");
    status(ExitCode.USAGE, "A usage error: an unknown command, option, format, field or encoding.");
    line(".TP");
    line(Roff.bold("130") + ", " + Roff.bold("143"));
    line(Roff.text("Ended by Ctrl-C (SIGINT) or kill (SIGTERM); an -o file is then either complete or as it was."));
  }

  private void status(int code, String meaning) {
    line(".TP");
    line(Roff.bold(String.valueOf(code)));
    line(Roff.text(meaning));
  }

  private void examples() {
    section("EXAMPLES");
    List<String> examples = new ArrayList<>();
    for (Command c : commands) {
      examples.addAll(HelpFooter.sections(c.helpFooter()).getOrDefault("EXAMPLES", List.of()));
    }
    preformatted(examples);
  }

  /** Lines as they are, indented, without filling: examples and the help's aligned tables. */
  private void preformatted(List<String> lines) {
    line(".RS");
    line(".nf");
    for (String l : lines) {
      line(Roff.text(l.startsWith("  ") ? l.substring(2) : l));
    }
    line(".fi");
    line(".RE");
  }

  private void section(String name) {
    line(".SH " + Roff.argument(name));
  }

  private void paragraph() {
    line(".PP");
  }

  private void line(String text) {
    roff.append(text).append('\n');
  }
}
