package dev.digest.run;

import dev.digest.model.RecordView;
import dev.digest.parse.Diagnostic;
import dev.digest.parse.DiagnosticListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * Records a worker parsed, copied out of its parser's reused views, with the diagnostics the parser
 * reported among them, each remembered with the record it came before: the advancing thread replays
 * both in the order one parser would have given them. A batch returns to its worker's pool when
 * read, so a worker never holds more than its pool.
 */
final class RecordBatch {
  static final int SIZE = 64;
  /** A view grown past this by one huge record is dropped when the batch is reused, so memory stays flat. */
  private static final int KEPT_VIEW_BYTES = 1 << 20;

  private final BlockingQueue<RecordBatch> pool;
  private final RecordView[] views = new RecordView[SIZE];
  private int count;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** For diagnostic {@code i}: the index of the record it was reported before ({@link #count} when after every one). */
  private int[] reportedBefore = new int[4];
  private int replayed;
  private boolean last;
  /** The records' keys are stored in a library read as input (one source fills a batch). */
  private boolean keysStored;
  /** With the last batch of a piece: the lines its parser read. */
  private int linesRead;
  private boolean stalled;
  private Throwable failure;

  RecordBatch(BlockingQueue<RecordBatch> pool) {
    this.pool = pool;
  }

  /** @param storedKey whether the record's key is one stored in a library, to be kept */
  void add(RecordView record, boolean storedKey) {
    keysStored = storedKey;
    if (views[count] == null) {
      views[count] = RecordView.sized(record);
    }
    views[count++].copyFrom(record);
  }

  boolean isFull() {
    return count == SIZE;
  }

  void addDiagnostic(Diagnostic d) {
    if (diagnostics.size() == reportedBefore.length) {
      reportedBefore = Arrays.copyOf(reportedBefore, reportedBefore.length * 2);
    }
    reportedBefore[diagnostics.size()] = count;
    diagnostics.add(d);
  }

  int count() {
    return count;
  }

  /** Record {@code i}, after replaying to {@code listener} the diagnostics reported before it. */
  RecordView record(int i, DiagnosticListener listener) {
    replayUpTo(i, listener);
    return views[i];
  }

  /** Replays the diagnostics reported after the last record. */
  void replayRest(DiagnosticListener listener) {
    replayUpTo(count, listener);
  }

  private void replayUpTo(int record, DiagnosticListener listener) {
    while (replayed < diagnostics.size() && reportedBefore[replayed] <= record) {
      listener.report(diagnostics.get(replayed++));
    }
  }

  /** This batch ends its task: the input, or its piece, is read to the end (or failed). */
  void markLast() {
    last = true;
  }

  boolean isLast() {
    return last;
  }

  boolean keysAreStored() {
    return keysStored;
  }

  void setLinesRead(int lines) {
    linesRead = lines;
  }

  int linesRead() {
    return linesRead;
  }

  /** The input stalled after these records: the run may flush what it wrote. */
  void markStalled() {
    stalled = true;
  }

  boolean isStalled() {
    return stalled;
  }

  /** The task failed after these records: reading ends here, as it would have on one thread. */
  void fail(Throwable e) {
    failure = e;
    last = true;
  }

  Throwable failure() {
    return failure;
  }

  boolean isEmpty() {
    return count == 0 && diagnostics.isEmpty();
  }

  /** Empties the batch and gives it back to its worker. */
  void recycle() {
    for (int i = 0; i < count; i++) {
      if (views[i].capacity() > KEPT_VIEW_BYTES) {
        views[i] = null;
      }
    }
    count = 0;
    diagnostics.clear();
    replayed = 0;
    last = false;
    keysStored = false;
    linesRead = 0;
    stalled = false;
    failure = null;
    pool.add(this);
  }
}
