package dev.digest.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A completion script written from the command table: a shell's template whose three {@code case}
 * statements (each command's options; what each option's value completes to; what each command's
 * arguments complete to) are filled in from the commands' option rows. A subclass says how its
 * shell spells a branch.
 */
abstract class CompletionScript {
  private final String template;

  CompletionScript(String template) {
    this.template = template;
  }

  final String write(List<Command> commands) {
    StringBuilder options = new StringBuilder(optionCase("", CommonOptions.ROOT));
    StringBuilder values = new StringBuilder();
    StringBuilder arguments = new StringBuilder(commandsCase(commands));
    for (Command c : commands) {
      options.append(optionCase(c.name(), CommonOptions.everyOption(c)));
      for (OptionDef o : c.options()) {
        if (o.takesValue()) {
          values.append(branch(ShellWords.casePatterns(c, o), setKind(o.completion(), o.candidates())));
        }
      }
      arguments.append(branch(ShellWords.quote(c.name()), setKind(c.positionalCompletion(), c.positionalCandidates())));
    }
    return template
        .replace("@OPTIONS@\n", options)
        .replace("@VALUES@\n", values)
        .replace("@ARGUMENTS@\n", arguments);
  }

  /** One branch of a {@code case} statement: its patterns, what it runs, a line ending. */
  abstract String branch(String patterns, String body);

  /** The assignments that say what a value completes to, and the words it offers. */
  abstract String setKind(OptionDef.Completion completion, List<String> candidates);

  /** The branch listing a command's options ({@code ''}: digest's own). */
  abstract String optionCase(String command, List<OptionDef> options);

  /** The branch for the word after {@code digest}: the commands. */
  abstract String commandsCase(List<Command> commands);

  static List<String> names(List<Command> commands) {
    List<String> names = new ArrayList<>();
    for (Command c : commands) {
      names.add(c.name());
    }
    return names;
  }

  /** Every spelling of every option, in the table's order. */
  static List<String> spellings(List<OptionDef> options) {
    List<String> names = new ArrayList<>();
    for (OptionDef o : options) {
      names.addAll(o.names());
    }
    return names;
  }
}
