package dev.digest.cli;

import dev.digest.keys.SeenTitles;
import dev.digest.run.DigestReader;
import dev.digest.parse.InputSource;
import dev.digest.report.InputStats;
import dev.digest.report.StatsJson;
import dev.digest.report.StatsReport;
import dev.digest.report.StatsTable;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code digest stats}: per input and in total, records, warnings, duplicates (titles seen earlier
 * in the run, compared as {@code --dedupe} compares them), dates, records with links, and title
 * and abstract lengths. Memory stays flat whatever the input's size.
 */
final class StatsCommand implements Command {
  private static final OptionDef JSON = OptionDef.flag("One JSON document instead of a table, for jq.", "--json");
  private static final List<OptionDef> OPTIONS =
      List.of(JSON, CommonOptions.OUTPUT, CommonOptions.ENCODING, CommonOptions.MAX_RECORD, CommonOptions.JOBS, CommonOptions.DEBUG);

  @Override
  public String name() {
    return "stats";
  }

  @Override
  public String description() {
    return "Summarise digests: records, warnings, duplicates, dates, links and lengths, per input and in total.";
  }

  @Override
  public List<OptionDef> options() {
    return OPTIONS;
  }

  @Override
  public List<String> helpFooter() {
    return List.of(
        "%nLengths are in characters (Unicode code points), as min/median/max.%n",
        "EXAMPLES",
        "  digest stats samples/",
        "  digest stats --json digests/*.txt | jq '.total.duplicates'");
  }

  @Override
  @SuppressFBWarnings(
      value = "SIC_INNER_SHOULD_BE_STATIC_ANON",
      justification = "one listener a run, capturing run's locals; a named class would only move them")
  public int run(ParsedArgs args, InputStream stdin, OutputStream stdout, PrintWriter err) throws IOException {
    List<InputStats> perInput = new ArrayList<>();
    InputStats[] current = new InputStats[1];
    SeenTitles seen = new SeenTitles();
    try (InputRun inputs = new InputRun(args, stdin, err, false, d -> current[0].addWarning())) {
      // Opened before reading, so that -o naming an input is refused before any work.
      OutputTarget target = CommonOptions.outputTarget(args.value(CommonOptions.OUTPUT), inputs.output(stdout), inputs.files());
      boolean committed = false;
      try {
        inputs.setInputListener(
            new DigestReader.InputListener() {
              @Override
              public void started(InputSource input) {
                current[0] = new InputStats(input.name());
                perInput.add(current[0]);
              }
            });
        while (inputs.advance()) {
          current[0].add(inputs.current(), !seen.add(inputs.current().title()));
        }
        InputStats total = new InputStats("total");
        for (InputStats s : perInput) {
          total.addAll(s);
        }
        StatsReport report = args.flag(JSON) ? new StatsJson() : new StatsTable();
        report.write(perInput, total, target.stream());
        target.commit();
        committed = true;
      } finally {
        if (!committed) {
          target.abandon();
        }
      }
    }
    return ExitCode.OK;
  }
}
