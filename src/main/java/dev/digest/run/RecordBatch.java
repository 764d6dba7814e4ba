package dev.digest.run;

import dev.digest.model.RecordView;
import dev.digest.parse.Diagnostic;
import dev.digest.parse.DiagnosticListener;
import dev.digest.write.RecordRenderer;
import dev.digest.write.RenderedBytes;
import dev.digest.write.RenderedRecord;
import java.io.IOException;
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
  private static final int KEPT_VIEW_BYTES = 1 << 16;
  /**
   * A batch goes to the run once its records hold this many bytes, however few they are: records
   * of hundreds of kilobytes (a whole paper pasted as an abstract) must not fill every batch of
   * every worker with megabytes, or memory would grow with the records' size.
   */
  static final int FULL_BYTES = 1 << 17;

  private static final int RENDERED_BYTES = 1 << 17;
  /** Rendered bytes grown past this by large records are dropped when the batch is reused. */
  private static final int KEPT_RENDERED_BYTES = 1 << 19;

  private final BlockingQueue<RecordBatch> pool;
  private final RecordView[] views = new RecordView[SIZE];
  /**
   * The records formatted where they were parsed, when the run's writer can take them so, back to
   * back; {@code rendered[i]} says where record {@code i} is and its places, or is null for a
   * record the run formats itself.
   */
  private RenderedBytes renderedBytes;
  private final RenderedRecord[] renderings = new RenderedRecord[SIZE];
  private final RenderedRecord[] rendered = new RenderedRecord[SIZE];
  private int count;
  /** The bytes of text the records added so far hold (their rendering, or their copy). */
  private long bytes;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** For diagnostic {@code i}: the index of the record it was reported before ({@link #count} when after every one). */
  private int[] reportedBefore = new int[4];
  private int replayed;
  private boolean last;
  /** The records' keys are stored in a library read as input (one source fills a batch). */
  private boolean keysStored;
  /**
   * Whether a view may have grown past what is kept: a record copied whole, or a rendered one with
   * a long title (a rendered record's view holds only its key and title, most often small).
   */
  private boolean mayHaveGrown;
  /** With the last batch of a piece: the lines its parser read. */
  private int linesRead;
  private boolean stalled;
  private Throwable failure;

  RecordBatch(BlockingQueue<RecordBatch> pool) {
    this.pool = pool;
  }

  /**
   * Adds a copy of {@code record}: whole, or, when {@code renderer} is given, formatted by it, with
   * only what the run decides with (key, title, line) copied.
   *
   * @param storedKey whether the record's key is one stored in a library, to be kept (such a
   *     record is never rendered: the run may change its key whole)
   */
  void add(RecordView record, boolean storedKey, RecordRenderer renderer) throws IOException {
    keysStored = storedKey;
    boolean whole = renderer == null || storedKey;
    if (views[count] == null) {
      views[count] = whole ? RecordView.sized(record) : RecordView.headSized(record);
    }
    bytes += record.title().length() + record.abstractText().length() + record.authorText().length();
    if (!whole) {
      views[count].copyHeadFrom(record);
      rendered[count] = render(record, renderer);
      whole = rendered[count] == null;
    }
    if (whole) {
      views[count].copyFrom(record);
      rendered[count] = null;
      mayHaveGrown = true;
    } else {
      mayHaveGrown |= record.title().length() > KEPT_VIEW_BYTES / 2;
    }
    count++;
  }

  boolean isFull() {
    return count == SIZE || bytes >= FULL_BYTES;
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

  /**
   * {@code record} formatted by {@code renderer} into this batch's bytes, with its base key; null
   * when the format had to quote or escape the key, so that the run's suffix cannot simply follow
   * it (the run then formats the record itself).
   */
  private RenderedRecord render(RecordView record, RecordRenderer renderer) throws IOException {
    if (renderedBytes == null) {
      renderedBytes = new RenderedBytes(RENDERED_BYTES);
    }
    RenderedRecord r = renderings[count];
    if (r == null) {
      r = new RenderedRecord();
      renderings[count] = r;
    }
    int from = renderedBytes.size();
    r.clearPlaces();
    renderer.render(record, renderedBytes, r);
    r.set(renderedBytes, from, renderedBytes.size(), record.key().length());
    if (!r.keysVerbatim(record.key())) {
      renderedBytes.truncate(from);
      return null;
    }
    return r;
  }

  /**
   * Record {@code i} as it was rendered, with the base key it holds before the run makes it
   * unique; null when the run formats it itself.
   */
  RenderedRecord rendered(int i) {
    return rendered[i];
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
    if (mayHaveGrown) {
      for (int i = 0; i < count; i++) {
        if (views[i].capacity() > KEPT_VIEW_BYTES) {
          views[i] = null;
        }
      }
      mayHaveGrown = false;
    }
    count = 0;
    bytes = 0;
    if (renderedBytes != null && renderedBytes.capacity() > KEPT_RENDERED_BYTES) {
      // Dropped with every rendering that points into it, so that nothing keeps it reachable.
      renderedBytes = null;
      Arrays.fill(renderings, null);
      Arrays.fill(rendered, null);
    } else if (renderedBytes != null) {
      renderedBytes.reset();
    }
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
