package dev.digest.run;

import dev.digest.parse.DiagnosticListener;
import dev.digest.parse.InputSource;
import dev.digest.source.RecordSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One step of a parallel run, in input order: the records of a whole input or of a piece of one
 * (parsed by a worker into batches), the end of an input, a failure to open one, or the end of the
 * run. The advancing thread takes the steps in order and reads each one's batches.
 */
final class FeedTask {
  /** Opens the records this task parses, reporting diagnostics to the listener given. */
  interface Opener {
    RecordSource open(DiagnosticListener listener) throws IOException;
  }

  private final InputSource input;
  private final boolean startsInput;
  private final Opener opener;
  private final Closeable resource;
  private final Runnable whenParsed;
  /** For a piece of an input: whether its last line ends in it (see {@link dev.digest.parse.PieceLines}). */
  private final boolean endsWithLineEnd;
  private final Throwable failure;
  private final boolean endsInput;
  /** Filled by the worker, read by the advancing thread; bounded by the worker's pool of batches. */
  private final BlockingQueue<RecordBatch> batches = new LinkedBlockingQueue<>();

  private FeedTask(
      InputSource input,
      boolean startsInput,
      Opener opener,
      Closeable resource,
      Runnable whenParsed,
      boolean endsWithLineEnd,
      Throwable failure,
      boolean endsInput) {
    this.endsWithLineEnd = endsWithLineEnd;
    this.input = input;
    this.startsInput = startsInput;
    this.opener = opener;
    this.resource = resource;
    this.whenParsed = whenParsed;
    this.failure = failure;
    this.endsInput = endsInput;
  }

  /**
   * Records to parse.
   *
   * @param resource what must be closed if the task is dropped unparsed (an input still open), or null
   * @param whenParsed what to do once the records are parsed and closed (give a piece's array back)
   */
  static FeedTask records(InputSource input, boolean startsInput, Opener opener, Closeable resource, Runnable whenParsed) {
    return new FeedTask(input, startsInput, opener, resource, whenParsed, true, null, false);
  }

  /** The records of a piece of a pasted digest, numbered from the piece's first line. */
  static FeedTask piece(InputSource input, boolean startsInput, Opener opener, Closeable resource, Runnable whenParsed, boolean endsWithLineEnd) {
    return new FeedTask(input, startsInput, opener, resource, whenParsed, endsWithLineEnd, null, false);
  }

  static FeedTask inputEnd(InputSource input) {
    return new FeedTask(input, false, null, null, null, true, null, true);
  }

  static FeedTask failed(InputSource input, boolean startsInput, Throwable failure) {
    return new FeedTask(input, startsInput, null, null, null, true, failure, false);
  }

  static FeedTask runEnd() {
    return new FeedTask(null, false, null, null, null, true, null, false);
  }

  /** Called by the worker once it has parsed this task's records and closed them. */
  void parsed() {
    whenParsed.run();
  }

  InputSource input() {
    return input;
  }

  boolean startsInput() {
    return startsInput;
  }

  boolean endsInput() {
    return endsInput;
  }

  boolean endsRun() {
    return input == null;
  }

  boolean parses() {
    return opener != null;
  }

  boolean endsWithLineEnd() {
    return endsWithLineEnd;
  }

  Throwable failure() {
    return failure;
  }

  Opener opener() {
    return opener;
  }

  void deliver(RecordBatch batch) throws InterruptedIOException {
    try {
      batches.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the run was stopped");
    }
  }

  RecordBatch nextBatch() throws InterruptedIOException {
    try {
      return batches.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the run was stopped");
    }
  }

  /** Closes what a task dropped unparsed still holds open. */
  void discard() {
    if (resource != null) {
      try {
        resource.close();
      } catch (IOException e) {
        // the run is stopping; nothing more is read from it
      }
    }
  }
}
