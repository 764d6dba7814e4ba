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
import dev.digest.source.RecordSource;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
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
public final class DigestReader implements Iterable<Record>, Closeable {
  private final List<InputSource> inputs;
  private final ParseOptions options;
  private final boolean dedupe;
  private final DiagnosticListener listener;
  private CitationKeys keys = new CitationKeys();
  private Holdings holdings = Holdings.NONE;
  private final SeenTitles seen = new SeenTitles();
  private int nextInput;
  /** The input being read, or null between inputs. */
  private RecordSource reading;
  private RecordView current;
  private InputListener inputListener = InputListener.NONE;
  private Enrichment enrichment;

  /** Told when the reader starts and ends each input. */
  public interface InputListener {
    InputListener NONE = new InputListener() {};

    default void started(InputSource input) {}

    default void finished(InputSource input) {}
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
  }

  public void setInputListener(InputListener inputListener) {
    this.inputListener = inputListener;
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

  /** Moves to the next record; false when every input is read. */
  public boolean advance() throws IOException {
    while (true) {
      if (reading == null) {
        if (nextInput == inputs.size()) {
          current = null;
          return false;
        }
        InputSource input = inputs.get(nextInput++);
        inputListener.started(input);
        reading = InputKinds.open(input, options, listener);
      }
      if (reading.advance()) {
        RecordView v = reading.current();
        if (dedupe && (holdings.holdsTitle(v.title()) || !seen.add(v.title()))) {
          continue;
        }
        if (enrichment != null) {
          enrichment.complete(v, listener);
        }
        if (reading.keysAreFinal()) {
          keys.reserve(v.title(), v.key());
        } else {
          keys.assign(v.title(), v.key());
        }
        current = v;
        return true;
      }
      reading.close();
      reading = null;
      inputListener.finished(inputs.get(nextInput - 1));
    }
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
    if (reading != null) {
      reading.close();
      reading = null;
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
