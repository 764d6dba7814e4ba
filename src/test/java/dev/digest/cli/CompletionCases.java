package dev.digest.cli;

import dev.digest.report.CheckFormat;
import dev.digest.write.Field;
import dev.digest.write.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Command lines and what TAB at their end must give, the same in bash and zsh: each expected word
 * is the whole word as the line holds it after completion ({@code --format=json}, {@code
 * key,title}, {@code samples/}). The lines run in a folder made by {@link #workingFolder}. Some
 * are written out by hand, the rest generated from the option rows, so a new option is checked
 * as soon as it has its row.
 */
final class CompletionCases {
  /** What the working folder holds, as the shell lists it: folders end in a slash. */
  static final List<String> FILES = List.of("-dash.txt", "my notes.txt", "paper.txt", "papers.json", "samples/");

  private CompletionCases() {}

  /** A folder with a {@code samples/} folder and a few files, for the file-name cases. */
  static void workingFolder(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("samples"));
    Files.writeString(dir.resolve("samples/daily.txt"), "");
    for (String file : FILES) {
      if (!file.endsWith("/")) {
        Files.writeString(dir.resolve(file), "");
      }
    }
  }

  static Stream<Arguments> written() {
    return Stream.of(
        Arguments.of("digest co", List.of("completion", "convert")),
        Arguments.of("digest --debug conv", List.of("convert")),
        Arguments.of("digest help st", List.of("stats")),
        Arguments.of("digest frob ", List.of()),
        Arguments.of("digest convert --f", List.of("--fields", "--format")),
        Arguments.of("digest --debug convert --f", List.of("--fields", "--format")),
        Arguments.of("digest convert -f js", List.of("json", "jsonl")),
        Arguments.of("digest convert --to b", List.of("bib", "bibtex")),
        Arguments.of("digest convert --format=js", List.of("--format=json", "--format=jsonl")),
        Arguments.of("digest convert --format=csl", List.of("--format=csl", "--format=csl-json", "--format=csljson")),
        Arguments.of("digest check -f s", List.of("sarif")),
        // The values are the registries' own: format names and aliases, check's shapes, the fields.
        Arguments.of("digest convert --to ", List.copyOf(Format.spellings().keySet())),
        Arguments.of("digest check --format ", CheckFormat.names()),
        Arguments.of("digest convert --fields ", Field.names()),
        Arguments.of("digest check --format=t", List.of("--format=text")),
        Arguments.of("digest convert --fields key,ti", List.of("key,title")),
        Arguments.of("digest convert --fields=key,ti", List.of("--fields=key,title")),
        Arguments.of("digest convert --fields title,key,", fieldsAfter("title,key,", "title", "key")),
        Arguments.of("digest completion z", List.of("zsh")),
        Arguments.of("digest convert samp", List.of("samples/")),
        Arguments.of("digest stats samp", List.of("samples/")),
        Arguments.of("digest convert my", List.of("my notes.txt")),
        Arguments.of("digest convert -o pa", List.of("paper.txt", "papers.json")),
        Arguments.of("digest check --output=pa", List.of("--output=paper.txt", "--output=papers.json")),
        Arguments.of("digest convert --max-record ", List.of()),
        Arguments.of("digest convert --max-record 1", List.of()),
        Arguments.of("digest convert --pretty samp", List.of("samples/")),
        Arguments.of("digest convert -f json pa", List.of("paper.txt", "papers.json")),
        Arguments.of("digest convert -- -", List.of("-dash.txt")),
        Arguments.of("digest convert samples/d", List.of("samples/daily.txt")));
  }

  /** For every command: its options after {@code -}, and what its arguments complete to. */
  static Stream<Arguments> commands() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of("digest ", commandNames()));
    cases.add(Arguments.of("digest -", spellings(CommonOptions.ROOT)));
    cases.add(Arguments.of("digest help ", commandNames()));
    for (Command c : CommandModel.COMMANDS) {
      cases.add(Arguments.of("digest " + c.name() + " -", spellings(CommonOptions.everyOption(c))));
      cases.add(Arguments.of("digest " + c.name() + " ", expected(c.positionalCompletion(), c.positionalCandidates())));
    }
    return cases.stream();
  }

  /** For every spelling of every option that takes a value: what follows it completes by its kind. */
  static Stream<Arguments> optionValues() {
    List<Arguments> cases = new ArrayList<>();
    for (Command c : CommandModel.COMMANDS) {
      for (OptionDef o : c.options()) {
        if (o.takesValue()) {
          for (String name : o.names()) {
            cases.add(Arguments.of("digest " + c.name() + " " + name + " ", expected(o.completion(), o.candidates())));
          }
        }
      }
    }
    return cases.stream();
  }

  private static List<String> expected(OptionDef.Completion completion, List<String> candidates) {
    return switch (completion) {
      case NONE -> List.of();
      case FILES -> FILES;
      case WORDS, WORD_LIST -> candidates;
    };
  }

  private static List<String> fieldsAfter(String listed, String... chosen) {
    List<String> rest = new ArrayList<>();
    for (String field : Field.names()) {
      if (!List.of(chosen).contains(field)) {
        rest.add(listed + field);
      }
    }
    return rest;
  }

  private static List<String> commandNames() {
    return CompletionScript.names(CommandModel.COMMANDS);
  }

  private static List<String> spellings(List<OptionDef> options) {
    return CompletionScript.spellings(options);
  }
}
