package dev.digest.run;

import dev.digest.model.RecordView;
import dev.digest.write.RenderedRecord;
import java.io.Closeable;
import java.io.IOException;

/**
 * The records of a run's inputs in input order, as the inputs give them: before {@code --dedupe},
 * enrichment and keys, which {@link DigestReader} applies in that order. Each input's start and end
 * reach the run's {@link DigestReader.InputListener}, and its diagnostics the run's listener, on
 * the thread that calls {@link #advance()}, in input order.
 */
interface RecordFeed extends Closeable {

  /** Starts what reads the inputs on other threads, if any; called once, before {@link #advance()}. */
  default void start() {}

  /** Moves to the next record; false when every input is read. */
  boolean advance() throws IOException;

  /** The current record; valid until the next {@link #advance()}. */
  RecordView current();

  /**
   * The current record as a worker formatted it (see {@link DigestReader#setRenderers}), its key
   * still the base key; null when the run formats it. Valid until the next {@link #advance()}.
   */
  default RenderedRecord currentRendered() {
    return null;
  }

  /** What the current record's key holds, and so what the run does with it. */
  CurrentKey currentKey();

  /** What a record's key holds as the feed gives it. */
  enum CurrentKey {
    /** Nothing yet: the run builds it from the title and makes it unique. */
    FROM_TITLE,
    /**
     * The base key ({@link dev.digest.keys.KeyBuilder}), built where the record was parsed: the
     * run only makes it unique.
     */
    BASE_BUILT,
    /** A key stored in a library read as input, kept unless it is taken. */
    STORED
  }

  /**
   * Standard input has nothing to give right now; called on whichever thread reads it. The run's
   * stall listener must hear of it on the advancing thread, after the records read so far.
   */
  void inputStalled() throws IOException;
}
