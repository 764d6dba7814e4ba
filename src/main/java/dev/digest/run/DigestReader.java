package dev.digest.run;

import dev.digest.enrich.Enrichment;
import dev.digest.keys.CitationKeys;
import dev.digest.keys.Holdings;
import dev.digest.keys.SeenTitles;
import dev.digest.model.Record;
import dev.digest.model.RecordView;
import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.DigestInputException;
import dev.digest.parse.InputSource;
import dev.digest.parse.ParseOptions;
import dev.digest.source.InputKinds;
import dev.digest.write.RecordRenderer;
import dev.digest.write.RenderedRecord;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of one run over several inputs, in order: each input read in turn as the kind its
 * first bytes tell ({@link InputKinds}: a pasted digest, the Daily Papers API, ...), duplicates
 * dropped when asked, and citation keys given to the records that remain (unique across the run).
 *
 * <p>Two ways to read: {@link #advance()} and {@link #current()} give a reused byte-level view
 * (what the command line uses, creating no strings); {@link #iterator()} and {@link #stream()}
 * give immutable {@link Record}s.
 */
@SuppressFBWarnings(
    value = "AT_STALE_THREAD_WRITE_OF_PRIMITIVE",
    justification = "the settings are made before the first advance(), on the thread that advances; other threads only read the feed, which is volatile")
public final class DigestReader implements Iterable<Record>, Closeable {
  /** The size a piece of one input grows to before it is cut, with more than one job. */
  public static final int PIECE_BYTES = ParallelFeed.PIECE_BYTES;
  private final List<InputSource> inputs;
  private final ParseOptions options;
  private final boolean dedupe;
  private final DiagnosticListener listener;
  private CitationKeys keys = new CitationKeys();
  private Holdings holdings = Holdings.NONE;
  private final SeenTitles seen = new SeenTitles();
  /** The inputs' diagnostics, each passed on in its place among the records (see {@link LineOrderedDiagnostics}). */
  private final LineOrderedDiagnostics ordered;
  private RecordView current;
  private InputListener inputListener = InputListener.NONE;
  private StallListener stallListener = () -> {};
  private Enrichment enrichment;
  private int jobs = 1;
  private int pieceBytes = ParallelFeed.PIECE_BYTES;
  private int maxPieceBytes = ParallelFeed.MAX_PIECE_BYTES;
  private boolean parallelEvenForOneJob;
  private Supplier<RecordRenderer> renderers;
  /**
   * The records as the inputs give them; opened at the first {@link #advance()}. Volatile: a stall
   * comes on whichever thread reads standard input ({@link #inputStalled()}), and one that found no
   * feed would be lost, leaving the records read so far unwritten while the input waits.
   */
  private volatile RecordFeed feed;

  /** Told when the reader starts and ends each input. */
  public interface InputListener {
    InputListener NONE = new InputListener() {};

    default void started(InputSource input) {}

    default void finished(InputSource input) {}
  }

  /** Told, on the thread that advances, when standard input has nothing more to give right now. */
  public interface StallListener {
    void stalled() throws IOException;
  }

  /**
   * @param inputs read in this order
   * @param options encoding and record limit for every input (its source name is ignored: each
   *     input has its own)
   * @param dedupe keep only the first record of each title
   * @param listener receives every input's diagnostics
   */
  public DigestReader(List<InputSource> inputs, ParseOptions options, boolean dedupe, DiagnosticListener listener) {
    this.inputs = List.copyOf(inputs);
    this.options = options;
    this.dedupe = dedupe;
    this.listener = listener;
    this.ordered = new LineOrderedDiagnostics(listener);
  }

  public void setInputListener(InputListener inputListener) {
    this.inputListener = inputListener;
  }

  /**
   * Parses the inputs on {@code jobs} threads (a large input cut where a digest's header starts, a
   * large arXiv snapshot file where an item starts); what the reader gives is the same for every
   * number. Call before the first {@link #advance()}.
   */
  public void setJobs(int jobs) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    this.jobs = jobs;
  }

  /**
   * For tests: the size pieces of one input grow to before they are cut, and the most one may hold;
   * and the threads of a parallel run even for one job, so that its machinery is tested alone.
   */
  void setParallelPieces(int pieceBytes, int maxPieceBytes) {
    this.pieceBytes = pieceBytes;
    this.maxPieceBytes = maxPieceBytes;
    this.parallelEvenForOneJob = true;
  }

  /**
   * What to do when standard input stalls (flush the output, so that {@code tail -f | digest}
   * shows each record as it completes): called on the advancing thread, after the records read
   * before the stall.
   */
  public void setStallListener(StallListener stallListener) {
    this.stallListener = stallListener;
  }

  /** Standard input has nothing to give right now: called by the stream itself, on whichever thread reads it. */
  public void inputStalled() throws IOException {
    RecordFeed f = feed;
    if (f != null) {
      f.inputStalled();
    }
  }

  /**
   * Makes this run add to a library: new keys avoid every key {@code holdings} holds, and with
   * dedupe a title it holds is dropped. Call before the first {@link #advance()}.
   */
  public void setHoldings(Holdings holdings) {
    this.holdings = holdings;
    this.keys = new CitationKeys(holdings);
  }

  /**
   * Completes each record written (after {@code --dedupe}, so a dropped duplicate costs nothing)
   * from {@code enrichment}; a record it cannot complete gets a {@code not-enriched} warning.
   */
  public void setEnrichment(Enrichment enrichment) {
    this.enrichment = enrichment;
  }

  /**
   * Lets the threads that parse the records also format them, with a renderer each from {@code
   * renderers} (which may give null: then the caller formats every record); the caller then writes
   * a record from {@link #currentRendered()} when there is one. Not with enrichment, which changes
   * records after they are parsed. Call before the first {@link #advance()}. A rendered record's
   * view holds only its key, title, source and line, so {@link #iterator()} and {@link #stream()}
   * refuse a reader with renderers.
   */
  public void setRenderers(Supplier<RecordRenderer> renderers) {
    this.renderers = renderers;
  }

  /** Moves to the next record; false when every input is read. */
  public boolean advance() throws IOException {
    RecordFeed f = feed; // read once: the field is volatile for the threads that stall
    if (f == null) {
      RecordFeed opened =
          jobs == 1 && !parallelEvenForOneJob
              ? new SequentialFeed(inputs, options, ordered, inputListener, stallListener)
              : new ParallelFeed(
                  inputs, options, ordered, inputListener, stallListener, jobs, pieceBytes, maxPieceBytes, enrichment == null ? renderers : null);
      // Known as this run's feed before its threads start: a stall they meet must find it.
      feed = opened;
      opened.start();
      f = opened;
    }
    while (nextFromFeed(f)) {
      RecordView v = f.current();
      if (dedupe && (holdings.holdsTitle(v.title()) || !seen.add(v.title()))) {
        continue;
      }
      if (enrichment != null) {
        enrichment.complete(v, listener);
      }
      switch (f.currentKey()) {
        case STORED -> keys.reserve(v.title(), v.key());
        case BASE_BUILT -> keys.makeUnique(v.key());
        case FROM_TITLE -> keys.assign(v.title(), v.key());
      }
      current = v;
      return true;
    }
    current = null;
    return false;
  }

  /** The feed's next record, after the diagnostics due before it; on a failure, every diagnostic held, then the failure. */
  private boolean nextFromFeed(RecordFeed f) throws IOException {
    try {
      if (!f.advance()) {
        return false;
      }
      ordered.beforeRecordAt(f.current().line());
      return true;
    } catch (IOException | RuntimeException | Error e) {
      ordered.releaseAll();
      throw e;
    }
  }

  /**
   * The current record as a parsing thread formatted it, to be written with {@link #current()}'s
   * key (its base key and the suffix the run gave it); null when the caller formats the record
   * (then {@link #current()} holds all of it; else only its key, title, source and line).
   */
  public RenderedRecord currentRendered() {
    return current == null ? null : feed.currentRendered();
  }

  /** The current record; valid until the next {@link #advance()}. */
  @SuppressFBWarnings(value = "EI_EXPOSE_REP", justification = "the reused view is the zero-copy fast path, documented so")
  public RecordView current() {
    return current;
  }

  /**
   * The records as immutable values. Input problems surface as {@link UncheckedIOException}
   * wrapping a {@link DigestInputException}.
   */
  @Override
  public Iterator<Record> iterator() {
    if (renderers != null) {
      throw new IllegalStateException("a reader whose records are rendered gives views, not whole records");
    }
    return new Iterator<>() {
      private boolean fetched;
      private boolean has;

      @Override
      public boolean hasNext() {
        if (!fetched) {
          try {
            has = advance();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          fetched = true;
        }
        return has;
      }

      @Override
      public Record next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        fetched = false;
        return current.toRecord();
      }
    };
  }

  public Stream<Record> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::closeQuietly);
  }

  @Override
  public void close() throws IOException {
    if (feed != null) {
      feed.close();
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
