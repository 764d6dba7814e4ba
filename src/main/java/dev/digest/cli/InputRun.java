package dev.digest.cli;

import dev.digest.enrich.Enrichment;
import dev.digest.keys.Holdings;
import dev.digest.model.RecordView;
import dev.digest.parse.DiagnosticListener;
import dev.digest.run.DigestReader;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.write.RecordWriter;
import dev.digest.write.RenderedRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The inputs of one command, resolved before anything is written (a missing file stops the run
 * first), then read record by record, with a progress line when stderr is a terminal and the
 * input is large. Every command reads its inputs through this.
 */
final class InputRun implements Closeable {
  /** Set by the launcher when stderr is a terminal: the progress line is shown only then. */
  static final String STDERR_IS_TERMINAL = "digest.stderr.tty";
  /** Set by the launcher when stdout is a terminal, which then shows the output beside the progress line. */
  static final String STDOUT_IS_TERMINAL = "digest.stdout.tty";

  /** Without {@code -j}, inputs smaller than this are parsed on one thread (see {@link #threads}). */
  static final long AUTO_PARALLEL_BYTES = 256L << 20;

  private final InputResolver inputs;
  private final List<InputSource> sources;
  private final ProgressMeter progress;
  private final DigestReader reader;
  private final ParseOptions parseOptions;

  InputRun(ParsedArgs args, InputStream stdin, PrintWriter err, boolean dedupe, DiagnosticListener diagnostics) {
    parseOptions = CommonOptions.parseOptions(args);
    // The reader passes a stall on to the listener on its own thread, after the records read before it.
    inputs = new InputResolver(new StallNotifyingInputStream(stdin, this::inputStalled));
    inputs.resolve(args.positionals());
    long fileBytes = inputs.totalFileBytes(); // a stat of every file: once
    progress = ProgressMeter.forRun(err, Boolean.getBoolean(STDERR_IS_TERMINAL), fileBytes, inputs.readsStdin());
    sources = progress == null ? inputs.sources() : progress.counting(inputs.sources());
    reader = new DigestReader(sources, parseOptions, dedupe, progress == null ? diagnostics : erasingFirst(diagnostics));
    long stdinBytes = inputs.readsStdin() ? RedirectedFile.sizeOf(stdin) : 0;
    reader.setJobs(threads(args.value(CommonOptions.JOBS) != null, CommonOptions.jobs(args), fileBytes, stdinBytes));
  }

  /**
   * The threads a run parses on; what it writes is the same for every number. Threads pay only
   * once the input is large: each costs its start and, worse, the first megabytes are parsed while
   * the JIT compiles, which the threads then share two cores with (on this project's 2-core
   * machine {@code -j 2} is 0.04 to 0.16 s slower than {@code -j 1} up to 64 MiB, even at 256 MiB,
   * and 0.7 s faster at 1 GiB: {@code bench/crossover.sh}, in the README). So without {@code -j}, every processor is used for inputs of {@link
   * #AUTO_PARALLEL_BYTES} or more and one thread for smaller ones. A pipe's size is unknown: it gets
   * every processor, since an archive piped in gains seconds where a paste loses some 40 ms. {@code
   * -j N} is taken at its word, but for inputs of less than one piece, which cannot be shared.
   *
   * @param asked whether {@code -j} was given
   * @param jobs its value, or the processors available
   * @param fileBytes the input files' bytes
   * @param stdinBytes 0 when standard input is not read, the size of the file it is redirected
   *     from, or -1 when that is unknown (a pipe, a terminal)
   */
  static int threads(boolean asked, int jobs, long fileBytes, long stdinBytes) {
    boolean sized = stdinBytes >= 0;
    long bytes = fileBytes + Math.max(0, stdinBytes);
    if (sized && bytes < DigestReader.PIECE_BYTES) {
      return 1;
    }
    if (!asked && sized && bytes < AUTO_PARALLEL_BYTES) {
      return 1;
    }
    return jobs;
  }

  /** Diagnostics that go to the terminal (stderr, or stdout for check) come after the progress line is erased. */
  private DiagnosticListener erasingFirst(DiagnosticListener diagnostics) {
    ProgressLine line = progress.line();
    return d -> {
      line.erase();
      diagnostics.report(d);
    };
  }

  /**
   * Standard output as this run writes it: when it is the terminal that shows the progress line,
   * in whole lines written after the line is erased.
   */
  OutputStream output(OutputStream stdout) {
    return progress != null && Boolean.getBoolean(STDOUT_IS_TERMINAL) ? new TerminalOutput(stdout, progress.line()) : stdout;
  }

  /**
   * Reads the {@code --enrich} files or folders (folders as for inputs), before any output, and
   * completes the records from them; returns the files read. Standard input cannot be one.
   */
  List<Path> enrichFrom(List<String> args) throws IOException {
    if (args.isEmpty()) {
      return List.of();
    }
    if (args.contains("-")) {
      throw new UsageException("--enrich takes files or folders, not standard input (-)");
    }
    InputResolver files = new InputResolver(InputStream.nullInputStream());
    files.resolve(args);
    reader.setEnrichment(Enrichment.load(files.sources(), parseOptions));
    return files.files();
  }

  /**
   * Makes this run add to a library that already holds {@code holdings} ({@code --append}, a
   * database): new keys avoid the keys it holds, --dedupe drops the titles it holds.
   */
  void addTo(Holdings holdings) {
    reader.setHoldings(holdings);
  }

  /** The input files (not standard input), for commands that must not overwrite one. */
  List<Path> files() {
    return inputs.files();
  }

  int inputCount() {
    return sources.size();
  }

  void setInputListener(DigestReader.InputListener listener) {
    reader.setInputListener(listener);
  }

  /** Called when standard input has nothing more to give right now, before the read waits. */
  void onStall(DigestReader.StallListener listener) {
    reader.setStallListener(listener);
  }


  private void inputStalled() throws IOException {
    reader.inputStalled();
  }

  /** The next record; false at the end of the inputs, where the progress line is erased. */
  boolean advance() throws IOException {
    boolean has = reader.advance();
    if (progress != null) {
      if (has) {
        progress.record();
      } else {
        progress.finish(); // before what the command writes at the end: a message, the end of the output
      }
    }
    return has;
  }

  RecordView current() {
    return reader.current();
  }

  /** Lets the parsing threads format the records for {@code writer}, when it can take them so. */
  void renderFor(RecordWriter writer) {
    reader.setRenderers(writer::newRenderer);
  }

  /** The current record as a parsing thread formatted it for the writer; null when it must be written from {@link #current()}. */
  RenderedRecord currentRendered() {
    return reader.currentRendered();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      if (progress != null) {
        progress.finish();
      }
    }
  }
}
