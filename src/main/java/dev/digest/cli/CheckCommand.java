package dev.digest.cli;

import dev.digest.parse.Diagnostic;
import dev.digest.parse.DiagnosticCode;
import dev.digest.parse.DiagnosticListener;
import dev.digest.report.CheckFormat;
import dev.digest.report.CheckReport;
import dev.digest.report.CheckSummary;
import dev.digest.write.Suggestions;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code digest check}: the parser's own diagnostics, without converting, as the data of the run
 * (on stdout). Exit 1 when there is any warning, so that CI fails on a digest that needs a look.
 */
final class CheckCommand implements Command {
  private static final OptionDef FORMAT =
      OptionDef.value("FORMAT", "text", "Output shape (default: ${DEFAULT-VALUE}); see SHAPES below.", "-f", "--format")
          .withCandidates(CheckFormat.names());
  private static final List<OptionDef> OPTIONS =
      List.of(FORMAT, CommonOptions.OUTPUT, CommonOptions.ENCODING, CommonOptions.MAX_RECORD, CommonOptions.JOBS, CommonOptions.DEBUG);

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String description() {
    return "Lint digests without converting them: every warning convert would print, as data; exit 1 if any.";
  }

  @Override
  public List<OptionDef> options() {
    return OPTIONS;
  }

  @Override
  public List<String> helpFooter() {
    StringBuilder shapes = new StringBuilder();
    for (CheckFormat f : CheckFormat.values()) {
      shapes.append(String.format("  %-9s%s%n", f.formatName(), f.description()));
    }
    StringBuilder codes = new StringBuilder();
    for (DiagnosticCode c : DiagnosticCode.values()) {
      codes.append(String.format("  %-26s%s%n", c.code(), c.summary()));
    }
    return List.of(
        "%nSHAPES",
        shapes.toString(),
        "CODES",
        codes.toString(),
        "EXAMPLES",
        "  digest check digests/",
        "  digest check -f github digests/*.txt     (in a GitHub Actions step)",
        "  digest check -f json today.txt | jq '.summary.warnings'");
  }

  @Override
  public int run(ParsedArgs args, InputStream stdin, OutputStream stdout, PrintWriter err) throws IOException {
    String name = args.value(FORMAT);
    CheckFormat shape = CheckFormat.byName(name.toLowerCase(java.util.Locale.ROOT));
    if (shape == null) {
      throw new UsageException(
          "unknown shape '" + name + "' for check" + Suggestions.didYouMean(name, CheckFormat.names())
              + "; shapes are " + String.join(", ", CheckFormat.names()));
    }
    Reporter reporter = new Reporter();
    try (InputRun inputs = new InputRun(args, stdin, err, false, reporter)) {
      OutputTarget target = CommonOptions.outputTarget(args.value(CommonOptions.OUTPUT), inputs.output(stdout), inputs.files());
      boolean committed = false;
      try {
        reporter.report = shape.report(target.stream());
        long records = 0;
        while (inputs.advance()) {
          records++;
        }
        reporter.report.end(new CheckSummary(inputs.inputCount(), records, reporter.warnings));
        target.commit();
        committed = true;
        return reporter.warnings > 0 ? ExitCode.INPUT_OUTPUT : ExitCode.OK;
      } finally {
        if (!committed) {
          // An input problem stops the run: the diagnostics found so far still reach stdout.
          if (reporter.warnings > 0) {
            flushQuietly(reporter.report);
          }
          target.abandon();
        }
      }
    } catch (UncheckedIOException e) {
      if (closedPipeAfterWarnings(e.getCause(), reporter)) {
        return ExitCode.INPUT_OUTPUT;
      }
      throw e.getCause();
    } catch (OutputFailure e) {
      if (closedPipeAfterWarnings(e, reporter)) {
        return ExitCode.INPUT_OUTPUT;
      }
      throw e;
    }
  }

  /**
   * A reader that went away ({@code digest check digests/ | head}) ends the run quietly, but a
   * linter must not pass a pipeline it failed: with a warning found, the run still exits 1.
   */
  private static boolean closedPipeAfterWarnings(IOException e, Reporter reporter) {
    return e instanceof OutputFailure && ((OutputFailure) e).isClosedPipe() && reporter.warnings > 0;
  }

  private static void flushQuietly(CheckReport report) {
    try {
      report.flush();
    } catch (IOException e) {
      // the output is failing too; the run's own error is the one to report
    }
  }

  /** Hands each diagnostic to the report as the parser finds it. */
  @SuppressFBWarnings(
      value = "UWF_FIELD_NOT_INITIALIZED_IN_CONSTRUCTOR",
      justification = "report is set before the first advance(), and diagnostics come only from advance()")
  private static final class Reporter implements DiagnosticListener {
    private CheckReport report;
    private long warnings;

    @Override
    public void report(Diagnostic d) {
      warnings++;
      try {
        report.diagnostic(d);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
