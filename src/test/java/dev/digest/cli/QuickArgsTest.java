package dev.digest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
  private static final String[] WORDS = {
    "convert", "-f", "--format", "--format=jsonl", "-fjson", "-f=csv", "json", "jsonl", "bibtex", "jsn",
    "-o", "--output", "--output=out.json", "out.json", "-", "--", "a.txt", "dir", "--fields", "--fields=key,title",
    "key,title", "--dedupe", "--dedupe=true", "--strict", "--pretty", "--encoding", "UTF-16", "--encoding=latin1",
    "--max-record", "100", "--max-record=-1", "-5", "--debug", "-h", "--help", "-V", "--version", "--bogus", "-x",
    "-df", "--Format", "=", "", "--enrich", "--enrich=api.json", "api.json", "data/",
  };

  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> 7919L * i + 1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whatTheQuickPassAcceptsPicocliReadsTheSameWay(long seed) {
    Random random = new Random(seed);
    int accepted = 0;
    for (int n = 0; n < 500; n++) {
      List<String> args = new ArrayList<>();
      args.add(random.nextInt(10) == 0 ? WORDS[random.nextInt(WORDS.length)] : "convert");
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        args.add(WORDS[random.nextInt(WORDS.length)]);
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
        "convert --help", "convert -h", "--version", "convert --bogus", "convert -f", "convert -f --strict",
        "convert --dedupe --dedupe", "convert -f json --format jsonl", "convert -- a.txt", "convert -fjson",
        "convert --strict=true", "status a.txt", "", "convert --enrich",
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
    assertThat(quick.repeated()).containsEntry("--enrich", List.of("a.json", "data/", "b.jsonl"));
    assertThat(quick).isEqualTo(picocli(argv));
  }

  @Test
  void everydayCommandLinesTakeTheQuickPass() {
    String[] argv = {"convert", "-f", "jsonl", "--output=papers.jsonl", "--dedupe", "a.txt", "-", "b.txt"};
    ParsedArgs quick = QuickArgs.parse(argv, CommandModel.COMMANDS);
    assertThat(quick).isNotNull();
    assertThat(quick.options()).containsEntry("--format", "jsonl").containsEntry("--output", "papers.jsonl").containsEntry("--dedupe", "true");
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
