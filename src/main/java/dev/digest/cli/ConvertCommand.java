package dev.digest.cli;

import dev.digest.parse.DigestReader;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.write.Field;
import dev.digest.write.Format;
import dev.digest.write.RecordWriter;
import dev.digest.write.Suggestions;
import dev.digest.write.WriterOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code digest convert}: records out of digests, in one of the registered formats. */
final class ConvertCommand {
  /** Set by the launcher when stderr is a terminal: the progress line is shown only then. */
  static final String STDERR_IS_TERMINAL = "digest.stderr.tty";

  private final CommonOptions common = new CommonOptions();
  private final OptionSpec format =
      OptionSpec.builder("-f", "--format")
          .paramLabel("FORMAT")
          .type(String.class)
          .defaultValue("json")
          .completionCandidates(Format.names())
          .description("Output format (default: ${DEFAULT-VALUE}); see FORMATS below.")
          .build();
  private final OptionSpec output =
      OptionSpec.builder("-o", "--output")
          .paramLabel("FILE")
          .type(String.class)
          .description("Write to FILE atomically instead of standard output; never overwrites an input.")
          .build();
  private final OptionSpec fields =
      OptionSpec.builder("--fields")
          .paramLabel("LIST")
          .type(String.class)
          .description("Fields and their order, comma-separated (" + String.join(",", Field.names()) + "); json, jsonl, csv and tsv only.")
          .build();
  private final OptionSpec dedupe =
      OptionSpec.builder("--dedupe")
          .description("Keep the first record of each title (compared ignoring case, spaces and punctuation).")
          .build();
  private final OptionSpec strict =
      OptionSpec.builder("--strict")
          .description("Fail (exit 1) on any warning; with -o, write nothing.")
          .build();
  private final OptionSpec pretty =
      OptionSpec.builder("--pretty")
          .description("Indent JSON output (json only).")
          .build();
  private final CommandSpec spec = CommandSpec.create();

  ConvertCommand() {
    spec.name("convert");
    HelpOptions.addTo(spec);
    spec.usageMessage()
        .description("Split digests into title/abstract records and write them as JSON, JSON Lines and more.")
        .sortOptions(false)
        .footerHeading("%nFORMATS%n")
        .footer(
            CommandModel.formatList(),
            "EXAMPLES",
            "  digest convert samples/daily-papers-apr23.txt | jq '.[0].title'",
            "  digest convert -f jsonl -o papers.jsonl a.txt b.txt",
            "  cat digests/*.txt | digest convert --strict --dedupe -f jsonl");
    spec.addOption(format);
    spec.addOption(output);
    spec.addOption(fields);
    spec.addOption(dedupe);
    spec.addOption(strict);
    spec.addOption(pretty);
    common.addTo(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  boolean debug() {
    return common.debug();
  }

  int run(InputStream stdin, OutputStream stdout, PrintWriter err) throws IOException {
    Format fmt = chosenFormat();
    WriterOptions writerOptions = writerOptions(fmt);
    ParseOptions parseOptions = common.parseOptions();
    InputResolver inputs = new InputResolver(stdin);
    inputs.resolve(common.inputs());
    Path outPath = output.getValue() == null ? null : Paths.get(output.<String>getValue());
    if (outPath != null) {
      refuseOverwritingInput(outPath, inputs.files());
    }

    StderrDiagnostics diagnostics = new StderrDiagnostics(err);
    ProgressMeter progress =
        ProgressMeter.forRun(err, Boolean.getBoolean(STDERR_IS_TERMINAL), inputs.totalFileBytes(), inputs.readsStdin());
    List<InputSource> sources = progress == null ? inputs.sources() : progress.counting(inputs.sources());
    OutputTarget target = outPath == null ? OutputTarget.stdout(stdout) : OutputTarget.file(outPath);
    boolean committed = false;
    try (DigestReader reader = new DigestReader(sources, parseOptions, flag(dedupe), diagnostics)) {
      RecordWriter writer = fmt.writer(target.stream(), writerOptions);
      writer.begin();
      while (reader.advance()) {
        writer.write(reader.current());
        if (progress != null) {
          progress.record();
        }
      }
      writer.end();
      if (flag(strict) && diagnostics.warnings() > 0) {
        err.println(
            "digest: error: "
                + diagnostics.warnings()
                + (diagnostics.warnings() == 1 ? " warning" : " warnings")
                + " and --strict"
                + (outPath != null ? ": " + outPath + " was not written" : "")
                + "; fix the input or drop --strict");
        return ExitCode.INPUT_OUTPUT;
      }
      target.commit();
      committed = true;
      return ExitCode.OK;
    } finally {
      if (progress != null) {
        progress.finish();
      }
      if (!committed) {
        target.abandon();
      }
    }
  }

  private Format chosenFormat() {
    String name = format.getValue();
    Format f = Format.byName(name);
    if (f == null) {
      throw new UsageException(
          "unknown format '" + name + "'" + Suggestions.didYouMean(name, Format.names())
              + "; formats are " + String.join(", ", Format.names()));
    }
    return f;
  }

  private WriterOptions writerOptions(Format fmt) {
    List<Field> chosen = Field.all();
    String list = fields.getValue();
    if (list != null) {
      if (!fmt.takesFields()) {
        throw new UsageException("--fields does not apply to -f " + fmt.formatName() + "; it works with json, jsonl, csv and tsv");
      }
      try {
        chosen = Field.parseList(list);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (flag(pretty) && !fmt.takesPretty()) {
      throw new UsageException("--pretty does not apply to -f " + fmt.formatName() + "; it indents -f json");
    }
    return new WriterOptions(chosen, flag(pretty));
  }

  private static void refuseOverwritingInput(Path out, List<Path> inputs) {
    if (Files.isDirectory(out)) {
      throw new RunFailure(out + " is a folder; name a file for -o");
    }
    if (!Files.exists(out)) {
      return;
    }
    for (Path in : inputs) {
      try {
        if (Files.isSameFile(out, in)) {
          throw new RunFailure("-o " + out + " is one of the inputs (" + in + "); choose another output file");
        }
      } catch (IOException e) {
        throw new RunFailure("cannot compare " + out + " with " + in + ": " + OutputTarget.reason(e));
      }
    }
  }

  private static boolean flag(OptionSpec option) {
    return Boolean.TRUE.equals(option.getValue());
  }
}
