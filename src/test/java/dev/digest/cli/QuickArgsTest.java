package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The quick argument pass must never read a command line differently from picocli: whatever it
 * accepts, picocli accepts too, with the same options and positionals.
 */
class QuickArgsTest {
  /** Words any command line may hold: values, files, and what the quick pass must decline. */
  private static final List<String> COMMON_WORDS =
      List.of(
          "json", "jsonl", "bibtex", "jsn", "CSV", "ndjson", "sarif", "text", "out.json", "-", "--", "a.txt", "dir",
          "key,title", "UTF-16", "100", "-5", "--debug", "-h", "--help", "-V", "--version", "--bogus", "-x", "-df",
          "--Format", "=", "", "-fjson", "-f=csv", "--dedupe=true", "--max-record=-1", "bash", "convert", "api.json", "data/");

  static Stream<Arguments> seedsForEveryCommand() {
    return CommandModel.COMMANDS.stream()
        .flatMap(c -> IntStream.range(0, 12).mapToObj(i -> Arguments.of(c.name(), 7919L * i + 1)));
  }

  /** The command's own option spellings, bare and with an attached value, then the common words. */
  private static List<String> vocabulary(Command command) {
    List<String> words = new ArrayList<>(COMMON_WORDS);
    for (OptionDef o : command.options()) {
      for (String name : o.names()) {
        words.add(name);
        if (o.takesValue() && name.startsWith("--")) {
          words.add(name + "=" + (o.candidates().isEmpty() ? "x" : o.candidates().get(0)));
        }
      }
    }
    return words;
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("seedsForEveryCommand")
  void whatTheQuickPassAcceptsPicocliReadsTheSameWay(String commandName, long seed) {
    Random random = new Random(seed);
    List<String> words = vocabulary(CommandModel.command(commandName));
    int accepted = 0;
    for (int n = 0; n < 500; n++) {
      List<String> args = new ArrayList<>();
      if (random.nextInt(8) == 0) {
        args.add("--debug");
      }
      args.add(random.nextInt(10) == 0 ? words.get(random.nextInt(words.size())) : commandName);
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        args.add(words.get(random.nextInt(words.size())));
      }
      String[] argv = args.toArray(new String[0]);
      ParsedArgs quick = QuickArgs.parse(argv, CommandModel.COMMANDS);
      if (quick == null) {
        continue;
      }
      accepted++;
      assertThat(picocli(argv)).as("picocli on %s", args).isEqualTo(quick);
    }
    assertThat(accepted).as("command lines the quick pass accepted").isPositive();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "convert -f json --format jsonl --to csv",
        "convert --dedupe --dedupe",
        "convert -o a.json -o b.json x.txt",
        "check -f json -f sarif",
        "stats --json -o s.json",
        "--debug convert -f jsonl",
      })
  void repeatedOptionsKeepTheirLastValueInBothParsers(String line) {
    String[] argv = line.split(" ");
    ParsedArgs quick = QuickArgs.parse(argv, CommandModel.COMMANDS);

    assertThat(quick).isNotNull().isEqualTo(picocli(argv));
  }

  @Test
  void theLastFormatWins() {
    ParsedArgs quick = QuickArgs.parse("convert -f json --format jsonl --to csv".split(" "), CommandModel.COMMANDS);

    assertThat(quick.options()).containsEntry("--to", List.of("csv"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "convert --help", "convert -h", "--version", "convert --bogus", "convert -f", "convert -f --strict",
        "convert -- a.txt", "convert -fjson", "convert --strict=true", "status a.txt", "", "--debug", "--debug status", "convert --enrich",
      })
  void unusualCommandLinesAreLeftToPicocli(String line) {
    String[] argv = line.isEmpty() ? new String[0] : line.split(" ");
    assertThat(QuickArgs.parse(argv, CommandModel.COMMANDS)).isNull();
  }

  @Test
  void aRepeatableOptionAddsUpInTheQuickPassAsInPicocli() {
    String[] argv = {"convert", "--enrich", "a.json", "x.txt", "--enrich=data/", "--enrich", "b.jsonl"};
    ParsedArgs quick = QuickArgs.parse(argv, CommandModel.COMMANDS);
    assertThat(quick).isNotNull();
    assertThat(quick.options()).containsEntry("--enrich", List.of("a.json", "data/", "b.jsonl"));
    assertThat(quick).isEqualTo(picocli(argv));
  }

  @Test
  void everydayCommandLinesTakeTheQuickPass() {
    String[] argv = {"convert", "-f", "jsonl", "--output=papers.jsonl", "--dedupe", "a.txt", "-", "b.txt"};
    ParsedArgs quick = QuickArgs.parse(argv, CommandModel.COMMANDS);
    assertThat(quick).isNotNull();
    assertThat(quick.options())
        .containsEntry("--to", List.of("jsonl"))
        .containsEntry("--output", List.of("papers.jsonl"))
        .containsEntry("--dedupe", List.of("true"));
    assertThat(quick.positionals()).containsExactly("a.txt", "-", "b.txt");
    assertThat(quick).isEqualTo(picocli(argv));
  }

  private static ParsedArgs picocli(String[] argv) {
    ParseResult parsed;
    try {
      parsed = new CommandModel().commandLine().parseArgs(argv);
    } catch (ParameterException e) {
      throw new AssertionError("picocli rejects what the quick pass accepted: " + e.getMessage(), e);
    }
    ParseResult sub = parsed.subcommand();
    assertThat(sub).isNotNull();
    assertThat(CommandLine.printHelpIfRequested(parsed)).isFalse();
    return CommandModel.toParsedArgs(CommandModel.command(sub.commandSpec().name()), sub);
  }
}
