package dev.digest.cli;

import dev.digest.write.Field;
import dev.digest.write.Format;
import dev.digest.write.RecordWriter;
import dev.digest.write.RenderedRecord;
import dev.digest.write.Suggestions;
import dev.digest.write.WriterOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code digest convert}: records out of digests, in one of the registered formats. */
final class ConvertCommand implements Command {
  private static final OptionDef FORMAT =
      OptionDef.value(
              "FORMAT",
              null,
              "Output format, see FORMATS below (default: chosen by -o's extension, else json).",
              "-f",
              "--format",
              "--to")
          .withCandidates(List.copyOf(Format.spellings().keySet()));
  static final OptionDef FIELDS =
      OptionDef.value(
              "LIST",
              null,
              "Fields and their order, comma-separated ("
                  + String.join(", ", Field.names())
                  + "); "
                  + String.join(", ", Format.namesTaking(Format::takesFields))
                  + " only.",
              "--fields")
          .withListCandidates(Field.names());
  private static final OptionDef DEDUPE =
      OptionDef.flag("Keep the first record of each title (compared ignoring case, spaces and punctuation).", "--dedupe");
  private static final OptionDef STRICT = OptionDef.flag("Fail (exit 1) on any warning; with -o, write nothing.", "--strict");
  private static final OptionDef PRETTY = OptionDef.flag("Indent JSON output (json only).", "--pretty");
  private static final OptionDef CSV_SAFE =
      OptionDef.flag("Quote csv cells a spreadsheet would run as formulas, with a leading ' (csv only).", "--csv-safe");
  private static final OptionDef APPEND =
      OptionDef.flag(
          "Add to -o FILE: its records stay as they are, new keys avoid its keys, --dedupe drops titles it holds; a missing FILE is created.",
          "--append");
  private static final OptionDef ENRICH =
      OptionDef.repeatable(
              "FILE|DIR",
              "Complete records without authors, arXiv id or date from the paper of the same title in FILE (API JSON, arXiv snapshot, json/jsonl); repeatable.",
              "--enrich")
          .completingFiles();
  private static final List<OptionDef> OPTIONS =
      List.of(
          FORMAT,
          CommonOptions.OUTPUT,
          APPEND,
          FIELDS,
          DEDUPE,
          STRICT,
          PRETTY,
          CSV_SAFE,
          ENRICH,
          CommonOptions.QUIET,
          CommonOptions.ENCODING,
          CommonOptions.MAX_RECORD,
          CommonOptions.JOBS,
          CommonOptions.DEBUG);

  @Override
  public String name() {
    return "convert";
  }

  @Override
  public String description() {
    return "Split digests into title/abstract records and write them as JSON, JSON Lines and more.";
  }

  @Override
  public List<OptionDef> options() {
    return OPTIONS;
  }

  @Override
  public List<String> helpFooter() {
    return List.of(
        "%nFORMATS",
        CommandModel.formatList(),
        "EXAMPLES",
        "  digest convert samples/daily-papers-apr23.txt | jq '.[0].title'",
        "  digest convert -f jsonl -o papers.jsonl a.txt b.txt",
        "  cat digests/*.txt | digest convert --strict --dedupe -f jsonl",
        "  digest convert --enrich api/2024-05-27.json -f bibtex -o refs.bib paste.txt",
        "  digest convert --append --dedupe -o papers.bib today.txt",
        "  digest convert --dedupe -o library.db today.txt    (adds to the SQLite library)");
  }

  @Override
  public int run(ParsedArgs args, InputStream stdin, OutputStream stdout, PrintWriter err) throws IOException {
    String outName = args.value(CommonOptions.OUTPUT);
    Format fmt = chosenFormat(args.value(FORMAT), outName);
    WriterOptions writerOptions = writerOptions(fmt, args);
    StderrDiagnostics diagnostics = new StderrDiagnostics(err, args.flag(CommonOptions.QUIET));
    AppendPlan append = appendPlan(args, outName, fmt, writerOptions);
    try (InputRun inputs = new InputRun(args, stdin, err, args.flag(DEDUPE), diagnostics)) {
      List<Path> enrichFiles = inputs.enrichFrom(args.values(ENRICH));
      List<Path> readFiles = new ArrayList<>(inputs.files());
      readFiles.addAll(enrichFiles);
      if (fmt.isDatabase()) {
        return new LibraryOutput(outName, readFiles).add(inputs, diagnostics, args.flag(STRICT));
      }
      OutputTarget target = CommonOptions.outputTarget(outName, inputs.output(stdout), readFiles);
      boolean committed = false;
      long written = 0;
      RecordWriter writer = null;
      try {
        // Inside the try: a file to append to that fails to continue still drops the output.
        OutputStream out = target.stream();
        if (append != null) {
          inputs.addTo(append.holdings());
          out = append.continueFrom(OutputTarget.fileNamed(outName), out);
        }
        writer = fmt.writer(out, writerOptions);
        inputs.renderFor(writer);
        // Records written so far reach the reader whenever standard input stalls (tail -f | digest).
        inputs.onStall(writer::flush);
        writer.begin();
        while (inputs.advance()) {
          RenderedRecord rendered = inputs.currentRendered();
          if (rendered != null) {
            writer.writeRendered(rendered, inputs.current().key(), inputs.current().line());
          } else {
            writer.write(inputs.current());
          }
          written++;
        }
        // Checked before end(), so that a failed run's JSON array stays unclosed on standard output.
        if (args.flag(STRICT) && diagnostics.failStrict(CommonOptions.writesFile(outName) ? ": " + outName + " was not written" : "")) {
          return ExitCode.INPUT_OUTPUT;
        }
        if (append != null && written == 0) {
          return ExitCode.OK; // nothing to add: the file stays as it was, not even rewritten
        }
        writer.end();
        target.commit();
        committed = true;
        return ExitCode.OK;
      } finally {
        if (!committed) {
          // Whole records already written go on (a JSON array unclosed); a run that failed before
          // its first record leaves standard output empty rather than a header that looks complete.
          if (written > 0 && writer != null) {
            flushQuietly(writer);
          }
          target.abandon();
        }
      }
    }
  }

  /**
   * With {@code --append}, how this run adds to {@code -o}'s file, read before anything is written;
   * null without it, or when the file does not exist yet.
   */
  private static AppendPlan appendPlan(ParsedArgs args, String outName, Format fmt, WriterOptions writerOptions) throws IOException {
    if (!args.flag(APPEND) || fmt.isDatabase()) {
      return null; // a database is always added to, in its own way (LibraryOutput)
    }
    if (!CommonOptions.writesFile(outName)) {
      throw new UsageException("--append adds to the file -o names; give -o FILE (standard output cannot be added to)");
    }
    return AppendPlan.read(
        OutputTarget.fileNamed(outName), outName, fmt, writerOptions.fields(), CommonOptions.parseOptions(args));
  }

  private static void flushQuietly(RecordWriter writer) {
    try {
      writer.flush();
    } catch (IOException e) {
      // the output is failing too; the run's own error is the one to report
    }
  }

  /** {@code -f} when given, else the format {@code -o}'s extension names (as pandoc picks), else json. */
  private static Format chosenFormat(String name, String outName) {
    if (name == null) {
      Format byExtension = outName == null ? null : Format.byOutputFile(outName);
      return byExtension != null ? byExtension : Format.JSON;
    }
    Format f = Format.byName(name);
    if (f == null) {
      throw new UsageException(
          "unknown format '" + name + "'" + Suggestions.didYouMean(name, Format.spellings())
              + "; formats are " + String.join(", ", Format.names()));
    }
    return f;
  }

  /** The writer's options from {@code --fields}, {@code --pretty} and {@code --csv-safe}, checked against the format. */
  static WriterOptions writerOptions(Format fmt, ParsedArgs args) {
    List<Field> chosen = Field.all();
    String list = args.value(FIELDS);
    if (list != null) {
      if (!fmt.takesFields()) {
        throw new UsageException(
            "--fields does not apply to -f "
                + fmt.formatName()
                + "; it works with "
                + String.join(", ", Format.namesTaking(Format::takesFields)));
      }
      try {
        chosen = Field.parseList(list);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (args.flag(PRETTY) && !fmt.takesPretty()) {
      throw new UsageException("--pretty does not apply to -f " + fmt.formatName() + "; it indents -f json");
    }
    if (fmt.isDatabase() && !CommonOptions.writesFile(args.value(CommonOptions.OUTPUT))) {
      throw new UsageException("-f " + fmt.formatName() + " writes a database file, not standard output; name it with -o (such as -o papers.db)");
    }
    if (args.flag(CSV_SAFE) && fmt != Format.CSV) {
      throw new UsageException("--csv-safe does not apply to -f " + fmt.formatName() + "; it guards -f csv");
    }
    return new WriterOptions(chosen, args.flag(PRETTY), args.flag(CSV_SAFE));
  }

}
